package dev.reciprocity.core.internal;

import dev.reciprocity.Amount;
import dev.reciprocity.Evidence;
import dev.reciprocity.FlowKind;
import dev.reciprocity.Interval;
import dev.reciprocity.PartyId;
import dev.reciprocity.spi.FlowColumns;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** What the built-in checks of the failure modes share: judged seasons, spans and evidence. */
final class CheckSupport {

  private CheckSupport() {}

  /** The number of leading seasons that are over by {@code asOf}: the seasons judged. */
  static int judged(FlowColumns.Seasons seasons, Instant asOf) {
    int n = 0;
    while (n < seasons.count() && !seasons.season(n).end().isAfter(asOf)) {
      n++;
    }
    return n;
  }

  /** Whether season {@code b} follows season {@code a} in the calendar, with no season between. */
  static boolean adjacent(FlowColumns.Seasons seasons, int a, int b) {
    return seasons.season(a).end().equals(seasons.season(b).start());
  }

  /**
   * The first of the last {@code count} seasons before {@code end} (exclusive) if they follow one
   * another in the calendar; -1 when fewer seasons are judged or one is missing between them.
   */
  static int adjacentRun(FlowColumns.Seasons seasons, int end, int count) {
    int first = end - count;
    if (first < 0) {
      return -1;
    }
    for (int s = first + 1; s < end; s++) {
      if (!adjacent(seasons, s - 1, s)) {
        return -1;
      }
    }
    return first;
  }

  /** The span from the start of season {@code from} to the end of season {@code to}, labelled. */
  static Interval span(FlowColumns.Seasons seasons, int from, int to) {
    Interval first = seasons.season(from);
    Interval last = seasons.season(to);
    return from == to
        ? first
        : Interval.of(first.start(), last.end(), first.label() + " to " + last.label());
  }

  /**
   * The unit of a view's amounts: that of its first row's kind (a review's flows share one unit),
   * {@code count} without rows. Not the dictionary's first kind, which a selection may leave out.
   */
  static String unit(FlowColumns flows) {
    return flows.size() == 0 ? FlowKind.DEFAULT_UNIT : flows.kind(flows.kindOf(0)).unit();
  }

  /** An amount as evidence. */
  static Evidence amount(
      String measure,
      long micros,
      String unit,
      @Nullable Interval period,
      @Nullable PartyId counterpart) {
    Amount a = Amount.ofMicros(micros);
    Evidence.Builder e =
        Evidence.builder().measure(measure).unit(unit).value(a.doubleValue()).amount(a);
    if (period != null) {
      e.period(period);
    }
    if (counterpart != null) {
      e.counterpart(counterpart);
    }
    return e.build();
  }

  /** A share or a plain number as evidence. */
  static Evidence figure(
      String measure,
      double value,
      String unit,
      @Nullable Interval period,
      @Nullable PartyId counterpart) {
    Evidence.Builder e = Evidence.builder().measure(measure).unit(unit).value(value);
    if (period != null) {
      e.period(period);
    }
    if (counterpart != null) {
      e.counterpart(counterpart);
    }
    return e.build();
  }

  /**
   * Whether party {@code p} comes before {@code other} by name; any party before none ({@code -1}).
   * Ties among parties are broken by name, never by dictionary id, so that every implementation of
   * the columns gives the same findings.
   */
  static boolean before(FlowColumns flows, int p, int other) {
    return other < 0 || flows.party(p).compareTo(flows.party(other)) < 0;
  }
}
