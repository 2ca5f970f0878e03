package dev.reciprocity.examples.cli;

import dev.reciprocity.Cadence;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** The season lengths the review offers: calendar months, quarters or years in UTC. */
public enum Season {
  /** Calendar months in UTC, labelled {@code 2026-03}. */
  MONTH("month"),
  /** Calendar quarters in UTC, labelled {@code 2026-Q1}. */
  QUARTER("quarter"),
  /** Calendar years in UTC, labelled {@code 2026}. */
  YEAR("year");

  private final String word;

  Season(String word) {
    this.word = word;
  }

  /**
   * The cadence that cuts time into seasons of this length.
   *
   * @return {@link Cadence#monthly()}, {@link Cadence#quarterly()} or {@link Cadence#yearly()}
   */
  public Cadence cadence() {
    return switch (this) {
      case MONTH -> Cadence.monthly();
      case QUARTER -> Cadence.quarterly();
      case YEAR -> Cadence.yearly();
    };
  }

  /**
   * The word for one season, as written on the command line.
   *
   * @return {@code month}, {@code quarter} or {@code year}
   */
  public String word() {
    return word;
  }

  /**
   * The word for several seasons.
   *
   * @return {@code months}, {@code quarters} or {@code years}
   */
  public String plural() {
    return word + "s";
  }

  /**
   * Finds the season for a word, ignoring case.
   *
   * @param word {@code month}, {@code quarter} or {@code year}
   * @return the season; empty for any other word
   */
  public static Optional<Season> of(String word) {
    String w = word.strip().toLowerCase(Locale.ROOT);
    return Arrays.stream(values()).filter(s -> s.word.equals(w)).findFirst();
  }

  /**
   * The words accepted by {@link #of(String)}, for messages.
   *
   * @return {@code "month, quarter or year"}
   */
  public static String choices() {
    return Arrays.stream(values())
        .map(Season::word)
        .collect(Collectors.joining(", "))
        .replaceFirst(", (\\w+)$", " or $1");
  }

  /** Returns {@link #word()}, as shown in help and reports. */
  @Override
  public String toString() {
    return word;
  }
}
