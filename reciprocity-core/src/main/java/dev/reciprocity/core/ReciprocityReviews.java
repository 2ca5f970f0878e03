package dev.reciprocity.core;

import dev.reciprocity.Amount;
import dev.reciprocity.DyadScore;
import dev.reciprocity.Finding;
import dev.reciprocity.FlowKind;
import dev.reciprocity.Interval;
import dev.reciprocity.PartyId;
import dev.reciprocity.PartyScore;
import dev.reciprocity.ReciprocityReview;
import dev.reciprocity.ReciprocityRule;
import dev.reciprocity.SuggestedExchange;
import dev.reciprocity.core.internal.BuiltIns;
import dev.reciprocity.core.internal.Portfolio;
import dev.reciprocity.spi.BalanceCheck;
import dev.reciprocity.spi.FlowColumns;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Assembles the reciprocity review of a period: the ritual's three questions (who gave without
 * return, who received without giving, which exchanges would rebalance) and what to celebrate
 * ("celebration renews willingness": pattern text Social Reciprocity Architecture, docs/design.md,
 * section 1.2). Thread-safe.
 *
 * <pre>{@code
 * ReciprocityReview review = ReciprocityReviews.review(
 *     ledger.snapshot(), Cadence.quarterly().seasonOf(Instant.now()), ReciprocityRule.defaults());
 * review.gaveWithoutReturn().forEach(p -> System.out.println(p.party() + " " + p.netBalance()));
 * }</pre>
 */
public final class ReciprocityReviews {

  /** The number of entries per list of a review unless told otherwise: {@value}. */
  public static final int DEFAULT_LIMIT = 10;

  private ReciprocityReviews() {}

  /**
   * Reviews a period with at most {@value #DEFAULT_LIMIT} entries per list.
   *
   * @param history the flows; those before the period's end feed the balance checks
   * @param period the period to review
   * @param rule the rule: kinds, cadence, tolerance band, consecutive seasons, minimum activity
   * @return the review
   * @throws NullPointerException if an argument is null
   */
  public static ReciprocityReview review(
      LedgerSnapshot history, Interval period, ReciprocityRule rule) {
    return review(history, period, rule, DEFAULT_LIMIT);
  }

  /**
   * Reviews a period with the built-in balance checks ({@link BalanceChecks#defaults}).
   *
   * @param history the flows; those before the period's end feed the balance checks
   * @param period the period to review
   * @param rule the rule: kinds, cadence, tolerance band, consecutive seasons, minimum activity
   * @param limit the most entries per list
   * @return the review
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if {@code limit < 1}
   */
  public static ReciprocityReview review(
      LedgerSnapshot history, Interval period, ReciprocityRule rule, int limit) {
    return review(
        history, period, rule, limit, BalanceChecks.defaults(Objects.requireNonNull(rule, "rule")));
  }

  /**
   * Reviews a period.
   *
   * <ul>
   *   <li>Parties and network: the portfolio figures of the flows inside the period ({@link
   *       Strategies#portfolio(ReciprocityRule)}).
   *   <li>Gave without return: parties with net balance {@code > 0}, largest first; received
   *       without giving: net balance {@code < 0}, most negative first; ties by id.
   *   <li>Rebalancing exchanges: the dyads with the largest {@code |w_ab - w_ba|}, each as the
   *       return from the party that received more, in the kinds it received.
   *   <li>Reciprocal relationships: dyads with the largest reciprocated weight {@code min(w_ab,
   *       w_ba) > 0}, then the highest reciprocity index.
   *   <li>Findings: every check of {@code checks} run as of the period's end over the history of
   *       the rule's kinds before it (so seasons not yet over are not judged), keeping the findings
   *       whose span overlaps the period, most severe first, then latest.
   * </ul>
   *
   * @param history the flows; those before the period's end feed the balance checks
   * @param period the period to review
   * @param rule the rule: kinds, cadence, tolerance band, consecutive seasons, minimum activity
   * @param limit the most entries per list
   * @param checks the balance checks to run, such as {@link BalanceChecks#defaults} with a host's
   *     own checks added; empty for a review without findings
   * @return the review
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if {@code limit < 1}
   */
  public static ReciprocityReview review(
      LedgerSnapshot history,
      Interval period,
      ReciprocityRule rule,
      int limit,
      List<? extends BalanceCheck> checks) {
    Objects.requireNonNull(checks, "checks");
    Objects.requireNonNull(history, "history");
    Objects.requireNonNull(period, "period");
    Objects.requireNonNull(rule, "rule");
    if (limit < 1) {
      throw new IllegalArgumentException("limit must be at least 1, got " + limit);
    }
    LedgerSnapshot inPeriod = history.between(period).ofKinds(rule.kinds());
    Portfolio scores = Portfolio.of(inPeriod.selection(), null);
    List<PartyScore> parties = scores.partyScores();

    List<PartyScore> givers = scores.topByNetBalance(limit, true);
    List<PartyScore> receivers = scores.topByNetBalance(limit, false);

    // the largest dyadic nets, largest first
    List<DyadScore> oneSided =
        scores.top(
            limit,
            (ab, ba) -> ab != ba,
            (ab1, ba1, ab2, ba2) -> Long.compare(Math.abs(ab2 - ba2), Math.abs(ab1 - ba1)));
    Map<List<PartyId>, Set<FlowKind>> kinds = scores.kindsEachWay(inPeriod.selection(), oneSided);
    List<SuggestedExchange> exchanges = new ArrayList<>();
    for (DyadScore d : oneSided) {
      boolean aGaveMore = d.net().signum() > 0;
      PartyId bigGiver = aGaveMore ? d.a() : d.b();
      PartyId other = aGaveMore ? d.b() : d.a();
      Amount received = aGaveMore ? d.aToB() : d.bToA();
      Amount returned = aGaveMore ? d.bToA() : d.aToB();
      exchanges.add(
          SuggestedExchange.builder()
              .giver(other)
              .receiver(bigGiver)
              .received(received)
              .returned(returned)
              .kinds(kinds.getOrDefault(List.of(bigGiver, other), Set.of()))
              .build());
    }
    // the most reciprocated weight first, then the most even exchange
    List<DyadScore> reciprocal =
        scores.top(
            limit,
            (ab, ba) -> Math.min(ab, ba) > 0,
            (ab1, ba1, ab2, ba2) -> {
              int c = Long.compare(Math.min(ab2, ba2), Math.min(ab1, ba1));
              return c != 0
                  ? c
                  : Double.compare(
                      2.0 * Math.min(ab2, ba2) / (double) (ab2 + ba2),
                      2.0 * Math.min(ab1, ba1) / (double) (ab1 + ba1));
            });

    FlowColumns known = history.before(period.end()).ofKinds(rule.kinds()).columns();
    List<Finding> findings = new ArrayList<>();
    for (BalanceCheck check : checks) {
      findings.addAll(BuiltIns.findingsOverlapping(check, known, period.end(), period));
    }
    findings.sort(BuiltIns.findingOrder());

    return ReciprocityReview.builder()
        .period(period)
        .network(scores.network())
        .parties(parties)
        .gaveWithoutReturn(givers)
        .receivedWithoutGiving(receivers)
        .rebalancingExchanges(exchanges)
        .reciprocalRelationships(reciprocal)
        .findings(findings)
        .build();
  }
}
