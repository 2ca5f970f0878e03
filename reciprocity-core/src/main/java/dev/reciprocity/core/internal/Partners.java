package dev.reciprocity.core.internal;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * For each streak of a chronic finding: the partner most one-sided in the direction of the
 * imbalance over the streak's span, what went each way with them, and by kind what went the way of
 * the imbalance. Two passes over the rows, touching only rows of the streaks' parties.
 */
final class Partners {

  final int[] partner;
  final long[] given;
  final long[] received;
  final long[][] kinds;
  final boolean[][] kindSeen;

  private Partners(int streaks, int kindCount) {
    partner = new int[streaks];
    given = new long[streaks];
    received = new long[streaks];
    kinds = new long[streaks][kindCount];
    kindSeen = new boolean[streaks][kindCount];
  }

  static Partners of(
      FlowSelection selection,
      int[] seasonOf,
      int judged,
      List<ChronicImbalanceCheck.Streak> streaks) {
    FlowTable t = selection.table;
    // a party's streaks never share a season, so (party, season) names at most one streak: a
    // dense parties x seasons array where that is small, else a table of the streaks' cells
    StreakCells cells = new StreakCells(t.partyCount, judged, selection.size());
    for (int f = 0; f < streaks.size(); f++) {
      ChronicImbalanceCheck.Streak streak = streaks.get(f);
      for (int season = streak.from; season < streak.to; season++) {
        cells.put(streak.party, season, f);
      }
    }
    int n = selection.size();
    int parts = n < Portfolio.PARALLEL_ROWS ? 1 : Portfolio.parallelism();
    Partners result = new Partners(streaks.size(), t.kindCount);
    java.util.Arrays.fill(result.partner, -1);
    Runnable[] work = new Runnable[parts];
    for (int k = 0; k < parts; k++) {
      int part = k;
      // each part owns the streaks of the parties p with p % parts == part
      work[k] = () -> collect(selection, seasonOf, judged, cells, streaks, part, parts, result);
    }
    Portfolio.runAll(work);
    return result;
  }

  /** Sums the exchanges of the part's streaks with each partner, then picks the partners. */
  private static void collect(
      FlowSelection selection,
      int[] seasonOf,
      int judged,
      StreakCells streakOf,
      List<ChronicImbalanceCheck.Streak> streaks,
      int part,
      int parts,
      Partners result) {
    FlowTable t = selection.table;
    int n = selection.size();
    // count first, so that the table is sized once
    long adds = 0;
    for (int i = 0; i < n; i++) {
      int s = seasonOf[i];
      if (s < 0 || s >= judged) {
        continue;
      }
      int row = selection.row(i);
      int g = t.giver(row);
      int r = t.receiver(row);
      if (g % parts == part && streakOf.get(g, s) >= 0) {
        adds++;
      }
      if (r % parts == part && streakOf.get(r, s) >= 0) {
        adds++;
      }
    }
    PairTable exchange = new PairTable((int) Math.min(adds, 1 << 28) + 16);
    for (int i = 0; i < n; i++) {
      int s = seasonOf[i];
      if (s < 0 || s >= judged) {
        continue;
      }
      int row = selection.row(i);
      int c = row >>> FlowTable.SHIFT;
      int j = row & FlowTable.MASK;
      int g = t.givers[c][j];
      int r = t.receivers[c][j];
      int fg = g % parts == part ? streakOf.get(g, s) : -1;
      int fr = r % parts == part ? streakOf.get(r, s) : -1;
      if (fg >= 0) {
        exchange.add(PairTable.key(fg, r), true, t.micros[c][j]);
      }
      if (fr >= 0) {
        exchange.add(PairTable.key(fr, g), false, t.micros[c][j]);
      }
    }
    choose(exchange, streaks, t, result);
    // the kinds of what went the way of the imbalance, with the chosen partner
    for (int i = 0; i < n; i++) {
      int s = seasonOf[i];
      if (s < 0 || s >= judged) {
        continue;
      }
      int row = selection.row(i);
      int g = t.giver(row);
      int r = t.receiver(row);
      int fg = g % parts == part ? streakOf.get(g, s) : -1;
      if (fg >= 0 && streaks.get(fg).giver && result.partner[fg] == r) {
        result.kinds[fg][t.kindOf(row)] += t.micros(row);
        result.kindSeen[fg][t.kindOf(row)] = true;
      }
      int fr = r % parts == part ? streakOf.get(r, s) : -1;
      if (fr >= 0 && !streaks.get(fr).giver && result.partner[fr] == g) {
        result.kinds[fr][t.kindOf(row)] += t.micros(row);
        result.kindSeen[fr][t.kindOf(row)] = true;
      }
    }
  }

  /** The streak of each (party, season), or -1: dense where small, else a hash table. */
  private static final class StreakCells {
    private final int seasons;
    private final int @Nullable [] dense;
    private final PairTable sparse;

    StreakCells(int parties, int seasons, int rows) {
      this.seasons = seasons;
      boolean small = (long) parties * seasons <= Math.max(1 << 22, rows);
      this.dense = small ? new int[parties * seasons] : null;
      if (dense != null) {
        java.util.Arrays.fill(dense, -1);
      }
      this.sparse = new PairTable(small ? 0 : 1 << 12);
    }

    void put(int party, int season, int streak) {
      if (dense != null) {
        dense[party * seasons + season] = streak;
      } else {
        sparse.add(PairTable.key(party, season), true, streak);
      }
    }

    int get(int party, int season) {
      if (dense != null) {
        return dense[party * seasons + season];
      }
      int slot = sparse.find(PairTable.key(party, season));
      return slot < 0 ? -1 : (int) sparse.forward(slot);
    }
  }

  /** Picks each streak's partner from the {@code (streak, partner)} sums. */
  private static void choose(
      PairTable exchange,
      List<ChronicImbalanceCheck.Streak> streaks,
      FlowTable t,
      Partners result) {
    long[] best = new long[streaks.size()];
    java.util.Arrays.fill(best, Long.MIN_VALUE);
    for (int slot = 0; slot < exchange.capacity(); slot++) {
      long stored = exchange.stored(slot);
      if (stored == 0) {
        continue;
      }
      int f = PairTable.first(stored);
      int q = PairTable.second(stored);
      long gave = exchange.forward(slot);
      long got = exchange.backward(slot);
      long gap = streaks.get(f).giver ? gave - got : got - gave;
      int current = result.partner[f];
      // the largest gap; on a tie, the partner whose id sorts first
      if (gap > best[f]
          || (gap == best[f] && current >= 0 && t.party(q).compareTo(t.party(current)) < 0)) {
        best[f] = gap;
        result.partner[f] = q;
        result.given[f] = gave;
        result.received[f] = got;
      }
    }
  }
}
