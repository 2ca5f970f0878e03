package dev.reciprocity.core;

import dev.reciprocity.core.internal.BuiltIns;
import dev.reciprocity.spi.FindingFormatter;

/**
 * Static factories for the built-in wordings of findings. Thread-safe.
 *
 * <pre>{@code
 * FindingFormatter words = FindingFormatters.english();
 * for (Finding f : review.findings()) {
 *   System.out.println(f.severity() + " " + words.summary(f) + "\n  " + words.suggestion(f));
 * }
 * }</pre>
 */
public final class FindingFormatters {

  private FindingFormatters() {}

  /**
   * The English wording. Chronic givers and receivers read as, for example: "Ada gave far more than
   * they received in 3 consecutive quarters (2024-Q1 to 2024-Q3): gave 30 and received 2, a give
   * share of 0.94 against a tolerance band of [0.25, 0.75]." with the suggestion "Ask Bob, who
   * received 20 from Ada in 2024-Q1 to 2024-Q3 (review 20) and returned 0, to give Ada something
   * back this season, and share Ada's review load with others; Ada would need about 8 more received
   * to be inside the band." A finding of a host's own type reads as its type in words with its
   * subject, period and whole-period evidence, and a suggestion made from its counterpart, kinds
   * and shortfall; add a wording of its own with {@link FindingFormatter#with}.
   *
   * @return the formatter
   */
  public static FindingFormatter english() {
    return BuiltIns.english();
  }
}
