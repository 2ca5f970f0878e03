package dev.reciprocity.core;

import static dev.reciprocity.core.Fixtures.ADA;
import static dev.reciprocity.core.Fixtures.BOB;
import static dev.reciprocity.core.Fixtures.CY;
import static dev.reciprocity.core.Fixtures.MENTORING;
import static dev.reciprocity.core.Fixtures.flow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.reciprocity.Amount;
import dev.reciprocity.Cadence;
import dev.reciprocity.DyadScore;
import dev.reciprocity.FindingType;
import dev.reciprocity.Flow;
import dev.reciprocity.Interval;
import dev.reciprocity.PartyId;
import dev.reciprocity.PartyScore;
import dev.reciprocity.ReciprocityReview;
import dev.reciprocity.ReciprocityRule;
import dev.reciprocity.SuggestedExchange;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The reciprocity review on a community small enough to work out by hand. */
class ReciprocityReviewsTest {

  private static final PartyId DEE = PartyId.of("dee");
  private static final Interval MARCH =
      Cadence.monthly().seasonOf(Instant.parse("2024-03-10T00:00:00Z"));

  private static Instant march(int day) {
    return Instant.parse(String.format("2024-03-%02dT12:00:00Z", day));
  }

  /**
   * In March 2024: ada and bob review each other (ada 4, bob 3); cy mentors dee 6 and dee returns
   * nothing; ada gives cy 1. One flow in February and one in April lie outside the period.
   */
  private static List<Flow> community() {
    return List.of(
        flow(ADA, BOB, "4", march(2)),
        flow(BOB, ADA, "3", march(9)),
        flow(CY, DEE, MENTORING, "6", march(12)),
        flow(ADA, CY, "1", march(20)),
        flow(DEE, ADA, "9", Instant.parse("2024-02-15T00:00:00Z")),
        flow(BOB, DEE, "9", Instant.parse("2024-04-15T00:00:00Z")));
  }

  private static ReciprocityReview review(int limit) {
    return ReciprocityReviews.builder(LedgerSnapshot.of(community()))
        .settings(ReviewSettings.of(ReciprocityRule.defaults().cadence()).withTop(limit))
        .review(MARCH);
  }

  private static List<String> parties(List<PartyScore> scores) {
    return scores.stream().map(p -> p.party() + " " + p.netBalance()).collect(Collectors.toList());
  }

  @Test
  void answersTheThreeQuestionsForThePeriodOnly() {
    ReciprocityReview r = review(10);

    // March only: out/in per party: ada 4+1 / 3 -> +2; bob 3 / 4 -> -1; cy 6 / 1 -> +5; dee 0 / 6
    // -> -6
    assertEquals(MARCH, r.period());
    assertEquals(4, r.network().flowCount());
    assertEquals(List.of("cy 5", "ada 2"), parties(r.gaveWithoutReturn()));
    assertEquals(List.of("dee -6", "bob -1"), parties(r.receivedWithoutGiving()));
    assertEquals(List.of("ada 2", "bob -1", "cy 5", "dee -6"), parties(r.parties()));
  }

  @Test
  void rebalancingExchangesAreTheMostOneSidedRelationshipsAsReturns() {
    List<SuggestedExchange> exchanges = review(10).rebalancingExchanges();

    // gaps: cy->dee 6 - 0 = 6; ada->bob 4 - 3 = 1; ada->cy 1 - 0 = 1 (ties by ids: ada|bob <
    // ada|cy)
    assertEquals(3, exchanges.size());
    SuggestedExchange first = exchanges.get(0);
    assertEquals(DEE, first.giver());
    assertEquals(CY, first.receiver());
    assertEquals(Amount.of(6), first.gap());
    assertEquals(Set.of(MENTORING), first.kinds());
    assertEquals(List.of(BOB, CY), List.of(exchanges.get(1).giver(), exchanges.get(2).giver()));
    assertEquals(Amount.of(1), exchanges.get(1).gap());
  }

  @Test
  void celebratesTheRelationshipsThatRanBothWays() {
    List<DyadScore> reciprocal = review(10).reciprocalRelationships();

    // only ada and bob exchanged both ways: min(4, 3) = 3, rho = 2 * 3 / 7
    assertEquals(1, reciprocal.size());
    DyadScore d = reciprocal.get(0);
    assertEquals(List.of(ADA, BOB), List.of(d.a(), d.b()));
    assertEquals(Amount.of(3), d.reciprocatedWeight());
    assertEquals(6.0 / 7.0, d.reciprocityIndex(), 1e-15);
  }

  @Test
  void limitCutsEveryList() {
    ReciprocityReview r = review(1);

    assertEquals(List.of("cy 5"), parties(r.gaveWithoutReturn()));
    assertEquals(List.of("dee -6"), parties(r.receivedWithoutGiving()));
    assertEquals(1, r.rebalancingExchanges().size());
    assertEquals(4, r.parties().size(), "parties are never cut");
    assertThrows(IllegalArgumentException.class, () -> review(0));
  }

  @Test
  void findingsAreThoseOfCompleteSeasonsOverlappingThePeriod() {
    // ada gives bob 5 in every month from January to June 2024, and receives nothing
    List<Flow> flows = new ArrayList<>();
    for (int month = 1; month <= 6; month++) {
      flows.add(flow(ADA, BOB, "5", Instant.parse(String.format("2024-%02d-10T00:00:00Z", month))));
    }
    ReciprocityRule rule = ReciprocityRule.builder().cadence(Cadence.monthly()).build();
    LedgerSnapshot history = LedgerSnapshot.of(flows);

    // reviewing March: only January to March are known and over, a streak of 3 = k months
    ReciprocityReview march = ReciprocityReviews.builder(history).rule(rule).review(MARCH);
    assertEquals(2, march.findings().size(), march.findings().toString());
    assertTrue(
        march.findings().stream().allMatch(f -> f.period().label().equals("2024-01 to 2024-03")),
        march.findings().toString());
    assertEquals(
        Set.of(FindingType.CHRONIC_GIVER, FindingType.CHRONIC_RECEIVER),
        march.findings().stream().map(f -> f.type()).collect(Collectors.toSet()));

    // reviewing February: the streak is 2 months long so far, below k = 3
    Interval february = Cadence.monthly().seasonOf(Instant.parse("2024-02-10T00:00:00Z"));
    assertEquals(
        List.of(), ReciprocityReviews.builder(history).rule(rule).review(february).findings());

    // reviewing the first half of June: June is not over, so the streak runs January to May
    Interval earlyJune =
        Interval.between(
            Instant.parse("2024-06-01T00:00:00Z"), Instant.parse("2024-06-15T00:00:00Z"));
    ReciprocityReview june = ReciprocityReviews.builder(history).rule(rule).review(earlyJune);
    assertTrue(
        june.findings().isEmpty(),
        "a streak that ended with May does not overlap June: " + june.findings());
  }
}
