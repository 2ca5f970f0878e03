package dev.reciprocity;

import java.time.Instant;
import java.util.Optional;

/**
 * Something in effect over an interval of time: from an instant (inclusive) to another (exclusive),
 * each open when absent. The model's tables ({@link Capacity}, {@link Membership}, {@link
 * Valuation.Rate}) are made of such entries.
 */
public interface Effective {

  /**
   * When it takes effect, inclusive; empty: since always.
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
   * Whether two are in effect at some instant together.
   *
   * @param a one
   * @param b the other
   * @return false exactly when one ends at or before the other starts
   */
  static boolean overlap(Effective a, Effective b) {
    boolean aEndsFirst =
        a.effectiveTo().isPresent()
            && b.effectiveFrom().isPresent()
            && !a.effectiveTo().get().isAfter(b.effectiveFrom().get());
    boolean bEndsFirst =
        b.effectiveTo().isPresent()
            && a.effectiveFrom().isPresent()
            && !b.effectiveTo().get().isAfter(a.effectiveFrom().get());
    return !aEndsFirst && !bEndsFirst;
  }

  /**
   * Whether it starts before it ends (always, when either end is open).
   *
   * @return false for an empty interval
   */
  default boolean startsBeforeItEnds() {
    return effectiveFrom().isEmpty()
        || effectiveTo().isEmpty()
        || effectiveFrom().get().isBefore(effectiveTo().get());
  }
}
