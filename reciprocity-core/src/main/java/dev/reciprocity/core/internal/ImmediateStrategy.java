package dev.reciprocity.core.internal;

import dev.reciprocity.Amount;
import dev.reciprocity.ImmediateScores;
import dev.reciprocity.ReciprocityRule;
import dev.reciprocity.spi.FlowColumns;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;

/**
 * Immediate (transaction-level) reciprocity; see {@code Strategies.immediate}. One matching for
 * both forms: {@link #scoreColumns} runs it on a column view, and the streaming accumulator keeps
 * the admitted flows as primitive rows ({@link AdmittedRows}) and runs it on their view at the end.
 */
final class ImmediateStrategy extends RowScopedStrategy<ImmediateScores> {

  ImmediateStrategy(ReciprocityRule rule) {
    super("immediate", rule);
  }

  /**
   * The matching: rows grouped by dyad (a radix sort on the unordered pair of party ids), each
   * dyad's rows put in time order, ties broken by content so that the result does not depend on the
   * order of rows (giver, receiver and kind by their ranks in their natural order, then the
   * amount), and the open gifts of each direction kept in two primitive queues. A gift that is
   * settled or older than the window stays so for every later flow, so each queue is read from a
   * head that only moves forward: O(flows log flows) in all, no object per flow. The open
   * obligations are added to the result's columns at the end, in their order.
   */
  @Override
  ImmediateScores scoreColumns(FlowColumns flows) {
    return scoreColumns(
        flows, flows.size() < Portfolio.PARALLEL_ROWS ? 1 : Portfolio.parallelism());
  }

  /**
   * {@link #scoreColumns(FlowColumns)} with the dyads matched in {@code parts} runs (at least 1);
   * any split gives the same.
   */
  ImmediateScores scoreColumns(FlowColumns flows, int parts) {
    Duration window = rule.window();
    long windowSeconds = window.getSeconds();
    int windowNanos = window.getNano();
    int n = flows.size();
    // rows in time order first, so that the stable sort by dyad below leaves each dyad's rows in
    // time order: only runs of equal instants need the comparator then
    int[] byTime = ColumnOrder.byTime(flows);
    long[] keys = new long[n];
    int[] rows = new int[n];
    int[] timePosition = new int[n];
    for (int k = 0; k < n; k++) {
      int row = byTime[k];
      timePosition[row] = k;
      rows[k] = row;
      int g = flows.giver(row);
      int r = flows.receiver(row);
      keys[k] = g < r ? PairTable.key(g, r) : PairTable.key(r, g);
    }
    long lastS = n == 0 ? Instant.EPOCH.getEpochSecond() : flows.epochSecond(byTime[n - 1]);
    int lastN = n == 0 ? 0 : flows.nano(byTime[n - 1]);
    RadixSort.sort(keys, rows, n);
    int[] partyRank = ColumnOrder.partyRank(flows);
    int[] kindRank = ColumnOrder.kindRank(flows);
    // rows are in time order: only rows at the same instant are compared, by content
    ColumnOrder.IntOrder content = ColumnOrder.byContent(flows, partyRank, kindRank);
    // the dyads split into one run per core (about even by rows, at a dyad's boundary), each
    // matched alone
    int[] bounds = new int[parts + 1];
    bounds[parts] = n;
    for (int k = 1; k < parts; k++) {
      int at = Math.max(bounds[k - 1], (int) ((long) n * k / parts));
      while (at > 0 && at < n && keys[at] == keys[at - 1]) {
        at++;
      }
      bounds[k] = at;
    }
    Matching[] matched = new Matching[parts];
    Runnable[] work = new Runnable[parts];
    for (int k = 0; k < parts; k++) {
      int part = k;
      work[k] =
          () ->
              matched[part] =
                  match(
                      flows,
                      keys,
                      rows,
                      bounds[part],
                      bounds[part + 1],
                      content,
                      windowSeconds,
                      windowNanos);
    }
    Portfolio.runAll(work);
    int opened = 0;
    long gifts = 0;
    long returned = 0;
    for (Matching m : matched) {
      opened += m.opened;
      gifts += m.gifts; // bounded by the admitted total
      returned += m.returned;
    }
    int[] openRows = new int[opened];
    long[] openMicros = new long[opened];
    int at = 0;
    for (Matching m : matched) {
      System.arraycopy(m.openRows, 0, openRows, at, m.opened);
      System.arraycopy(m.openMicros, 0, openMicros, at, m.opened);
      at += m.opened;
    }
    // the obligations in their order: since, creditor, debtor, amount
    int[] order = new int[opened];
    for (int k = 0; k < opened; k++) {
      order[k] = k;
    }
    ColumnOrder.IntOrder obligationOrder =
        (x, y) -> {
          int a = openRows[x];
          int b = openRows[y];
          int c =
              FlowSelection.compare(
                  flows.epochSecond(a), flows.nano(a), flows.epochSecond(b), flows.nano(b));
          if (c == 0) {
            c = Integer.compare(partyRank[flows.giver(a)], partyRank[flows.giver(b)]);
          }
          if (c == 0) {
            c = Integer.compare(partyRank[flows.receiver(a)], partyRank[flows.receiver(b)]);
          }
          return c != 0 ? c : Long.compare(openMicros[x], openMicros[y]);
        };
    // by the time position of each obligation's row, then runs of equal instants by the order
    long[] positions = new long[opened];
    for (int k = 0; k < opened; k++) {
      positions[k] = timePosition[openRows[k]];
    }
    RadixSort.sort(positions, order, opened);
    for (int from = 0; from < opened; ) {
      int first = openRows[order[from]];
      int to = from + 1;
      while (to < opened && ColumnOrder.sameInstant(flows, first, openRows[order[to]])) {
        to++;
      }
      if (to - from > 1) {
        ColumnOrder.sort(order, from, to, obligationOrder);
      }
      from = to;
    }
    ImmediateScores.Builder result =
        ImmediateScores.builder()
            .window(window)
            .giftWeight(Amount.ofMicros(gifts))
            .returnedWeight(Amount.ofMicros(returned))
            .expectedOpenObligations(opened);
    for (int k = 0; k < opened; k++) {
      int row = openRows[order[k]];
      long s = flows.epochSecond(row);
      int ns = flows.nano(row);
      // aged at the last flow scored (as Duration.ofSeconds(lastS - s, lastN - ns) normalises
      // it); overdue once no return can count any more
      long ageSeconds = lastS - s;
      int ageNanos = lastN - ns;
      if (ageNanos < 0) {
        ageSeconds--;
        ageNanos += 1_000_000_000;
      }
      result.addOpenObligation(
          flows.party(flows.giver(row)),
          flows.party(flows.receiver(row)),
          openMicros[order[k]],
          s,
          ns,
          ageSeconds,
          ageNanos,
          !within(flows, row, lastS, lastN, windowSeconds, windowNanos));
    }
    return result.build();
  }

  /** What {@link #match} leaves: the open gifts (row, open micros) and the weights. */
  private static final class Matching {
    int[] openRows = new int[16];
    long[] openMicros = new long[16];
    int opened;
    long gifts;
    long returned;

    void add(int row, long micros) {
      openRows = grow(openRows, opened);
      openMicros = grow(openMicros, opened);
      openRows[opened] = row;
      openMicros[opened++] = micros;
    }
  }

  /**
   * Matches the dyads of {@code rows[from, to)} (grouped by dyad, {@code keys} their unordered
   * pairs, each dyad's rows in time order): per direction the open gifts of the dyad in a queue,
   * each flow first returning, oldest first, what the other side gave within the window.
   */
  private static Matching match(
      FlowColumns flows,
      long[] keys,
      int[] rows,
      int start,
      int end,
      ColumnOrder.IntOrder content,
      long windowSeconds,
      int windowNanos) {
    Matching m = new Matching();
    // per direction (0: lower id gives) the open gifts of the dyad: row, open micros
    int[][] queueRows = {new int[16], new int[16]};
    long[][] queueOpen = {new long[16], new long[16]};
    int[] size = new int[2];
    int[] head = new int[2];
    for (int from = start; from < end; ) {
      int to = from + 1;
      while (to < end && keys[to] == keys[from]) {
        to++;
      }
      ColumnOrder.sortEqualInstants(flows, rows, from, to, content);
      int lower = PairTable.first(keys[from]);
      size[0] = 0;
      size[1] = 0;
      head[0] = 0;
      head[1] = 0;
      for (int k = from; k < to; k++) {
        int row = rows[k];
        long amount = flows.micros(row);
        long s = flows.epochSecond(row);
        int ns = flows.nano(row);
        int dir = flows.giver(row) == lower ? 0 : 1;
        // first returns, oldest first, what the receiver gave within the window
        int back = 1 - dir;
        int[] qr = queueRows[back];
        long[] qo = queueOpen[back];
        int h = head[back];
        while (h < size[back]
            && (qo[h] == 0 || !within(flows, qr[h], s, ns, windowSeconds, windowNanos))) {
          if (qo[h] > 0) {
            // too old to be returned, still open
            m.add(qr[h], qo[h]);
          }
          h++;
        }
        for (int q = h; q < size[back] && amount > 0; q++) {
          long settled = Math.min(qo[q], amount);
          qo[q] -= settled;
          amount -= settled;
          m.returned += settled;
        }
        head[back] = h;
        if (amount > 0) {
          m.gifts += amount;
          int at = size[dir]++;
          queueRows[dir] = grow(queueRows[dir], at);
          queueOpen[dir] = grow(queueOpen[dir], at);
          queueRows[dir][at] = row;
          queueOpen[dir][at] = amount;
        }
      }
      for (int d = 0; d < 2; d++) {
        for (int q = head[d]; q < size[d]; q++) {
          if (queueOpen[d][q] > 0) {
            m.add(queueRows[d][q], queueOpen[d][q]);
          }
        }
      }
      from = to;
    }
    return m;
  }

  /** Whether the gift of {@code row} is at most the window before {@code (s, ns)}. */
  private static boolean within(
      FlowColumns flows, int row, long s, int ns, long windowSeconds, int windowNanos) {
    long ds = s - flows.epochSecond(row);
    int dn = ns - flows.nano(row);
    if (dn < 0) {
      ds--;
      dn += 1_000_000_000;
    }
    return ds < windowSeconds || (ds == windowSeconds && dn <= windowNanos);
  }

  private static int[] grow(int[] a, int at) {
    return at < a.length ? a : Arrays.copyOf(a, 2 * a.length);
  }

  private static long[] grow(long[] a, int at) {
    return at < a.length ? a : Arrays.copyOf(a, 2 * a.length);
  }

  /** The built-in writer of {@link ImmediateScores}: text, Markdown and JSON. */
  @Override
  public java.util.Optional<dev.reciprocity.spi.ResultWriter<ImmediateScores>> writer() {
    return java.util.Optional.of(ResultWriters.IMMEDIATE);
  }
}
