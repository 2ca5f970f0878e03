package dev.reciprocity.core;

import static dev.reciprocity.core.Fixtures.sumOfNetBalances;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.reciprocity.Amount;
import dev.reciprocity.Flow;
import dev.reciprocity.FlowKind;
import dev.reciprocity.PortfolioScores;
import dev.reciprocity.ReciprocityRule;
import dev.reciprocity.SeasonScores;
import dev.reciprocity.SeasonalScores;
import dev.reciprocity.testkit.ReciprocityArbitraries;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

/**
 * Invariant 1 (docs/design.md, section 3, Invariants), conservation: the net balances {@code b_i =
 * s_i_out - s_i_in} of all parties sum to exactly zero, over the whole set of flows, per season and
 * per kind. Amounts are compared with {@link Amount#equals(Object)}, never within a tolerance.
 */
class ConservationProperties extends CommunityProviders {

  @Property
  void portfolioNetBalancesSumToExactlyZero(@ForAll("communities") List<Flow> flows) {
    PortfolioScores scores = Strategies.portfolio().score(flows);

    assertEquals(Amount.ZERO, sumOfNetBalances(scores));
  }

  @Property
  void seasonalNetBalancesSumToExactlyZeroInEverySeason(
      @ForAll("communities") List<Flow> flows, @ForAll("rules") ReciprocityRule rule) {
    SeasonalScores seasonal = Strategies.seasonal(rule).score(flows);

    for (SeasonScores season : seasonal.seasons()) {
      assertEquals(
          Amount.ZERO,
          sumOfNetBalances(season.scores()),
          () -> "season " + season.season().label());
    }
  }

  @Property
  void netBalancesSumToExactlyZeroPerKind(
      @ForAll("communities") List<Flow> flows, @ForAll("rules") ReciprocityRule anyRule) {
    for (FlowKind kind : ReciprocityArbitraries.KINDS) {
      ReciprocityRule rule = ReciprocityRule.builder().from(anyRule).kinds(List.of(kind)).build();
      // the rule selects exactly the flows of its kind: their total, summed here, is the total
      // weight
      Amount expectedTotal =
          flows.stream()
              .filter(f -> f.kind().equals(kind))
              .map(Flow::amount)
              .reduce(Amount.ZERO, Amount::plus);

      PortfolioScores portfolio = Strategies.portfolio(rule).score(flows);
      SeasonalScores seasonal = Strategies.seasonal(rule).score(flows);

      assertEquals(
          expectedTotal, portfolio.network().totalWeight(), () -> "total weight of " + kind);
      assertEquals(Amount.ZERO, sumOfNetBalances(portfolio), () -> "portfolio of " + kind);
      for (SeasonScores season : seasonal.seasons()) {
        assertEquals(
            Amount.ZERO,
            sumOfNetBalances(season.scores()),
            () -> kind + " in season " + season.season().label());
      }
    }
  }
}
