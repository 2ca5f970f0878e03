package dev.reciprocity;

import org.immutables.value.Value;

/**
 * One party's decayed strengths: each flow of amount {@code a} at time {@code t} counts {@code a *
 * 2^(-(T - t) / h)} at the evaluation instant {@code T}, with half-life {@code h} ("memory without
 * hoarding", docs/design.md, section 2.6). Values are doubles, in the flows' unit. Immutable and
 * thread-safe.
 */
@Value.Immutable
public interface DecayedBalance {

  /**
   * The party.
   *
   * @return its id
   */
  PartyId party();

  /**
   * Decayed out-strength.
   *
   * @return {@code >= 0}
   */
  double outStrength();

  /**
   * Decayed in-strength.
   *
   * @return {@code >= 0}
   */
  double inStrength();

  /**
   * Decayed net balance {@code outStrength - inStrength}.
   *
   * @return the net balance
   */
  default double netBalance() {
    return outStrength() - inStrength();
  }

  /**
   * Returns a new builder.
   *
   * @return a builder; not thread-safe
   */
  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link DecayedBalance}; not thread-safe. */
  @SuppressWarnings("missing-explicit-ctor") // new DecayedBalance.Builder() is API
  class Builder extends ImmutableDecayedBalance.Builder {}

  /**
   * Rejects a negative, NaN or infinite strength.
   *
   * @throws IllegalArgumentException naming the attribute and the value
   */
  @Value.Check
  default void check() {
    if (!(outStrength() >= 0) || !(inStrength() >= 0)) {
      throw new IllegalArgumentException(
          "decayed strengths of "
              + party()
              + " must be finite and not negative, got out "
              + outStrength()
              + " and in "
              + inStrength());
    }
    if (Double.isInfinite(outStrength()) || Double.isInfinite(inStrength())) {
      throw new IllegalArgumentException(
          "decayed strengths of "
              + party()
              + " must be finite, got out "
              + outStrength()
              + " and in "
              + inStrength());
    }
  }
}
