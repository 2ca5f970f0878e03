package dev.reciprocity.core.internal;

import dev.reciprocity.FlowKind;
import dev.reciprocity.PartyId;
import dev.reciprocity.spi.FlowColumns;
import java.util.Arrays;

/**
 * Orders of the rows of a {@link FlowColumns} view, made with primitive sorts: by time, grouped by
 * an id, and the ranks of parties and kinds in their natural order. Nothing here makes an object
 * per row.
 */
final class ColumnOrder {

  private ColumnOrder() {}

  /** Compares two ints by what they index. */
  @FunctionalInterface
  interface IntOrder {
    int compare(int x, int y);
  }

  /** Instants apart by at most this many seconds fit a 63-bit key with their nanoseconds. */
  private static final long SPAN = 1L << 33;

  /**
   * The rows in time order, equal instants in row order: a radix sort on one 63-bit key of second
   * and nanosecond, or, when the rows span more than about 272 years (too far for one key), a
   * stable comparison sort, O(n log n).
   */
  static int[] byTime(FlowColumns flows) {
    int n = flows.size();
    long min = Long.MAX_VALUE;
    long max = Long.MIN_VALUE;
    for (int row = 0; row < n; row++) {
      long s = flows.epochSecond(row);
      min = Math.min(min, s);
      max = Math.max(max, s);
    }
    int[] rows = new int[n];
    for (int row = 0; row < n; row++) {
      rows[row] = row;
    }
    if (n > 0 && (max - min >= SPAN || max - min < 0)) {
      sort(
          rows,
          0,
          n,
          (x, y) ->
              FlowSelection.compare(
                  flows.epochSecond(x), flows.nano(x), flows.epochSecond(y), flows.nano(y)));
      return rows;
    }
    long[] keys = new long[n];
    for (int row = 0; row < n; row++) {
      keys[row] = ((flows.epochSecond(row) - min) << 30) | flows.nano(row);
    }
    RadixSort.sort(keys, rows, n);
    return rows;
  }

  /**
   * The given rows grouped by {@code group[row]} in {@code [0, groups)}, ascending, each group's
   * rows in the order given (a stable counting sort).
   *
   * @param starts filled with each group's first position, and {@code starts[groups] = n}
   */
  static int[] grouped(int[] rows, int[] group, int groups, int[] starts) {
    int n = rows.length;
    Arrays.fill(starts, 0);
    for (int row : rows) {
      starts[group[row] + 1]++;
    }
    for (int g = 0; g < groups; g++) {
      starts[g + 1] += starts[g];
    }
    int[] at = Arrays.copyOf(starts, groups);
    int[] out = new int[n];
    for (int row : rows) {
      out[at[group[row]]++] = row;
    }
    return out;
  }

  /** Each party id's rank in {@link PartyId} order, over the view's dictionary. */
  static int[] partyRank(FlowColumns flows) {
    if (flows instanceof SelectionColumns columns) {
      // the engine's own view: the table keeps the ranks, computed once per table
      return columns.selection().table().rank();
    }
    int count = flows.partyCount();
    PartyId[] names = new PartyId[count];
    for (int p = 0; p < count; p++) {
      names[p] = flows.party(p);
    }
    return PortfolioSums.rank(names, count);
  }

  /** Each kind id's rank in {@link FlowKind} order. */
  static int[] kindRank(FlowColumns flows) {
    int count = flows.kindCount();
    Integer[] boxed = new Integer[count];
    for (int k = 0; k < count; k++) {
      boxed[k] = k;
    }
    Arrays.sort(boxed, (x, y) -> flows.kind(x).compareTo(flows.kind(y)));
    int[] r = new int[count];
    for (int q = 0; q < count; q++) {
      r[boxed[q]] = q;
    }
    return r;
  }

  /**
   * The order of rows by content, for rows at the same instant: giver, then receiver, then kind,
   * each by its rank in its natural order ({@link #partyRank}, {@link #kindRank}), then amount; so
   * that a result does not depend on the order of rows.
   */
  static IntOrder byContent(FlowColumns flows, int[] partyRank, int[] kindRank) {
    return (x, y) -> {
      int c = Integer.compare(partyRank[flows.giver(x)], partyRank[flows.giver(y)]);
      if (c == 0) {
        c = Integer.compare(partyRank[flows.receiver(x)], partyRank[flows.receiver(y)]);
      }
      if (c == 0) {
        c = Integer.compare(kindRank[flows.kindOf(x)], kindRank[flows.kindOf(y)]);
      }
      return c != 0 ? c : Long.compare(flows.micros(x), flows.micros(y));
    };
  }

  /** Whether two rows have the same instant. */
  static boolean sameInstant(FlowColumns flows, int a, int b) {
    return flows.epochSecond(a) == flows.epochSecond(b) && flows.nano(a) == flows.nano(b);
  }

  /**
   * Sorts {@code rows[from, to)}, which are in time order, by {@code order} where instants are
   * equal: the runs of equal instants, each sorted alone.
   */
  static void sortEqualInstants(FlowColumns flows, int[] rows, int from, int to, IntOrder order) {
    for (int a = from; a < to; ) {
      int b = a + 1;
      while (b < to && sameInstant(flows, rows[a], rows[b])) {
        b++;
      }
      if (b - a > 1) {
        sort(rows, a, b, order);
      }
      a = b;
    }
  }

  /** Sorts {@code a[from, to)} by {@code order}, stably (merge sort; insertion below 16). */
  static void sort(int[] a, int from, int to, IntOrder order) {
    int n = to - from;
    if (n < 2) {
      return;
    }
    if (n < 16) {
      insertion(a, from, to, order);
      return;
    }
    int[] x = Arrays.copyOfRange(a, from, to);
    mergeSort(x, new int[n], 0, n, order);
    System.arraycopy(x, 0, a, from, n);
  }

  private static void insertion(int[] x, int lo, int hi, IntOrder order) {
    for (int i = lo + 1; i < hi; i++) {
      int v = x[i];
      int j = i - 1;
      while (j >= lo && order.compare(x[j], v) > 0) {
        x[j + 1] = x[j];
        j--;
      }
      x[j + 1] = v;
    }
  }

  private static void mergeSort(int[] x, int[] t, int lo, int hi, IntOrder order) {
    if (hi - lo < 16) {
      insertion(x, lo, hi, order);
      return;
    }
    int mid = (lo + hi) >>> 1;
    mergeSort(x, t, lo, mid, order);
    mergeSort(x, t, mid, hi, order);
    if (order.compare(x[mid - 1], x[mid]) <= 0) {
      return;
    }
    System.arraycopy(x, lo, t, lo, hi - lo);
    int i = lo;
    int j = mid;
    int k = lo;
    while (i < mid && j < hi) {
      x[k++] = order.compare(t[j], t[i]) < 0 ? t[j++] : t[i++];
    }
    while (i < mid) {
      x[k++] = t[i++];
    }
    while (j < hi) {
      x[k++] = t[j++];
    }
  }
}
