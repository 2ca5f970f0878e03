package dev.reciprocity.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.reciprocity.Flow;
import dev.reciprocity.FlowKind;
import dev.reciprocity.Interval;
import dev.reciprocity.ReciprocityRule;
import dev.reciprocity.UnitMismatchException;
import dev.reciprocity.spi.ScoringStrategy;
import dev.reciprocity.testkit.ReciprocityArbitraries;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Amounts of different units are not added up: every built-in strategy refuses the first flow of a
 * second unit with a {@link UnitMismatchException} naming both units, leaving its accumulator as it
 * was; a rule cannot list kinds of two units; a rule that selects one unit's kinds scores the same
 * mixed flows as if the others were not there.
 */
class UnitsProperties extends CommunityProviders {

  static final FlowKind REVIEW = FlowKind.of("review", "count");
  static final FlowKind MONEY = FlowKind.of("money", "EUR");

  /** Mixed flows: a community whose flows are reviews (count) or money (EUR), both present. */
  record Mixed(List<Flow> flows) {
    /** The index of the first flow whose unit differs from the first flow's. */
    int firstOfSecondUnit() {
      String unit = flows.get(0).kind().unit();
      for (int i = 1; i < flows.size(); i++) {
        if (!flows.get(i).kind().unit().equals(unit)) {
          return i;
        }
      }
      throw new IllegalStateException("one unit only");
    }

    List<Flow> ofUnit(String unit) {
      return flows.stream().filter(f -> f.kind().unit().equals(unit)).collect(Collectors.toList());
    }
  }

  @Property(tries = 200)
  void everyStrategyRefusesASecondUnitNamingBothAndLeavesTheAccumulatorUnchanged(
      @ForAll("mixed") Mixed mixed, @ForAll("evaluationInstants") Instant asOf) {
    ReciprocityRule rule = ReciprocityRule.defaults();
    List<Flow> flows = mixed.flows();
    int i = mixed.firstOfSecondUnit();
    String first = flows.get(0).kind().unit();
    String second = flows.get(i).kind().unit();
    // after the refusal, the flows of the first unit are still taken
    List<Flow> after =
        flows.subList(i + 1, flows.size()).stream()
            .filter(f -> f.kind().unit().equals(first))
            .collect(Collectors.toList());

    for (ScoringStrategy<?, ?> s : strategies(rule, asOf)) {
      UnitMismatchException e =
          Accumulators.assertAddRefusedLeavesAccumulatorUnchanged(
              s, flows.subList(0, i), flows.get(i), after, UnitMismatchException.class);
      assertEquals(List.of(first, second), List.of(e.firstUnit(), e.secondUnit()), s.name());
      assertTrue(
          e.getMessage().contains("'count'") && e.getMessage().contains("'EUR'"), e::getMessage);
      assertThrows(UnitMismatchException.class, () -> s.score(flows), s.name());
      assertThrows(UnitMismatchException.class, () -> s.scoreParallel(flows), s.name());
      // and two accumulators of different units do not merge
      UnitMismatchException m =
          Accumulators.assertMergeRefusedLeavesFirstUnchanged(
              s, mixed.ofUnit(first), mixed.ofUnit(second), UnitMismatchException.class);
      assertEquals(List.of(first, second), List.of(m.firstUnit(), m.secondUnit()), s.name());
    }
    assertThrows(
        UnitMismatchException.class,
        () ->
            BalanceChecks.chronicImbalance(rule)
                .check(LedgerSnapshot.of(flows).columns(), Instant.MAX));
    assertThrows(
        UnitMismatchException.class,
        () -> ReciprocityReviews.builder(LedgerSnapshot.of(flows)).rule(rule).review(everything()));
  }

  /**
   * With a rule that selects one unit's kinds, the mixed flows score as the flows of that unit
   * alone do under a rule for every kind.
   */
  @Property(tries = 60)
  void aRuleOfOneUnitsKindsScoresTheMixedFlows(
      @ForAll("mixed") Mixed mixed,
      @ForAll("rules") ReciprocityRule anyRule,
      @ForAll("evaluationInstants") Instant asOf) {
    for (FlowKind kind : List.of(REVIEW, MONEY)) {
      ReciprocityRule oneUnit = ReciprocityRule.builder().from(anyRule).kinds(Set.of(kind)).build();
      ReciprocityRule everyKind = ReciprocityRule.builder().from(anyRule).kinds(Set.of()).build();
      List<Flow> alone = mixed.ofUnit(kind.unit());

      List<ScoringStrategy<?, ?>> selecting = strategies(oneUnit, asOf);
      List<ScoringStrategy<?, ?>> plain = strategies(everyKind, asOf);
      for (int k = 0; k < selecting.size(); k++) {
        assertEquals(
            plain.get(k).score(alone),
            selecting.get(k).score(mixed.flows()),
            selecting.get(k).name() + " of " + kind);
      }
      assertEquals(
          BalanceChecks.chronicImbalance(everyKind)
              .check(LedgerSnapshot.of(alone).columns(), Instant.MAX),
          BalanceChecks.chronicImbalance(oneUnit)
              .check(LedgerSnapshot.of(mixed.flows()).columns(), Instant.MAX));
      assertEquals(
          ReciprocityReviews.builder(LedgerSnapshot.of(alone)).rule(everyKind).review(everything()),
          ReciprocityReviews.builder(LedgerSnapshot.of(mixed.flows()))
              .rule(oneUnit)
              .review(everything()));
    }
  }

  @Property(tries = 50)
  void aRuleListingKindsOfTwoUnitsIsRefusedAtBuild(@ForAll("rules") ReciprocityRule anyRule) {
    UnitMismatchException e =
        assertThrows(
            UnitMismatchException.class,
            () -> ReciprocityRule.builder().from(anyRule).kinds(List.of(REVIEW, MONEY)).build());

    assertEquals(List.of("count", "EUR"), List.of(e.firstUnit(), e.secondUnit()));
    assertTrue(e.getMessage().contains("ReciprocityRule.kinds()"), e::getMessage);
  }

  private static List<ScoringStrategy<?, ?>> strategies(ReciprocityRule rule, Instant asOf) {
    return List.of(
        Strategies.portfolio(rule),
        Strategies.seasonal(rule),
        Strategies.immediate(rule),
        Strategies.decaying(rule, asOf));
  }

  private static Interval everything() {
    return Interval.of(ReciprocityArbitraries.START, ReciprocityArbitraries.END, "all");
  }

  @Provide
  Arbitrary<Mixed> mixed() {
    return ReciprocityArbitraries.communities()
        .filter(flows -> flows.size() >= 2)
        .flatMap(
            flows ->
                Arbitraries.of(REVIEW, MONEY)
                    .list()
                    .ofSize(flows.size())
                    .filter(kinds -> kinds.contains(REVIEW) && kinds.contains(MONEY))
                    .map(
                        kinds -> {
                          List<Flow> mixed = new ArrayList<>();
                          for (int i = 0; i < flows.size(); i++) {
                            mixed.add(Flow.builder().from(flows.get(i)).kind(kinds.get(i)).build());
                          }
                          return new Mixed(mixed);
                        }));
  }
}
