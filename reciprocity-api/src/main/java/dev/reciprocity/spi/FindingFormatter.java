package dev.reciprocity.spi;

import dev.reciprocity.Finding;
import dev.reciprocity.FindingType;
import dev.reciprocity.Implements;
import dev.reciprocity.PatternComponent;
import java.util.Objects;

/**
 * Turns a {@link Finding}'s structured data into the sentences a person reads: a summary that names
 * the pattern with its figures, and one concrete suggestion. Findings themselves carry no text, so
 * a host can word, translate or render them its own way; the built-in English wording is {@code
 * dev.reciprocity.core.FindingFormatters.english()}.
 *
 * <p>Implementations must be pure and thread-safe (the JSON writer of {@code reciprocity-io} words
 * the findings of a large report on several threads at once), and should quote at most a short part
 * of a party name they did not choose (names come from outside).
 *
 * <pre>{@code
 * FindingFormatter words = FindingFormatters.english()
 *     .with(SLOW_REVIEW, new SlowReviewWording());
 * System.out.println(words.summary(finding) + " " + words.suggestion(finding));
 * }</pre>
 */
public interface FindingFormatter {

  /**
   * One sentence that names the pattern with its figures, for a report line.
   *
   * @param finding the finding
   * @return the summary; not blank
   */
  String summary(Finding finding);

  /**
   * One concrete next step that names parties, kinds and figures.
   *
   * @param finding the finding
   * @return the suggestion; not blank
   */
  @Implements(PatternComponent.ONE_CONCRETE_EXCHANGE)
  String suggestion(Finding finding);

  /**
   * Returns a formatter that words findings of {@code type} with {@code formatter} and every other
   * finding as this one does.
   *
   * @param type the finding type to word differently
   * @param formatter the wording for that type
   * @return the combined formatter
   * @throws NullPointerException if an argument is null
   */
  default FindingFormatter with(FindingType type, FindingFormatter formatter) {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(formatter, "formatter");
    FindingFormatter fallback = this;
    return new FindingFormatter() {
      @Override
      public String summary(Finding finding) {
        return (finding.type().equals(type) ? formatter : fallback).summary(finding);
      }

      @Override
      public String suggestion(Finding finding) {
        return (finding.type().equals(type) ? formatter : fallback).suggestion(finding);
      }
    };
  }
}
