package dev.reciprocity.core;

import static dev.reciprocity.core.Fixtures.sumOfNetBalances;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.reciprocity.Amount;
import dev.reciprocity.Flow;
import dev.reciprocity.FlowKind;
import dev.reciprocity.PartyId;
import dev.reciprocity.PartyScore;
import dev.reciprocity.PortfolioScores;
import dev.reciprocity.ReciprocityRule;
import dev.reciprocity.SeasonScores;
import dev.reciprocity.SeasonalScores;
import dev.reciprocity.testkit.ReciprocityArbitraries;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

/**
 * Invariant 1 (docs/design.md, section 3, Invariants), conservation: the net balances {@code b_i =
 * s_i_out - s_i_in} of all parties sum to exactly zero, over the whole set of flows, per season and
 * per kind. Amounts are compared with {@link Amount#equals(Object)}, never within a tolerance.
 *
 * <p>A sum of zero alone holds for any code that adds each flow to both sides, even to the wrong
 * ones: so each party's out- and in-strength is also held to an independent total, the sum of the
 * amounts it gave and received computed here from the list of flows with {@link BigDecimal} ({@link
 * BigDecimalModel}), and the out-strengths to the total of every amount. Checked: with giver and
 * receiver swapped in the strategies' accumulation, both properties fail.
 */
class ConservationProperties extends CommunityProviders {

  @Property
  void portfolioNetBalancesSumToExactlyZeroAndEachPartysStrengthsAreWhatItGaveAndReceived(
      @ForAll("communities") List<Flow> flows) {
    PortfolioScores scores = Strategies.portfolio().score(flows);

    assertEquals(Amount.ZERO, sumOfNetBalances(scores));
    assertStrengthsAreWhatEachGaveAndReceived(flows, scores, "portfolio");
  }

  @Property
  void seasonalNetBalancesSumToExactlyZeroInEverySeasonAndEachPartysStrengthsAreItsOwn(
      @ForAll("communities") List<Flow> flows, @ForAll("rules") ReciprocityRule rule) {
    SeasonalScores seasonal = Strategies.seasonal(rule).score(flows);

    BigDecimalModel model = BigDecimalModel.of(flows, rule);
    assertEquals(
        List.copyOf(model.seasons().keySet()),
        seasonal.seasons().stream().map(SeasonScores::season).collect(Collectors.toList()));
    for (SeasonScores season : seasonal.seasons()) {
      assertEquals(
          Amount.ZERO,
          sumOfNetBalances(season.scores()),
          () -> "season " + season.season().label());
      List<Flow> ofSeason =
          flows.stream()
              .filter(f -> rule.applies(f) && season.season().contains(f.instant()))
              .collect(Collectors.toList());
      assertStrengthsAreWhatEachGaveAndReceived(ofSeason, season.scores(), season.season().label());
    }
  }

  /**
   * Each party's out-strength is the sum of the amounts it gave, its in-strength the sum of those
   * it received, and the out-strengths add up to the total of the amounts: totals made here, flow
   * by flow, with {@link BigDecimal}.
   */
  private static void assertStrengthsAreWhatEachGaveAndReceived(
      List<Flow> flows, PortfolioScores scores, String where) {
    Map<PartyId, BigDecimal> gave = new TreeMap<>();
    Map<PartyId, BigDecimal> received = new TreeMap<>();
    BigDecimal total = BigDecimal.ZERO;
    for (Flow f : flows) {
      BigDecimal a = f.amount().toBigDecimal();
      gave.merge(f.giver(), a, BigDecimal::add);
      gave.putIfAbsent(f.receiver(), BigDecimal.ZERO);
      received.merge(f.receiver(), a, BigDecimal::add);
      received.putIfAbsent(f.giver(), BigDecimal.ZERO);
      total = total.add(a);
    }
    assertEquals(
        List.copyOf(gave.keySet()),
        scores.parties().stream().map(PartyScore::party).collect(Collectors.toList()),
        () -> where + ": parties");
    BigDecimal outs = BigDecimal.ZERO;
    for (PartyScore p : scores.parties()) {
      BigDecimalModel.assertSame(
          gave.get(p.party()), p.outStrength(), where + ", " + p.party() + ": out-strength");
      BigDecimalModel.assertSame(
          received.get(p.party()), p.inStrength(), where + ", " + p.party() + ": in-strength");
      outs = outs.add(p.outStrength().toBigDecimal());
    }
    assertEquals(0, total.compareTo(outs), () -> where + ": out-strengths add up to the total");
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
