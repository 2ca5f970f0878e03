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
    // (streak, partner) -> forward: the party gave the partner; backward: the partner gave
    PairTable exchange = new PairTable(16 * streaks.size());
    int n = selection.size();
    for (int i = 0; i < n; i++) {
      int s = seasonOf[i];
      if (s < 0) {
        continue;
      }
      int row = selection.row(i);
      int g = t.giver(row);
      int r = t.receiver(row);
      if (byParty[g] == null && byParty[r] == null) {
        continue;
      }
      long m = t.micros(row);
      if (byParty[g] != null) {
        for (int f : byParty[g]) {
          if (in(streaks.get(f), s)) {
            exchange.add(PairTable.key(f, r), true, m);
          }
        }
      }
      if (byParty[r] != null) {
        for (int f : byParty[r]) {
          if (in(streaks.get(f), s)) {
            exchange.add(PairTable.key(f, g), false, m);
          }
        }
      }
    }
    Partners result = new Partners(streaks.size(), t.kindCount);
    java.util.Arrays.fill(result.partner, -1);
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
      if (byParty[g] != null) {
        for (int f : byParty[g]) {
          ChronicImbalanceCheck.Streak streak = streaks.get(f);
          if (streak.giver && result.partner[f] == r && in(streak, s)) {
            result.kinds[f][t.kindOf(row)] += t.micros(row);
            result.kindSeen[f][t.kindOf(row)] = true;
          }
        }
      }
      if (byParty[r] != null) {
        for (int f : byParty[r]) {
          ChronicImbalanceCheck.Streak streak = streaks.get(f);
          if (!streak.giver && result.partner[f] == g && in(streak, s)) {
            result.kinds[f][t.kindOf(row)] += t.micros(row);
            result.kindSeen[f][t.kindOf(row)] = true;
          }
        }
      }
    }
    return result;
  }

  private static boolean in(ChronicImbalanceCheck.Streak streak, int season) {
    return season >= streak.from && season < streak.to;
  }
}
