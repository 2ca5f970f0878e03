package dev.reciprocity.core;

import static dev.reciprocity.core.Fixtures.keys;
import static dev.reciprocity.core.Fixtures.scaled;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.reciprocity.Amount;
import dev.reciprocity.DyadScore;
import dev.reciprocity.Flow;
import dev.reciprocity.PartyScore;
import dev.reciprocity.PortfolioScores;
import dev.reciprocity.ReciprocityRule;
import dev.reciprocity.SeasonScores;
import dev.reciprocity.SeasonalScores;
import dev.reciprocity.core.Fixtures.FindingKey;
import dev.reciprocity.testkit.ReciprocityArbitraries;
import java.time.Instant;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.statistics.Statistics;

/**
 * Invariant 3 (docs/design.md, section 3, Invariants), scale: multiplying every amount by a whole
 * {@code c} in {@code [2, 1000]} ({@link Amount#times(long)}) leaves {@code r}, every give share,
 * every reciprocity index and the chronic imbalance findings unchanged. (The unweighted reciprocity
 * depends on no amount, so scaling cannot change it: no property here.)
 *
 * <p>The ratios are compared bit for bit. That is sound because every sum of a generated community,
 * times 1000, stays below {@code 2^53} millionths (see {@link ReciprocityArbitraries}): numerator
 * and denominator of each ratio are then exact doubles both before and after scaling, and a double
 * division is the correctly rounded exact quotient, which scaling does not change.
 */
class ScaleProperties extends CommunityProviders {

  /**
   * The unweighted reciprocity is left out: it counts edges, and scaling changes no flow's giver or
   * receiver, so it could not change it.
   */
  @Property
  void scalingEveryAmountLeavesWeightedReciprocityUnchanged(
      @ForAll("communities") List<Flow> flows, @ForAll @IntRange(min = 2, max = 1000) int c) {
    PortfolioScores original = Strategies.portfolio().score(flows);
    PortfolioScores scaled = Strategies.portfolio().score(scaled(flows, c));

    assertEquals(original.network().totalWeight().times(c), scaled.network().totalWeight());
    assertEquals(
        original.network().reciprocatedWeight().times(c), scaled.network().reciprocatedWeight());
    assertEquals(original.network().weightedReciprocity(), scaled.network().weightedReciprocity());
  }

  @Property
  void scalingEveryAmountLeavesEveryGiveShareUnchanged(
      @ForAll("communities") List<Flow> flows,
      @ForAll @IntRange(min = 2, max = 1000) int c,
      @ForAll("rules") ReciprocityRule rule) {
    assertGiveSharesUnchanged(
        Strategies.portfolio().score(flows), Strategies.portfolio().score(scaled(flows, c)), c);

    SeasonalScores seasonal = Strategies.seasonal(rule).score(flows);
    SeasonalScores scaledSeasonal = Strategies.seasonal(rule).score(scaled(flows, c));
    assertEquals(seasonal.seasons().size(), scaledSeasonal.seasons().size());
    for (int s = 0; s < seasonal.seasons().size(); s++) {
      SeasonScores season = seasonal.seasons().get(s);
      assertEquals(season.season(), scaledSeasonal.seasons().get(s).season());
      assertGiveSharesUnchanged(season.scores(), scaledSeasonal.seasons().get(s).scores(), c);
    }
  }

  @Property
  void scalingEveryAmountLeavesEveryReciprocityIndexUnchanged(
      @ForAll("communities") List<Flow> flows, @ForAll @IntRange(min = 2, max = 1000) int c) {
    List<DyadScore> original = Strategies.portfolio().score(flows).dyads();
    List<DyadScore> scaled = Strategies.portfolio().score(scaled(flows, c)).dyads();

    assertEquals(original.size(), scaled.size());
    for (int i = 0; i < original.size(); i++) {
      DyadScore d = original.get(i);
      DyadScore s = scaled.get(i);
      assertEquals(List.of(d.a(), d.b()), List.of(s.a(), s.b()));
      assertEquals(d.reciprocityIndex(), s.reciprocityIndex(), () -> d.a() + "-" + d.b());
    }
  }

  @Property
  void scalingEveryAmountLeavesChronicImbalanceFindingsUnchanged(
      @ForAll("communities") List<Flow> flows,
      @ForAll @IntRange(min = 2, max = 1000) int c,
      @ForAll("rules") ReciprocityRule anyRule) {
    // A minimum activity of 0 keeps the set of judged seasons fixed: with a positive minimum m, a
    // party whose activity a in a season is below m is not judged there, but c * a may reach m
    // and be judged after scaling, which would rightly change the findings. With m = 0 a season
    // is judged exactly when its activity is positive, and c * a > 0 exactly when a > 0.
    ReciprocityRule rule =
        ReciprocityRule.builder().from(anyRule).minimumActivity(Amount.ZERO).build();

    List<FindingKey> original =
        keys(
            BalanceChecks.chronicImbalance(rule)
                .check(LedgerSnapshot.of(flows).columns(), Instant.MAX));
    List<FindingKey> scaled =
        keys(
            BalanceChecks.chronicImbalance(rule)
                .check(LedgerSnapshot.of(scaled(flows, c)).columns(), Instant.MAX));

    Statistics.label("findings").collect(original.isEmpty() ? "none" : "some");
    Statistics.label("findings").coverage(check -> check.check("some").percentage(p -> p > 10));
    assertEquals(original, scaled);
  }

  private static void assertGiveSharesUnchanged(
      PortfolioScores original, PortfolioScores scaled, int c) {
    assertEquals(original.parties().size(), scaled.parties().size());
    for (int i = 0; i < original.parties().size(); i++) {
      PartyScore p = original.parties().get(i);
      PartyScore s = scaled.parties().get(i);
      assertEquals(p.party(), s.party());
      assertEquals(p.outStrength().times(c), s.outStrength(), () -> "out-strength of " + p.party());
      assertEquals(p.giveShare(), s.giveShare(), () -> "give share of " + p.party());
    }
  }
}
