package dev.reciprocity.core;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.reciprocity.Amount;
import dev.reciprocity.DyadScore;
import dev.reciprocity.Flow;
import dev.reciprocity.Interval;
import dev.reciprocity.NetworkScore;
import dev.reciprocity.PartyId;
import dev.reciprocity.PartyScore;
import dev.reciprocity.PortfolioScores;
import dev.reciprocity.ReciprocityRule;
import dev.reciprocity.SeasonScores;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

/**
 * The portfolio figures against a model written here from the definitions of docs/design.md,
 * section 2, with {@link BigDecimal} sums: the metamorphic properties (conservation, reversal,
 * scale, order, merge) would all hold for a strategy that is consistently wrong; this one would
 * not.
 */
class PortfolioModelProperties extends CommunityProviders {

  @Property
  void portfolioFiguresEqualTheirDefinitions(@ForAll("communities") List<Flow> flows) {
    // w_ij
    Map<PartyId, Map<PartyId, BigDecimal>> w = new TreeMap<>();
    TreeSet<PartyId> parties = new TreeSet<>();
    for (Flow f : flows) {
      w.computeIfAbsent(f.giver(), g -> new TreeMap<>())
          .merge(f.receiver(), f.amount().toBigDecimal(), BigDecimal::add);
      parties.add(f.giver());
      parties.add(f.receiver());
    }
    BigDecimal total = BigDecimal.ZERO;
    BigDecimal reciprocated = BigDecimal.ZERO;
    int directedEdges = 0;
    int reciprocatedEdges = 0;
    List<PartyScore> expectedParties = new ArrayList<>();
    for (PartyId i : parties) {
      BigDecimal out = BigDecimal.ZERO;
      BigDecimal in = BigDecimal.ZERO;
      BigDecimal recip = BigDecimal.ZERO;
      for (PartyId j : parties) {
        BigDecimal wij = weight(w, i, j);
        BigDecimal wji = weight(w, j, i);
        out = out.add(wij);
        in = in.add(wji);
        recip = recip.add(wij.min(wji));
        // a directed edge is an ordered pair with at least one flow, even of amount 0
        if (hasFlow(w, i, j)) {
          directedEdges++;
          if (hasFlow(w, j, i)) {
            reciprocatedEdges++;
          }
        }
      }
      total = total.add(out);
      reciprocated = reciprocated.add(recip);
      expectedParties.add(
          PartyScore.builder()
              .party(i)
              .outStrength(Amount.of(out))
              .inStrength(Amount.of(in))
              .reciprocatedStrength(Amount.of(recip))
              .build());
    }
    List<List<Object>> expectedDyads = new ArrayList<>();
    for (PartyId a : parties) {
      for (PartyId b : parties.tailSet(a, false)) {
        if (hasFlow(w, a, b) || hasFlow(w, b, a)) {
          expectedDyads.add(List.of(a, b, Amount.of(weight(w, a, b)), Amount.of(weight(w, b, a))));
        }
      }
    }

    PortfolioScores scores = Strategies.portfolio().score(flows);

    assertEquals(expectedParties, scores.parties());
    List<List<Object>> dyads = new ArrayList<>();
    for (DyadScore d : scores.dyads()) {
      dyads.add(List.of(d.a(), d.b(), d.aToB(), d.bToA()));
    }
    assertEquals(expectedDyads, dyads);
    NetworkScore n = scores.network();
    assertEquals(flows.size(), n.flowCount());
    assertEquals(parties.size(), n.partyCount());
    assertEquals(Amount.of(total), n.totalWeight());
    assertEquals(Amount.of(reciprocated), n.reciprocatedWeight());
    assertEquals(directedEdges, n.directedEdges());
    assertEquals(reciprocatedEdges, n.reciprocatedEdges());
    if (total.signum() > 0) {
      double r = reciprocated.divide(total, MathContext.DECIMAL128).doubleValue();
      assertEquals(r, n.weightedReciprocity(), 1e-15);
      assertEquals(gini(expectedParties), n.outStrengthGini(), 1e-12);
    } else {
      assertEquals(Double.NaN, n.weightedReciprocity());
      assertEquals(Double.NaN, n.outStrengthGini());
    }
  }

  /**
   * For any rule: the portfolio figures of the rule's kinds, and those of every season of its
   * cadence that holds a flow of them, equal the model of the same flows (those of the rule's
   * kinds, cut into seasons by {@link dev.reciprocity.Cadence#seasonOf}): strengths, net balances,
   * dyad weights, edges, total and reciprocated weight, {@code r}.
   */
  @Property
  void figuresOfARulesKindsAndOfEverySeasonEqualTheirDefinitions(
      @ForAll("communities") List<Flow> flows, @ForAll("rules") ReciprocityRule rule) {
    List<Flow> scored = new ArrayList<>();
    Map<Interval, List<Flow>> bySeason = new TreeMap<>();
    for (Flow f : flows) {
      if (rule.kinds().isEmpty() || rule.kinds().contains(f.kind())) {
        scored.add(f);
        bySeason
            .computeIfAbsent(rule.cadence().seasonOf(f.instant()), s -> new ArrayList<>())
            .add(f);
      }
    }

    PortfolioModel.of(scored).assertFigures(Strategies.portfolio(rule).score(flows), "portfolio");
    List<SeasonScores> seasons = Strategies.seasonal(rule).score(flows).seasons();
    assertEquals(
        List.copyOf(bySeason.keySet()),
        seasons.stream().map(SeasonScores::season).collect(Collectors.toList()));
    for (SeasonScores s : seasons) {
      PortfolioModel.of(bySeason.get(s.season())).assertFigures(s.scores(), s.season().label());
    }
  }

  /**
   * Gini coefficient of out-strength, {@code G = sum_i sum_j |x_i - x_j| / (2 n^2 mean)} (the mean
   * absolute difference form, equal to the rank form the library documents).
   */
  private static double gini(List<PartyScore> parties) {
    int n = parties.size();
    BigDecimal sum = BigDecimal.ZERO;
    BigDecimal absDiffs = BigDecimal.ZERO;
    for (PartyScore i : parties) {
      sum = sum.add(i.outStrength().toBigDecimal());
      for (PartyScore j : parties) {
        absDiffs =
            absDiffs.add(
                i.outStrength().toBigDecimal().subtract(j.outStrength().toBigDecimal()).abs());
      }
    }
    // 2 n^2 mean = 2 n sum
    return absDiffs
        .divide(sum.multiply(BigDecimal.valueOf(2L * n)), MathContext.DECIMAL128)
        .doubleValue();
  }

  private static boolean hasFlow(Map<PartyId, Map<PartyId, BigDecimal>> w, PartyId i, PartyId j) {
    return w.getOrDefault(i, Map.of()).containsKey(j);
  }

  private static BigDecimal weight(Map<PartyId, Map<PartyId, BigDecimal>> w, PartyId i, PartyId j) {
    return w.getOrDefault(i, Map.of()).getOrDefault(j, BigDecimal.ZERO);
  }
}
