package dev.reciprocity.core.internal;

import dev.reciprocity.Amount;
import dev.reciprocity.DyadScore;
import dev.reciprocity.PartyId;
import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/**
 * Portfolio and seasonal sums kept current one flow at a time, in amortised O(1) per flow.
 *
 * <p>Where the time goes: with a million dyads the dyad table is tens of megabytes, so the dyad's
 * slot is a cache miss that costs more than everything else an add does. Flows therefore come in
 * batches ({@link #addAll}): the batch's dyad slots and party records are read ahead ({@link
 * ReadAhead}), so that the processor waits for those misses side by side instead of one after the
 * other, and the flows are then applied in order.
 *
 * <p>The tables: the dyads are keyed by open addressing in an array of 8-byte keys, so that a probe
 * past the home slot rarely leaves its cache line (linear probing at a load of up to 0.7 took about
 * 1.4 probes past the home slot per flow, on average, in the incremental benchmark); a second array
 * holds each slot's two directed sums. The flows' slots are found first, a new dyad's slot claimed
 * with its key, then their sums are read ahead, then the flows are applied without a branch on
 * their direction or on whether their dyad is new, which are coin tosses the processor would
 * mispredict. Each party's record of 64 bytes holds its out-, in- and reciprocated strength, its
 * strengths in its latest season, and where its earlier seasons begin. When a party's next season
 * begins, the season before is appended to a log of closed seasons and chained to the party's
 * earlier ones: an append at the log's end, which costs no cache miss, where a hash table of {@code
 * (party, season)} cells cost one per party and season. Reading a party's strength in a season
 * walks its chain, O(the party's seasons). A flow older than its party's latest season (a backfill)
 * goes to a {@code (party, season)} hash table of late amounts instead, so that an add stays O(1).
 * Not thread-safe.
 */
public final class RunningTables {

  /** Per party: out, in, reciprocated, latest season (or -1), out and in in that season. */
  private static final int STRIDE = 8;

  private static final int OUT = 0;
  private static final int IN = 1;
  private static final int RECIPROCATED = 2;
  private static final int SEASON = 3;
  private static final int SEASON_OUT = 4;
  private static final int SEASON_IN = 5;
  private static final int CHAIN = 6;

  /** Closed seasons per log chunk; a chunk is an array of 3 longs per season. */
  private static final int LOG_SHIFT = 14;

  private static final int LOG_MASK = (1 << LOG_SHIFT) - 1;

  private static final long BOTH = PairTable.FORWARD | PairTable.BACKWARD;

  /** The dyad table's first capacity; it doubles past a load of 0.7. */
  private static final int FIRST_DYAD_CAPACITY = 1 << 10;

  // the dyads, in the engine's one dyad table: per slot the key (lower id, higher id) with the
  // flags of the directions seen, 0 when empty; in a second array the slot's forward and backward
  // sums. addAll reads and writes its arrays directly, in batches
  private final PairTable dyads = PairTable.ofCapacity(FIRST_DYAD_CAPACITY);
  private final PairTable lateSeasons = new PairTable(1 << 10);
  // the closed seasons: per entry (season << 32 | previous entry of the party + 1), out, in
  private long[][] log = new long[16][];
  private int logSize;
  private long[] party = new long[0];
  private int parties;
  private long flowCount;
  private long total;
  private long reciprocatedWeight;
  private long directedEdges;
  private long reciprocatedEdges;

  private int[] slotOf = new int[0];

  // late (party, season) amounts on their way to lateSeasons: key, out, in
  private long[] cells = new long[3 * 256];
  private int cellCount;

  /**
   * Adds the first {@code n} flows of the arrays, in order: flow {@code k} from interned party
   * {@code givers[k]} to {@code receivers[k]} in season {@code seasons[k]}, {@code amounts[k]}
   * micros.
   */
  public void addAll(int[] givers, int[] receivers, int[] seasons, long[] amounts, int n) {
    if (slotOf.length < n) {
      slotOf = new int[n];
    }
    int needed = 0;
    for (int k = 0; k < n; k++) {
      needed = Math.max(needed, Math.max(givers[k], receivers[k]) + 1);
    }
    if (needed > parties) {
      grow(needed);
    }
    // room for every flow as a new dyad, so that no slot moves while the batch is applied
    dyads.ensureRoom(n);
    long[] keys = dyads.keys;
    long[] sums = dyads.sums;
    int mask = dyads.mask;
    long[] p = party;
    long sum = 0;
    int[] slot = slotOf;
    for (int k = 0; k < n; k++) {
      slot[k] = (int) PairTable.mix(dyadKey(givers[k], receivers[k])) & mask;
    }
    // loops with nothing else in them, so that many of their reads are under way at once: the
    // dyads' home slots (keys are 8 bytes, so a probe rarely leaves the home slot's line) and
    // both cache lines of each party's record, which spans two unless the array starts on a line
    for (int k = 0; k < n; k++) {
      sum += keys[slot[k]];
    }
    for (int k = 0; k < n; k++) {
      int gb = givers[k] * STRIDE;
      int rb = receivers[k] * STRIDE;
      sum += p[gb] + p[gb + CHAIN] + p[rb] + p[rb + CHAIN];
    }
    // each flow's slot: found, or claimed with the key and no flags
    for (int k = 0; k < n; k++) {
      long key = dyadKey(givers[k], receivers[k]);
      int i = slot[k];
      while (true) {
        long stored = keys[i];
        if (stored == 0) {
          keys[i] = key;
          dyads.size++;
          break;
        }
        if ((stored & ~BOTH) == key) {
          break;
        }
        i = (i + 1) & mask;
      }
      slot[k] = i;
    }
    // then the sums of those slots
    for (int k = 0; k < n; k++) {
      sum += sums[2 * slot[k]];
    }
    applyAll(givers, receivers, seasons, amounts, n);
    int c = cellCount;
    if (c > 0) {
      lateSeasons.ensureRoom(c);
      for (int k = 0; k < c; k++) {
        sum += lateSeasons.touch(cells[3 * k]);
      }
      for (int k = 0; k < c; k++) {
        long key = cells[3 * k];
        lateSeasons.add(key, true, cells[3 * k + 1]);
        lateSeasons.add(key, false, cells[3 * k + 2]);
      }
      cellCount = 0;
    }
    ReadAhead.keep(sum);
  }

  /** Applies flows {@code 0..n-1}; their dyads' slots exist (addAll made room). */
  private void applyAll(int[] givers, int[] receivers, int[] seasons, long[] amounts, int n) {
    long[] keys = dyads.keys;
    long[] sums = dyads.sums;
    long[] p = party;
    int[] slot = slotOf;
    long edges = 0;
    long mutualEdges = 0;
    long reciprocated = 0;
    long sum = 0;
    for (int k = 0; k < n; k++) {
      int g = givers[k];
      int r = receivers[k];
      long micros = amounts[k];
      boolean forward = g < r;
      int lo = Math.min(g, r);
      int hi = Math.max(g, r);
      long bit = forward ? PairTable.FORWARD : PairTable.BACKWARD;
      int i = slot[k];
      long stored = keys[i];
      long f0 = sums[2 * i];
      long b0 = sums[2 * i + 1];
      long toForward = forward ? micros : 0;
      long f1 = f0 + toForward;
      long b1 = b0 + (micros - toForward);
      keys[i] = stored | bit;
      sums[2 * i] = f1;
      sums[2 * i + 1] = b1;
      int flagsBefore = Long.bitCount(stored & BOTH);
      int flagsAfter = Long.bitCount((stored | bit) & BOTH);
      edges += flagsAfter - flagsBefore;
      mutualEdges += (flagsAfter & 2) - (flagsBefore & 2);
      long delta = Math.min(f1, b1) - Math.min(f0, b0);
      p[lo * STRIDE + RECIPROCATED] += delta;
      p[hi * STRIDE + RECIPROCATED] += delta;
      reciprocated += delta;
      p[g * STRIDE + OUT] += micros;
      p[r * STRIDE + IN] += micros;
      inSeason(g, seasons[k], micros, true);
      inSeason(r, seasons[k], micros, false);
      sum += micros;
    }
    directedEdges += edges;
    reciprocatedEdges += mutualEdges;
    reciprocatedWeight += 2 * reciprocated;
    total += sum;
    flowCount += n;
  }

  /** The key of the dyad of two parties: (lower id, higher id), as {@link PairTable} keys it. */
  private static long dyadKey(int a, int b) {
    return PairTable.key(Math.min(a, b), Math.max(a, b));
  }

  private void inSeason(int who, int season, long micros, boolean out) {
    long[] p = party;
    int base = who * STRIDE;
    long latest = p[base + SEASON];
    if (latest == season) {
      p[base + (out ? SEASON_OUT : SEASON_IN)] += micros;
      return;
    }
    if (latest < season) {
      // the party's next season begins: the one before goes to the log, chained to its earlier
      if (latest >= 0) {
        p[base + CHAIN] =
            close((int) latest, p[base + CHAIN], p[base + SEASON_OUT], p[base + SEASON_IN]);
      }
      p[base + SEASON] = season;
      p[base + SEASON_OUT] = out ? micros : 0;
      p[base + SEASON_IN] = out ? 0 : micros;
      return;
    }
    // an earlier season than the party's latest: to the late amounts
    cell(PairTable.key(who, season), out ? micros : 0, out ? 0 : micros);
  }

  /** Appends a closed season to the log; returns its entry + 1, the party's new chain head. */
  private long close(int season, long previous, long out, long in) {
    int entry = logSize++;
    int chunk = entry >>> LOG_SHIFT;
    if (chunk == log.length) {
      log = Arrays.copyOf(log, 2 * chunk);
    }
    long[] c = log[chunk];
    if (c == null) {
      c = new long[3 << LOG_SHIFT];
      log[chunk] = c;
    }
    int at = 3 * (entry & LOG_MASK);
    c[at] = ((long) season << 32) | previous;
    c[at + 1] = out;
    c[at + 2] = in;
    return entry + 1L;
  }

  private void cell(long key, long out, long in) {
    if (3 * cellCount == cells.length) {
      cells = Arrays.copyOf(cells, 2 * cells.length);
    }
    int at = 3 * cellCount++;
    cells[at] = key;
    cells[at + 1] = out;
    cells[at + 2] = in;
  }

  private void grow(int needed) {
    int size = Math.max(needed, Math.max(64, parties * 2));
    long[] p = Arrays.copyOf(party, size * STRIDE);
    for (int x = parties; x < size; x++) {
      p[x * STRIDE + SEASON] = -1;
    }
    party = p;
    parties = size;
  }

  public long flowCount() {
    return flowCount;
  }

  public long total() {
    return total;
  }

  public long reciprocatedWeight() {
    return reciprocatedWeight;
  }

  public long directedEdges() {
    return directedEdges;
  }

  public long reciprocatedEdges() {
    return reciprocatedEdges;
  }

  public long out(int who) {
    return who < parties ? party[who * STRIDE + OUT] : 0;
  }

  public long in(int who) {
    return who < parties ? party[who * STRIDE + IN] : 0;
  }

  public long reciprocated(int who) {
    return who < parties ? party[who * STRIDE + RECIPROCATED] : 0;
  }

  /** The out-strengths of parties {@code 0..count-1}. */
  public long[] outs(int count) {
    long[] outs = new long[count];
    for (int x = 0; x < count; x++) {
      outs[x] = out(x);
    }
    return outs;
  }

  /** The dyad score of two interned parties, or null when nothing flowed between them. */
  public @Nullable DyadScore dyad(int x, int y, PartyId px, PartyId py) {
    boolean ordered = x < y;
    int slot = dyads.find(ordered ? PairTable.key(x, y) : PairTable.key(y, x));
    if (slot < 0) {
      return null;
    }
    long f = dyads.forward(slot);
    long b = dyads.backward(slot);
    // forward is lower id -> higher id
    return ordered
        ? DyadScore.of(px, py, Amount.ofMicros(f), Amount.ofMicros(b))
        : DyadScore.of(px, py, Amount.ofMicros(b), Amount.ofMicros(f));
  }

  /** Out-strength of an interned party in a season, in micros. */
  public long seasonOut(int who, int season) {
    return inSeason(who, season, true);
  }

  /** In-strength of an interned party in a season, in micros. */
  public long seasonIn(int who, int season) {
    return inSeason(who, season, false);
  }

  private long inSeason(int who, int season, boolean out) {
    long sum = 0;
    if (who < parties && party[who * STRIDE + SEASON] == season) {
      sum += party[who * STRIDE + (out ? SEASON_OUT : SEASON_IN)];
    }
    if (who >= parties) {
      return 0;
    }
    // the party's closed seasons, latest first; a season is closed at most once
    long next = party[who * STRIDE + CHAIN];
    while (next != 0) {
      int entry = (int) next - 1;
      long[] c = log[entry >>> LOG_SHIFT];
      int at = 3 * (entry & LOG_MASK);
      if ((int) (c[at] >>> 32) == season) {
        sum += c[at + (out ? 1 : 2)];
        break;
      }
      next = c[at] & 0xffff_ffffL;
    }
    int slot = lateSeasons.find(PairTable.key(who, season));
    if (slot >= 0) {
      sum += out ? lateSeasons.forward(slot) : lateSeasons.backward(slot);
    }
    return sum;
  }

  @Override
  public String toString() {
    return "RunningTables[" + flowCount + " flows]";
  }

  /** Gini coefficient of the out-strengths of parties {@code 0..count-1}. */
  public static double gini(long[] outs) {
    return Gini.of(outs);
  }
}
