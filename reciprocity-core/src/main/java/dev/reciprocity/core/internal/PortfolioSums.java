package dev.reciprocity.core.internal;

import dev.reciprocity.Amount;
import dev.reciprocity.NetworkScore;
import dev.reciprocity.PartyId;
import dev.reciprocity.PortfolioScores;
import dev.reciprocity.spi.FlowColumns;
import java.util.Arrays;
import java.util.function.IntFunction;

/**
 * The portfolio sums of a group of flows between parties with dense ids: the engine's dyad table
 * ({@link PairTable}, keyed by the unordered pair, two directed sums and the flags of the
 * directions seen) and per-party out- and in-strength in arrays indexed by id, with the list of the
 * parties present. What the streaming accumulators ({@code PortfolioStrategy}, {@code
 * SeasonalStrategy}) add to one flow at a time and merge, and what the seasonal strategy fills from
 * the columns season by season; {@link #scores} makes the {@link PortfolioScores}, the same for
 * every path. Every sum is bounded by the admitted total, so none can overflow. Not thread-safe.
 */
final class PortfolioSums {

  private PairTable dyads;
  private long[] out;
  private long[] in;
  private boolean[] present;
  private int[] parties;
  private int partyCount;
  private long flowCount;

  PortfolioSums(int expectedDyads, int partyCapacity) {
    dyads = new PairTable(expectedDyads);
    int c = Math.max(16, partyCapacity);
    out = new long[c];
    in = new long[c];
    present = new boolean[c];
    parties = new int[16];
  }

  /** Makes room for party ids below {@code ids}. */
  void ensureParties(int ids) {
    if (ids > out.length) {
      int c = Math.max(ids, 2 * out.length);
      out = Arrays.copyOf(out, c);
      in = Arrays.copyOf(in, c);
      present = Arrays.copyOf(present, c);
    }
  }

  /** Forgets every flow, keeping the party arrays, with a new dyad table for about {@code n}. */
  void reset(int expectedDyads) {
    for (int k = 0; k < partyCount; k++) {
      int p = parties[k];
      out[p] = 0;
      in[p] = 0;
      present[p] = false;
    }
    partyCount = 0;
    flowCount = 0;
    dyads = new PairTable(expectedDyads);
  }

  boolean isEmpty() {
    return flowCount == 0;
  }

  private void mark(int p) {
    if (!present[p]) {
      present[p] = true;
      if (partyCount == parties.length) {
        parties = Arrays.copyOf(parties, 2 * partyCount);
      }
      parties[partyCount++] = p;
    }
  }

  /**
   * Adds a flow from {@code g} to {@code r} (ids below {@link #ensureParties}), {@code m} micros.
   */
  void add(int g, int r, long m) {
    dyads.add(g < r ? PairTable.key(g, r) : PairTable.key(r, g), g < r, m);
    out[g] += m; // bounded by the admitted total
    in[r] += m;
    mark(g);
    mark(r);
    flowCount++;
  }

  /**
   * Adds another's sums, its party {@code p} being {@code ids[p]} here (ids below {@link
   * #ensureParties}); the directions seen are kept, so an amount of 0 still makes an edge.
   */
  void merge(PortfolioSums other, int[] ids) {
    long[] keys = other.dyads.keys;
    long[] s = other.dyads.sums;
    for (int slot = 0; slot < keys.length; slot++) {
      long stored = keys[slot];
      if (stored == 0) {
        continue;
      }
      int a = ids[PairTable.first(stored)];
      int b = ids[PairTable.second(stored)];
      // forward is first -> second; here a -> b
      if ((stored & PairTable.FORWARD) != 0) {
        dyads.add(a < b ? PairTable.key(a, b) : PairTable.key(b, a), a < b, s[2 * slot]);
      }
      if ((stored & PairTable.BACKWARD) != 0) {
        dyads.add(a < b ? PairTable.key(a, b) : PairTable.key(b, a), b < a, s[2 * slot + 1]);
      }
    }
    for (int k = 0; k < other.partyCount; k++) {
      int p = other.parties[k];
      int q = ids[p];
      out[q] += other.out[p];
      in[q] += other.in[p];
      mark(q);
    }
    flowCount += other.flowCount;
  }

  /** Visits the parties present, in no order. */
  int[] parties() {
    return Arrays.copyOf(parties, partyCount);
  }

  /**
   * The scores, parties and dyads in {@link PartyId} order.
   *
   * @param name the party of an id
   * @param rank each id's rank in {@link PartyId} order (ranks of absent ids are not read)
   */
  PortfolioScores scores(IntFunction<PartyId> name, int[] rank) {
    long[] recip = new long[out.length];
    Dyads list = new Dyads(dyads.size);
    long[] sums = dyads.summarize(recip, list);
    long total = sums[0];
    long reciprocatedWeight = sums[1];
    long directed = sums[2];
    long mutual = sums[3];
    long[] outs = new long[partyCount];
    for (int k = 0; k < partyCount; k++) {
      outs[k] = out[parties[k]];
    }
    NetworkScore network =
        NetworkScore.builder()
            .flowCount(flowCount)
            .partyCount(partyCount)
            .totalWeight(Amount.ofMicros(total))
            .reciprocatedWeight(Amount.ofMicros(reciprocatedWeight))
            .directedEdges(Math.toIntExact(directed))
            .reciprocatedEdges(Math.toIntExact(mutual))
            .outStrengthGini(Gini.of(outs))
            .build();
    return build(name, rank, parties, partyCount, out, in, recip, list, network);
  }

  /** Dyads as four growing columns; a {@link FlowColumns.DyadVisitor} that collects. */
  static final class Dyads implements FlowColumns.DyadVisitor {
    int[] a;
    int[] b;
    long[] ab;
    long[] ba;
    int size;

    Dyads(int expected) {
      int c = Math.max(16, expected);
      a = new int[c];
      b = new int[c];
      ab = new long[c];
      ba = new long[c];
    }

    @Override
    public void visit(int x, int y, long xy, long yx) {
      if (size == a.length) {
        int c = 2 * size;
        a = Arrays.copyOf(a, c);
        b = Arrays.copyOf(b, c);
        ab = Arrays.copyOf(ab, c);
        ba = Arrays.copyOf(ba, c);
      }
      a[size] = x;
      b[size] = y;
      ab[size] = xy;
      ba[size] = yx;
      size++;
    }
  }

  /**
   * Makes the scores: the given parties (ids, any order) and dyads sorted into {@link PartyId}
   * order by {@code rank}, then each made an object.
   */
  static PortfolioScores build(
      IntFunction<PartyId> name,
      int[] rank,
      int[] present,
      int presentCount,
      long[] out,
      long[] in,
      long[] recip,
      Dyads dyads,
      NetworkScore network) {
    long[] keys = new long[presentCount];
    int[] ids = new int[presentCount];
    for (int k = 0; k < presentCount; k++) {
      keys[k] = rank[present[k]];
      ids[k] = present[k];
    }
    RadixSort.sort(keys, ids, presentCount);
    PortfolioScores.Builder scores = PortfolioScores.builder().expected(presentCount, dyads.size);
    for (int k = 0; k < presentCount; k++) {
      int p = ids[k];
      scores.addParty(name.apply(p), out[p], in[p], recip[p]);
    }
    int n = dyads.size;
    long[] dyadKeys = new long[n];
    int[] order = new int[n];
    for (int k = 0; k < n; k++) {
      int ra = rank[dyads.a[k]];
      int rb = rank[dyads.b[k]];
      dyadKeys[k] = ((long) Math.min(ra, rb) << 32) | Math.max(ra, rb);
      order[k] = k;
    }
    RadixSort.sort(dyadKeys, order, n);
    for (int k = 0; k < n; k++) {
      int d = order[k];
      int x = dyads.a[d];
      int y = dyads.b[d];
      // the party first in PartyId order is a
      if (rank[x] < rank[y]) {
        scores.addDyad(name.apply(x), name.apply(y), dyads.ab[d], dyads.ba[d]);
      } else {
        scores.addDyad(name.apply(y), name.apply(x), dyads.ba[d], dyads.ab[d]);
      }
    }
    return scores.network(network).build();
  }

  /** Each id's rank among {@code parties} in {@link PartyId} order. */
  static int[] rank(PartyId[] parties, int count) {
    Integer[] boxed = new Integer[count];
    for (int p = 0; p < count; p++) {
      boxed[p] = p;
    }
    Arrays.sort(boxed, (x, y) -> parties[x].compareTo(parties[y]));
    int[] r = new int[count];
    for (int q = 0; q < count; q++) {
      r[boxed[q]] = q;
    }
    return r;
  }
}
