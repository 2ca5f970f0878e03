package dev.reciprocity.core;

import static dev.reciprocity.core.Fixtures.reversed;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.reciprocity.DyadScore;
import dev.reciprocity.Flow;
import dev.reciprocity.PartyScore;
import dev.reciprocity.PortfolioScores;
import dev.reciprocity.ReciprocityRule;
import dev.reciprocity.SeasonScores;
import dev.reciprocity.SeasonalScores;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

/**
 * Invariant 2 (docs/design.md, section 3, Invariants), reversal: reversing every flow ({@link
 * Flow#reversed()}) negates every net balance exactly and leaves the weighted reciprocity {@code
 * r}, the unweighted reciprocity and every dyad's reciprocity index {@code rho} unchanged, bit for
 * bit.
 */
class ReversalProperties extends CommunityProviders {

  @Property
  void reversingEveryFlowNegatesEveryNetBalanceExactly(
      @ForAll("communities") List<Flow> flows, @ForAll("rules") ReciprocityRule rule) {
    assertNegated(
        Strategies.portfolio().score(flows), Strategies.portfolio().score(reversed(flows)));

    SeasonalScores seasonal = Strategies.seasonal(rule).score(flows);
    SeasonalScores reversedSeasonal = Strategies.seasonal(rule).score(reversed(flows));
    assertEquals(seasonal.seasons().size(), reversedSeasonal.seasons().size());
    for (int s = 0; s < seasonal.seasons().size(); s++) {
      SeasonScores season = seasonal.seasons().get(s);
      SeasonScores reversedSeason = reversedSeasonal.seasons().get(s);
      assertEquals(season.season(), reversedSeason.season());
      assertNegated(season.scores(), reversedSeason.scores());
    }
  }

  @Property
  void reversingEveryFlowLeavesWeightedAndOverallReciprocityUnchanged(
      @ForAll("communities") List<Flow> flows) {
    PortfolioScores original = Strategies.portfolio().score(flows);
    PortfolioScores reversed = Strategies.portfolio().score(reversed(flows));

    // assertEquals(double, double) without a delta is exact (NaN equals NaN)
    assertEquals(
        original.network().weightedReciprocity(), reversed.network().weightedReciprocity());
    assertEquals(original.network().overallReciprocity(), reversed.network().overallReciprocity());
  }

  @Property
  void reversingEveryFlowLeavesEveryDyadsReciprocityIndexUnchanged(
      @ForAll("communities") List<Flow> flows) {
    List<DyadScore> original = Strategies.portfolio().score(flows).dyads();
    List<DyadScore> reversed = Strategies.portfolio().score(reversed(flows)).dyads();

    assertEquals(original.size(), reversed.size());
    for (int i = 0; i < original.size(); i++) {
      DyadScore d = original.get(i);
      DyadScore r = reversed.get(i);
      assertEquals(List.of(d.a(), d.b()), List.of(r.a(), r.b()));
      assertEquals(d.aToB(), r.bToA());
      assertEquals(d.bToA(), r.aToB());
      assertEquals(d.reciprocityIndex(), r.reciprocityIndex(), () -> d.a() + "-" + d.b());
    }
  }

  private static void assertNegated(PortfolioScores original, PortfolioScores reversed) {
    assertEquals(original.parties().size(), reversed.parties().size());
    for (int i = 0; i < original.parties().size(); i++) {
      PartyScore p = original.parties().get(i);
      PartyScore r = reversed.parties().get(i);
      assertEquals(p.party(), r.party());
      assertEquals(p.netBalance().negate(), r.netBalance(), () -> "net balance of " + p.party());
    }
  }
}
