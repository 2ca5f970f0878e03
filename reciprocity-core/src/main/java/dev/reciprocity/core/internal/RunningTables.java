package dev.reciprocity.core.internal;

import dev.reciprocity.Amount;
import dev.reciprocity.DyadScore;
import dev.reciprocity.PartyId;
import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/**
 * Portfolio and seasonal sums kept current one flow at a time, each add in O(1) with about three
 * cache misses: the dyad's slot in a {@link PairTable} (found once), and each party's record of 64
 * bytes holding its out-, in- and reciprocated strength and its strengths in its latest season. A
 * party's earlier seasons are moved into a {@code (party, season)} table when its next season
 * begins, once per party and season; a flow older than the party's latest season goes to that table
 * directly. Not thread-safe.
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

  private static final long BOTH = PairTable.FORWARD | PairTable.BACKWARD;

  private final PairTable dyads = new PairTable(1 << 10);
  private final PairTable earlierSeasons = new PairTable(1 << 10);
  private long[] party = new long[0];
  private int parties;
  private long flowCount;
  private long total;
  private long reciprocatedWeight;
  private long directedEdges;
  private long reciprocatedEdges;

  /** Adds a flow of interned parties {@code g -> r} in season {@code season}. */
  public void add(int g, int r, int season, long micros) {
    int needed = Math.max(g, r) + 1;
    if (needed > parties) {
      grow(needed);
    }
    boolean forward = g < r;
    int lo = forward ? g : r;
    int hi = forward ? r : g;
    long key = PairTable.key(lo, hi);
    long bit = forward ? PairTable.FORWARD : PairTable.BACKWARD;
    // one probe: the dyad's slot, claimed when new
    long[] s = dyads.slots;
    int mask = dyads.mask;
    int i = (int) PairTable.mix(key) & mask;
    int at;
    while (true) {
      at = 3 * i;
      long stored = s[at];
      if (stored == 0 || (stored & ~BOTH) == key) {
        break;
      }
      i = (i + 1) & mask;
    }
    long stored = s[at];
    long f0 = s[at + 1];
    long b0 = s[at + 2];
    long f1 = forward ? f0 + micros : f0;
    long b1 = forward ? b0 : b0 + micros;
    s[at] = (stored == 0 ? key : stored) | bit;
    s[at + 1] = f1;
    s[at + 2] = b1;
    if ((stored & bit) == 0) {
      directedEdges++;
      if (((stored | bit) & BOTH) == BOTH) {
        reciprocatedEdges += 2;
      }
    }
    if (stored == 0 && ++dyads.size > 0.7 * (mask + 1)) {
      dyads.rehash();
    }
    long delta = Math.min(f1, b1) - Math.min(f0, b0);
    long[] p = party;
    p[lo * STRIDE + RECIPROCATED] += delta;
    p[hi * STRIDE + RECIPROCATED] += delta;
    reciprocatedWeight += 2 * delta;
    p[g * STRIDE + OUT] += micros;
    p[r * STRIDE + IN] += micros;
    inSeason(g, season, micros, true);
    inSeason(r, season, micros, false);
    total += micros;
    flowCount++;
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
      // the party's next season begins: keep the one before in the table
      if (latest >= 0) {
        store(who, (int) latest, p[base + SEASON_OUT], p[base + SEASON_IN]);
      }
      p[base + SEASON] = season;
      p[base + SEASON_OUT] = out ? micros : 0;
      p[base + SEASON_IN] = out ? 0 : micros;
      return;
    }
    // an earlier season than the party's latest: straight to the table
    earlierSeasons.add(PairTable.key(who, season), out, micros);
  }

  private void store(int who, int season, long out, long in) {
    long key = PairTable.key(who, season);
    earlierSeasons.add(key, true, out);
    earlierSeasons.add(key, false, in);
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
    int slot = earlierSeasons.find(PairTable.key(who, season));
    if (slot >= 0) {
      sum += out ? earlierSeasons.forward(slot) : earlierSeasons.backward(slot);
    }
    return sum;
  }

  /** Gini coefficient of the out-strengths of parties {@code 0..count-1}. */
  public static double gini(long[] outs) {
    return Gini.of(outs);
  }
}
