package dev.reciprocity.core.internal;

import dev.reciprocity.Cadence;
import dev.reciprocity.Flow;
import dev.reciprocity.Interval;
import dev.reciprocity.ReciprocityRule;
import dev.reciprocity.SeasonScores;
import dev.reciprocity.SeasonalScores;
import java.util.Map;
import java.util.TreeMap;

/** Seasonal reciprocity; see {@code Strategies.seasonal}. */
public final class SeasonalStrategy
    extends RuleScopedStrategy<SeasonalStrategy.Accumulator, SeasonalScores> {

  /** Portfolio sums per season. Not thread-safe. */
  public static final class Accumulator {
    private final Map<Interval, PortfolioAccumulator> seasons = new TreeMap<>();
  }

  public SeasonalStrategy(ReciprocityRule rule) {
    super("seasonal", rule);
  }

  @Override
  public Accumulator createAccumulator() {
    return new Accumulator();
  }

  @Override
  void addScored(Accumulator accumulator, Flow flow) {
    accumulator.seasons
        .computeIfAbsent(rule.cadence().seasonOf(flow.instant()), s -> new PortfolioAccumulator())
        .add(flow);
  }

  @Override
  public Accumulator merge(Accumulator first, Accumulator second) {
    second.seasons.forEach((season, acc) ->
        first.seasons.merge(season, acc, (a, b) -> {
          a.merge(b);
          return a;
        }));
    return first;
  }

  @Override
  public SeasonalScores result(Accumulator accumulator) {
    Cadence cadence = rule.cadence();
    SeasonalScores.Builder result = SeasonalScores.builder().cadence(cadence);
    TreeMap<Interval, PortfolioAccumulator> seasons = new TreeMap<>(accumulator.seasons);
    if (!seasons.isEmpty()) {
      Interval last = seasons.lastKey();
      for (Interval s = seasons.firstKey(); s.compareTo(last) <= 0; s = cadence.next(s)) {
        PortfolioAccumulator acc = seasons.getOrDefault(s, new PortfolioAccumulator());
        result.addSeasons(SeasonScores.builder().season(s).scores(acc.result()).build());
      }
    }
    return result.build();
  }
}
