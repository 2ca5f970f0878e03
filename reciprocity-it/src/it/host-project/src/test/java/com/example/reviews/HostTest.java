package com.example.reviews;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.reciprocity.Amount;
import dev.reciprocity.Cadence;
import dev.reciprocity.Finding;
import dev.reciprocity.Flow;
import dev.reciprocity.FlowKind;
import dev.reciprocity.ImmediateScores;
import dev.reciprocity.Interval;
import dev.reciprocity.PartyId;
import dev.reciprocity.PortfolioScores;
import dev.reciprocity.ReciprocityReview;
import dev.reciprocity.ReciprocityRule;
import dev.reciprocity.core.BalanceChecks;
import dev.reciprocity.core.FindingFormatters;
import dev.reciprocity.core.Ledger;
import dev.reciprocity.core.LedgerSnapshot;
import dev.reciprocity.core.ReciprocityReviews;
import dev.reciprocity.core.Strategies;
import dev.reciprocity.core.StrategyLookup;
import dev.reciprocity.spi.BalanceCheck;
import dev.reciprocity.spi.FindingFormatter;
import dev.reciprocity.spi.ScoringStrategy;
import dev.reciprocity.spi.StrategyParameterException;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * A code-review platform that uses reciprocity from the installed artifacts only: its own
 * strategy found by name, its own check in the review, its scores on every core.
 *
 * <p>The team, by hand (every review has amount 1): in each of January, February and March 2026
 * ada reviews bob 4 times and bob never returns one; cy reviews dee 3 times in January and
 * February and 8 times in March, dee reviews cy 2, 2 and 3 times. March: 15 reviews, cy gave 8,
 * more than half; cy's give share 8/11 and dee's 3/11 lie inside the default band [0.25, 0.75],
 * ada's (1) and bob's (0) outside it in all three months.
 */
class HostTest {

  private static final FlowKind REVIEW = FlowKind.of("review");
  private static final ReciprocityRule RULE =
      ReciprocityRule.builder().cadence(Cadence.monthly()).build();

  private static LedgerSnapshot team() {
    Ledger ledger = Ledger.create();
    for (String month : List.of("2026-01", "2026-02", "2026-03")) {
      boolean march = month.equals("2026-03");
      reviews(ledger, "ada", "bob", 4, month + "-02");
      reviews(ledger, "cy", "dee", march ? 8 : 3, month + "-10");
      reviews(ledger, "dee", "cy", march ? 3 : 2, month + "-20");
    }
    return ledger.snapshot();
  }

  @Test
  void theHostsStrategyIsFoundByNameWithItsParameterTypedWithoutACast() {
    StrategyLookup lookup = StrategyLookup.create();
    assertTrue(lookup.names().contains("review-for-review"), lookup.names()::toString);
    ScoringStrategy<?, ImmediateScores> within7 =
        lookup.find("review-for-review:days=7", ImmediateScores.class, RULE);
    ScoringStrategy<?, ImmediateScores> within14 =
        lookup.find("review-for-review:days=14", ImmediateScores.class, RULE);

    // cy reviews dee one a day from 10 to 17 March; dee's 3 reviews of 20 to 22 March each
    // return cy's oldest open review that is at most the window old. Within 14 days those are
    // cy's reviews of 10, 11 and 12 March; within 7 days none of them is young enough, so the
    // returns go to later ones and cy's review of 10 March stays open.
    List<Flow> march = team().between(RULE.cadence().seasonOf(
        Instant.parse("2026-03-01T00:00:00Z"))).flows();
    ImmediateScores seven = within7.score(march);
    ImmediateScores fourteen = within14.score(march);
    assertEquals(Duration.ofDays(7), seven.window());
    assertEquals(Duration.ofDays(14), fourteen.window());
    // gifts: ada's 4 and cy's 8 (dee's 3 all serve as returns); 3 returned either way
    assertEquals(Amount.of(12), fourteen.giftWeight());
    assertEquals(Amount.of(3), fourteen.returnedWeight());
    assertEquals(Amount.of(12), seven.giftWeight());
    assertEquals(Amount.of(3), seven.returnedWeight());
    // which of cy's gifts stay open differs: the oldest (10 March) within 7 days only
    assertEquals(Instant.parse("2026-03-13T10:00:00Z"), openSince(fourteen, "cy"));
    assertEquals(Instant.parse("2026-03-10T10:00:00Z"), openSince(seven, "cy"));

    StrategyParameterException e = assertThrows(StrategyParameterException.class,
        () -> lookup.find("review-for-review:weeks=2", ImmediateScores.class, RULE));
    assertTrue(e.getMessage().contains("takes [days]"), e.getMessage());
  }

  private static Instant openSince(ImmediateScores scores, String creditor) {
    return scores.openObligations().stream()
        .filter(o -> o.creditor().equals(PartyId.of(creditor)))
        .map(o -> o.since()).findFirst().orElseThrow();
  }

  @Test
  void theHostsHeroFindingAppearsInTheReviewNextToTheChronicFindings() {
    List<BalanceCheck> checks = new ArrayList<>(BalanceChecks.defaults(RULE));
    checks.add(new HeroCheck(RULE, REVIEW));
    Interval march = RULE.cadence().seasonOf(Instant.parse("2026-03-01T00:00:00Z"));
    ReciprocityReview review = ReciprocityReviews.builder(team()).rule(RULE).checks(checks).review(march);

    // every default check runs next to the host's: the built-in HERO agrees with the host's
    // REVIEW_BOTTLENECK on cy, and the lock-in check names the three who each get reviews from one
    // reviewer
    assertEquals(
        List.of(
            "CHRONIC_GIVER ada",
            "CHRONIC_RECEIVER bob",
            "DEPENDENCY_LOCK_IN bob",
            "DEPENDENCY_LOCK_IN cy",
            "HERO cy",
            "REVIEW_BOTTLENECK cy",
            "DEPENDENCY_LOCK_IN dee"),
        review.findings().stream().map(f -> f.type() + " " + f.subject()).toList());
    Finding hero =
        review.findings().stream()
            .filter(f -> f.type().equals(HeroCheck.REVIEW_BOTTLENECK))
            .findFirst()
            .orElseThrow();
    assertEquals(HeroCheck.REVIEW_BOTTLENECK, hero.type());
    assertEquals("2026-03", hero.period().label());
    assertEquals(Optional.of(PartyId.of("dee")), hero.counterpart());
    // others would take on x with (8 - x) / 15 <= 1/2: x >= 0.5, so 1
    assertEquals(Optional.of(Amount.of(1)), hero.shortfall());

    FindingFormatter words = FindingFormatters.english().with(HeroCheck.REVIEW_BOTTLENECK, new HeroWording());
    assertEquals("cy gave more than half of all review in 2026-03: 8 of 15 (53%). One party"
        + " carrying a kind is a bottleneck and a burnout risk.", words.summary(hero));
    assertTrue(words.summary(review.findings().get(0)).startsWith(
        "ada gave far more than they received in 3 consecutive months"));
  }

  @Test
  void scoresOnEveryCoreEqualOnePass() {
    List<Flow> flows = team().flows();
    ScoringStrategy<?, PortfolioScores> portfolio = Strategies.portfolio(RULE);
    PortfolioScores onePass = portfolio.score(flows);
    assertEquals(onePass, portfolio.scoreParallel(flows));
    assertEquals(onePass, flows.parallelStream().collect(portfolio.collector()));
    // ada 12 + cy 14 + dee 7 = 33 reviews; reciprocated: min(14, 7) twice over, 14 of 33
    assertEquals(Amount.of(33), onePass.network().totalWeight());
    assertEquals(14.0 / 33, onePass.network().weightedReciprocity());

    ScoringStrategy<?, ImmediateScores> reviewForReview = StrategyLookup.create()
        .find("review-for-review:days=14", ImmediateScores.class, RULE);
    assertEquals(reviewForReview.score(flows), reviewForReview.scoreParallel(flows));
    assertEquals(reviewForReview.score(flows),
        flows.parallelStream().collect(reviewForReview.collector()));
  }

  private static void reviews(Ledger ledger, String giver, String receiver, int count,
      String firstDay) {
    Instant first = Instant.parse(firstDay + "T10:00:00Z");
    for (int i = 0; i < count; i++) {
      ledger.append(Flow.builder()
          .giver(PartyId.of(giver)).receiver(PartyId.of(receiver))
          .kind(REVIEW).amount(Amount.ONE)
          .instant(first.plus(i, ChronoUnit.DAYS))
          .build());
    }
  }
}
