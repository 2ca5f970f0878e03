package dev.reciprocity.io;

import dev.reciprocity.AskRates;
import dev.reciprocity.core.ScoreReport;
import java.util.List;

/**
 * What a review document carries after the review itself: the scores of the kinds judged by rules
 * of their own ({@code review --rule}), the parties' ask and decline rates ({@code review
 * --requests}) and agreements ({@code review --agreement}). Immutable.
 *
 * @param kindRules the scores of the kinds judged apart, each selecting its kinds
 * @param asks every party's ask rates, sorted by party; empty when no asks were given
 * @param agreements the agreements with their rules' scores
 */
public record ReviewAdditions(
    List<? extends ScoreReport<?>> kindRules,
    List<AskRates> asks,
    List<AgreementReport> agreements) {

  private static final ReviewAdditions NONE = new ReviewAdditions(List.of(), List.of(), List.of());

  /**
   * Copies the lists.
   *
   * @throws NullPointerException if a list or an element is null
   */
  public ReviewAdditions {
    kindRules = List.copyOf(kindRules);
    asks = List.copyOf(asks);
    agreements = List.copyOf(agreements);
  }

  /**
   * Kinds judged apart and asks, no agreement.
   *
   * @param kindRules the scores of the kinds judged apart
   * @param asks every party's ask rates
   */
  public ReviewAdditions(List<? extends ScoreReport<?>> kindRules, List<AskRates> asks) {
    this(kindRules, asks, List.of());
  }

  /**
   * Nothing after the review.
   *
   * @return the empty additions
   */
  public static ReviewAdditions none() {
    return NONE;
  }
}
