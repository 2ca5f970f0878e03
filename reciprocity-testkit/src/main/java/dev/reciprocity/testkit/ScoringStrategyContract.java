package dev.reciprocity.testkit;

import dev.reciprocity.Amount;
import dev.reciprocity.Flow;
import dev.reciprocity.FlowKind;
import dev.reciprocity.spi.FlowColumns;
import dev.reciprocity.spi.ScoringStrategy;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.Tuple.Tuple2;
import net.jqwik.api.Tuple.Tuple3;

/**
 * The contract of {@link ScoringStrategy} as jqwik properties, for a host to run against its own
 * strategy (and for the library's built-ins): extend this class in your test sources, say which
 * strategy and how to put flows into columns, and every property below runs as part of your tests.
 *
 * <pre>{@code
 * class ReviewForReviewContractProperties extends ScoringStrategyContract<ImmediateScores> {
 *   @Override
 *   protected ScoringStrategy<?, ImmediateScores> strategy() {
 *     return StrategyLookup.create().find("review-for-review", ImmediateScores.class, rule);
 *   }
 *
 *   @Override
 *   protected FlowColumns columns(List<Flow> flows) {
 *     return LedgerSnapshot.of(flows).columns(); // reciprocity-core's column view
 *   }
 * }
 * }</pre>
 *
 * <p>The properties, each also a public static assertion method that throws {@link AssertionError}
 * (so that other test engines, or a test of the contract itself, can call them):
 *
 * <ul>
 *   <li>{@link #assertMergeEqualsOnePass merge equals one pass}: the flows split into parts in any
 *       way, each part accumulated apart, the parts merged in order, give the result of one pass.
 *   <li>{@link #assertOrderDoesNotMatter order does not matter}: a permutation of the flows gives
 *       the same result.
 *   <li>{@link #assertRefusedAddChangesNothing a refused add changes nothing}: when {@code add}
 *       throws (a unit the accumulator does not hold, a total past {@link Amount#MAX}), the
 *       accumulator's result is what it was, and the flows added after it give the result of one
 *       pass over the flows that were not refused.
 *   <li>{@link #assertColumnsEqualOnePass score(FlowColumns) equals score(Iterable)}.
 *   <li>{@link #assertParallelCollectorEqualsOnePass collector() on a parallel stream equals
 *       score}.
 * </ul>
 *
 * <p>Results are compared with {@code equals} (override {@link #assertSameResult} to compare
 * otherwise, such as within a tolerance). The flows come from {@link
 * ReciprocityArbitraries#communities()} unless {@link #flows()} is overridden (a strategy that
 * refuses some flows, such as one that evaluates at an instant and refuses later flows, should
 * generate only flows it accepts). Each property runs 100 tries; {@code jqwik.tries.default} does
 * not change that, so a host's test time stays modest.
 *
 * <p>The testkit depends on the API only ({@code reciprocity-api}), so that the library's own tests
 * can use it: the column view comes from {@link #columns(List)}, which a host implements with
 * {@code reciprocity-core}'s {@code LedgerSnapshot.of(flows).columns()}.
 *
 * @param <R> the strategy's result type
 */
public abstract class ScoringStrategyContract<R> {

  /** For subclasses. */
  protected ScoringStrategyContract() {}

  /**
   * The strategy under test; called once per try.
   *
   * @return the strategy
   */
  protected abstract ScoringStrategy<?, R> strategy();

  /**
   * Puts flows into a column view, as the host's engine does: with reciprocity-core, {@code
   * LedgerSnapshot.of(flows).columns()}.
   *
   * @param flows the flows, in order
   * @return a view whose rows are {@code flows}, in order
   */
  protected abstract FlowColumns columns(List<Flow> flows);

  /**
   * The flows the properties score; by default {@link ReciprocityArbitraries#communities()}.
   *
   * @return the arbitrary
   */
  protected Arbitrary<List<Flow>> flows() {
    return ReciprocityArbitraries.communities();
  }

  /**
   * Compares two results; by default with {@code equals}.
   *
   * @param expected the expected result
   * @param actual the result to check
   * @param what what was compared, for the message
   * @throws AssertionError if they differ
   */
  protected void assertSameResult(R expected, R actual, String what) {
    if (!Objects.equals(expected, actual)) {
      throw new AssertionError(what + ": expected " + expected + " but got " + actual);
    }
  }

  /**
   * Merge equals one pass, for any split of the flows into parts.
   *
   * @param split the flows and a partition of them
   */
  @Property(tries = 100)
  public void mergeEqualsOnePass(
      @ForAll("reciprocityContractSplits") Tuple2<List<Flow>, List<List<Flow>>> split) {
    assertMergeEqualsOnePass(strategy(), split.get1(), split.get2(), this::assertSameResult);
  }

  /**
   * Order does not matter.
   *
   * @param shuffled the flows and a permutation of them
   */
  @Property(tries = 100)
  public void orderDoesNotMatter(
      @ForAll("reciprocityContractShuffles") Tuple2<List<Flow>, List<Flow>> shuffled) {
    assertOrderDoesNotMatter(strategy(), shuffled.get1(), shuffled.get2(), this::assertSameResult);
  }

  /**
   * A refused add changes nothing.
   *
   * @param scenario the flows added before, a flow that may be refused, the flows added after
   */
  @Property(tries = 100)
  public void aRefusedAddChangesNothing(
      @ForAll("reciprocityContractRefusals") Tuple3<List<Flow>, Flow, List<Flow>> scenario) {
    assertRefusedAddChangesNothing(
        strategy(), scenario.get1(), scenario.get2(), scenario.get3(), this::assertSameResult);
  }

  /**
   * {@code score(FlowColumns)} equals {@code score(Iterable)}.
   *
   * @param flows the flows
   */
  @Property(tries = 100)
  public void columnsEqualOnePass(@ForAll("reciprocityContractFlows") List<Flow> flows) {
    assertColumnsEqualOnePass(strategy(), flows, columns(flows), this::assertSameResult);
  }

  /**
   * {@code collector()} on a parallel stream equals {@code score}.
   *
   * @param flows the flows
   */
  @Property(tries = 100)
  public void parallelCollectorEqualsOnePass(@ForAll("reciprocityContractLarge") List<Flow> flows) {
    assertParallelCollectorEqualsOnePass(strategy(), flows, this::assertSameResult);
  }

  /**
   * The flows of {@link #flows()}.
   *
   * @return the arbitrary
   */
  @Provide
  public Arbitrary<List<Flow>> reciprocityContractFlows() {
    return flows();
  }

  /**
   * Up to 8 lists of {@link #flows()} put together, so that a parallel stream splits.
   *
   * @return the arbitrary
   */
  @Provide
  public Arbitrary<List<Flow>> reciprocityContractLarge() {
    return ReciprocityArbitraries.concatenated(flows(), 1, 8);
  }

  /**
   * Flows with a partition into 1 to 6 parts.
   *
   * @return the arbitrary
   */
  @Provide
  public Arbitrary<Tuple2<List<Flow>, List<List<Flow>>>> reciprocityContractSplits() {
    return flows()
        .flatMap(f -> ReciprocityArbitraries.partitions(f, 6).map(parts -> Tuple.of(f, parts)));
  }

  /**
   * Flows with a permutation of them.
   *
   * @return the arbitrary
   */
  @Provide
  public Arbitrary<Tuple2<List<Flow>, List<Flow>>> reciprocityContractShuffles() {
    return ReciprocityArbitraries.withShuffle(flows());
  }

  /**
   * Flows cut in two around a flow that an accumulator may refuse: one of another unit, or one of
   * {@link Amount#MAX}, which takes any positive total past it.
   *
   * @return the arbitrary
   */
  @Provide
  public Arbitrary<Tuple3<List<Flow>, Flow, List<Flow>>> reciprocityContractRefusals() {
    Arbitrary<Flow> refused =
        Combinators.combine(
                ReciprocityArbitraries.flows(),
                Arbitraries.of(FlowKind.of("payment", "EUR"), FlowKind.of("review", "points")),
                Arbitraries.of(false, true))
            .as(
                (f, otherUnit, max) ->
                    max
                        ? Flow.builder().from(f).amount(Amount.MAX).build()
                        : Flow.builder().from(f).kind(otherUnit).build());
    return Combinators.combine(flows(), refused, Arbitraries.integers().between(0, 100))
        .as(
            (f, r, cut) -> {
              int at = f.size() * cut / 100;
              return Tuple.of(
                  List.copyOf(f.subList(0, at)), r, List.copyOf(f.subList(at, f.size())));
            });
  }

  /**
   * Compares two results.
   *
   * @param <R> the result type
   */
  @FunctionalInterface
  public interface ResultAssertion<R> {
    /**
     * Compares two results.
     *
     * @param expected the expected result
     * @param actual the result to check
     * @param what what was compared, for the message
     * @throws AssertionError if they differ
     */
    void assertSame(R expected, R actual, String what);
  }

  /**
   * Asserts that the parts accumulated apart and merged in order give the result of one pass over
   * {@code flows}.
   *
   * @param <A> the accumulator type
   * @param <R> the result type
   * @param strategy the strategy
   * @param flows the flows
   * @param parts a partition of {@code flows} (each flow in one part; parts may be empty)
   * @param same how results are compared
   * @throws AssertionError if the merged result differs
   */
  public static <A, R> void assertMergeEqualsOnePass(
      ScoringStrategy<A, R> strategy,
      List<Flow> flows,
      List<List<Flow>> parts,
      ResultAssertion<R> same) {
    R onePass = strategy.score(flows);
    A merged = strategy.createAccumulator();
    for (List<Flow> part : parts) {
      A acc = strategy.createAccumulator();
      for (Flow f : part) {
        acc = strategy.add(acc, f);
      }
      merged = strategy.merge(merged, acc);
    }
    same.assertSame(
        onePass,
        strategy.result(merged),
        "merge of " + parts.size() + " parts of " + flows.size() + " flows");
  }

  /**
   * Asserts that a permutation of the flows gives the same result.
   *
   * @param <R> the result type
   * @param strategy the strategy
   * @param flows the flows
   * @param shuffled a permutation of {@code flows}
   * @param same how results are compared
   * @throws AssertionError if the results differ
   */
  public static <R> void assertOrderDoesNotMatter(
      ScoringStrategy<?, R> strategy,
      List<Flow> flows,
      List<Flow> shuffled,
      ResultAssertion<R> same) {
    same.assertSame(strategy.score(flows), strategy.score(shuffled), "the flows in another order");
  }

  /**
   * Asserts that an add that throws changes nothing: adds {@code before}, tries {@code refused},
   * and if {@code add} throws, the result is what it was, and the accumulator, fed {@code after},
   * gives the result of one pass over {@code before} and {@code after}. When {@code refused} is
   * accepted, nothing is asserted.
   *
   * @param <A> the accumulator type
   * @param <R> the result type
   * @param strategy the strategy
   * @param before the flows added first
   * @param refused a flow the accumulator may refuse
   * @param after the flows added last
   * @param same how results are compared
   * @return true if {@code refused} was refused
   * @throws AssertionError if a refused add changed the accumulator
   */
  public static <A, R> boolean assertRefusedAddChangesNothing(
      ScoringStrategy<A, R> strategy,
      List<Flow> before,
      Flow refused,
      List<Flow> after,
      ResultAssertion<R> same) {
    A acc = strategy.createAccumulator();
    for (Flow f : before) {
      acc = strategy.add(acc, f);
    }
    R was = strategy.result(acc);
    try {
      // accepted: nothing to assert (the accumulator now holds it, and is not used again)
      var unused = strategy.add(acc, refused);
      return false;
    } catch (RuntimeException refusal) {
      same.assertSame(
          was, strategy.result(acc), "the result after a refused add (" + refusal + ")");
    }
    for (Flow f : after) {
      acc = strategy.add(acc, f);
    }
    List<Flow> kept = new ArrayList<>(before);
    kept.addAll(after);
    same.assertSame(
        strategy.score(kept),
        strategy.result(acc),
        "adds after a refused add, against one pass without it");
    return true;
  }

  /**
   * Asserts that {@code score(FlowColumns)} equals {@code score(Iterable)} of the same flows.
   *
   * @param <R> the result type
   * @param strategy the strategy
   * @param flows the flows
   * @param columns a view whose rows are {@code flows}
   * @param same how results are compared
   * @throws AssertionError if the results differ
   */
  public static <R> void assertColumnsEqualOnePass(
      ScoringStrategy<?, R> strategy,
      List<Flow> flows,
      FlowColumns columns,
      ResultAssertion<R> same) {
    same.assertSame(strategy.score(flows), strategy.score(columns), "score(FlowColumns)");
  }

  /**
   * Asserts that {@code collector()} on a parallel stream, and {@code scoreParallel}, equal {@code
   * score}.
   *
   * @param <R> the result type
   * @param strategy the strategy
   * @param flows the flows
   * @param same how results are compared
   * @throws AssertionError if the results differ
   */
  public static <R> void assertParallelCollectorEqualsOnePass(
      ScoringStrategy<?, R> strategy, List<Flow> flows, ResultAssertion<R> same) {
    R onePass = strategy.score(flows);
    same.assertSame(
        onePass, flows.parallelStream().collect(strategy.collector()), "a parallel collector");
    same.assertSame(onePass, strategy.scoreParallel(flows), "scoreParallel");
  }
}
