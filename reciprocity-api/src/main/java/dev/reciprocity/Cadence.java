package dev.reciprocity;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The rhythm that cuts time into seasons: calendar month, quarter or year, ISO week, or a custom
 * fixed length anchored at an instant. Calendar seasons start at midnight in the cadence's time
 * zone, so a season of {@code Europe/Paris} starts an hour before the same season in UTC in winter.
 *
 * <p>"Rhythm prevents accumulation ... regular cadences interrupt the decay pattern before it
 * hardens into habit" (pattern text Social Reciprocity Architecture, docs/design.md, section 1.2).
 * Immutable and thread-safe.
 */
@Value.Immutable(builder = false)
@Implements(PatternComponent.SEASON_CADENCE)
public interface Cadence {

  /** The length of a season. */
  enum Unit {
    /** Calendar month, labelled {@code 2026-03}. */
    MONTH,
    /** Calendar quarter, labelled {@code 2026-Q1}. */
    QUARTER,
    /** Calendar year, labelled {@code 2026}. */
    YEAR,
    /** ISO-8601 week, Monday to Sunday, labelled {@code 2026-W09} (week-based year). */
    ISO_WEEK,
    /** A fixed {@link Duration} from an anchor instant, labelled by the season's start instant. */
    CUSTOM
  }

  /**
   * The season length.
   *
   * @return the unit
   */
  @Value.Parameter
  Unit unit();

  /**
   * The time zone in which calendar seasons start at midnight.
   *
   * @return the zone; UTC from the factories that take none
   */
  @Value.Parameter
  ZoneId zone();

  /**
   * For {@link Unit#CUSTOM}: an instant at which a season starts.
   *
   * @return the anchor; empty for calendar units
   */
  @Value.Parameter
  Optional<Instant> anchor();

  /**
   * For {@link Unit#CUSTOM}: the length of every season.
   *
   * @return the length; empty for calendar units
   */
  @Value.Parameter
  Optional<Duration> length();

  /**
   * Calendar months in UTC.
   *
   * @return the cadence
   */
  static Cadence monthly() {
    return calendar(Unit.MONTH, ZoneOffset.UTC);
  }

  /**
   * Calendar quarters in UTC.
   *
   * @return the cadence
   */
  static Cadence quarterly() {
    return calendar(Unit.QUARTER, ZoneOffset.UTC);
  }

  /**
   * Calendar years in UTC.
   *
   * @return the cadence
   */
  static Cadence yearly() {
    return calendar(Unit.YEAR, ZoneOffset.UTC);
  }

  /**
   * ISO weeks in UTC.
   *
   * @return the cadence
   */
  static Cadence weekly() {
    return calendar(Unit.ISO_WEEK, ZoneOffset.UTC);
  }

  /**
   * Calendar seasons in a time zone.
   *
   * @param unit {@link Unit#MONTH}, {@link Unit#QUARTER}, {@link Unit#YEAR} or {@link
   *     Unit#ISO_WEEK}
   * @param zone the zone in which seasons start at midnight
   * @return the cadence
   * @throws IllegalArgumentException if {@code unit} is {@link Unit#CUSTOM}; use {@link
   *     #every(Duration, Instant)}
   */
  static Cadence calendar(Unit unit, ZoneId zone) {
    return ImmutableCadence.of(unit, zone, Optional.empty(), Optional.empty());
  }

  /**
   * Seasons of a fixed length, one of which starts at {@code anchor}; seasons before the anchor
   * exist too. For a review every 6 weeks from a kick-off: {@code every(Duration.ofDays(42),
   * kickoff)}.
   *
   * @param length the length of each season; at least one second
   * @param anchor an instant at which a season starts
   * @return the cadence
   * @throws IllegalArgumentException if {@code length} is shorter than one second
   */
  static Cadence every(Duration length, Instant anchor) {
    return ImmutableCadence.of(
        Unit.CUSTOM, ZoneOffset.UTC, Optional.of(anchor), Optional.of(length));
  }

  /**
   * Returns the season that contains an instant.
   *
   * <p>Seasons are defined wherever {@code java.time} can write their start and end: calendar
   * seasons from the first that starts on or after {@link LocalDate#MIN} to the last that ends by
   * {@link LocalDate#MAX} (years -999,999,999 to 999,999,999), custom seasons from the first that
   * starts on or after {@link Instant#MIN} to the last that ends by {@link Instant#MAX}.
   *
   * @param instant the instant
   * @return the season {@code [start, end)} with {@code start <= instant < end}
   * @throws IllegalArgumentException if {@code instant} lies before the first or after the last
   *     season this cadence can represent (within a year of {@link Instant#MIN} or {@link
   *     Instant#MAX}); the message gives that range
   */
  default Interval seasonOf(Instant instant) {
    if (unit() == Unit.CUSTOM || !isFarFromTheEdges(instant)) {
      Instant first = earliestStart();
      Instant last = latestEnd();
      if (instant.isBefore(first) || !instant.isBefore(last)) {
        throw new IllegalArgumentException(
            "instant "
                + instant
                + " lies outside the seasons this "
                + unit()
                + " cadence can represent, from "
                + first
                + " to "
                + last
                + " (the range of java.time)"
                + ". Fix: pass an instant in that range, such as the last flow's instant or now.");
      }
    }
    if (unit() == Unit.CUSTOM) {
      Instant anchor = anchor().orElseThrow();
      Duration len = length().orElseThrow();
      Duration offset = Duration.between(anchor, instant);
      long index = offset.dividedBy(len); // truncates toward zero; make it the floor
      if (offset.isNegative() && !len.multipliedBy(index).equals(offset)) {
        index--;
      }
      Instant start = anchor.plus(len.multipliedBy(index));
      return Interval.of(start, start.plus(len), start.toString());
    }
    LocalDate date = instant.atZone(zone()).toLocalDate();
    LocalDate first = firstDay(date);
    String label =
        switch (unit()) {
          case MONTH -> String.format("%04d-%02d", first.getYear(), first.getMonthValue());
          case QUARTER ->
              String.format("%04d-Q%d", first.getYear(), (first.getMonthValue() - 1) / 3 + 1);
          case YEAR -> String.format("%04d", first.getYear());
          case ISO_WEEK ->
              String.format(
                  "%04d-W%02d",
                  first.get(IsoFields.WEEK_BASED_YEAR),
                  first.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
          case CUSTOM -> throw new AssertionError(unit()); // returned above
        };
    return Interval.of(startOfDay(first), startOfDay(nextFirstDay(first)), label);
  }

  /**
   * Returns the season right after a season of this cadence.
   *
   * @param season a season returned by {@link #seasonOf(Instant)}
   * @return the season starting at {@code season.end()}
   * @throws IllegalArgumentException if {@code season} is the last season this cadence can
   *     represent (see {@link #seasonOf(Instant)})
   */
  default Interval next(Interval season) {
    if ((unit() == Unit.CUSTOM || !isFarFromTheEdges(season.end()))
        && !season.end().isBefore(latestEnd())) {
      throw new IllegalArgumentException(
          "there is no season after "
              + season.label()
              + ": the last season this "
              + unit()
              + " cadence can represent ends at "
              + latestEnd()
              + " (the range of java.time). Fix: stop at that season.");
    }
    return seasonOf(season.end());
  }

  /**
   * Returns the season right before a season of this cadence.
   *
   * @param season a season returned by {@link #seasonOf(Instant)}
   * @return the season ending at {@code season.start()}
   * @throws IllegalArgumentException if {@code season} is the first season this cadence can
   *     represent (see {@link #seasonOf(Instant)})
   */
  default Interval previous(Interval season) {
    if ((unit() == Unit.CUSTOM || !isFarFromTheEdges(season.start()))
        && !season.start().isAfter(earliestStart())) {
      throw new IllegalArgumentException(
          "there is no season before "
              + season.label()
              + ": the first season this "
              + unit()
              + " cadence can represent starts at "
              + earliestStart()
              + " (the range of java.time). Fix: stop at that season.");
    }
    return seasonOf(season.start().minusNanos(1));
  }

  /**
   * Returns the latest season that is over by an instant: the latest season of this cadence whose
   * end is at or before {@code horizon}. A reciprocity review judges complete seasons only, so that
   * a quarter with six weeks of data is not called a quarter of imbalance; pass the instant up to
   * which the flows are known (the last flow's instant, or now). {@link Instant#MAX} judges every
   * season: it returns the last season this cadence can represent (see {@link #seasonOf(Instant)}).
   *
   * @param horizon the instant up to which the flows are known; any instant
   * @return the season with {@code end <= horizon} whose end is latest
   * @throws IllegalArgumentException if no season this cadence can represent ends by {@code
   *     horizon} (a horizon within a season of {@link Instant#MIN})
   */
  default Interval lastCompleteSeason(Instant horizon) {
    Instant last = latestEnd();
    Instant h = horizon.isAfter(last) ? last : horizon;
    Instant first = earliestStart();
    if (h.isAfter(first)) {
      Interval season = seasonOf(h.minusNanos(1));
      if (!season.end().isAfter(h)) {
        return season;
      }
      if (season.start().isAfter(first)) {
        return previous(season);
      }
    }
    throw new IllegalArgumentException(
        "no season of this "
            + unit()
            + " cadence is complete by "
            + horizon
            + ": the first it can represent starts at "
            + first
            + " (the range of java.time). Fix: pass a later horizon, such as the last flow's"
            + " instant or now.");
  }

  /**
   * Whether the instant lies within about year ±982,000,000, where every calendar season can be
   * written, so that its season needs no range check.
   */
  private static boolean isFarFromTheEdges(Instant instant) {
    long second = instant.getEpochSecond();
    return second > -31_000_000_000_000_000L && second < 31_000_000_000_000_000L;
  }

  /** The start of the first season this cadence can represent. */
  private Instant earliestStart() {
    if (unit() == Unit.CUSTOM) {
      Instant anchor = anchor().orElseThrow();
      Duration len = length().orElseThrow();
      // truncates toward zero: for the non-positive offset to Instant.MIN, the ceiling
      return anchor.plus(len.multipliedBy(Duration.between(anchor, Instant.MIN).dividedBy(len)));
    }
    LocalDate day = firstDay(LocalDate.MIN);
    // the season of LocalDate.MIN starts before it unless it starts on it
    return startOfDay(day.equals(LocalDate.MIN) ? day : nextFirstDay(day));
  }

  /** The end of the last season this cadence can represent. */
  private Instant latestEnd() {
    if (unit() == Unit.CUSTOM) {
      Instant anchor = anchor().orElseThrow();
      Duration len = length().orElseThrow();
      return anchor.plus(len.multipliedBy(Duration.between(anchor, Instant.MAX).dividedBy(len)));
    }
    // the season of LocalDate.MAX ends after it: the one before it is the last
    return startOfDay(firstDay(LocalDate.MAX));
  }

  /** The first day of the calendar season of a date. */
  private LocalDate firstDay(LocalDate date) {
    return switch (unit()) {
      case MONTH -> date.withDayOfMonth(1);
      case QUARTER -> LocalDate.of(date.getYear(), (date.getMonthValue() - 1) / 3 * 3 + 1, 1);
      case YEAR -> LocalDate.of(date.getYear(), 1, 1);
      // LocalDate.MIN is a Monday: the week of any later date starts on or after it
      case ISO_WEEK -> date.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
      case CUSTOM -> throw new AssertionError(unit());
    };
  }

  /** The first day of the calendar season after the one starting on {@code first}. */
  private LocalDate nextFirstDay(LocalDate first) {
    return switch (unit()) {
      case MONTH -> first.plusMonths(1);
      case QUARTER -> first.plusMonths(3);
      case YEAR -> first.plusYears(1);
      case ISO_WEEK -> first.plusWeeks(1);
      case CUSTOM -> throw new AssertionError(unit());
    };
  }

  private Instant startOfDay(LocalDate date) {
    return ZonedDateTime.of(date.atStartOfDay(), zone()).toInstant();
  }

  /**
   * Rejects a custom cadence without a positive length and anchor, and a calendar cadence with one.
   *
   * @throws IllegalArgumentException naming the attribute and the value
   */
  @Value.Check
  default void check() {
    boolean custom = unit() == Unit.CUSTOM;
    if (custom != length().isPresent() || custom != anchor().isPresent()) {
      throw new IllegalArgumentException(
          custom
              ? "a CUSTOM cadence needs a length and an anchor: use Cadence.every(length, anchor)"
              : "a "
                  + unit()
                  + " cadence takes no length or anchor: use Cadence.calendar(unit, zone)");
    }
    if (custom && length().get().compareTo(Duration.ofSeconds(1)) < 0) {
      throw new IllegalArgumentException(
          "cadence length must be at least one second, got "
              + length().get()
              + "; seasons are spans of days or weeks, such as P42D");
    }
  }
}
