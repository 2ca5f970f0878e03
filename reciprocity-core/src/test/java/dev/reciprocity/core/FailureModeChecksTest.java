package dev.reciprocity.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.reciprocity.Agreement;
import dev.reciprocity.Cadence;
import dev.reciprocity.Finding;
import dev.reciprocity.FindingType;
import dev.reciprocity.FlowKind;
import dev.reciprocity.PartyId;
import dev.reciprocity.ReciprocityRule;
import dev.reciprocity.spi.BalanceCheck;
import dev.reciprocity.spi.FindingFormatter;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/**
 * Each failure mode fires on a small community crafted to have it and stays quiet on its near miss,
 * with every default check and its default parameters, quarterly seasons, as of 2025-01-01 (the
 * four quarters of 2024 judged). The expected subjects and the near misses come from the
 * definitions in {@link BalanceChecks}, worked by hand on the flows written here.
 */
class FailureModeChecksTest {

  private static final ReciprocityRule RULE = ReciprocityRule.defaults();
  private static final Instant AS_OF = Instant.parse("2025-01-01T00:00:00Z");
  private static final FlowKind HELP = FlowKind.of("help");
  private static final FlowKind MENTOR = FlowKind.of("mentor");

  /** A community written flow by flow: quarter (1 to 4 of 2024), day in it, giver, receiver. */
  private static final class Community {
    final LedgerSnapshot.Builder flows = LedgerSnapshot.builder();
    int seq;

    @com.google.errorprone.annotations.CanIgnoreReturnValue
    Community give(int quarter, int day, String giver, String receiver, FlowKind kind, long units) {
      LocalDate start = LocalDate.of(2024, 3 * (quarter - 1) + 1, 1).plusDays(day);
      long second = start.atStartOfDay(ZoneOffset.UTC).toEpochSecond() + (seq++ % 3600);
      var unused =
          flows.add(PartyId.of(giver), PartyId.of(receiver), kind, units * 1_000_000L, second, 0);
      return this;
    }

    @com.google.errorprone.annotations.CanIgnoreReturnValue
    Community give(int quarter, String giver, String receiver, long units) {
      return give(quarter, 10, giver, receiver, HELP, units);
    }
  }

  private static List<Finding> findings(Consumer<Community> write, List<BalanceCheck> checks) {
    Community c = new Community();
    write.accept(c);
    LedgerSnapshot s = c.flows.build();
    List<Finding> all = new ArrayList<>();
    FindingFormatter words = FindingFormatters.english();
    for (BalanceCheck check : checks) {
      for (Finding f : check.check(s.columns(), AS_OF)) {
        // every finding is worded in full, summary and suggestion
        assertTrue(!words.summary(f).isBlank() && !words.suggestion(f).isBlank(), f::toString);
        all.add(f);
      }
    }
    return all;
  }

  private static List<String> of(FindingType type, List<Finding> findings) {
    return findings.stream()
        .filter(f -> f.type().equals(type))
        .map(f -> f.subject().value() + f.counterpart().map(c -> "->" + c.value()).orElse(""))
        .toList();
  }

  private static List<String> fired(FindingType type, Consumer<Community> write) {
    return of(type, findings(write, BalanceChecks.defaults(RULE)));
  }

  @Test
  void heroFiresAboveHalfAndNotAtHalfOrWithTooFewGivers() {
    assertEquals(
        List.of("ada->bob"),
        fired(
            FindingType.HERO,
            c ->
                c.give(4, "ada", "x", 6)
                    .give(4, "bob", "y", 2)
                    .give(4, "cy", "z", 1)
                    .give(4, "dee", "x", 1)));
    // 5 of 10 is not more than half
    assertEquals(
        List.of(),
        fired(
            FindingType.HERO,
            c ->
                c.give(4, "ada", "x", 5)
                    .give(4, "bob", "y", 3)
                    .give(4, "cy", "z", 1)
                    .give(4, "dee", "x", 1)));
    // two givers are no team to share with
    assertEquals(
        List.of(), fired(FindingType.HERO, c -> c.give(4, "ada", "x", 9).give(4, "bob", "y", 1)));
  }

  @Test
  void lockInFiresOnOneGiverAndNotOnTwoEqualOnesOrTooFewFlows() {
    assertEquals(
        List.of("rue->gus"),
        fired(
            FindingType.DEPENDENCY_LOCK_IN,
            c -> {
              for (int i = 0; i < 6; i++) {
                c.give(3 + i % 2, 5 + i, "gus", "rue", HELP, 1);
              }
              c.give(4, "hal", "ivy", 1);
            }));
    assertEquals(
        List.of(),
        fired(
            FindingType.DEPENDENCY_LOCK_IN,
            c -> {
              for (int i = 0; i < 6; i++) {
                c.give(3 + i % 2, 5 + i, i % 2 == 0 ? "gus" : "hal", "rue", HELP, 1);
              }
            }));
    assertEquals(
        List.of(),
        fired(
            FindingType.DEPENDENCY_LOCK_IN,
            c -> {
              for (int i = 0; i < 5; i++) {
                c.give(4, 5 + i, "gus", "rue", HELP, 1);
              }
            }));
  }

  @Test
  void fragilityFiresOnTwoDependentsAndNotOnOne() {
    assertEquals(
        List.of("gus->rue"),
        fired(
            FindingType.FRAGILITY_CONTAGION,
            c -> {
              for (int i = 0; i < 3; i++) {
                c.give(4, 5 + i, "gus", "rue", HELP, 2);
                c.give(4, 5 + i, "gus", "sam", HELP, 1);
              }
            }));
    // sam receives more from hal than from gus: gus has one dependent
    assertEquals(
        List.of(),
        fired(
            FindingType.FRAGILITY_CONTAGION,
            c -> {
              for (int i = 0; i < 3; i++) {
                c.give(4, 5 + i, "gus", "rue", HELP, 2);
                c.give(4, 5 + i, "gus", "sam", HELP, 1);
                c.give(4, 20 + i, "hal", "sam", HELP, 2);
              }
            }));
  }

  @Test
  void extractionFiresWhenTotalsGrowAndNotWhenTheyStayFlat() {
    assertEquals(
        List.of("dee->xan"),
        fired(
            FindingType.DISGUISED_EXTRACTION,
            c ->
                c.give(2, "dee", "xan", 3)
                    .give(3, "dee", "xan", 4)
                    .give(4, "dee", "xan", 5)
                    .give(2, "yul", "zoe", 7)
                    .give(3, "zoe", "yul", 8)
                    .give(4, "yul", "zoe", 9)));
    // totals of 10, 10, 10: no growth to hide behind
    assertEquals(
        List.of(),
        fired(
            FindingType.DISGUISED_EXTRACTION,
            c ->
                c.give(2, "dee", "xan", 3)
                    .give(3, "dee", "xan", 4)
                    .give(4, "dee", "xan", 5)
                    .give(2, "yul", "zoe", 7)
                    .give(3, "zoe", "yul", 6)
                    .give(4, "yul", "zoe", 5)));
  }

  private static void pairs(Community c, int returnAfterDays, long returned) {
    for (int q = 3; q <= 4; q++) {
      for (int i = 0; i < 12; i++) {
        String a = "p" + i;
        String b = "q" + i;
        c.give(q, 2 + i, a, b, HELP, 1);
        c.give(q, 2 + i + returnAfterDays, b, a, HELP, returned);
      }
    }
  }

  @Test
  void barterDriftFiresOnQuickExactReturnsAndNotOnLateOrUnequalOnes() {
    assertEquals(List.of("network"), fired(FindingType.BARTER_DRIFT, c -> pairs(c, 1, 1)));
    assertEquals(List.of(), fired(FindingType.BARTER_DRIFT, c -> pairs(c, 10, 1)));
    assertEquals(List.of(), fired(FindingType.BARTER_DRIFT, c -> pairs(c, 1, 2)));
  }

  @Test
  void silentAccumulationFiresOnAGrowingDebtAndNotWhenItIsPaidOrAdjusted() {
    Consumer<Community> growing =
        c ->
            c.give(1, "ada", "bob", 2)
                .give(2, "ada", "bob", 2)
                .give(3, "ada", "bob", 2)
                .give(4, "ada", "bob", 2);
    assertEquals(List.of("ada->bob"), fired(FindingType.SILENT_ACCUMULATION, growing));
    // bob gives back more than he got in the third quarter
    assertEquals(
        List.of(),
        fired(FindingType.SILENT_ACCUMULATION, growing.andThen(c -> c.give(3, "bob", "ada", 3))));
    // an adjustment recorded between them in the span: somebody acted
    Agreement acted = agreement(List.of(Instant.parse("2024-08-01T00:00:00Z")), "ada", "bob");
    List<BalanceCheck> checks =
        BalanceCheckLookup.create()
            .withAgreements(List.of(acted))
            .checks(RULE, List.of(), List.of());
    assertEquals(List.of(), of(FindingType.SILENT_ACCUMULATION, findings(growing, checks)));
  }

  @Test
  void depletionChurnFiresWhenAChronicGiverStopsAndNotWhenItGoesOnGiving() {
    Consumer<Community> chronic =
        c ->
            c.give(1, "ada", "bob", 5)
                .give(2, "ada", "bob", 5)
                .give(3, "ada", "bob", 5)
                .give(4, "cy", "dee", 1);
    assertEquals(List.of("ada->bob"), fired(FindingType.DEPLETION_CHURN, chronic));
    // two in the fourth quarter: below the activity that counts, but no stop
    assertEquals(
        List.of(),
        fired(FindingType.DEPLETION_CHURN, chronic.andThen(c -> c.give(4, "ada", "bob", 2))));
  }

  private static Agreement agreement(List<Instant> adjustments, String... parties) {
    Agreement.Builder a =
        Agreement.builder()
            .name("review rotation")
            .reviewCadence(Cadence.quarterly())
            .exitRule("a month's notice")
            .addRevisions(
                Agreement.Revision.builder()
                    .effectiveFrom(Instant.parse("2024-01-01T00:00:00Z"))
                    .putRules("help", "seasonal")
                    .build());
    for (String p : parties) {
      a.addParties(PartyId.of(p));
    }
    for (Instant at : adjustments) {
      a.addAdjustments(
          Agreement.Adjustment.builder()
              .instant(at)
              .type(Agreement.Adjustment.Type.IMBALANCE_RAISED)
              .by(PartyId.of(parties[0]))
              .note("raised at the review")
              .build());
    }
    return a.build();
  }

  @Test
  void missedCadenceFiresOnAnAgreementNotReviewedAndNotOnOneReviewedLastSeason() {
    Consumer<Community> some = c -> c.give(4, "ada", "bob", 1);
    List<BalanceCheck> unreviewed =
        BalanceCheckLookup.create()
            .withAgreements(List.of(agreement(List.of(), "ada", "bob")))
            .checks(RULE, List.of(), List.of());
    List<Finding> found = findings(some, unreviewed);
    assertEquals(List.of("review rotation"), of(FindingType.MISSED_CADENCE, found));
    assertEquals(
        Finding.SubjectKind.AGREEMENT,
        found.stream()
            .filter(f -> f.type().equals(FindingType.MISSED_CADENCE))
            .findFirst()
            .orElseThrow()
            .subjectKind());
    List<BalanceCheck> reviewed =
        BalanceCheckLookup.create()
            .withAgreements(
                List.of(agreement(List.of(Instant.parse("2024-11-15T00:00:00Z")), "ada", "bob")))
            .checks(RULE, List.of(), List.of());
    assertEquals(List.of(), of(FindingType.MISSED_CADENCE, findings(some, reviewed)));
  }

  @Test
  void overdueReturnFiresWhenNothingIsPassedOnAndNotWhenItIsInTime() {
    List<BalanceCheck> checks =
        BalanceCheckLookup.create()
            .withKindRules(Map.of(MENTOR, "developmental:lag=P90D,window=P30D,returnFrom=network"))
            .checks(RULE, List.of(), List.of());
    Consumer<Community> mentored = c -> c.give(1, 9, "mia", "ned", MENTOR, 1);
    assertEquals(List.of("ned->mia"), of(FindingType.OVERDUE_RETURN, findings(mentored, checks)));
    // ned mentors someone new inside the window, 90 to 120 days after
    Consumer<Community> passedOn = mentored.andThen(c -> c.give(2, 19, "ned", "oli", MENTOR, 1));
    assertEquals(List.of(), of(FindingType.OVERDUE_RETURN, findings(passedOn, checks)));
  }
}
