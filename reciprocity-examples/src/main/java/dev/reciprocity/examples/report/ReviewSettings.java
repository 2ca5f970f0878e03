package dev.reciprocity.examples.report;

import dev.reciprocity.FlowKind;
import java.time.Instant;
import java.util.Collections;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * What a review looks at: the season length, an optional time range, the kinds kept and how many
 * entries each list shows. Immutable and thread-safe.
 *
 * @param season the season length of the latest complete season and of chronic findings
 * @param from first instant kept, inclusive; empty keeps every flow from the first on
 * @param to first instant no longer kept, exclusive; empty keeps every flow up to the last
 * @param kinds the kinds kept; empty keeps every kind
 * @param top the most entries per list of a review, at least 1
 */
public record ReviewSettings(
    Season season,
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
    Objects.requireNonNull(season, "season");
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    kinds = Collections.unmodifiableSortedSet(new TreeSet<>(kinds));
    if (top < 1) {
      throw new IllegalArgumentException("top must be at least 1, got " + top);
    }
    if (from.isPresent() && to.isPresent() && !to.get().isAfter(from.get())) {
      throw new IllegalArgumentException(
          "to " + to.get() + " must be after from " + from.get());
    }
  }
}
