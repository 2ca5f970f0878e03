package dev.reciprocity;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.immutables.value.Value;

/**
 * Developmental reciprocity: a gift is expected back after a lag, within a window (mentoring now,
 * role inversion after the cycle). A gift of {@code a} made at {@code t} is due from {@code t +
 * lag} to {@code t + lag + window}; a flow inside that span returns it, oldest gift first, if it
 * runs the way {@link #returnFrom()} says: back to the giver ({@link ReturnFrom#DYAD}), or from the
 * receiver to anyone ({@link ReturnFrom#NETWORK}, paying it forward). What a flow does not use to
 * return is itself a gift. With a lag of 0 and returns within the dyad, the figures are those of
 * immediate reciprocity ({@link ImmediateScores}) with the same window. Source: the reciprocity
 * rule's developmental granularity (Symbiotic Alignment pattern, docs/design.md section 2.7).
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@Implements(PatternComponent.DEVELOPMENTAL_RECIPROCITY)
public interface DevelopmentalScores {

  /** Whose flows return a gift. */
  enum ReturnFrom {
    /** Only a flow from the receiver back to the giver. */
    DYAD,
    /** Any flow from the receiver, to anyone: the gift is paid forward. */
    NETWORK
  }

  /**
   * How long after a gift its return is due: returns before it do not count.
   *
   * @return {@code >= 0}
   */
  Duration lag();

  /**
   * How long, after the lag, a return still counts.
   *
   * @return {@code > 0}
   */
  Duration window();

  /**
   * Whose flows return a gift.
   *
   * @return the receiver's back to the giver, or the receiver's to anyone
   */
  ReturnFrom returnFrom();

  /**
   * The total of all gifts: every flow's amount not used to return an earlier gift.
   *
   * @return {@code >= 0}
   */
  Amount giftWeight();

  /**
   * The part of the gift weight returned inside its due span.
   *
   * @return in {@code [0, giftWeight]}
   */
  Amount returnedWeight();

  /**
   * The gifts, or their parts, not returned: oldest first (then by creditor, debtor and amount),
   * each aged at the latest flow scored and overdue once its due span has passed.
   *
   * @return the open obligations
   */
  List<OpenObligation> openObligations();

  /**
   * When an obligation's return is due: {@code since + lag}.
   *
   * @param obligation one of {@link #openObligations()}
   * @return the start of its due span
   */
  default Instant dueFrom(OpenObligation obligation) {
    return obligation.since().plus(lag());
  }

  /**
   * The last instant at which a return still counts: {@code since + lag + window}.
   *
   * @param obligation one of {@link #openObligations()}
   * @return the end of its due span, inclusive
   */
  default Instant dueBy(OpenObligation obligation) {
    return obligation.since().plus(lag()).plus(window());
  }

  /**
   * The share of the gift weight returned inside its due span.
   *
   * @return in {@code [0, 1]}; {@code NaN} when nothing was given
   */
  default double returnedShare() {
    long gifts = giftWeight().micros();
    return gifts == 0 ? Double.NaN : (double) returnedWeight().micros() / (double) gifts;
  }

  /**
   * How many open obligations are overdue.
   *
   * @return in {@code [0, openObligations().size()]}
   */
  default int overdueCount() {
    return (int) openObligations().stream().filter(OpenObligation::overdue).count();
  }

  /**
   * Checks the lag, the window and the weights.
   *
   * @throws IllegalArgumentException naming the attribute and the value
   */
  @Value.Check
  default void check() {
    if (lag().isNegative()) {
      throw new IllegalArgumentException("lag must not be negative, got " + lag());
    }
    if (window().isZero() || window().isNegative()) {
      throw new IllegalArgumentException("window must be positive, got " + window());
    }
    if (giftWeight().signum() < 0
        || returnedWeight().signum() < 0
        || returnedWeight().compareTo(giftWeight()) > 0) {
      throw new IllegalArgumentException(
          "weights must satisfy 0 <= returned <= gift weight, got "
              + returnedWeight()
              + " and "
              + giftWeight());
    }
  }

  /**
   * Returns a new builder.
   *
   * @return a builder; not thread-safe
   */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link DevelopmentalScores}; not thread-safe. */
  @SuppressWarnings("missing-explicit-ctor") // new DevelopmentalScores.Builder() is API
  class Builder extends ImmutableDevelopmentalScores.Builder {}
}
