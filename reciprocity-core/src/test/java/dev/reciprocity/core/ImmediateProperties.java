package dev.reciprocity.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.reciprocity.Amount;
import dev.reciprocity.Flow;
import dev.reciprocity.ImmediateScores;
import dev.reciprocity.OpenObligation;
import dev.reciprocity.ReciprocityRule;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

/**
 * Bookkeeping of the immediate strategy, from its documentation: every scored amount is either a
 * gift or the return of one; the open obligations are exactly the unreturned parts of the gifts; an
 * obligation is aged to the latest flow scored and overdue exactly when older than the window.
 */
class ImmediateProperties extends CommunityProviders {

  @Property
  void everyScoredAmountIsEitherAGiftOrAReturn(
      @ForAll("communities") List<Flow> flows, @ForAll("rules") ReciprocityRule rule) {
    Amount scored =
        flows.stream().filter(rule::applies).map(Flow::amount).reduce(Amount.ZERO, Amount::plus);

    ImmediateScores s = Strategies.immediate(rule).score(flows);

    assertEquals(scored, s.giftWeight().plus(s.returnedWeight()));
  }

  @Property
  void openObligationsAreTheUnreturnedPartsOfTheGifts(
      @ForAll("communities") List<Flow> flows, @ForAll("rules") ReciprocityRule rule) {
    ImmediateScores s = Strategies.immediate(rule).score(flows);

    Amount open =
        s.openObligations().stream().map(OpenObligation::amount).reduce(Amount.ZERO, Amount::plus);
    assertEquals(s.giftWeight().minus(s.returnedWeight()), open);
    for (OpenObligation o : s.openObligations()) {
      // (a positive amount is OpenObligation's own check) each obligation stems from a scored flow
      // from its creditor to its debtor at its instant
      assertTrue(
          flows.stream()
              .anyMatch(
                  f ->
                      rule.applies(f)
                          && f.giver().equals(o.creditor())
                          && f.receiver().equals(o.debtor())
                          && f.instant().equals(o.since())
                          && f.amount().compareTo(o.amount()) >= 0),
          () -> "no gift behind " + o);
    }
    List<Instant> since =
        s.openObligations().stream().map(OpenObligation::since).collect(Collectors.toList());
    assertEquals(since.stream().sorted().collect(Collectors.toList()), since, "oldest first");
  }

  @Property
  void anObligationIsAgedToTheLatestFlowAndOverdueExactlyWhenOlderThanTheWindow(
      @ForAll("communities") List<Flow> flows, @ForAll("rules") ReciprocityRule rule) {
    ImmediateScores s = Strategies.immediate(rule).score(flows);

    Instant latest =
        flows.stream()
            .filter(rule::applies)
            .map(Flow::instant)
            .max(Comparator.naturalOrder())
            .orElse(Instant.MIN);
    for (OpenObligation o : s.openObligations()) {
      Duration age = Duration.between(o.since(), latest);
      assertEquals(age, o.age(), () -> o.toString());
      assertEquals(age.compareTo(rule.window()) > 0, o.overdue(), () -> o.toString());
    }
  }
}
