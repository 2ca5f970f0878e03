package dev.reciprocity;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * One figure behind a {@link Finding}: a measure, its value, the season it was measured in and,
 * where it concerns an exchange, the counterpart. For example: give share 0.92 in 2024-Q3; given
 * to Bob 14 in 2024-Q3. Immutable and thread-safe.
 */
@Value.Immutable
public interface Evidence {

  /**
   * What was measured, in the field's terms: {@code "give share"}, {@code "out-strength"},
   * {@code "in-strength"}.
   *
   * @return the measure
   */
  String measure();

  /**
   * The value, in the flows' unit for amounts or in {@code [0, 1]} for shares.
   *
   * @return the value
   */
  double value();

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
   * Returns a new builder.
   *
   * @return a builder; not thread-safe
   */
  static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link Evidence}; not thread-safe. */
  class Builder extends ImmutableEvidence.Builder {}
}
