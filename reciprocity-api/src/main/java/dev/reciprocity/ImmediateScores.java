package dev.reciprocity;

import java.time.Duration;
import java.util.List;
import org.immutables.value.Value;

/**
 * The result of immediate (transaction-level) scoring: how much of what was given was returned
 * within the window, and the gifts still open. Immutable and thread-safe.
 */
@Value.Immutable
public interface ImmediateScores {

  /**
   * The return window.
   *
   * @return the window
   */
  Duration window();

  /**
   * Everything given as a gift: every flow's amount except the parts that served as the return of
   * an earlier gift.
   *
   * @return {@code >= 0}
   */
  Amount giftWeight();

  /**
   * The part of the gifts that a reverse flow returned within the window.
   *
   * @return in {@code [0, giftWeight]}
   */
  Amount returnedWeight();

  /**
   * Gifts (or their unreturned parts) not returned, oldest first.
   *
   * @return the open obligations
   */
  List<OpenObligation> openObligations();

  /**
   * Returned share {@code returnedWeight / giftWeight}: 1 when every gift was returned in time.
   *
   * @return in {@code [0, 1]}; {@code NaN} when nothing was given
   */
  default double returnedShare() {
    long total = giftWeight().micros();
    return total == 0 ? Double.NaN : (double) returnedWeight().micros() / (double) total;
  }

  /**
   * Returns a new builder.
   *
   * @return a builder; not thread-safe
   */
  static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link ImmediateScores}; not thread-safe. */
  @SuppressWarnings("missing-explicit-ctor") // new ImmediateScores.Builder() is API
  class Builder extends ImmutableImmediateScores.Builder {}

  /**
   * Rejects a non-positive window and a negative weight.
   *
   * @throws IllegalArgumentException naming the attribute and the value
   */
  @Value.Check
  default void check() {
    if (window().isZero() || window().isNegative()) {
      throw new IllegalArgumentException("window must be positive, got " + window());
    }
    if (giftWeight().signum() < 0 || returnedWeight().signum() < 0) {
      throw new IllegalArgumentException(
          "gift and returned weight must not be negative, got "
              + giftWeight()
              + " and "
              + returnedWeight());
    }
  }
}
