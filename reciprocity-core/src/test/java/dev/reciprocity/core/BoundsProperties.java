package dev.reciprocity.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.reciprocity.DyadScore;
import dev.reciprocity.Flow;
import dev.reciprocity.ImmediateScores;
import dev.reciprocity.NetworkScore;
import dev.reciprocity.ReciprocityRule;
import dev.reciprocity.ToleranceBand;
import dev.reciprocity.testkit.ReciprocityArbitraries;
import java.time.Instant;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

/**
 * Invariant 6 (docs/design.md, section 3, Invariants), bounds: the immediate returned share and the
 * Gini coefficient of out-strength lie in their documented ranges, and are NaN exactly when their
 * denominator is 0; perfectly mirrored flows give {@code r = 1}, every dyad index 1, an immediate
 * returned share of 1, and no chronic imbalance finding.
 *
 * <p>No property here checks that give shares and dyad reciprocity indices lie in {@code [0, 1]}:
 * {@link dev.reciprocity.PartyScore} and {@link dev.reciprocity.DyadScore} refuse negative
 * strengths and weights, and from those the ratios are in range whatever the strategy does, so such
 * a property could not fail. {@code r} and the unweighted reciprocity of the whole network, of a
 * rule's kinds and of every season are checked against a model of their sums in {@link
 * PortfolioModelProperties}, which implies their range.
 */
class BoundsProperties extends CommunityProviders {

  @Property
  void immediateReturnedShareLiesInUnitIntervalAndIsNaNOnlyWithoutGifts(
      @ForAll("communities") List<Flow> flows, @ForAll("rules") ReciprocityRule rule) {
    ImmediateScores scores = Strategies.immediate(rule).score(flows);

    assertUnitOrNaN(scores.returnedShare(), scores.giftWeight().isZero(), "returned share");
  }

  /** The Gini coefficient of out-strength is documented to lie in {@code [0, 1)}. */
  @Property
  void outStrengthGiniLiesInHalfOpenUnitIntervalAndIsNaNOnlyWhenNothingWasGiven(
      @ForAll("communities") List<Flow> flows) {
    NetworkScore n = Strategies.portfolio().score(flows).network();

    double g = n.outStrengthGini();
    assertEquals(n.totalWeight().isZero(), Double.isNaN(g), () -> "Gini " + g);
    assertTrue(Double.isNaN(g) || (g >= 0 && g < 1), () -> "Gini " + g + " outside [0, 1)");
  }

  @Property
  void mirroredFlowsGiveWeightedReciprocityExactlyOne(@ForAll("mirrored") List<Flow> flows) {
    NetworkScore n = Strategies.portfolio().score(flows).network();

    Statistics.label("weight").collect(n.totalWeight().isZero() ? "none" : "some");
    assertEquals(n.totalWeight().isZero() ? Double.NaN : 1.0, n.weightedReciprocity());
    assertEquals(n.directedEdges() == 0 ? Double.NaN : 1.0, n.overallReciprocity());
  }

  @Property
  void mirroredFlowsGiveEveryDyadReciprocityIndexExactlyOne(@ForAll("mirrored") List<Flow> flows) {
    for (DyadScore d : Strategies.portfolio().score(flows).dyads()) {
      assertEquals(
          d.total().isZero() ? Double.NaN : 1.0, d.reciprocityIndex(), () -> d.a() + "-" + d.b());
    }
  }

  /**
   * A flow and its mirror share their instant, so any positive window is long enough: the mirror
   * returns the gift at age 0.
   */
  @Property
  void mirroredFlowsGiveImmediateReturnedShareExactlyOne(
      @ForAll("mirrored") List<Flow> flows, @ForAll("rules") ReciprocityRule rule) {
    ImmediateScores scores = Strategies.immediate(rule).score(flows);

    assertEquals(scores.giftWeight().isZero() ? Double.NaN : 1.0, scores.returnedShare());
    assertEquals(List.of(), scores.openObligations());
  }

  @Property
  void mirroredFlowsRaiseNoChronicImbalanceFinding(
      @ForAll("mirrored") List<Flow> flows,
      @ForAll("rules") ReciprocityRule anyRule,
      @ForAll("bandsAroundHalf") ToleranceBand band) {
    // mirrored flows give every party a give share of exactly 0.5 in every season: a band that
    // contains 0.5 (as any sensible band does) sees no imbalance
    ReciprocityRule rule = ReciprocityRule.builder().from(anyRule).toleranceBand(band).build();

    assertEquals(
        List.of(),
        BalanceChecks.chronicImbalance(rule)
            .check(LedgerSnapshot.of(flows).columns(), Instant.MAX));
  }

  private static void assertUnitOrNaN(double value, boolean denominatorIsZero, String what) {
    assertEquals(
        denominatorIsZero,
        Double.isNaN(value),
        () ->
            what
                + " is "
                + value
                + " with a denominator "
                + (denominatorIsZero ? "" : "not ")
                + "0");
    assertTrue(Double.isNaN(value) || (value >= 0 && value <= 1), () -> what + " is " + value);
  }

  @Provide
  Arbitrary<List<Flow>> mirrored() {
    return ReciprocityArbitraries.mirrored();
  }

  @Provide
  Arbitrary<ToleranceBand> bandsAroundHalf() {
    return ReciprocityArbitraries.toleranceBandsAroundHalf();
  }
}
