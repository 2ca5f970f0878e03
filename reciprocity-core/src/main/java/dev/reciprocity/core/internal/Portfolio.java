package dev.reciprocity.core.internal;

import dev.reciprocity.Amount;
import dev.reciprocity.DyadScore;
import dev.reciprocity.FlowKind;
import dev.reciprocity.NetworkScore;
import dev.reciprocity.PartyId;
import dev.reciprocity.PartyScore;
import dev.reciprocity.UnitMismatchException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinTask;
import org.jspecify.annotations.Nullable;

/**
 * The portfolio figures of a selection of rows, computed from the columns: per-dyad weights in
 * {@link PairTable}s keyed by the unordered pair of party ids, per-party strengths in arrays
 * indexed by dictionary id. Names are looked up only when a score is made for a reader.
 *
 * <p>Large selections are split over the available cores by a hash of the unordered dyad: each part
 * scans every row but keeps only its dyads, so no two parts touch the same dyad and the per-party
 * sums are added up after. The figures are exact {@code long} sums, the same in any split.
 */
public final class Portfolio {

  /** Below this many rows one thread does it all. */
  static final int PARALLEL_ROWS = 1 << 16;

  final FlowTable table;
  final PairTable[] parts;
  final long[] out;
  final long[] in;
  final long[] reciprocated;
  final boolean[] present;
  final int partyCount;
  final long flowCount;
  final long total;
  final long reciprocatedWeight;
  final long directedEdges;
  final long reciprocatedEdges;

  private Portfolio(FlowTable table, PairTable[] parts, Part[] sums, long flowCount) {
    this.table = table;
    this.parts = parts;
    this.flowCount = flowCount;
    int p = table.partyCount;
    long[] o = sums[0].out;
    long[] i = sums[0].in;
    long[] r = sums[0].reciprocated;
    boolean[] pr = sums[0].present;
    long t = sums[0].total;
    long rw = sums[0].reciprocatedWeight;
    long de = sums[0].directedEdges;
    long re = sums[0].reciprocatedEdges;
    for (int k = 1; k < sums.length; k++) {
      Part s = sums[k];
      for (int x = 0; x < p; x++) {
        o[x] += s.out[x];
        i[x] += s.in[x];
        r[x] += s.reciprocated[x];
        pr[x] |= s.present[x];
      }
      t += s.total;
      rw += s.reciprocatedWeight;
      de += s.directedEdges;
      re += s.reciprocatedEdges;
    }
    int count = 0;
    for (int x = 0; x < p; x++) {
      if (pr[x]) {
        count++;
      }
    }
    this.out = o;
    this.in = i;
    this.reciprocated = r;
    this.present = pr;
    this.partyCount = count;
    this.total = t;
    this.reciprocatedWeight = rw;
    this.directedEdges = de;
    this.reciprocatedEdges = re;
  }

  /** One part's sums. */
  private static final class Part {
    final long[] out;
    final long[] in;
    final long[] reciprocated;
    final boolean[] present;
    long total;
    long reciprocatedWeight;
    long directedEdges;
    long reciprocatedEdges;

    Part(int parties) {
      out = new long[parties];
      in = new long[parties];
      reciprocated = new long[parties];
      present = new boolean[parties];
    }
  }

  /**
   * Computes the figures of the selected rows whose kind is in {@code kindMask} (every row when
   * null).
   *
   * @throws UnitMismatchException if the rows' kinds have more than one unit
   */
  public static Portfolio of(FlowSelection selection, boolean @Nullable [] kindMask) {
    FlowTable t = selection.table;
    checkOneUnit(selection, kindMask);
    int n = selection.size();
    int partCount = n < PARALLEL_ROWS ? 1 : Math.min(2, parallelism());
    PairTable[] tables = new PairTable[partCount];
    Part[] sums = new Part[partCount];
    long[] counts = new long[partCount];
    Runnable[] work = new Runnable[partCount];
    for (int k = 0; k < partCount; k++) {
      int part = k;
      work[k] =
          () -> {
            tables[part] = new PairTable(n / partCount + 16);
            sums[part] = new Part(t.partyCount);
            counts[part] = fill(selection, kindMask, part, partCount, tables[part], sums[part]);
            summarize(tables[part], sums[part]);
          };
    }
    runAll(work);
    long flows = 0;
    for (long c : counts) {
      flows += c;
    }
    return new Portfolio(t, tables, sums, flows);
  }

  static int parallelism() {
    return Math.max(1, Math.min(Runtime.getRuntime().availableProcessors(), 2));
  }

  /** Runs the tasks, the first in this thread and the others in the common pool. */
  static void runAll(Runnable[] work) {
    if (work.length == 1) {
      work[0].run();
      return;
    }
    List<ForkJoinTask<?>> forked = new ArrayList<>();
    for (int k = 1; k < work.length; k++) {
      forked.add(ForkJoinPool.commonPool().submit(work[k]));
    }
    work[0].run();
    for (ForkJoinTask<?> task : forked) {
      task.join();
    }
  }

  static int partOf(long key, int partCount) {
    return partCount == 1 ? 0 : (int) ((key * 0xC2B2_AE3D_27D4_EB4FL) >>> 63);
  }

  /** Rows per block of {@link #fill}: enough misses to overlap, few enough to stay in cache. */
  private static final int BLOCK = 128;

  /**
   * Adds the part's rows to its table and party sums, a block of rows at a time: a first pass over
   * the block picks the part's rows, a second reads their dyad slots ahead ({@link ReadAhead}), and
   * the third adds the rows in order and finds the slots in cache.
   */
  private static long fill(
      FlowSelection selection,
      boolean @Nullable [] kindMask,
      int part,
      int partCount,
      PairTable table,
      Part sums) {
    FlowTable t = selection.table;
    int[] rows = selection.rows;
    int n = selection.size();
    long[] out = sums.out;
    long[] in = sums.in;
    boolean[] present = sums.present;
    long[] keys = new long[BLOCK];
    long[] amounts = new long[BLOCK];
    int[] givers = new int[BLOCK];
    int[] receivers = new int[BLOCK];
    long count = 0;
    long touched = 0;
    for (int from = 0; from < n; from += BLOCK) {
      int to = Math.min(n, from + BLOCK);
      int kept = 0;
      for (int i = from; i < to; i++) {
        int row = rows == null ? i : rows[i];
        int c = row >>> FlowTable.SHIFT;
        int j = row & FlowTable.MASK;
        if (kindMask != null && !kindMask[t.kinds[c][j]]) {
          continue;
        }
        int g = t.givers[c][j];
        int r = t.receivers[c][j];
        long key = g < r ? PairTable.key(g, r) : PairTable.key(r, g);
        if (partOf(key, partCount) != part) {
          continue;
        }
        keys[kept] = key;
        givers[kept] = g;
        receivers[kept] = r;
        amounts[kept] = t.micros[c][j];
        kept++;
      }
      // a loop with nothing else in it, so that many of its reads are under way at once
      for (int k = 0; k < kept; k++) {
        touched += table.touch(keys[k]);
      }
      for (int k = 0; k < kept; k++) {
        int g = givers[k];
        int r = receivers[k];
        long m = amounts[k];
        table.add(keys[k], g < r, m);
        out[g] += m;
        in[r] += m;
        present[g] = true;
        present[r] = true;
      }
      count += kept;
    }
    ReadAhead.keep(touched);
    return count;
  }

  private static void summarize(PairTable table, Part sums) {
    long[] network = table.summarize(sums.reciprocated, null);
    sums.total = network[0];
    sums.reciprocatedWeight = network[1];
    sums.directedEdges = network[2];
    sums.reciprocatedEdges = network[3];
  }

  static void checkOneUnit(FlowSelection selection, boolean @Nullable [] kindMask) {
    boolean[] kinds = selection.kindsPresent();
    FlowKind first = null;
    for (int k = 0; k < kinds.length; k++) {
      if (kinds[k] && (kindMask == null || kindMask[k])) {
        FlowKind kind = selection.table.kindNames[k];
        if (first == null) {
          first = kind;
        } else if (!first.unit().equals(kind.unit())) {
          throw new UnitMismatchException(first, kind);
        }
      }
    }
  }

  /** The number of flows counted. */
  public long flowCount() {
    return flowCount;
  }

  /** The number of distinct dyads (unordered pairs with a flow either way). */
  public long dyadCount() {
    long n = 0;
    for (PairTable p : parts) {
      n += p.size;
    }
    return n;
  }

  /** The network figures. */
  public NetworkScore network() {
    long[] outs = new long[partyCount];
    int k = 0;
    for (int x = 0; x < present.length; x++) {
      if (present[x]) {
        outs[k++] = out[x];
      }
    }
    return NetworkScore.builder()
        .flowCount(flowCount)
        .partyCount(partyCount)
        .totalWeight(Amount.ofMicros(total))
        .reciprocatedWeight(Amount.ofMicros(reciprocatedWeight))
        .directedEdges(Math.toIntExact(directedEdges))
        .reciprocatedEdges(Math.toIntExact(reciprocatedEdges))
        .outStrengthGini(Gini.of(outs))
        .build();
  }

  /** The dictionary ids of the parties present, in the order of their ids ({@link PartyId}). */
  public int[] partiesInOrder() {
    int[] r = rank();
    int[] byRank = new int[present.length];
    java.util.Arrays.fill(byRank, -1);
    for (int x = 0; x < present.length; x++) {
      if (present[x]) {
        byRank[r[x]] = x;
      }
    }
    int[] ordered = new int[partyCount];
    int k = 0;
    for (int x : byRank) {
      if (x >= 0) {
        ordered[k++] = x;
      }
    }
    return ordered;
  }

  /**
   * The first {@code limit} present parties by net balance {@code out - in}: the largest first when
   * {@code givers}, else the most negative first; only parties with a net of that sign; ties by
   * party id.
   */
  public List<PartyScore> topByNetBalance(int limit, boolean givers) {
    int[] r = rank();
    PriorityQueue<Integer> worstFirst =
        new PriorityQueue<>(
            limit + 1,
            (x, y) -> {
              long nx = givers ? out[x] - in[x] : in[x] - out[x];
              long ny = givers ? out[y] - in[y] : in[y] - out[y];
              int c = Long.compare(nx, ny);
              return c != 0 ? c : Integer.compare(r[y], r[x]);
            });
    for (int x = 0; x < present.length; x++) {
      long net = givers ? out[x] - in[x] : in[x] - out[x];
      if (!present[x] || net <= 0) {
        continue;
      }
      if (worstFirst.size() == limit) {
        int w = worstFirst.peek();
        long nw = givers ? out[w] - in[w] : in[w] - out[w];
        if (net < nw || (net == nw && r[x] > r[w])) {
          continue;
        }
        worstFirst.poll();
      }
      worstFirst.add(x);
    }
    List<PartyScore> top = new ArrayList<>();
    while (!worstFirst.isEmpty()) {
      top.add(partyScore(worstFirst.poll()));
    }
    java.util.Collections.reverse(top);
    return top;
  }

  /** Each party's rank in {@link PartyId} order (over the whole dictionary). */
  int[] rank() {
    return table.rank();
  }

  /** The dictionary id of a party that gave or received in the rows, or -1. */
  public int indexOf(PartyId party) {
    int x = table.indexOf(party);
    return x >= 0 && present[x] ? x : -1;
  }

  /** The party's score, by dictionary id. */
  public PartyScore partyScore(int party) {
    return PartyScore.builder()
        .party(table.parties[party])
        .outStrength(Amount.ofMicros(out[party]))
        .inStrength(Amount.ofMicros(in[party]))
        .reciprocatedStrength(Amount.ofMicros(reciprocated[party]))
        .build();
  }

  /** Every present party's score, in {@link PartyId} order. */
  public List<PartyScore> partyScores() {
    int[] ordered = partiesInOrder();
    List<PartyScore> scores = new ArrayList<>(ordered.length);
    for (int x : ordered) {
      scores.add(partyScore(x));
    }
    return scores;
  }

  /** The dyad score of two parties (by dictionary id), or null when nothing flowed between them. */
  public @Nullable DyadScore dyad(int x, int y) {
    if (x == y) {
      return null;
    }
    long key = x < y ? PairTable.key(x, y) : PairTable.key(y, x);
    PairTable part = parts[partOf(key, parts.length)];
    int slot = part.find(key);
    return slot < 0 ? null : dyadAt(part, slot);
  }

  /** The weight {@code w_xy} in micros (dictionary ids); 0 when nothing flowed that way. */
  long weight(int x, int y) {
    if (x == y) {
      return 0;
    }
    long key = x < y ? PairTable.key(x, y) : PairTable.key(y, x);
    PairTable part = parts[partOf(key, parts.length)];
    int slot = part.find(key);
    if (slot < 0) {
      return 0;
    }
    return x < y ? part.forward(slot) : part.backward(slot);
  }

  /** Visits every dyad once, lower id first, with its two weights. */
  void forEachDyad(dev.reciprocity.spi.FlowColumns.DyadVisitor visitor) {
    for (PairTable part : parts) {
      long[] keys = part.keys;
      long[] s = part.sums;
      for (int slot = 0; slot < keys.length; slot++) {
        long stored = keys[slot];
        if (stored != 0) {
          visitor.visit(
              PairTable.first(stored), PairTable.second(stored), s[2 * slot], s[2 * slot + 1]);
        }
      }
    }
  }

  private DyadScore dyadAt(PairTable part, int slot) {
    long stored = part.stored(slot);
    int a = PairTable.first(stored);
    int b = PairTable.second(stored);
    return DyadScore.of(
        table.parties[a],
        table.parties[b],
        Amount.ofMicros(part.forward(slot)),
        Amount.ofMicros(part.backward(slot)));
  }

  /** Orders dyads; {@code rank} orders parties by id. */
  public interface DyadOrder {
    /** Negative when dyad 1 comes first. Weights are {@code a -> b} and {@code b -> a}. */
    int compare(long ab1, long ba1, long ab2, long ba2);
  }

  /** Dyads considered by a top-k selection. */
  public interface DyadFilter {
    boolean keeps(long ab, long ba);
  }

  /**
   * The first {@code limit} dyads kept by {@code filter} in {@code order}, ties broken by the
   * parties' ids ({@code a} then {@code b}, each pair ordered so that {@code a} sorts first).
   * O(dyads log limit); only the chosen dyads become {@link DyadScore}s.
   */
  public List<DyadScore> top(int limit, DyadFilter filter, DyadOrder order) {
    int[] r = rank();
    // candidates as (part, slot) with the pair put in id order: a = lower rank
    final class Candidate {
      final long ab;
      final long ba;
      final int ra;
      final int rb;
      final PairTable part;
      final int slot;

      Candidate(PairTable part, int slot) {
        this.part = part;
        this.slot = slot;
        long stored = part.stored(slot);
        int x = PairTable.first(stored);
        int y = PairTable.second(stored);
        long f = part.forward(slot);
        long b = part.backward(slot);
        if (r[x] < r[y]) {
          ab = f;
          ba = b;
          ra = r[x];
          rb = r[y];
        } else {
          ab = b;
          ba = f;
          ra = r[y];
          rb = r[x];
        }
      }
    }
    java.util.Comparator<Candidate> cmp =
        (p, q) -> {
          int c = order.compare(p.ab, p.ba, q.ab, q.ba);
          if (c != 0) {
            return c;
          }
          return compareRanks(p.ra, p.rb, q.ra, q.rb);
        };
    PriorityQueue<Candidate> worstFirst = new PriorityQueue<>(limit + 1, cmp.reversed());
    for (PairTable part : parts) {
      long[] keys = part.keys;
      long[] s = part.sums;
      for (int slot = 0; slot < keys.length; slot++) {
        long stored = keys[slot];
        long f = s[2 * slot];
        long b = s[2 * slot + 1];
        if (stored == 0 || !filter.keeps(f, b)) {
          continue;
        }
        if (worstFirst.size() == limit) {
          // reject most dyads before making a candidate of them
          Candidate worst = worstFirst.peek();
          int x = r[PairTable.first(stored)];
          int y = r[PairTable.second(stored)];
          long ab = x < y ? f : b;
          long ba = x < y ? b : f;
          int c = order.compare(ab, ba, worst.ab, worst.ba);
          if (c > 0 || (c == 0 && compareRanks(x, y, worst.ra, worst.rb) > 0)) {
            continue;
          }
          worstFirst.poll();
        }
        worstFirst.add(new Candidate(part, slot));
      }
    }
    List<Candidate> chosen = new ArrayList<>(worstFirst);
    chosen.sort(cmp);
    List<DyadScore> result = new ArrayList<>(chosen.size());
    for (Candidate c : chosen) {
      result.add(dyadAt(c.part, c.slot));
    }
    return result;
  }

  private static int compareRanks(int x1, int y1, int x2, int y2) {
    int a1 = Math.min(x1, y1);
    int a2 = Math.min(x2, y2);
    int c = Integer.compare(a1, a2);
    return c != 0 ? c : Integer.compare(Math.max(x1, y1), Math.max(x2, y2));
  }

  /**
   * The kinds that flowed each way between the parties of the given dyads, keyed by {@code
   * List.of(giver, receiver)}, from one pass over the rows.
   */
  public Map<List<PartyId>, Set<FlowKind>> kindsEachWay(
      FlowSelection selection, List<DyadScore> dyads) {
    Map<List<PartyId>, Set<FlowKind>> kinds = new HashMap<>();
    if (dyads.isEmpty()) {
      return kinds;
    }
    FlowTable t = selection.table;
    boolean[] involved = new boolean[t.partyCount];
    Set<List<PartyId>> wanted = new HashSet<>();
    for (DyadScore d : dyads) {
      wanted.add(List.of(d.a(), d.b()));
      wanted.add(List.of(d.b(), d.a()));
    }
    for (DyadScore d : dyads) {
      involved[t.indexOf(d.a())] = true;
      involved[t.indexOf(d.b())] = true;
    }
    int n = selection.size();
    for (int i = 0; i < n; i++) {
      int row = selection.row(i);
      int g = t.giver(row);
      int r = t.receiver(row);
      if (involved[g] && involved[r]) {
        List<PartyId> edge = List.of(t.parties[g], t.parties[r]);
        if (wanted.contains(edge)) {
          kinds.computeIfAbsent(edge, e -> new TreeSet<>()).add(t.kindNames[t.kindOf(row)]);
        }
      }
    }
    return kinds;
  }
}
