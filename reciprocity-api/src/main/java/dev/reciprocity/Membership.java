package dev.reciprocity;

import org.immutables.value.Value;

/**
 * A party's place in a circle: {@code member} belongs to {@code circle} from an instant (inclusive)
 * to another (exclusive), each open when absent. Circles are parties too, so a circle can belong to
 * a larger one: person, role, circle, organisation. Immutable and thread-safe.
 */
@Value.Immutable
@Implements(PatternComponent.CIRCLES)
public interface Membership extends Effective {

  /**
   * Who belongs.
   *
   * @return the member: a person, a role or a circle
   */
  PartyId member();

  /**
   * The circle it belongs to.
   *
   * @return the circle, not the member
   */
  PartyId circle();

  /**
   * Checks the parties and the interval.
   *
   * @throws IllegalArgumentException naming the value
   */
  @Value.Check
  default void check() {
    if (member().equals(circle())) {
      throw new IllegalArgumentException(member() + " cannot be a member of itself");
    }
    if (!startsBeforeItEnds()) {
      throw new IllegalArgumentException(
          "the membership of "
              + member()
              + " in "
              + circle()
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

  /** Builds a {@link Membership}; not thread-safe. */
  @SuppressWarnings("missing-explicit-ctor") // new Membership.Builder() is API
  class Builder extends ImmutableMembership.Builder {}
}
