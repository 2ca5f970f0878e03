package dev.reciprocity.core.internal;

import dev.reciprocity.Flow;
import dev.reciprocity.Interval;
import dev.reciprocity.ReciprocityRule;
import dev.reciprocity.SeasonScores;
import dev.reciprocity.SeasonalScores;
import java.util.Map;
import java.util.TreeMap;

/**
 * Seasonal reciprocity; see {@code Strategies.seasonal}. Memory follows the seasons that have
 * flows, never the calendar span between the first and the last flow.
 */
final class SeasonalStrategy
    extends RuleScopedStrategy<SeasonalStrategy.Accumulator, SeasonalScores> {

  /** Portfolio sums per season with a flow. Not thread-safe. */
  static final class Accumulator extends Admission {
    private final Map<Interval, PortfolioAccumulator> seasons = new TreeMap<>();
  }

  SeasonalStrategy(ReciprocityRule rule) {
    super("seasonal", rule);
  }

  @Override
  public Accumulator createAccumulator() {
    return new Accumulator();
  }

  @Override
  void addScored(Accumulator accumulator, Flow flow) {
    accumulator
        .seasons
        .computeIfAbsent(rule.cadence().seasonOf(flow.instant()), s -> new PortfolioAccumulator())
        .add(flow);
  }

  @Override
  void mergeScored(Accumulator first, Accumulator second) {
    second.seasons.forEach(
        (season, acc) ->
            first.seasons.merge(
                season,
                acc,
                (a, b) -> {
                  a.merge(b);
                  return a;
                }));
  }

  @Override
  public SeasonalScores result(Accumulator accumulator) {
    SeasonalScores.Builder result = SeasonalScores.builder().cadence(rule.cadence());
    accumulator.seasons.forEach(
        (season, acc) ->
            result.addSeasons(SeasonScores.builder().season(season).scores(acc.result()).build()));
    return result.build();
  }

  /** The built-in writer of {@link SeasonalScores}: text, Markdown and JSON. */
  @Override
  public java.util.Optional<dev.reciprocity.spi.ResultWriter<SeasonalScores>> writer() {
    return java.util.Optional.of(ResultWriters.SEASONAL);
  }
}
