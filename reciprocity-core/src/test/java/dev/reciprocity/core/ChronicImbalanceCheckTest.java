package dev.reciprocity.core;

import static dev.reciprocity.core.Fixtures.ADA;
import static dev.reciprocity.core.Fixtures.BOB;
import static dev.reciprocity.core.Fixtures.flow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.reciprocity.Amount;
import dev.reciprocity.Evidence;
import dev.reciprocity.Finding;
import dev.reciprocity.FindingType;
import dev.reciprocity.Flow;
import dev.reciprocity.PartyId;
import dev.reciprocity.ReciprocityRule;
import dev.reciprocity.Severity;
import dev.reciprocity.spi.FindingFormatter;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The chronic imbalance check on hand-computed examples, with the default rule: calendar quarters
 * in UTC, tolerance band [0.25, 0.75], k = 3 consecutive quarters, minimum activity 3.
 */
class ChronicImbalanceCheckTest {

  private static final FindingFormatter WORDS = FindingFormatters.english();

  private static final ReciprocityRule RULE = ReciprocityRule.defaults();

  /** The middle of quarter {@code q} counted from 2024-Q1 = 0 (2024-Q2 = 1, ..., 2025-Q1 = 4). */
  private static Instant midQuarter(int q) {
    int year = 2024 + q / 4;
    int month = (q % 4) * 3 + 2;
    return Instant.parse(String.format("%04d-%02d-15T12:00:00Z", year, month));
  }

  /** The first instant of quarter {@code q} counted from 2024-Q1 = 0. */
  private static Instant quarterStart(int q) {
    int year = 2024 + q / 4;
    int month = (q % 4) * 3 + 1;
    return Instant.parse(String.format("%04d-%02d-01T00:00:00Z", year, month));
  }

  /** ada gives bob 5 in each of the given quarters, and receives nothing. */
  private static List<Flow> adaGivesBobFiveIn(int... quarters) {
    List<Flow> flows = new ArrayList<>();
    for (int q : quarters) {
      flows.add(flow(ADA, BOB, "5", midQuarter(q)));
    }
    return flows;
  }

  private static List<Finding> check(List<Flow> flows) {
    return BalanceChecks.chronicImbalance(RULE)
        .check(LedgerSnapshot.of(flows).columns(), Instant.MAX);
  }

  private static List<Finding> of(List<Finding> findings, FindingType type) {
    return findings.stream().filter(f -> f.type().equals(type)).collect(Collectors.toList());
  }

  private static void assertFinding(
      Finding f,
      FindingType type,
      PartyId subject,
      Severity severity,
      int firstQuarter,
      int lastQuarter) {
    assertEquals(type, f.type());
    assertEquals(subject, f.subject());
    assertEquals(severity, f.severity());
    assertEquals(quarterStart(firstQuarter), f.period().start());
    assertEquals(quarterStart(lastQuarter + 1), f.period().end());
  }

  @Test
  void givingFiveAndReceivingNothingForThreeQuartersIsOneChronicGiverWarning() {
    List<Finding> findings = check(adaGivesBobFiveIn(0, 1, 2));

    // ada's give share is 5 / (5 + 0) = 1 > 0.75 in 3 = k consecutive quarters: 3 < 2k, a warning
    List<Finding> givers = of(findings, FindingType.CHRONIC_GIVER);
    assertEquals(1, givers.size(), () -> findings.toString());
    Finding f = givers.get(0);
    assertFinding(f, FindingType.CHRONIC_GIVER, ADA, Severity.WARNING, 0, 2);
    assertTrue(WORDS.suggestion(f).contains(BOB.value()), WORDS.suggestion(f));
    // to be inside the band ada must receive r with 15 / (15 + r) <= 0.75, so r >= 15 * 0.25 / 0.75
    // = 5
    assertTrue(WORDS.suggestion(f).contains("about 5 more"), WORDS.suggestion(f));
    // evidence, season by season: give share 5 / (5 + 0) = 1, out-strength 5, in-strength 0
    List<Double> shares =
        f.evidence().stream()
            .filter(e -> e.measure().equals("give share"))
            .map(Evidence::value)
            .collect(Collectors.toList());
    assertEquals(List.of(1.0, 1.0, 1.0), shares);
  }

  @Test
  void theReceiverOfThatStreakIsOneChronicReceiverWarningNamingTheGiver() {
    List<Finding> receivers = of(check(adaGivesBobFiveIn(0, 1, 2)), FindingType.CHRONIC_RECEIVER);

    // bob's give share is 0 / (0 + 5) = 0 < 0.25 in the same 3 quarters
    assertEquals(1, receivers.size());
    assertFinding(receivers.get(0), FindingType.CHRONIC_RECEIVER, BOB, Severity.WARNING, 0, 2);
    assertTrue(
        WORDS.suggestion(receivers.get(0)).contains(ADA.value()),
        WORDS.suggestion(receivers.get(0)));
  }

  @Test
  void twoQuartersAreNotChronic() {
    assertEquals(List.of(), check(adaGivesBobFiveIn(0, 1)));
  }

  @Test
  void aQuietQuarterInBetweenBreaksTheStreak() {
    // 2024-Q3 (quarter 2) is quiet: two streaks of 2 quarters, each shorter than k = 3
    assertEquals(List.of(), check(adaGivesBobFiveIn(0, 1, 3, 4)));
    // the same four active quarters back to back are chronic
    assertEquals(1, of(check(adaGivesBobFiveIn(0, 1, 2, 3)), FindingType.CHRONIC_GIVER).size());
  }

  @Test
  void aQuarterBelowTheMinimumActivityBreaksTheStreak() {
    List<Flow> flows = adaGivesBobFiveIn(0, 1, 3, 4);
    // activity 2 < minimum 3 in 2024-Q3: too little happened to judge
    flows.add(flow(ADA, BOB, "2", midQuarter(2)));

    assertEquals(List.of(), check(flows));
  }

  @Test
  void aBalancedQuarterInBetweenBreaksTheStreak() {
    List<Flow> flows = adaGivesBobFiveIn(0, 1, 2, 3, 4);
    // in 2024-Q3 bob returns 5: ada's give share there is 5 / (5 + 5) = 0.5, inside the band
    flows.add(flow(BOB, ADA, "5", midQuarter(2)));

    assertEquals(List.of(), check(flows));
  }

  @Test
  void fiveQuartersAreStillAWarningAndSixAreAnAlert() {
    // 5 < 2k = 6
    List<Finding> five = of(check(adaGivesBobFiveIn(0, 1, 2, 3, 4)), FindingType.CHRONIC_GIVER);
    assertEquals(1, five.size());
    assertFinding(five.get(0), FindingType.CHRONIC_GIVER, ADA, Severity.WARNING, 0, 4);

    // 6 >= 2k = 6: one finding over the whole streak, not one per k quarters
    List<Finding> six = of(check(adaGivesBobFiveIn(0, 1, 2, 3, 4, 5)), FindingType.CHRONIC_GIVER);
    assertEquals(1, six.size());
    assertFinding(six.get(0), FindingType.CHRONIC_GIVER, ADA, Severity.ALERT, 0, 5);
  }

  @Test
  void aStreakThatHasEndedIsANoticeAndSaysWhenItEnded() {
    // ada gives bob 5 in quarters 0 to 2 (2024-Q1 to 2024-Q3); in quarter 3 (2024-Q4) bob gives ada
    // 5 back, so ada's give share there is 0 < 0.75 and the streak ended with 2024-Q3
    List<Flow> flows = adaGivesBobFiveIn(0, 1, 2);
    flows.add(flow(BOB, ADA, "5", midQuarter(3)));

    Finding f = of(check(flows), FindingType.CHRONIC_GIVER).get(0);

    assertFinding(f, FindingType.CHRONIC_GIVER, ADA, Severity.NOTICE, 0, 2);
    assertTrue(WORDS.summary(f).endsWith("The streak ended with 2024-Q3."), WORDS.summary(f));
    assertTrue(WORDS.suggestion(f).contains("if the imbalance returns"), WORDS.suggestion(f));
  }

  @Test
  void theMirrorOfAChronicGiverIsAChronicReceiver() {
    List<Flow> mirror = Fixtures.reversed(adaGivesBobFiveIn(0, 1, 2));

    List<Finding> findings = check(mirror);

    // now bob gives ada 5 a quarter: ada receives without giving, bob gives without receiving
    assertEquals(2, findings.size(), () -> findings.toString());
    assertFinding(
        of(findings, FindingType.CHRONIC_RECEIVER).get(0),
        FindingType.CHRONIC_RECEIVER,
        ADA,
        Severity.WARNING,
        0,
        2);
    assertFinding(
        of(findings, FindingType.CHRONIC_GIVER).get(0),
        FindingType.CHRONIC_GIVER,
        BOB,
        Severity.WARNING,
        0,
        2);
  }

  @Test
  void findingsComeMostSevereFirst() {
    // ada gives bob for 6 quarters (alert); cy gives ada for the last 3 (warning for cy)
    List<Flow> flows = adaGivesBobFiveIn(0, 1, 2, 3, 4, 5);
    for (int q = 3; q <= 5; q++) {
      flows.add(flow(Fixtures.CY, BOB, "5", midQuarter(q)));
    }

    List<Finding> findings = check(flows);

    assertEquals(Severity.ALERT, findings.get(0).severity());
    assertEquals(Severity.WARNING, findings.get(findings.size() - 1).severity());
  }

  @Test
  void theShortfallIsAWholeAmountWhenWhatThePartyHasIsFractional() {
    // ada gives bob 5 and receives 0.5 back in each of 3 quarters: give share 5 / 5.5 > 0.75.
    // Over the streak out = 15, in = 1.5: r with 15 / (15 + 1.5 + r) <= 0.75 needs r >= 3.5,
    // rounded up to whole units: 4 (not ceil(5) - 1.5 = 3.5)
    List<Flow> flows = adaGivesBobFiveIn(0, 1, 2);
    for (int q = 0; q < 3; q++) {
      flows.add(flow(BOB, ADA, "0.5", midQuarter(q)));
    }

    Finding f = of(check(flows), FindingType.CHRONIC_GIVER).get(0);

    assertEquals(Optional.of(Amount.of(4)), f.shortfall());
  }
}
