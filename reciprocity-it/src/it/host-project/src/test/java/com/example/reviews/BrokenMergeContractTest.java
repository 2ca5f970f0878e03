package com.example.reviews;

import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.reciprocity.Amount;
import dev.reciprocity.Flow;
import dev.reciprocity.ImmediateScores;
import dev.reciprocity.PartyId;
import dev.reciprocity.ReciprocityRule;
import dev.reciprocity.core.LedgerSnapshot;
import dev.reciprocity.core.StrategyLookup;
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
 * The contract suite catches a broken strategy: the host's strategy wrapped so that merge drops the
 * second accumulator's flows fails the suite's merge property, where the strategy itself passes.
 */
class BrokenMergeContractTest {

  /** A strategy whose merge keeps its first argument only: the deliberate bug. */
  static final class DropsSecond<A, R> implements ScoringStrategy<A, R> {
    private final ScoringStrategy<A, R> inner;

    DropsSecond(ScoringStrategy<A, R> inner) {
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
      return first;
    }

    @Override
    public R result(A accumulator) {
      return inner.result(accumulator);
    }
  }

  private static <A, R> ScoringStrategy<A, R> dropsSecond(ScoringStrategy<A, R> inner) {
    return new DropsSecond<>(inner);
  }

  private static ScoringStrategy<?, ImmediateScores> reviewForReview() {
    return StrategyLookup.create()
        .find("review-for-review:days=14", ImmediateScores.class, ReciprocityRule.defaults());
  }

  private static Flow review(String giver, String receiver, String at) {
    return Flow.builder()
        .giver(PartyId.of(giver))
        .receiver(PartyId.of(receiver))
        .kind(ReciprocityArbitraries.KINDS.get(0))
        .amount(Amount.of(1))
        .instant(Instant.parse(at))
        .build();
  }

  private static final List<Flow> FLOWS =
      List.of(
          review("ada", "bob", "2024-03-01T10:00:00Z"),
          review("bob", "ada", "2024-03-04T10:00:00Z"),
          review("cy", "ada", "2024-03-05T10:00:00Z"));

  /** The suite as a host extends it, over a given strategy. */
  private static ScoringStrategyContract<ImmediateScores> suite(
      ScoringStrategy<?, ImmediateScores> strategy) {
    return new ScoringStrategyContract<>() {
      @Override
      protected ScoringStrategy<?, ImmediateScores> strategy() {
        return strategy;
      }

      @Override
      protected FlowColumns columns(List<Flow> flows) {
        return LedgerSnapshot.of(flows).columns();
      }
    };
  }

  @Test
  void theSuitesMergePropertyFailsForAMergeThatDropsTheSecondAccumulator() {
    List<List<Flow>> split = List.of(FLOWS.subList(0, 1), FLOWS.subList(1, 3));

    suite(reviewForReview()).mergeEqualsOnePass(Tuple.of(FLOWS, split));
    assertThrows(
        AssertionError.class,
        () -> suite(dropsSecond(reviewForReview())).mergeEqualsOnePass(Tuple.of(FLOWS, split)));
  }

  @Test
  void theSuitesParallelPropertyFailsForItOnALedgerThatSplits() {
    // enough flows that a parallel stream splits them into parts, which the merge then drops
    List<Flow> many = new java.util.ArrayList<>();
    for (int i = 0; i < 2_000; i++) {
      many.add(FLOWS.get(i % FLOWS.size()));
    }
    ScoringStrategy<?, ImmediateScores> bad = dropsSecond(reviewForReview());
    assertThrows(
        AssertionError.class,
        () ->
            ScoringStrategyContract.assertParallelCollectorEqualsOnePass(
                bad,
                many,
                (expected, actual, what) -> {
                  if (!Objects.equals(expected, actual)) {
                    throw new AssertionError(what);
                  }
                }));
  }
}
