package dev.reciprocity.core;

import static dev.reciprocity.core.Fixtures.ADA;
import static dev.reciprocity.core.Fixtures.BOB;
import static dev.reciprocity.core.Fixtures.day;
import static dev.reciprocity.core.Fixtures.flow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.reciprocity.DecayedBalance;
import dev.reciprocity.DecayedBalances;
import dev.reciprocity.Flow;
import dev.reciprocity.ReciprocityRule;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The decaying strategy on hand-computed examples: a flow counts {@code a * 2^(-(T - t) / h)}. */
class DecayingStrategyTest {

  private static final ReciprocityRule HALF_LIFE_30_DAYS =
      ReciprocityRule.builder().halfLife(Duration.ofDays(30)).build();

  @Test
  void aFlowTwoHalfLivesOldCountsAQuarter() {
    // ada gives bob 8 on day 0 and bob gives ada 4 on day 30; evaluated on day 60
    DecayedBalances d =
        Strategies.decaying(HALF_LIFE_30_DAYS, day(60))
            .score(List.of(flow(ADA, BOB, "8", day(0)), flow(BOB, ADA, "4", day(30))));

    // 8 * 2^(-60/30) = 2 and 4 * 2^(-30/30) = 2 (powers of two: exact in binary)
    assertEquals(
        List.of(
            DecayedBalance.builder().party(ADA).outStrength(2.0).inStrength(2.0).build(),
            DecayedBalance.builder().party(BOB).outStrength(2.0).inStrength(2.0).build()),
        d.parties());
    assertEquals(0.0, d.parties().get(0).netBalance());
  }

  @Test
  void aFlowAfterAsOfIsRefusedNamingTheFlowAndAsOfAndLeavesTheAccumulatorUnchanged() {
    Instant asOf = day(60);
    Flow late = flow(BOB, ADA, "4", day(61));

    // ada's 8 on day 0 is taken; bob's 4 on day 61 would count 4 * 2^(1/30) > 4: refused; bob's 2
    // on day 60 (at asOf, counting 2 * 2^0 = 2) is still taken afterwards
    IllegalArgumentException e =
        Accumulators.assertAddRefusedLeavesAccumulatorUnchanged(
            Strategies.decaying(HALF_LIFE_30_DAYS, asOf),
            List.of(flow(ADA, BOB, "8", day(0))),
            late,
            List.of(flow(BOB, ADA, "2", asOf)),
            IllegalArgumentException.class);

    String m = e.getMessage();
    assertTrue(
        m.contains("'bob' -> 'ada'")
            && m.contains(day(61).toString())
            && m.contains(asOf.toString()),
        m);
    assertThrows(
        IllegalArgumentException.class,
        () -> Strategies.decaying(ReciprocityRule.defaults(), asOf).score(List.of(late)),
        "refused without a half-life too: the rule is the same whatever h");
  }

  @Test
  void withoutHalfLifeNothingDecays() {
    DecayedBalances d =
        Strategies.decaying(ReciprocityRule.defaults(), day(3650))
            .score(List.of(flow(ADA, BOB, "8", day(0)), flow(BOB, ADA, "0.1", day(30))));

    assertEquals(
        List.of(
            DecayedBalance.builder().party(ADA).outStrength(8.0).inStrength(0.1).build(),
            DecayedBalance.builder().party(BOB).outStrength(0.1).inStrength(8.0).build()),
        d.parties());
  }
}
