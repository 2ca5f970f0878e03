package dev.reciprocity.core.internal;

import dev.reciprocity.Cadence;
import dev.reciprocity.Interval;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The season of each selected row, as an index into the seasons that hold at least one row (in time
 * order), computed once per row. Seasons without a row take no memory: cost follows content.
 *
 * <p>Where the seasons spanning the rows are few enough (at most four per row, or 4096), their
 * starts are listed once from the {@link Cadence} and each row finds its season by binary search on
 * epoch seconds; otherwise (a very short custom cadence over a long span) each row asks the
 * cadence, with the last season remembered.
 */
final class Seasons {

  /** The seasons holding a row, in time order. */
  final List<Interval> occupied;

  /** Per selected position: the index into {@link #occupied}, or -1 for a row left out. */
  final int[] seasonOf;

  private Seasons(List<Interval> occupied, int[] seasonOf) {
    this.occupied = occupied;
    this.seasonOf = seasonOf;
  }

  static Seasons of(FlowSelection selection, boolean @Nullable [] kindMask, Cadence cadence) {
    FlowTable t = selection.table;
    int n = selection.size();
    int[] seasonOf = new int[n];
    long minS = Long.MAX_VALUE;
    int minN = 0;
    long maxS = Long.MIN_VALUE;
    int maxN = 0;
    int kept = 0;
    for (int i = 0; i < n; i++) {
      int row = selection.row(i);
      if (kindMask != null && !kindMask[t.kindOf(row)]) {
        seasonOf[i] = -1;
        continue;
      }
      kept++;
      long s = t.second(row);
      int ns = t.nano(row);
      if (FlowSelection.compare(s, ns, minS, minN) < 0) {
        minS = s;
        minN = ns;
      }
      if (FlowSelection.compare(s, ns, maxS, maxN) > 0) {
        maxS = s;
        maxN = ns;
      }
    }
    if (kept == 0) {
      return new Seasons(List.of(), seasonOf);
    }
    Instant min = Instant.ofEpochSecond(minS, minN);
    Instant max = Instant.ofEpochSecond(maxS, maxN);
    long estimate = estimate(cadence, min, max);
    if (estimate <= Math.max(4096, 4L * kept)) {
      return listed(selection, cadence, min, max, seasonOf);
    }
    return asked(selection, cadence, seasonOf);
  }

  /** An upper bound on the seasons from {@code min} to {@code max}. */
  private static long estimate(Cadence cadence, Instant min, Instant max) {
    long seconds = Duration.between(min, max).toSeconds();
    long shortest =
        switch (cadence.unit()) {
          case MONTH -> 28 * 86_400L;
          case QUARTER -> 89 * 86_400L;
          case YEAR -> 365 * 86_400L;
          case ISO_WEEK -> 7 * 86_400L;
          case CUSTOM -> Math.max(1, cadence.length().orElseThrow().toSeconds());
        };
    // a zone's clock change can shorten a calendar season by an hour or two
    long margin = cadence.unit() == Cadence.Unit.CUSTOM ? 0 : 3 * 3600;
    return seconds / (shortest - margin) + 2;
  }

  private static Seasons listed(
      FlowSelection selection, Cadence cadence, Instant min, Instant max, int[] seasonOf) {
    List<Interval> all = new ArrayList<>();
    Interval s = cadence.seasonOf(min);
    while (true) {
      all.add(s);
      if (s.end().isAfter(max)) {
        break;
      }
      s = cadence.next(s);
    }
    int count = all.size();
    long[] startS = new long[count];
    int[] startN = new int[count];
    boolean nanos = false;
    for (int k = 0; k < count; k++) {
      Instant start = all.get(k).start();
      startS[k] = start.getEpochSecond();
      startN[k] = start.getNano();
      nanos |= startN[k] != 0;
    }
    FlowTable t = selection.table;
    int n = selection.size();
    int[] rowsIn = new int[count];
    for (int i = 0; i < n; i++) {
      if (seasonOf[i] < 0) {
        continue;
      }
      int row = selection.row(i);
      long sec = t.second(row);
      // the last start at or before the instant
      int k = Arrays.binarySearch(startS, sec);
      if (k < 0) {
        k = -k - 2;
      } else {
        while (k + 1 < count && startS[k + 1] == sec) {
          k++;
        }
      }
      if (nanos || t.nano(row) != 0) {
        int ns = t.nano(row);
        while (k > 0 && FlowSelection.compare(sec, ns, startS[k], startN[k]) < 0) {
          k--;
        }
      }
      seasonOf[i] = k;
      rowsIn[k]++;
    }
    int[] dense = new int[count];
    List<Interval> occupied = new ArrayList<>();
    for (int k = 0; k < count; k++) {
      dense[k] = rowsIn[k] > 0 ? occupied.size() : -1;
      if (rowsIn[k] > 0) {
        occupied.add(all.get(k));
      }
    }
    for (int i = 0; i < n; i++) {
      if (seasonOf[i] >= 0) {
        seasonOf[i] = dense[seasonOf[i]];
      }
    }
    return new Seasons(occupied, seasonOf);
  }

  private static Seasons asked(FlowSelection selection, Cadence cadence, int[] seasonOf) {
    FlowTable t = selection.table;
    int n = selection.size();
    Map<Instant, Integer> index = new HashMap<>();
    List<Interval> found = new ArrayList<>();
    Interval last = null;
    int lastIndex = -1;
    for (int i = 0; i < n; i++) {
      if (seasonOf[i] < 0) {
        continue;
      }
      int row = selection.row(i);
      Instant at = Instant.ofEpochSecond(t.second(row), t.nano(row));
      if (last == null || !last.contains(at)) {
        last = cadence.seasonOf(at);
        Integer known = index.get(last.start());
        if (known == null) {
          known = found.size();
          index.put(last.start(), known);
          found.add(last);
        }
        lastIndex = known;
      }
      seasonOf[i] = lastIndex;
    }
    // put the seasons in time order
    Integer[] order = new Integer[found.size()];
    for (int k = 0; k < order.length; k++) {
      order[k] = k;
    }
    Arrays.sort(order, (x, y) -> found.get(x).start().compareTo(found.get(y).start()));
    int[] position = new int[order.length];
    List<Interval> occupied = new ArrayList<>();
    for (int k = 0; k < order.length; k++) {
      position[order[k]] = k;
      occupied.add(found.get(order[k]));
    }
    for (int i = 0; i < n; i++) {
      if (seasonOf[i] >= 0) {
        seasonOf[i] = position[seasonOf[i]];
      }
    }
    return new Seasons(occupied, seasonOf);
  }
}
