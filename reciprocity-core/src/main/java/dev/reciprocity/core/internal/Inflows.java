package dev.reciprocity.core.internal;

import dev.reciprocity.Interval;
import dev.reciprocity.spi.FlowColumns;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * What each party received, from whom, of which kind, in the last seasons judged: the window the
 * dependency checks (lock-in, fragility) read. One pass over the rows of the window; the sums are
 * keyed by kind, receiver and giver. Not thread-safe; made per check call.
 */
final class Inflows {

  /** The window: from the start of its first season to the end of its last. */
  final Interval window;

  /** Per kind index: receiver * parties + giver to {micros, flows}. */
  final Map<Long, long[]>[] byKind;

  /** Per kind index: giver to micros given of the kind in the window. */
  final Map<Integer, long[]>[] givenByKind;

  final int parties;

  private Inflows(
      Interval window, Map<Long, long[]>[] byKind, Map<Integer, long[]>[] given, int parties) {
    this.window = window;
    this.byKind = byKind;
    this.givenByKind = given;
    this.parties = parties;
  }

  /**
   * The inflows of the last {@code seasons} seasons of {@code cadence}'s seasons over by {@code
   * asOf} that hold flows; null when none is over.
   */
  static @Nullable Inflows of(
      FlowColumns flows, FlowColumns.Seasons seasonsOf, Instant asOf, int seasons) {
    int judged = CheckSupport.judged(seasonsOf, asOf);
    if (judged == 0) {
      return null;
    }
    int first = Math.max(0, judged - seasons);
    Interval window = CheckSupport.span(seasonsOf, first, judged - 1);
    @SuppressWarnings({"unchecked", "rawtypes"}) // an array of maps, each made below
    Map<Long, long[]>[] byKind = new Map[flows.kindCount()];
    @SuppressWarnings({"unchecked", "rawtypes"})
    Map<Integer, long[]>[] given = new Map[flows.kindCount()];
    for (int k = 0; k < byKind.length; k++) {
      byKind[k] = new HashMap<>();
      given[k] = new HashMap<>();
    }
    int parties = flows.partyCount();
    for (int row = 0, n = flows.size(); row < n; row++) {
      int season = seasonsOf.seasonOf(row);
      if (season < first || season >= judged) {
        continue;
      }
      int k = flows.kindOf(row);
      long micros = flows.micros(row);
      long key = (long) flows.receiver(row) * parties + flows.giver(row);
      long[] sum = byKind[k].computeIfAbsent(key, x -> new long[2]);
      sum[0] += micros;
      sum[1]++;
      given[k].computeIfAbsent(flows.giver(row), x -> new long[1])[0] += micros;
    }
    return new Inflows(window, byKind, given, parties);
  }

  int receiver(long key) {
    return (int) (key / parties);
  }

  int giver(long key) {
    return (int) (key % parties);
  }
}
