package dev.reciprocity;

import java.util.Optional;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/**
 * One figure behind a {@link Finding}: a named measure, its unit, its value, the season it was
 * measured in and, where it concerns an exchange, the counterpart. For example: give share 0.92
 * (unit {@value #SHARE}) in 2024-Q3; given to counterpart 14 (unit {@code count}) with Bob over
 * 2024-Q1 to 2024-Q3. Immutable and thread-safe.
 *
 * <p>Amounts are kept exactly in {@link #amount()}; {@link #value()} is their nearest double, so
 * that every figure can be read the same way.
 */
@Value.Immutable
public interface Evidence {

  /** Measure: give share {@code s_out / (s_out + s_in)}, in unit {@value #SHARE}. */
  String GIVE_SHARE = "give share";

  /** Measure: out-strength {@code s_out = sum_j w_ij}, an amount. */
  String OUT_STRENGTH = "out-strength";

  /** Measure: in-strength {@code s_in = sum_j w_ji}, an amount. */
  String IN_STRENGTH = "in-strength";

  /** Measure: what the subject gave the counterpart over the finding's period, an amount. */
  String GIVEN_TO_COUNTERPART = "given to counterpart";

  /** Measure: what the subject received from the counterpart over the finding's period. */
  String RECEIVED_FROM_COUNTERPART = "received from counterpart";

  /** Measure: the lowest give share the rule's tolerance band accepts, in unit {@value #SHARE}. */
  String TOLERANCE_LOW = "tolerance band low";

  /** Measure: the highest give share the rule's tolerance band accepts, in unit {@value #SHARE}. */
  String TOLERANCE_HIGH = "tolerance band high";

  /** The unit of a share or ratio in {@code [0, 1]}: {@value}. */
  String SHARE = "share";

  /**
   * What was measured, in the field's terms, such as {@link #GIVE_SHARE} or {@link #OUT_STRENGTH};
   * a host's check may name its own measures.
   *
   * @return the measure; not blank
   */
  String measure();

  /**
   * The unit of {@link #value()}: {@value #SHARE} for a share in {@code [0, 1]}, or the unit of the
   * flows' kind for an amount (such as {@code count}, {@code hours}).
   *
   * @return the unit; not blank
   */
  String unit();

  /**
   * The value in {@link #unit()}; NaN where a share is undefined.
   *
   * @return the value; equal to {@code amount().get().doubleValue()} when an amount is present
   */
  double value();

  /**
   * The exact value, for a measure that is an amount.
   *
   * @return the amount; empty for a share or another ratio
   */
  Optional<Amount> amount();

  /**
   * The season the figure was measured in.
   *
   * @return the season; empty for a figure over the whole finding
   */
  Optional<Interval> period();

  /**
   * The other party of an exchange figure.
   *
   * @return the counterpart; empty for a party-level figure
   */
  Optional<PartyId> counterpart();

  /**
   * Returns the evidence of a share or ratio in {@code [0, 1]}.
   *
   * @param measure what was measured, such as {@link #GIVE_SHARE}
   * @param value the share; NaN where undefined
   * @param period the season; null for a figure over the whole finding
   * @return the evidence, in unit {@value #SHARE}
   * @throws IllegalArgumentException if {@code measure} is blank, or {@code value} is outside
   *     {@code [0, 1]} and not NaN
   */
  static Evidence share(String measure, double value, @Nullable Interval period) {
    if (!Double.isNaN(value) && !(value >= 0 && value <= 1)) {
      throw new IllegalArgumentException(
          "a share lies in [0, 1], got " + value + " for the measure " + measure);
    }
    return builder()
        .measure(measure)
        .unit(SHARE)
        .value(value)
        .period(Optional.ofNullable(period))
        .build();
  }

  /**
   * Returns the evidence of an exact amount.
   *
   * @param measure what was measured, such as {@link #OUT_STRENGTH}
   * @param amount the amount
   * @param unit the unit of the flows' kind, such as {@code count}
   * @param period the season; null for a figure over the whole finding
   * @return the evidence, with {@link #value()} the amount's nearest double
   * @throws IllegalArgumentException if {@code measure} or {@code unit} is blank
   */
  static Evidence amount(String measure, Amount amount, String unit, @Nullable Interval period) {
    return builder()
        .measure(measure)
        .unit(unit)
        .value(amount.doubleValue())
        .amount(amount)
        .period(Optional.ofNullable(period))
        .build();
  }

  /**
   * Returns a new builder.
   *
   * @return a builder; not thread-safe
   */
  static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link Evidence}; not thread-safe. */
  @SuppressWarnings("missing-explicit-ctor") // new Evidence.Builder() is API
  class Builder extends ImmutableEvidence.Builder {}

  /**
   * Rejects a blank measure or unit, and a value that differs from its amount.
   *
   * @throws IllegalArgumentException naming the attribute and the value
   */
  @Value.Check
  default void check() {
    if (measure().isBlank()) {
      throw new IllegalArgumentException("an evidence's measure must not be blank");
    }
    if (unit().isBlank()) {
      throw new IllegalArgumentException(
          "the unit of the evidence '" + measure() + "' must not be blank");
    }
    if (amount().isPresent() && Double.compare(amount().get().doubleValue(), value()) != 0) {
      throw new IllegalArgumentException(
          "the evidence '"
              + measure()
              + "' has the value "
              + value()
              + " but the amount "
              + amount().get()
              + "; use Evidence.amount(...)");
    }
  }
}
