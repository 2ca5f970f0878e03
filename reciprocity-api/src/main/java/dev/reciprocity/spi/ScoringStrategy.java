package dev.reciprocity.spi;

import dev.reciprocity.Flow;

/**
 * A reciprocity scoring strategy in mergeable-accumulator form: {@code createAccumulator},
 * {@code add}, {@code merge}, {@code result}.
 *
 * <h2>Contract</h2>
 * <ul>
 *   <li><b>Pure.</b> The result depends only on the multiset of flows added and on the
 *       strategy's configuration (its {@link dev.reciprocity.ReciprocityRule}), never on the
 *       order of {@code add} calls, unless the strategy's documentation says otherwise.</li>
 *   <li><b>Merge equals one pass.</b> For any partition of the flows into parts accumulated apart,
 *       merging the accumulators gives the same result as adding every flow to one.</li>
 *   <li><b>Threads.</b> The strategy itself is immutable and may be shared between threads. An
 *       accumulator is not thread-safe: confine each one to a thread, and hand it over only
 *       through a happens-before edge (a join, a queue).</li>
 *   <li><b>Ownership.</b> {@code add} and {@code merge} may mutate and return their first
 *       argument; the caller must use the returned accumulator and must not use an accumulator
 *       after passing it as the second argument of {@code merge}. {@code result} leaves the
 *       accumulator usable.</li>
 *   <li><b>Inputs.</b> Flows are immutable; an implementation must not rely on identity.</li>
 * </ul>
 *
 * <pre>{@code
 * ScoringStrategy<A, PortfolioScores> s = Strategies.portfolio();
 * PortfolioScores scores = s.score(flows);
 * }</pre>
 *
 * @param <A> the accumulator type; mutable and not thread-safe
 * @param <R> the result type; immutable
 */
public interface ScoringStrategy<A, R> {

  /**
   * The strategy's name, under which a {@link ScoringStrategyProvider} offers it.
   *
   * @return the name, such as {@code "portfolio"}
   */
  String name();

  /**
   * Creates an empty accumulator.
   *
   * @return a new accumulator holding no flow
   */
  A createAccumulator();

  /**
   * Adds one flow.
   *
   * @param accumulator the accumulator to add to
   * @param flow the flow
   * @return the accumulator holding the flow as well, possibly {@code accumulator} itself
   * @throws ArithmeticException if an exact sum leaves the range of {@link dev.reciprocity.Amount}
   */
  A add(A accumulator, Flow flow);

  /**
   * Merges two accumulators.
   *
   * @param first an accumulator
   * @param second another accumulator, not to be used afterwards
   * @return an accumulator holding the flows of both, possibly {@code first} itself
   * @throws ArithmeticException if an exact sum leaves the range of {@link dev.reciprocity.Amount}
   */
  A merge(A first, A second);

  /**
   * Computes the result of the flows held.
   *
   * @param accumulator the accumulator
   * @return the immutable result
   */
  R result(A accumulator);

  /**
   * Scores flows in one pass: create, add each, result.
   *
   * @param flows the flows
   * @return the result
   * @throws ArithmeticException if an exact sum leaves the range of {@link dev.reciprocity.Amount}
   */
  default R score(Iterable<Flow> flows) {
    A acc = createAccumulator();
    for (Flow f : flows) {
      acc = add(acc, f);
    }
    return result(acc);
  }
}
