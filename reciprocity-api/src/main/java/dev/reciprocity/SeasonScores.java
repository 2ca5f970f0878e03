package dev.reciprocity;

import org.immutables.value.Value;

/**
 * The portfolio figures of one season: parties, dyads and network over the flows inside it.
 * Immutable and thread-safe.
 */
@Value.Immutable
public interface SeasonScores {

  /**
   * The season.
   *
   * @return the period
   */
  Interval season();

  /**
   * The figures of the flows inside the season.
   *
   * @return the scores
   */
  PortfolioScores scores();

  /**
   * Returns a new builder.
   *
   * @return a builder; not thread-safe
   */
  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link SeasonScores}; not thread-safe. */
  @SuppressWarnings("missing-explicit-ctor") // new SeasonScores.Builder() is API
  class Builder extends ImmutableSeasonScores.Builder {}
}
