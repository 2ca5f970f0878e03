package dev.reciprocity.core;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.reciprocity.Flow;
import dev.reciprocity.ReciprocityRule;
import dev.reciprocity.testkit.ReciprocityArbitraries;
import java.time.Instant;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple.Tuple2;

/**
 * Invariant 4 (docs/design.md, section 3, Invariants), order: the order in which flows are added
 * changes no result of any built-in strategy nor the findings of the chronic imbalance check.
 * Results are compared whole, with their {@code equals}.
 */
class OrderProperties extends CommunityProviders {

  @Property
  void shufflingFlowsChangesNoPortfolioResult(
      @ForAll("shuffled") Tuple2<List<Flow>, List<Flow>> flows) {
    assertEquals(
        Strategies.portfolio().score(flows.get1()), Strategies.portfolio().score(flows.get2()));
  }

  @Property
  void shufflingFlowsChangesNoSeasonalResult(
      @ForAll("shuffled") Tuple2<List<Flow>, List<Flow>> flows,
      @ForAll("rules") ReciprocityRule rule) {
    assertEquals(
        Strategies.seasonal(rule).score(flows.get1()),
        Strategies.seasonal(rule).score(flows.get2()));
  }

  @Property
  void shufflingFlowsChangesNoImmediateResult(
      @ForAll("shuffled") Tuple2<List<Flow>, List<Flow>> flows,
      @ForAll("rules") ReciprocityRule rule) {
    assertEquals(
        Strategies.immediate(rule).score(flows.get1()),
        Strategies.immediate(rule).score(flows.get2()));
  }

  @Property
  void shufflingFlowsChangesNoDecayedResult(
      @ForAll("shuffled") Tuple2<List<Flow>, List<Flow>> flows,
      @ForAll("rules") ReciprocityRule rule,
      @ForAll("evaluationInstants") Instant asOf) {
    assertEquals(
        Strategies.decaying(rule, asOf).score(flows.get1()),
        Strategies.decaying(rule, asOf).score(flows.get2()));
  }

  @Property
  void shufflingFlowsChangesNoChronicImbalanceFinding(
      @ForAll("shuffled") Tuple2<List<Flow>, List<Flow>> flows,
      @ForAll("rules") ReciprocityRule rule,
      @ForAll("instants") Instant asOf) {
    assertEquals(
        BalanceChecks.chronicImbalance(rule)
            .check(LedgerSnapshot.of(flows.get1()).columns(), Instant.MAX),
        BalanceChecks.chronicImbalance(rule)
            .check(LedgerSnapshot.of(flows.get2()).columns(), Instant.MAX));
    assertEquals(
        BalanceChecks.chronicImbalance(rule).check(LedgerSnapshot.of(flows.get1()).columns(), asOf),
        BalanceChecks.chronicImbalance(rule)
            .check(LedgerSnapshot.of(flows.get2()).columns(), asOf));
  }

  @Provide
  Arbitrary<Tuple2<List<Flow>, List<Flow>>> shuffled() {
    return ReciprocityArbitraries.withShuffle(ReciprocityArbitraries.communities());
  }
}
