package dev.reciprocity;

import dev.reciprocity.internal.Texts;
import java.time.Duration;
import java.time.Instant;
import org.immutables.value.Value;

/**
 * A half-open interval of time {@code [start, end)} with a label for reports, such as {@code
 * "2026-Q1"} or {@code "2026-W09"}. Seasons produced by a {@link Cadence} are intervals. (Named so
 * as not to clash with {@link java.time.Period}.) Immutable and thread-safe; ordered by start, then
 * end.
 */
@Value.Immutable(builder = false)
public interface Interval extends Comparable<Interval> {

  /**
   * The first instant inside the period.
   *
   * @return the start, inclusive
   */
  @Value.Parameter
  Instant start();

  /**
   * The first instant after the period.
   *
   * @return the end, exclusive; after {@link #start()}
   */
  @Value.Parameter
  Instant end();

  /**
   * The name shown in reports.
   *
   * @return the label; not blank
   */
  @Value.Parameter
  String label();

  /**
   * Returns the period {@code [start, end)}.
   *
   * @param start first instant inside, inclusive
   * @param end first instant after, exclusive
   * @param label name for reports
   * @return the period
   * @throws IllegalArgumentException if {@code end} is not after {@code start}, or the label is
   *     blank
   */
  static Interval of(Instant start, Instant end, String label) {
    return ImmutableInterval.of(start, end, label);
  }

  /**
   * Returns the period {@code [start, end)} labelled {@code "start/end"} (ISO-8601 interval).
   *
   * @param start first instant inside, inclusive
   * @param end first instant after, exclusive
   * @return the period
   * @throws IllegalArgumentException if {@code end} is not after {@code start}
   */
  static Interval between(Instant start, Instant end) {
    return of(start, end, start + "/" + end);
  }

  /**
   * Tells whether an instant falls inside.
   *
   * @param instant the instant
   * @return {@code start <= instant < end}
   */
  default boolean contains(Instant instant) {
    return !instant.isBefore(start()) && instant.isBefore(end());
  }

  /**
   * Returns the length of the period.
   *
   * @return {@code end - start}; positive
   */
  default Duration length() {
    return Duration.between(start(), end());
  }

  @Override
  default int compareTo(Interval other) {
    int c = start().compareTo(other.start());
    return c != 0 ? c : end().compareTo(other.end());
  }

  /**
   * Rejects an empty or inverted interval and a blank label.
   *
   * @throws IllegalArgumentException naming the attribute and the value
   */
  @Value.Check
  default void check() {
    if (!end().isAfter(start())) {
      throw new IllegalArgumentException(
          "period end " + end() + " must be after its start " + start());
    }
    if (label().isBlank()) {
      throw new IllegalArgumentException(
          "period label must not be blank, got " + Texts.quote(label()));
    }
  }
}
