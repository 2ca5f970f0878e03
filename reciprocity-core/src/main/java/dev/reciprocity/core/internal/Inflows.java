package dev.reciprocity.core.internal;

import dev.reciprocity.Interval;
import dev.reciprocity.spi.FlowColumns;
import java.time.Instant;
import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/**
 * The rows of the last seasons judged, the window the dependency checks (lock-in, fragility) read,
 * and their sums by receiver and giver: each row's pair packed in a {@code long} (receiver, then
 * giver, 31 bits each), sorted by {@link RadixSort} and added up run by run, so that no object is
 * made per row or per pair. Not thread-safe; made per check call.
 */
final class Inflows {

  /** The window: from the start of its first season to the end of its last. */
  final Interval window;

  private final FlowColumns flows;
  private final int[] rows;
  private final int size;

  private Inflows(Interval window, FlowColumns flows, int[] rows, int size) {
    this.window = window;
    this.flows = flows;
    this.rows = rows;
    this.size = size;
  }

  /**
   * The rows of the last {@code seasons} seasons over by {@code asOf} that hold flows; null when
   * none is over.
   */
  static @Nullable Inflows of(
      FlowColumns flows, FlowColumns.Seasons seasonsOf, Instant asOf, int seasons) {
    int judged = CheckSupport.judged(seasonsOf, asOf);
    if (judged == 0) {
      return null;
    }
    int first = Math.max(0, judged - seasons);
    Interval window = CheckSupport.span(seasonsOf, first, judged - 1);
    int[] rows = new int[Math.max(16, flows.size() / 4)];
    int size = 0;
    for (int row = 0, n = flows.size(); row < n; row++) {
      int season = seasonsOf.seasonOf(row);
      if (season < first || season >= judged) {
        continue;
      }
      if (size == rows.length) {
        rows = Arrays.copyOf(rows, 2 * rows.length);
      }
      rows[size++] = row;
    }
    return new Inflows(window, flows, rows, size);
  }

  /** Sums by (receiver, giver), sorted by receiver and then giver. */
  static final class Edges {
    int size;
    int[] receiver = new int[16];
    int[] giver = new int[16];
    long[] micros = new long[16];
    int[] flows = new int[16];

    private void add(int r, int g, long m) {
      if (size > 0 && receiver[size - 1] == r && giver[size - 1] == g) {
        micros[size - 1] += m;
        flows[size - 1]++;
        return;
      }
      if (size == receiver.length) {
        int grown = 2 * size;
        receiver = Arrays.copyOf(receiver, grown);
        giver = Arrays.copyOf(giver, grown);
        micros = Arrays.copyOf(micros, grown);
        flows = Arrays.copyOf(flows, grown);
      }
      receiver[size] = r;
      giver[size] = g;
      micros[size] = m;
      flows[size] = 1;
      size++;
    }
  }

  /** The window's sums by receiver and giver, of one kind id or, with {@code -1}, of all. */
  Edges edges(int kind) {
    long[] keys = new long[size];
    int[] which = new int[size];
    int n = 0;
    for (int i = 0; i < size; i++) {
      int row = rows[i];
      if (kind >= 0 && flows.kindOf(row) != kind) {
        continue;
      }
      keys[n] = ((long) flows.receiver(row) << 31) | flows.giver(row);
      which[n] = row;
      n++;
    }
    RadixSort.sort(keys, which, n);
    Edges e = new Edges();
    for (int i = 0; i < n; i++) {
      int row = which[i];
      e.add(flows.receiver(row), flows.giver(row), flows.micros(row));
    }
    return e;
  }

  /** The kind ids of the window's rows, in order. */
  int[] kinds() {
    boolean[] seen = new boolean[flows.kindCount()];
    for (int i = 0; i < size; i++) {
      seen[flows.kindOf(rows[i])] = true;
    }
    int count = 0;
    for (boolean b : seen) {
      count += b ? 1 : 0;
    }
    int[] kinds = new int[count];
    for (int k = 0, j = 0; k < seen.length; k++) {
      if (seen[k]) {
        kinds[j++] = k;
      }
    }
    return kinds;
  }
}
