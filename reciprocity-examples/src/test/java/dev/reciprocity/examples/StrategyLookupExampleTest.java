package dev.reciprocity.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.reciprocity.Amount;
import dev.reciprocity.Flow;
import dev.reciprocity.FlowKind;
import dev.reciprocity.ImmediateScores;
import dev.reciprocity.OpenObligation;
import dev.reciprocity.PartyId;
import dev.reciprocity.PortfolioScores;
import dev.reciprocity.ReciprocityRule;
import dev.reciprocity.UnknownStrategyException;
import dev.reciprocity.core.Ledger;
import dev.reciprocity.core.LedgerSnapshot;
import dev.reciprocity.core.StrategyLookup;
import dev.reciprocity.spi.ScoringStrategy;
import dev.reciprocity.spi.StrategyParameterException;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * The host's strategy {@link ReviewForReviewProvider}, registered in this module's test resources,
 * found by name with a parameter and typed by its result, without a cast.
 *
 * <p>The flows, by hand: ada reviews bob on 2 March and bob returns a review 10 days later; cy
 * reviews ada on 1 March and ada returns one 24 days later, on 25 March.
 */
class StrategyLookupExampleTest {

  private static LedgerSnapshot march() {
    Ledger ledger = Ledger.create();
    ledger.append(review("ada", "bob", "2026-03-02T10:00:00Z"));
    ledger.append(review("bob", "ada", "2026-03-12T10:00:00Z"));
    ledger.append(review("cy", "ada", "2026-03-01T10:00:00Z"));
    ledger.append(review("ada", "cy", "2026-03-25T10:00:00Z"));
    return ledger.snapshot();
  }

  /** The README's lookup: the host's strategy by name, with a parameter, typed by its result. */
  private static ImmediateScores reviewForReview(LedgerSnapshot snapshot, ReciprocityRule rule) {
    // README:begin host-lookup
    ScoringStrategy<?, ImmediateScores> reviewForReview =
        StrategyLookup.create().find("review-for-review:days=14", ImmediateScores.class, rule);
    ImmediateScores returns = reviewForReview.score(snapshot.flows());
    // README:end
    return returns;
  }

  private static ImmediateScores score(String spec) {
    return StrategyLookup.create()
        .find(spec, ImmediateScores.class, ReciprocityRule.defaults())
        .score(march().flows());
  }

  @Test
  void withinFourteenDaysBobsReturnCountsAndAdasLateOneIsANewGift() {
    ImmediateScores returns = reviewForReview(march(), ReciprocityRule.defaults());

    // bob's review 10 days later returns ada's; ada's review 24 days after cy's comes too late,
    // so cy's gift stays open (overdue) and ada's becomes a gift of its own: gifts 3, returned 1
    assertEquals(Duration.ofDays(14), returns.window());
    assertEquals(Amount.of(3), returns.giftWeight());
    assertEquals(Amount.of(1), returns.returnedWeight());
    assertEquals(1.0 / 3, returns.returnedShare());
    assertEquals(2, returns.openObligations().size(), returns::toString);
    OpenObligation cy = returns.openObligations().get(0); // oldest first
    assertEquals(PartyId.of("cy"), cy.creditor());
    assertEquals(PartyId.of("ada"), cy.debtor());
    assertEquals(Duration.ofDays(24), cy.age()); // measured at the latest flow, 25 March
    assertTrue(cy.overdue());
    OpenObligation ada = returns.openObligations().get(1);
    assertEquals(PartyId.of("ada"), ada.creditor());
    assertFalse(ada.overdue());
  }

  @Test
  void withinThirtyDaysEveryReviewIsReturned() {
    ImmediateScores returns = score("review-for-review:days=30");

    // ada's review 24 days after cy's now returns it: gifts ada->bob and cy->ada, both returned
    assertEquals(Amount.of(2), returns.giftWeight());
    assertEquals(Amount.of(2), returns.returnedWeight());
    assertEquals(1.0, returns.returnedShare());
    assertEquals(0, returns.openObligations().size(), returns::toString);
  }

  @Test
  void theLookupNamesTheHostStrategyAndRefusesWhatItDoesNotTake() {
    StrategyLookup lookup = StrategyLookup.create();
    assertTrue(lookup.names().contains("review-for-review"), () -> String.valueOf(lookup.names()));

    StrategyParameterException unknown =
        assertThrows(StrategyParameterException.class, () -> score("review-for-review:weeks=2"));
    assertTrue(unknown.getMessage().contains("takes [days]"), unknown.getMessage());
    StrategyParameterException range =
        assertThrows(StrategyParameterException.class, () -> score("review-for-review:days=0"));
    assertTrue(range.getMessage().contains("days"), range.getMessage());
    assertThrows(
        UnknownStrategyException.class,
        () -> lookup.find("review-for-review", PortfolioScores.class, ReciprocityRule.defaults()));
  }

  private static Flow review(String giver, String receiver, String instant) {
    return Flow.builder()
        .giver(PartyId.of(giver))
        .receiver(PartyId.of(receiver))
        .kind(FlowKind.of("review"))
        .amount(Amount.ONE)
        .instant(Instant.parse(instant))
        .build();
  }
}
