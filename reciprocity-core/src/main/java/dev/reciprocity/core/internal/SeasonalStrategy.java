package dev.reciprocity.core.internal;

import dev.reciprocity.Cadence;
import dev.reciprocity.Flow;
import dev.reciprocity.Period;
import dev.reciprocity.ReciprocityRule;
import dev.reciprocity.SeasonScores;
import dev.reciprocity.SeasonalScores;
import dev.reciprocity.spi.ScoringStrategy;
import java.util.Map;
import java.util.TreeMap;

/** Seasonal reciprocity; see {@code Strategies.seasonal}. */
public final class SeasonalStrategy
    implements ScoringStrategy<SeasonalStrategy.Accumulator, SeasonalScores> {

  /** Portfolio sums per season. Not thread-safe. */
  public static final class Accumulator {
    private final Map<Period, PortfolioAccumulator> seasons = new TreeMap<>();
  }

  private final ReciprocityRule rule;

  public SeasonalStrategy(ReciprocityRule rule) {
    this.rule = rule;
  }

  @Override
  public String name() {
    return "seasonal";
  }

  @Override
  public Accumulator createAccumulator() {
    return new Accumulator();
  }

  @Override
  public Accumulator add(Accumulator accumulator, Flow flow) {
    if (rule.applies(flow)) {
      accumulator.seasons
          .computeIfAbsent(rule.cadence().seasonOf(flow.instant()), s -> new PortfolioAccumulator())
          .add(flow);
    }
    return accumulator;
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
    TreeMap<Period, PortfolioAccumulator> seasons = new TreeMap<>(accumulator.seasons);
    if (!seasons.isEmpty()) {
      Period last = seasons.lastKey();
      for (Period s = seasons.firstKey(); s.compareTo(last) <= 0; s = cadence.next(s)) {
        PortfolioAccumulator acc = seasons.getOrDefault(s, new PortfolioAccumulator());
        result.addSeasons(SeasonScores.builder().season(s).scores(acc.result()).build());
      }
    }
    return result.build();
  }
}
