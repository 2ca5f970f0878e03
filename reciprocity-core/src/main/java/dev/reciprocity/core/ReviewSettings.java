package dev.reciprocity.core;

import dev.reciprocity.Cadence;
import dev.reciprocity.FlowKind;
import java.time.Instant;
import java.util.Collections;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * What a {@link ReviewReport} looks at: the cadence of its seasons, an optional time range, the
 * kinds kept and how many entries each list shows. Immutable and thread-safe.
 *
 * <pre>{@code
 * ReviewSettings settings = ReviewSettings.of(Cadence.quarterly())
 *     .withRange(Optional.of(Instant.parse("2024-01-01T00:00:00Z")), Optional.empty());
 * }</pre>
 *
 * @param cadence the seasons of the latest complete season and of chronic findings
 * @param from first instant kept, inclusive; empty keeps every flow from the first on
 * @param to first instant no longer kept, exclusive; empty keeps every flow up to the last
 * @param kinds the kinds kept; empty keeps every kind
 * @param top the most entries per list of a review, at least 1
 */
public record ReviewSettings(
    Cadence cadence,
    Optional<Instant> from,
    Optional<Instant> to,
    SortedSet<FlowKind> kinds,
    int top) {

  /**
   * Validates and copies the components.
   *
   * @throws NullPointerException if a component is null
   * @throws IllegalArgumentException if {@code top < 1}, or {@code to} is not after {@code from}
   */
  public ReviewSettings {
    Objects.requireNonNull(cadence, "cadence");
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    kinds =
        Collections.unmodifiableSortedSet(new TreeSet<>(Objects.requireNonNull(kinds, "kinds")));
    if (top < 1) {
      throw new IllegalArgumentException("top must be at least 1, got " + top);
    }
    if (from.isPresent() && to.isPresent() && !to.get().isAfter(from.get())) {
      throw new IllegalArgumentException("to " + to.get() + " must be after from " + from.get());
    }
  }

  /**
   * Returns the settings of a review of every flow, every kind, with {@value
   * ReciprocityReviews#DEFAULT_LIMIT} entries per list.
   *
   * @param cadence the seasons
   * @return the settings
   * @throws NullPointerException if {@code cadence} is null
   */
  public static ReviewSettings of(Cadence cadence) {
    return new ReviewSettings(
        cadence,
        Optional.empty(),
        Optional.empty(),
        new TreeSet<>(),
        ReciprocityReviews.DEFAULT_LIMIT);
  }

  /**
   * Returns the same settings with a time range.
   *
   * @param from first instant kept, inclusive; empty for no lower bound
   * @param to first instant no longer kept, exclusive; empty for no upper bound
   * @return the settings
   * @throws IllegalArgumentException if {@code to} is not after {@code from}
   */
  public ReviewSettings withRange(Optional<Instant> from, Optional<Instant> to) {
    return new ReviewSettings(cadence, from, to, kinds, top);
  }

  /**
   * Returns the same settings keeping only some kinds.
   *
   * @param kinds the kinds kept; empty keeps every kind
   * @return the settings
   */
  public ReviewSettings withKinds(SortedSet<FlowKind> kinds) {
    return new ReviewSettings(cadence, from, to, kinds, top);
  }

  /**
   * Returns the same settings with another number of entries per list.
   *
   * @param top the most entries per list, at least 1
   * @return the settings
   * @throws IllegalArgumentException if {@code top < 1}
   */
  public ReviewSettings withTop(int top) {
    return new ReviewSettings(cadence, from, to, kinds, top);
  }
}
