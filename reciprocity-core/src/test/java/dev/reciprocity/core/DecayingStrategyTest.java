package dev.reciprocity.core;

import static dev.reciprocity.core.Fixtures.ADA;
import static dev.reciprocity.core.Fixtures.BOB;
import static dev.reciprocity.core.Fixtures.day;
import static dev.reciprocity.core.Fixtures.flow;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.reciprocity.DecayedBalance;
import dev.reciprocity.DecayedBalances;
import dev.reciprocity.ReciprocityRule;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The decaying strategy on hand-computed examples: a flow counts {@code a * 2^(-(T - t) / h)}. */
class DecayingStrategyTest {

  private static final ReciprocityRule HALF_LIFE_30_DAYS =
      ReciprocityRule.builder().halfLife(Duration.ofDays(30)).build();

  @Test
  void aFlowTwoHalfLivesOldCountsAQuarter() {
    // ada gives bob 8 on day 0 and bob gives ada 4 on day 30; evaluated on day 60
    DecayedBalances d = Strategies.decaying(HALF_LIFE_30_DAYS, day(60)).score(List.of(
        flow(ADA, BOB, "8", day(0)),
        flow(BOB, ADA, "4", day(30))));

    // 8 * 2^(-60/30) = 2 and 4 * 2^(-30/30) = 2 (powers of two: exact in binary)
    assertEquals(List.of(
            DecayedBalance.builder().party(ADA).outStrength(2.0).inStrength(2.0).build(),
            DecayedBalance.builder().party(BOB).outStrength(2.0).inStrength(2.0).build()),
        d.parties());
    assertEquals(0.0, d.parties().get(0).netBalance());
  }

  @Test
  void withoutHalfLifeNothingDecays() {
    DecayedBalances d = Strategies.decaying(ReciprocityRule.defaults(), day(3650)).score(List.of(
        flow(ADA, BOB, "8", day(0)),
        flow(BOB, ADA, "0.1", day(30))));

    assertEquals(List.of(
            DecayedBalance.builder().party(ADA).outStrength(8.0).inStrength(0.1).build(),
            DecayedBalance.builder().party(BOB).outStrength(0.1).inStrength(8.0).build()),
        d.parties());
  }
}
