package dev.reciprocity;

import java.util.List;
import org.immutables.value.Value;

/**
 * The result of seasonal scoring: the figures of every season from the first flow's season to
 * the last flow's, consecutive and in order, including empty seasons in between (an empty season
 * breaks a chronic streak). Immutable and thread-safe.
 */
@Value.Immutable
public interface SeasonalScores {

  /**
   * The cadence the seasons follow.
   *
   * @return the cadence
   */
  Cadence cadence();

  /**
   * Every season from the first to the last with a flow, in order.
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
  class Builder extends ImmutableSeasonalScores.Builder {}
}
