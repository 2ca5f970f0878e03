package dev.reciprocity.io;

import dev.reciprocity.Agreement;
import dev.reciprocity.core.ScoreReport;
import java.util.List;
import java.util.Objects;

/**
 * An agreement as a review shows it: its terms and adjustment path, and the scores of each rule of
 * each revision on the flows among its parties within that revision's interval (and the review's
 * range). A rule whose flows are none has no scores. Immutable.
 *
 * @param agreement the agreement
 * @param rules the scores, each selecting its kind and its revision's interval in its settings
 */
public record AgreementReport(Agreement agreement, List<ScoreReport<?>> rules) {

  /**
   * Copies the list.
   *
   * @throws NullPointerException if a part is null
   */
  public AgreementReport {
    Objects.requireNonNull(agreement, "agreement");
    rules = List.copyOf(rules);
  }
}
