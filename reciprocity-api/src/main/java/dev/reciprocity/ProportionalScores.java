package dev.reciprocity;

import java.util.List;
import org.immutables.value.Value;

/**
 * Proportional reciprocity ("reciprocity does not mean symmetry; it means natural balance",
 * Collaborative Reciprocity; docs/design.md section 2.9): per season, each party with a declared
 * {@link Capacity} in effect at the season's start, its share of what those parties gave judged
 * against its share of their capacity, instead of against an even split. A party that gave in
 * proportion to its capacity has a ratio of 1. Only the seasons that hold flows are listed, oldest
 * first; the parties of a season are sorted by id. Immutable and thread-safe.
 */
@Value.Immutable
@Implements(PatternComponent.PROPORTIONAL_RECIPROCITY)
public interface ProportionalScores {

  /** One season. */
  @Value.Immutable
  interface Season {

    /**
     * The season.
     *
     * @return the period
     */
    Interval period();

    /**
     * Every party with a capacity in effect at the season's start, sorted by id, whether it gave or
     * not.
     *
     * @return the scores
     */
    List<ProportionalScore> parties();

    /**
     * What parties without a declared capacity gave in the season: left out of the shares.
     *
     * @return {@code >= 0}
     */
    Amount givenWithoutCapacity();

    /**
     * Returns a new builder.
     *
     * @return a builder; not thread-safe
     */
    static Builder builder() {
      return new Builder();
    }

    /** Builds a {@link Season}; not thread-safe. */
    @SuppressWarnings("missing-explicit-ctor") // new Season.Builder() is API
    class Builder extends ImmutableSeason.Builder {}
  }

  /**
   * The seasons that hold flows, oldest first.
   *
   * @return the seasons
   */
  List<Season> seasons();

  /**
   * Returns a new builder.
   *
   * @return a builder; not thread-safe
   */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link ProportionalScores}; not thread-safe. */
  @SuppressWarnings("missing-explicit-ctor") // new ProportionalScores.Builder() is API
  class Builder extends ImmutableProportionalScores.Builder {}
}
