package dev.reciprocity.io;

import dev.reciprocity.Interval;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

/** Dates and periods as a newcomer reads them: calendar days in UTC. */
final class Dates {

  private Dates() {}

  /** The UTC calendar day of an instant, such as {@code 2026-04-01}. */
  static String day(Instant instant) {
    return LocalDate.ofInstant(instant, ZoneOffset.UTC).toString();
  }

  /**
   * A period as days: {@code 2026-04-01 to 2026-06-30} (both days included) when it starts and ends
   * at midnight UTC, otherwise as instants with the end marked exclusive.
   */
  static String span(Interval period) {
    if (atMidnight(period.start()) && atMidnight(period.end())) {
      return day(period.start()) + " to " + day(period.end().minus(1, ChronoUnit.DAYS));
    }
    return period.start() + " to " + period.end() + " (exclusive)";
  }

  /** A period's label followed by its days, unless the label already is its span. */
  static String labelled(Interval period) {
    String span = span(period);
    return period.label().equals(span) ? span : period.label() + " (" + span + ")";
  }

  private static boolean atMidnight(Instant instant) {
    return instant.truncatedTo(ChronoUnit.DAYS).equals(instant);
  }
}
