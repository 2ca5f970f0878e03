package dev.reciprocity.core.internal;

import dev.reciprocity.Cadence;
import dev.reciprocity.Interval;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Each party's out- and in-strength per occupied season, from the columns. */
public final class SeasonalBalances {

  private final FlowTable table;
  private final Seasons seasons;
  private final SeasonSums sums;
  private final long flowCount;

  private SeasonalBalances(FlowTable table, Seasons seasons, SeasonSums sums, long flowCount) {
    this.table = table;
    this.seasons = seasons;
    this.sums = sums;
    this.flowCount = flowCount;
  }

  /**
   * Computes the balances of the selected rows whose kind is in {@code kindMask} (all when null).
   *
   * @throws dev.reciprocity.UnitMismatchException if those rows' kinds have more than one unit
   */
  public static SeasonalBalances of(
      FlowSelection selection, boolean @Nullable [] kindMask, Cadence cadence) {
    Portfolio.checkOneUnit(selection, kindMask);
    Seasons seasons = Seasons.of(selection, kindMask, cadence);
    long count = 0;
    for (int s : seasons.seasonOf) {
      if (s >= 0) {
        count++;
      }
    }
    return new SeasonalBalances(
        selection.table,
        seasons,
        SeasonSums.of(selection, seasons, seasons.occupied.size()),
        count);
  }

  /** The seasons with at least one flow, in time order. */
  public List<Interval> seasons() {
    return seasons.occupied;
  }

  /** The flows counted. */
  public long flowCount() {
    return flowCount;
  }

  /** The table whose dictionary the party ids index. */
  public FlowTable table() {
    return table;
  }

  /** Out-strength in micros, by dictionary id and season index. */
  public long out(int party, int season) {
    return sums.out(party, season);
  }

  /** In-strength in micros, by dictionary id and season index. */
  public long in(int party, int season) {
    return sums.in(party, season);
  }
}
