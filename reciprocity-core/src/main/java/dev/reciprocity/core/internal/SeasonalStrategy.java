package dev.reciprocity.core.internal;

import dev.reciprocity.Flow;
import dev.reciprocity.Interval;
import dev.reciprocity.PortfolioScores;
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
   * The rows grouped by season (a counting sort on the view's season of each row), then the seasons
   * split into one run of consecutive seasons per core (by rows, about even), each run scored by
   * its own set of primitive sums, added to, scored and reset season by season.
   */
  @Override
  SeasonalScores scoreColumns(FlowColumns flows) {
    return scoreColumns(
        flows, flows.size() < Portfolio.PARALLEL_ROWS ? 1 : Portfolio.parallelism());
  }

  /**
   * {@link #scoreColumns(FlowColumns)} in up to {@code runs} runs of seasons; any split gives the
   * same.
   */
  SeasonalScores scoreColumns(FlowColumns flows, int runs) {
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
    PortfolioScores[] scores = new PortfolioScores[count];
    int parts = Math.max(1, Math.min(runs, count));
    Runnable[] work = new Runnable[parts];
    int first = 0;
    for (int k = 0; k < parts; k++) {
      // the seasons up to the one in which the part's share of the rows ends
      int end = first;
      long target = (long) n * (k + 1) / parts;
      while (end < count && (k == parts - 1 || starts[end] < target)) {
        end++;
      }
      int from = first;
      int to = end;
      work[k] =
          () -> {
            PortfolioSums sums = new PortfolioSums(16, flows.partyCount());
            for (int s = from; s < to; s++) {
              sums.reset(starts[s + 1] - starts[s]);
              for (int i = starts[s]; i < starts[s + 1]; i++) {
                int row = bySeason[i];
                sums.add(flows.giver(row), flows.receiver(row), flows.micros(row));
              }
              scores[s] = sums.scores(flows::party, rank);
            }
          };
      first = end;
    }
    Portfolio.runAll(work);
    SeasonalScores.Builder result = SeasonalScores.builder().cadence(rule.cadence());
    for (int s = 0; s < count; s++) {
      result.addSeasons(SeasonScores.builder().season(seasons.season(s)).scores(scores[s]).build());
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
