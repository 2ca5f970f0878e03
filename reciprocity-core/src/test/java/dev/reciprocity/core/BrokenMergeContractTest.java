package dev.reciprocity.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.reciprocity.Amount;
import dev.reciprocity.Flow;
import dev.reciprocity.PartyId;
import dev.reciprocity.PortfolioScores;
import dev.reciprocity.spi.FlowColumns;
import dev.reciprocity.spi.ScoringStrategy;
import dev.reciprocity.testkit.ReciprocityArbitraries;
import dev.reciprocity.testkit.ScoringStrategyContract;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import net.jqwik.api.Tuple;
import org.junit.jupiter.api.Test;

/**
 * The contract suite can fail: a strategy whose merge drops the second accumulator's flows passes
 * one pass and order, and the contract's merge and parallel assertions report it.
 */
class BrokenMergeContractTest {

  /** The built-in portfolio strategy, but for a merge that keeps only its first argument. */
  static final class DropsSecond<A> implements ScoringStrategy<A, PortfolioScores> {
    private final ScoringStrategy<A, PortfolioScores> inner;

    DropsSecond(ScoringStrategy<A, PortfolioScores> inner) {
      this.inner = inner;
    }

    @Override
    public String name() {
      return "drops-second";
    }

    @Override
    public A createAccumulator() {
      return inner.createAccumulator();
    }

    @Override
    public A add(A accumulator, Flow flow) {
      return inner.add(accumulator, flow);
    }

    @Override
    public A merge(A first, A second) {
      return first; // the deliberate bug
    }

    @Override
    public PortfolioScores result(A accumulator) {
      return inner.result(accumulator);
    }
  }

  private static <A> DropsSecond<A> broken(ScoringStrategy<A, PortfolioScores> inner) {
    return new DropsSecond<>(inner);
  }

  private static final ScoringStrategyContract.ResultAssertion<PortfolioScores> EQUALS =
      (expected, actual, what) -> {
        if (!Objects.equals(expected, actual)) {
          throw new AssertionError(what);
        }
      };

  private static Flow flow(String giver, String receiver, long units, String at) {
    return Flow.builder()
        .giver(PartyId.of(giver))
        .receiver(PartyId.of(receiver))
        .kind(ReciprocityArbitraries.KINDS.get(0))
        .amount(Amount.of(units))
        .instant(Instant.parse(at))
        .build();
  }

  private static final List<Flow> FLOWS =
      List.of(
          flow("ada", "bob", 3, "2024-01-02T00:00:00Z"),
          flow("bob", "ada", 1, "2024-02-02T00:00:00Z"),
          flow("cy", "ada", 2, "2024-03-02T00:00:00Z"));

  @Test
  void theMergeAssertionFailsForAMergeThatDropsTheSecondAccumulator() {
    ScoringStrategy<?, PortfolioScores> bad = broken(Strategies.portfolio());
    AssertionError e =
        assertThrows(
            AssertionError.class,
            () ->
                ScoringStrategyContract.assertMergeEqualsOnePass(
                    bad, FLOWS, List.of(FLOWS.subList(0, 1), FLOWS.subList(1, 3)), EQUALS));
    assertEquals("merge of 2 parts of 3 flows", e.getMessage());
    // the same split passes for the strategy it wraps: the failure is the merge's
    ScoringStrategyContract.assertMergeEqualsOnePass(
        Strategies.portfolio(), FLOWS, List.of(FLOWS.subList(0, 1), FLOWS.subList(1, 3)), EQUALS);
    // what does not merge passes: the contract tells the broken part apart
    ScoringStrategyContract.assertOrderDoesNotMatter(bad, FLOWS, List.copyOf(FLOWS), EQUALS);
  }

  /**
   * The suite's own properties, as a host's subclass runs them, fail for it (the merge and the
   * parallel collector) and pass where no merge happens.
   */
  @Test
  void theContractSuiteFailsForIt() {
    ScoringStrategyContract<PortfolioScores> suite =
        new ScoringStrategyContract<>() {
          @Override
          protected ScoringStrategy<?, PortfolioScores> strategy() {
            return bad();
          }

          @Override
          protected FlowColumns columns(List<Flow> flows) {
            return LedgerSnapshot.of(flows).columns();
          }
        };
    assertThrows(
        AssertionError.class,
        () -> suite.mergeEqualsOnePass(Tuple.of(FLOWS, List.of(List.of(), FLOWS))));
    suite.orderDoesNotMatter(Tuple.of(FLOWS, List.of(FLOWS.get(2), FLOWS.get(0), FLOWS.get(1))));
    suite.columnsEqualOnePass(FLOWS);
  }

  private static ScoringStrategy<?, PortfolioScores> bad() {
    return broken(Strategies.portfolio());
  }
}
