package dev.reciprocity;

import org.immutables.value.Value;

/**
 * A party's declared capacity to contribute, for proportional reciprocity ("reciprocity does not
 * mean symmetry; it means natural balance"): a positive number in the community's own unit (hours a
 * week, a share of a budget), effective from an instant (inclusive) to another (exclusive), each
 * open when absent. Not a field of {@link Party}: capacity changes over time. Immutable and
 * thread-safe.
 */
@Value.Immutable
@Implements(PatternComponent.PROPORTIONAL_RECIPROCITY)
public interface Capacity extends Effective {

  /**
   * Whose capacity.
   *
   * @return the party
   */
  PartyId party();

  /**
   * The capacity, in the community's unit.
   *
   * @return positive and finite
   */
  double capacity();

  /**
   * Checks the capacity and the interval.
   *
   * @throws IllegalArgumentException naming the value
   */
  @Value.Check
  default void check() {
    if (!(capacity() > 0) || Double.isInfinite(capacity())) {
      throw new IllegalArgumentException(
          "the capacity of " + party() + " must be positive and finite, got " + capacity());
    }
    if (effectiveFrom().isPresent()
        && effectiveTo().isPresent()
        && !effectiveFrom().get().isBefore(effectiveTo().get())) {
      throw new IllegalArgumentException(
          "the capacity of "
              + party()
              + " must start before it ends, got from "
              + effectiveFrom().get()
              + " to "
              + effectiveTo().get());
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

  /** Builds a {@link Capacity}; not thread-safe. */
  @SuppressWarnings("missing-explicit-ctor") // new Capacity.Builder() is API
  class Builder extends ImmutableCapacity.Builder {}
}
