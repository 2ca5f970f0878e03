package dev.reciprocity.core;

import static dev.reciprocity.core.Fixtures.ADA;
import static dev.reciprocity.core.Fixtures.BOB;
import static dev.reciprocity.core.Fixtures.CY;
import static dev.reciprocity.core.Fixtures.MENTORING;
import static dev.reciprocity.core.Fixtures.REVIEW;
import static dev.reciprocity.core.Fixtures.day;
import static dev.reciprocity.core.Fixtures.flow;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.reciprocity.Amount;
import dev.reciprocity.Flow;
import dev.reciprocity.ImmediateScores;
import dev.reciprocity.OpenObligation;
import dev.reciprocity.PartyId;
import dev.reciprocity.ReciprocityRule;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The immediate strategy's semantics on hand-computed examples: a reverse flow returns the open
 * gifts made at most a window before it, oldest first; what it does not use up becomes a gift of
 * its own; open obligations are aged up to the latest flow scored.
 */
class ImmediateStrategyTest {

  private static final Duration WINDOW = Duration.ofDays(30);
  private static final ReciprocityRule RULE = ReciprocityRule.builder().window(WINDOW).build();

  private static ImmediateScores score(Flow... flows) {
    return Strategies.immediate(RULE).score(List.of(flows));
  }

  private static OpenObligation obligation(
      PartyId creditor,
      PartyId debtor,
      String amount,
      Instant since,
      Duration age,
      boolean overdue) {
    return OpenObligation.builder()
        .creditor(creditor)
        .debtor(debtor)
        .amount(Amount.parse(amount))
        .since(since)
        .age(age)
        .overdue(overdue)
        .build();
  }

  @Test
  void aPartialReturnWithinTheWindowLeavesTheRestOpen() {
    // ada gives bob 3 on day 0; bob gives ada 2 on day 10, inside the 30-day window
    ImmediateScores s = score(flow(ADA, BOB, "3", day(0)), flow(BOB, ADA, "2", day(10)));

    // the day-10 flow is all return: gifts = 3 (ada's), returned = min(3, 2) = 2
    assertEquals(Amount.parse("3"), s.giftWeight());
    assertEquals(Amount.parse("2"), s.returnedWeight());
    assertEquals(2.0 / 3.0, s.returnedShare());
    // bob still owes ada 3 - 2 = 1, given on day 0, aged to the last flow: 10 - 0 = 10 days < 30
    assertEquals(
        List.of(obligation(ADA, BOB, "1", day(0), Duration.ofDays(10), false)),
        s.openObligations());
  }

  @Test
  void aReturnAfterTheWindowDoesNotCountAndLeavesTheGiftOverdue() {
    // bob's flow comes on day 40, 40 > 30 days after ada's gift
    ImmediateScores s = score(flow(ADA, BOB, "3", day(0)), flow(BOB, ADA, "2", day(40)));

    // nothing is returned, so both flows are gifts: 3 + 2 = 5
    assertEquals(Amount.parse("5"), s.giftWeight());
    assertEquals(Amount.ZERO, s.returnedWeight());
    assertEquals(0.0, s.returnedShare());
    // ada's gift is 40 - 0 = 40 days old (> 30: overdue); bob's is 40 - 40 = 0 days old
    assertEquals(
        List.of(
            obligation(ADA, BOB, "3", day(0), Duration.ofDays(40), true),
            obligation(BOB, ADA, "2", day(40), Duration.ZERO, false)),
        s.openObligations());
  }

  @Test
  void aReturnExactlyOneWindowLaterStillCounts() {
    // day 30 is exactly 30 days after day 0: "at most the window before it"
    ImmediateScores s = score(flow(ADA, BOB, "3", day(0)), flow(BOB, ADA, "3", day(30)));

    assertEquals(Amount.parse("3"), s.giftWeight());
    assertEquals(Amount.parse("3"), s.returnedWeight());
    assertEquals(1.0, s.returnedShare());
    assertEquals(List.of(), s.openObligations());
  }

  @Test
  void aGiftExactlyOneWindowOldIsNotOverdueAndOneNanosecondOlderIs() {
    // ada gives bob on day 0 and cy gives bob a nanosecond before day 0; the last flow scored,
    // cy to ada on day 30, ages them: exactly 30 days (not past the window) and 30 days and 1 ns
    Instant justBefore = day(0).minusNanos(1);
    ImmediateScores s =
        score(
            flow(ADA, BOB, "1", day(0)),
            flow(CY, BOB, "2", justBefore),
            flow(CY, ADA, "3", day(30)));

    assertEquals(
        List.of(
            obligation(CY, BOB, "2", justBefore, Duration.ofDays(30).plusNanos(1), true),
            obligation(ADA, BOB, "1", day(0), Duration.ofDays(30), false),
            obligation(CY, ADA, "3", day(30), Duration.ZERO, false)),
        s.openObligations());
  }

  @Test
  void aReturnSettlesTheOldestGiftFirst() {
    // ada gives bob 2 on day 0 and 3 on day 5; bob returns 4 on day 10
    ImmediateScores s =
        score(
            flow(ADA, BOB, "2", day(0)), flow(ADA, BOB, "3", day(5)), flow(BOB, ADA, "4", day(10)));

    // the 4 settles the day-0 gift (2) whole, then 4 - 2 = 2 of the day-5 gift (3)
    assertEquals(Amount.parse("5"), s.giftWeight());
    assertEquals(Amount.parse("4"), s.returnedWeight());
    // left open: 3 - 2 = 1 of the day-5 gift, 10 - 5 = 5 days old
    assertEquals(
        List.of(obligation(ADA, BOB, "1", day(5), Duration.ofDays(5), false)), s.openObligations());
  }

  @Test
  void whatAReturnDoesNotUseUpBecomesAGiftTheOtherWay() {
    // ada gives bob 2 on day 0; bob gives ada 5 on day 1
    ImmediateScores s = score(flow(ADA, BOB, "2", day(0)), flow(BOB, ADA, "5", day(1)));

    // 2 of bob's 5 return ada's gift; the other 5 - 2 = 3 is a gift from bob: gifts = 2 + 3 = 5
    assertEquals(Amount.parse("5"), s.giftWeight());
    assertEquals(Amount.parse("2"), s.returnedWeight());
    assertEquals(2.0 / 5.0, s.returnedShare());
    assertEquals(
        List.of(obligation(BOB, ADA, "3", day(1), Duration.ZERO, false)), s.openObligations());
  }

  @Test
  void anExpiredGiftIsSkippedAndALaterOneInTheWindowIsReturned() {
    // ada gives bob 1 on day 0 and 2 on day 20; bob gives ada 2 on day 45
    ImmediateScores s =
        score(
            flow(ADA, BOB, "1", day(0)),
            flow(ADA, BOB, "2", day(20)),
            flow(BOB, ADA, "2", day(45)));

    // day 0 is 45 days before (> 30, expired); day 20 is 25 days before: it takes the whole 2
    assertEquals(Amount.parse("3"), s.giftWeight());
    assertEquals(Amount.parse("2"), s.returnedWeight());
    assertEquals(
        List.of(obligation(ADA, BOB, "1", day(0), Duration.ofDays(45), true)), s.openObligations());
  }

  @Test
  void aReturnMayBeOfAnotherKindAndOnlyTheSameDyadReturns() {
    // ada reviews for bob (3); cy mentors ada (3); bob mentors ada (3)
    ImmediateScores s =
        score(
            flow(ADA, BOB, REVIEW, "3", day(0)),
            flow(CY, ADA, MENTORING, "3", day(1)),
            flow(BOB, ADA, MENTORING, "3", day(2)));

    // bob's mentoring returns ada's review; cy's flow returns nothing of ada's (another dyad)
    assertEquals(Amount.parse("6"), s.giftWeight());
    assertEquals(Amount.parse("3"), s.returnedWeight());
    assertEquals(
        List.of(obligation(CY, ADA, "3", day(1), Duration.ofDays(1), false)), s.openObligations());
  }

  @Test
  void flowsOfKindsTheRuleDoesNotScoreAreIgnored() {
    ReciprocityRule reviewsOnly = ReciprocityRule.builder().window(WINDOW).addKinds(REVIEW).build();

    ImmediateScores s =
        Strategies.immediate(reviewsOnly)
            .score(
                List.of(
                    flow(ADA, BOB, REVIEW, "3", day(0)), flow(BOB, ADA, MENTORING, "3", day(2))));

    // the mentoring is not scored, so it neither returns the review nor ages it
    assertEquals(Amount.parse("3"), s.giftWeight());
    assertEquals(Amount.ZERO, s.returnedWeight());
    assertEquals(
        List.of(obligation(ADA, BOB, "3", day(0), Duration.ZERO, false)), s.openObligations());
  }

  @Test
  void noFlowsGiveNoGiftsAndAnUndefinedShare() {
    ImmediateScores s = score();

    assertEquals(Amount.ZERO, s.giftWeight());
    assertEquals(Double.NaN, s.returnedShare());
    assertEquals(List.of(), s.openObligations());
  }
}
