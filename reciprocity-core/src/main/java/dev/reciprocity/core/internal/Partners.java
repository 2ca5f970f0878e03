package dev.reciprocity.core.internal;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * For each streak of a chronic finding: the partner most one-sided in the direction of the
 * imbalance over the streak's span, what went each way with them, and by kind what went the way of
 * the imbalance. Two sequential passes over the rows (see {@link #collect}).
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
      List<ChronicImbalanceCheck.Streak> streaks,
      int gatherLimit) {
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
      work[k] =
          () ->
              collect(
                  selection, seasonOf, judged, cells, streaks, part, parts, gatherLimit, result);
    }
    Portfolio.runAll(work);
    return result;
  }

  /** The most exchanges gathered at once: a batch of streaks is gathered, then summed. */
  static final int GATHER_LIMIT = 1 << 22;

  /**
   * Sums the exchanges of the part's streaks with each partner, picks the partners, and sums by
   * kind what went the way of the imbalance with them.
   *
   * <p>Counting sort, then small per-streak sums: one pass counts each streak's exchanges (a flow
   * of the streak's party in one of its seasons); a second gathers them, grouped by streak, into
   * flat arrays; then each streak's exchanges are summed by partner in a table the size of that
   * streak's exchanges, which stays in cache. Two sequential passes over the rows and no table of
   * all {@code (streak, partner)} pairs, whose random updates cost a cache miss each. The streaks
   * are gathered in batches of at most {@code gatherLimit} exchanges ({@link #GATHER_LIMIT} but in
   * tests) (one more pass each), so the memory stays bounded however many flows the streaks hold.
   */
  private static void collect(
      FlowSelection selection,
      int[] seasonOf,
      int judged,
      StreakCells streakOf,
      List<ChronicImbalanceCheck.Streak> streaks,
      int part,
      int parts,
      int gatherLimit,
      Partners result) {
    FlowTable t = selection.table;
    int n = selection.size();
    int count = streaks.size();
    // each streak's first exchange in the gathered order; long: the total may pass 2^31
    long[] start = new long[count + 1];
    for (int i = 0; i < n; i++) {
      int s = seasonOf[i];
      if (s < 0 || s >= judged) {
        continue;
      }
      int row = selection.row(i);
      int g = t.giver(row);
      int r = t.receiver(row);
      int fg = g % parts == part ? streakOf.get(g, s) : -1;
      int fr = r % parts == part ? streakOf.get(r, s) : -1;
      if (fg >= 0) {
        start[fg + 1]++;
      }
      if (fr >= 0) {
        start[fr + 1]++;
      }
    }
    for (int f = 0; f < count; f++) {
      start[f + 1] += start[f];
    }
    int from = 0;
    while (from < count) {
      // the next batch: streaks [from, to) with at most gatherLimit exchanges, at least one streak
      int to = from + 1;
      while (to < count && start[to + 1] - start[from] <= gatherLimit) {
        to++;
      }
      gatherAndSum(
          selection, seasonOf, judged, streakOf, streaks, part, parts, start, from, to, result);
      from = to;
    }
  }

  private static void gatherAndSum(
      FlowSelection selection,
      int[] seasonOf,
      int judged,
      StreakCells streakOf,
      List<ChronicImbalanceCheck.Streak> streaks,
      int part,
      int parts,
      long[] start,
      int from,
      int to,
      Partners result) {
    FlowTable t = selection.table;
    int n = selection.size();
    long base = start[from];
    int size = Math.toIntExact(start[to] - base);
    // per exchange: the partner, the amount, and the kind with the direction in its lowest bit
    // (1: the streak's party gave)
    int[] partnerOf = new int[size];
    long[] amount = new long[size];
    int[] kindAndWay = new int[size];
    int[] next = new int[to - from];
    for (int f = from; f < to; f++) {
      next[f - from] = (int) (start[f] - base);
    }
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
      if (fg >= from && fg < to) {
        int at = next[fg - from]++;
        partnerOf[at] = r;
        amount[at] = t.micros[c][j];
        kindAndWay[at] = (t.kinds[c][j] << 1) | 1;
      }
      if (fr >= from && fr < to) {
        int at = next[fr - from]++;
        partnerOf[at] = g;
        amount[at] = t.micros[c][j];
        kindAndWay[at] = t.kinds[c][j] << 1;
      }
    }
    ExchangeSums sums = new ExchangeSums();
    for (int f = from; f < to; f++) {
      int lo = (int) (start[f] - base);
      int hi = (int) (start[f + 1] - base);
      if (lo == hi) {
        continue;
      }
      sums.clear(hi - lo);
      for (int at = lo; at < hi; at++) {
        sums.add(partnerOf[at], (kindAndWay[at] & 1) != 0, amount[at]);
      }
      choose(sums, streaks.get(f).giver, f, t, result);
      // the kinds of what went the way of the imbalance, with the chosen partner
      int partner = result.partner[f];
      int way = streaks.get(f).giver ? 1 : 0;
      for (int at = lo; at < hi; at++) {
        if (partnerOf[at] == partner && (kindAndWay[at] & 1) == way) {
          int kind = kindAndWay[at] >>> 1;
          result.kinds[f][kind] += amount[at];
          result.kindSeen[f][kind] = true;
        }
      }
    }
  }

  /** One streak's sums by partner: what its party gave them and got from them. */
  private static final class ExchangeSums {
    int[] partners = new int[16];
    long[] gave = new long[16];
    long[] got = new long[16];
    int[] used = new int[16]; // the slots in use, to walk and to clear
    int usedCount;
    int mask = 15;

    /** Empties the table and makes room for {@code exchanges} partners at most. */
    void clear(int exchanges) {
      for (int k = 0; k < usedCount; k++) {
        partners[used[k]] = 0;
      }
      usedCount = 0;
      int capacity = Integer.highestOneBit(Math.max(16, 2 * exchanges - 1)) << 1;
      if (capacity > partners.length) {
        partners = new int[capacity];
        gave = new long[capacity];
        got = new long[capacity];
        used = new int[capacity];
        mask = capacity - 1;
      }
    }

    void add(int partner, boolean gaveIt, long micros) {
      int key = partner + 1; // 0 marks an empty slot
      int i = (int) PairTable.mix(key) & mask;
      while (partners[i] != key) {
        if (partners[i] == 0) {
          partners[i] = key;
          gave[i] = 0;
          got[i] = 0;
          used[usedCount++] = i;
          break;
        }
        i = (i + 1) & mask;
      }
      if (gaveIt) {
        gave[i] += micros;
      } else {
        got[i] += micros;
      }
    }
  }

  /**
   * The streak of each (party, season), or -1: dense where small, else a hash table. Most cells
   * hold no streak, so a bit per cell (a few hundred kilobytes, which stay in the processor's cache
   * where the dense array does not) answers most lookups without reading the array.
   */
  private static final class StreakCells {
    private final int parties;
    private final int @Nullable [] dense;
    private final long @Nullable [] present;
    private final PairTable sparse;

    StreakCells(int parties, int seasons, int rows) {
      this.parties = parties;
      boolean small = (long) parties * seasons <= Math.max(1 << 22, rows);
      this.dense = small ? new int[parties * seasons] : null;
      this.present = small ? new long[(parties * seasons + 63) >>> 6] : null;
      if (dense != null) {
        java.util.Arrays.fill(dense, -1);
      }
      this.sparse = new PairTable(small ? 0 : 1 << 12);
    }

    void put(int party, int season, int streak) {
      if (dense != null && present != null) {
        int cell = season * parties + party;
        dense[cell] = streak;
        present[cell >>> 6] |= 1L << cell;
      } else {
        sparse.add(PairTable.key(party, season), true, streak);
      }
    }

    int get(int party, int season) {
      if (dense != null && present != null) {
        int cell = season * parties + party;
        return (present[cell >>> 6] & (1L << cell)) == 0 ? -1 : dense[cell];
      }
      int slot = sparse.find(PairTable.key(party, season));
      return slot < 0 ? -1 : (int) sparse.forward(slot);
    }
  }

  /**
   * Picks a streak's partner: the largest gap in the direction of the imbalance (gave minus got for
   * a giver, got minus gave for a receiver); on a tie, the partner whose id sorts first.
   */
  private static void choose(
      ExchangeSums sums, boolean giver, int f, FlowTable t, Partners result) {
    long best = Long.MIN_VALUE;
    for (int k = 0; k < sums.usedCount; k++) {
      int slot = sums.used[k];
      int q = sums.partners[slot] - 1;
      long gave = sums.gave[slot];
      long got = sums.got[slot];
      long gap = giver ? gave - got : got - gave;
      int current = result.partner[f];
      if (gap > best
          || (gap == best && current >= 0 && t.party(q).compareTo(t.party(current)) < 0)) {
        best = gap;
        result.partner[f] = q;
        result.given[f] = gave;
        result.received[f] = got;
      }
    }
  }
}
