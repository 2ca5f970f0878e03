package dev.reciprocity;

import java.util.List;
import org.immutables.value.Value;

/**
 * The result of seasonal scoring: the figures of every season that has at least one scored flow, in
 * order. Seasons without flows are left out, so the result costs memory in proportion to the
 * seasons with flows, never to the calendar span between the first and the last (flows 8,000 years
 * apart in weekly seasons give two seasons, not 400,000). Two seasons are consecutive when one's
 * end is the other's start ({@link Cadence#next(Interval)}); a quiet season between them ends a
 * chronic streak. Immutable and thread-safe.
 */
@Value.Immutable
@Implements(PatternComponent.SEASONAL_RECIPROCITY)
public interface SeasonalScores {

  /**
   * The cadence the seasons follow.
   *
   * @return the cadence
   */
  Cadence cadence();

  /**
   * Every season with a scored flow, in order.
   *
   * @return the seasons; empty when no flow was scored
   */
  List<SeasonScores> seasons();

  /**
   * Returns a new builder.
   *
   * @return a builder; not thread-safe
   */
  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link SeasonalScores}; not thread-safe. */
  @SuppressWarnings("missing-explicit-ctor") // new SeasonalScores.Builder() is API
  class Builder extends ImmutableSeasonalScores.Builder {}
}
