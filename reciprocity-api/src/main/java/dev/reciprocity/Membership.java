package dev.reciprocity;

import java.time.Instant;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A party's place in a circle: {@code member} belongs to {@code circle} from an instant (inclusive)
 * to another (exclusive), each open when absent. Circles are parties too, so a circle can belong to
 * a larger one: person, role, circle, organisation. Immutable and thread-safe.
 */
@Value.Immutable
public interface Membership {

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
   * When the membership starts, inclusive; empty: since always.
   *
   * @return the start
   */
  Optional<Instant> effectiveFrom();

  /**
   * When it ends, exclusive; empty: for good.
   *
   * @return the end
   */
  Optional<Instant> effectiveTo();

  /**
   * Whether it is in effect at an instant.
   *
   * @param instant the instant
   * @return {@code from <= instant < to}, an absent end not bounding
   */
  default boolean effectiveAt(Instant instant) {
    return effectiveFrom().map(f -> !instant.isBefore(f)).orElse(true)
        && effectiveTo().map(instant::isBefore).orElse(true);
  }

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
    if (effectiveFrom().isPresent()
        && effectiveTo().isPresent()
        && !effectiveFrom().get().isBefore(effectiveTo().get())) {
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
