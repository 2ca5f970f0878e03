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
      boolean @Nullable [] kindMask,
      int[] seasonOf,
      List<ChronicImbalanceCheck.Streak> streaks) {
    FlowTable t = selection.table;
    int[][] byParty = new int[t.partyCount][];
    for (int f = 0; f < streaks.size(); f++) {
      int p = streaks.get(f).party;
      int[] list = byParty[p];
      if (list == null) {
        byParty[p] = new int[] {f};
      } else {
        int[] longer = java.util.Arrays.copyOf(list, list.length + 1);
        longer[list.length] = f;
        byParty[p] = longer;
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
      work[k] = () -> collect(selection, seasonOf, streaks, byParty, part, parts, result);
    }
    Portfolio.runAll(work);
    return result;
  }

  private static void collect(
      FlowSelection selection,
      int[] seasonOf,
      List<ChronicImbalanceCheck.Streak> streaks,
      int[][] byParty,
      int part,
      int parts,
      Partners result) {
    FlowTable t = selection.table;
    int n = selection.size();
    // (streak, partner) -> forward: the party gave the partner; backward: the partner gave
    PairTable exchange = new PairTable(Math.max(16 * streaks.size() / parts, n / (2 * parts)));
    for (int i = 0; i < n; i++) {
      int s = seasonOf[i];
      if (s < 0) {
        continue;
      }
      int row = selection.row(i);
      int c = row >>> FlowTable.SHIFT;
      int j = row & FlowTable.MASK;
      int g = t.givers[c][j];
      int r = t.receivers[c][j];
      int[] ofGiver = g % parts == part ? byParty[g] : null;
      int[] ofReceiver = r % parts == part ? byParty[r] : null;
      if (ofGiver == null && ofReceiver == null) {
        continue;
      }
      long m = t.micros[c][j];
      if (ofGiver != null) {
        for (int f : ofGiver) {
          if (in(streaks.get(f), s)) {
            exchange.add(PairTable.key(f, r), true, m);
          }
        }
      }
      if (ofReceiver != null) {
        for (int f : ofReceiver) {
          if (in(streaks.get(f), s)) {
            exchange.add(PairTable.key(f, g), false, m);
          }
        }
      }
    }
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
    // the kinds of what went the way of the imbalance, with the chosen partner
    for (int i = 0; i < n; i++) {
      int s = seasonOf[i];
      if (s < 0) {
        continue;
      }
      int row = selection.row(i);
      int g = t.giver(row);
      int r = t.receiver(row);
      if (g % parts == part && byParty[g] != null) {
        for (int f : byParty[g]) {
          ChronicImbalanceCheck.Streak streak = streaks.get(f);
          if (streak.giver && result.partner[f] == r && in(streak, s)) {
            result.kinds[f][t.kindOf(row)] += t.micros(row);
            result.kindSeen[f][t.kindOf(row)] = true;
          }
        }
      }
      if (r % parts == part && byParty[r] != null) {
        for (int f : byParty[r]) {
          ChronicImbalanceCheck.Streak streak = streaks.get(f);
          if (!streak.giver && result.partner[f] == g && in(streak, s)) {
            result.kinds[f][t.kindOf(row)] += t.micros(row);
            result.kindSeen[f][t.kindOf(row)] = true;
          }
        }
      }
    }
  }

  private static boolean in(ChronicImbalanceCheck.Streak streak, int season) {
    return season >= streak.from && season < streak.to;
  }
}
