package dev.reciprocity.core.internal;

import dev.reciprocity.Amount;
import dev.reciprocity.DyadScore;
import dev.reciprocity.PartyId;
import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/**
 * Portfolio and seasonal sums kept current one flow at a time: the dyad table, per-party strengths
 * and reciprocated strengths, and per (party, season) strengths, each updated in O(1). Not
 * thread-safe.
 */
public final class RunningTables {

  private final PairTable dyads = new PairTable(1 << 10);
  private final PairTable seasonal = new PairTable(1 << 10);
  private long[] out = new long[64];
  private long[] in = new long[64];
  private long[] reciprocated = new long[64];
  private long flowCount;
  private long total;
  private long reciprocatedWeight;
  private long directedEdges;
  private long reciprocatedEdges;

  /** Adds a flow of interned parties {@code g -> r} in season {@code season}. */
  public void add(int g, int r, int season, long micros) {
    int needed = Math.max(g, r) + 1;
    if (needed > out.length) {
      int size = Math.max(needed, out.length * 2);
      out = Arrays.copyOf(out, size);
      in = Arrays.copyOf(in, size);
      reciprocated = Arrays.copyOf(reciprocated, size);
    }
    boolean forward = g < r;
    int lo = forward ? g : r;
    int hi = forward ? r : g;
    long key = PairTable.key(lo, hi);
    int before = dyads.find(key);
    long f0 = before < 0 ? 0 : dyads.forward(before);
    long b0 = before < 0 ? 0 : dyads.backward(before);
    long flags0 = before < 0 ? 0 : dyads.stored(before);
    int slot = dyads.add(key, forward, micros);
    long flags1 = dyads.stored(slot);
    long delta = Math.min(dyads.forward(slot), dyads.backward(slot)) - Math.min(f0, b0);
    reciprocated[lo] += delta;
    reciprocated[hi] += delta;
    reciprocatedWeight += 2 * delta;
    long bit = forward ? PairTable.FORWARD : PairTable.BACKWARD;
    if ((flags0 & bit) == 0) {
      directedEdges++;
      long both = PairTable.FORWARD | PairTable.BACKWARD;
      if ((flags1 & both) == both) {
        reciprocatedEdges += 2;
      }
    }
    out[g] += micros;
    in[r] += micros;
    total += micros;
    flowCount++;
    seasonal.add(PairTable.key(g, season), true, micros);
    seasonal.add(PairTable.key(r, season), false, micros);
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

  public long out(int party) {
    return party < out.length ? out[party] : 0;
  }

  public long in(int party) {
    return party < in.length ? in[party] : 0;
  }

  public long reciprocated(int party) {
    return party < reciprocated.length ? reciprocated[party] : 0;
  }

  /** The out-strengths of parties {@code 0..count-1}. */
  public long[] outs(int count) {
    return Arrays.copyOf(out, count);
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
  public long seasonOut(int party, int season) {
    int slot = seasonal.find(PairTable.key(party, season));
    return slot < 0 ? 0 : seasonal.forward(slot);
  }

  /** In-strength of an interned party in a season, in micros. */
  public long seasonIn(int party, int season) {
    int slot = seasonal.find(PairTable.key(party, season));
    return slot < 0 ? 0 : seasonal.backward(slot);
  }

  /** Gini coefficient of the out-strengths of parties {@code 0..count-1}. */
  public static double gini(long[] outs) {
    return Gini.of(outs);
  }
}
