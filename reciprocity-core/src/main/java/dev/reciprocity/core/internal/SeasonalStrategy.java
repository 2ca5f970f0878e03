package dev.reciprocity.core.internal;

import dev.reciprocity.Flow;
import dev.reciprocity.Interval;
import dev.reciprocity.ReciprocityRule;
import dev.reciprocity.SeasonScores;
import dev.reciprocity.SeasonalScores;
import dev.reciprocity.spi.FlowColumns;
import java.util.Map;
import java.util.TreeMap;

/**
 * Seasonal reciprocity; see {@code Strategies.seasonal}. Memory follows the seasons that have
 * flows, never the calendar span between the first and the last flow.
 */
final class SeasonalStrategy
    extends RuleScopedStrategy<SeasonalStrategy.Accumulator, SeasonalScores> {

  /**
   * The streaming form: one party dictionary, and the engine's primitive sums per season with a
   * flow. Not thread-safe.
   */
  static final class Accumulator extends Admission {
    private final Parties parties = new Parties();
    private final Map<Interval, PortfolioSums> seasons = new TreeMap<>();
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
    int g = accumulator.parties.id(flow.giver());
    int r = accumulator.parties.id(flow.receiver());
    PortfolioSums sums =
        accumulator.seasons.computeIfAbsent(
            rule.cadence().seasonOf(flow.instant()), s -> new PortfolioSums(16, 16));
    sums.ensureParties(accumulator.parties.size());
    sums.add(g, r, flow.amount().micros());
  }

  @Override
  void mergeScored(Accumulator first, Accumulator second) {
    int[] ids = first.parties.idsOf(second.parties);
    int parties = first.parties.size();
    second.seasons.forEach(
        (season, sums) -> {
          PortfolioSums mine =
              first.seasons.computeIfAbsent(season, s -> new PortfolioSums(16, 16));
          mine.ensureParties(parties);
          mine.merge(sums, ids);
        });
  }

  /**
   * The rows grouped by season (a counting sort on the view's season of each row), then each
   * season's rows added to one set of primitive sums, scored, and reset for the next.
   */
  @Override
  SeasonalScores scoreColumns(FlowColumns flows) {
    FlowColumns.Seasons seasons = flows.seasons(rule.cadence());
    int n = flows.size();
    int count = seasons.count();
    int[] seasonOf = new int[n];
    int[] rows = new int[n];
    for (int row = 0; row < n; row++) {
      seasonOf[row] = seasons.seasonOf(row);
      rows[row] = row;
    }
    int[] starts = new int[count + 1];
    int[] bySeason = ColumnOrder.grouped(rows, seasonOf, count, starts);
    int[] rank = ColumnOrder.partyRank(flows);
    PortfolioSums sums = new PortfolioSums(16, flows.partyCount());
    SeasonalScores.Builder result = SeasonalScores.builder().cadence(rule.cadence());
    for (int s = 0; s < count; s++) {
      sums.reset(starts[s + 1] - starts[s]);
      for (int k = starts[s]; k < starts[s + 1]; k++) {
        int row = bySeason[k];
        sums.add(flows.giver(row), flows.receiver(row), flows.micros(row));
      }
      result.addSeasons(
          SeasonScores.builder()
              .season(seasons.season(s))
              .scores(sums.scores(flows::party, rank))
              .build());
    }
    return result.build();
  }

  @Override
  public SeasonalScores result(Accumulator accumulator) {
    SeasonalScores.Builder result = SeasonalScores.builder().cadence(rule.cadence());
    int[] rank = accumulator.parties.rank();
    accumulator.seasons.forEach(
        (season, sums) ->
            result.addSeasons(
                SeasonScores.builder()
                    .season(season)
                    .scores(sums.scores(accumulator.parties::name, rank))
                    .build()));
    return result.build();
  }

  /** The built-in writer of {@link SeasonalScores}: text, Markdown and JSON. */
  @Override
  public java.util.Optional<dev.reciprocity.spi.ResultWriter<SeasonalScores>> writer() {
    return java.util.Optional.of(ResultWriters.SEASONAL);
  }
}
