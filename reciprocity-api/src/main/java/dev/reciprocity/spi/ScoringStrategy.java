package dev.reciprocity.spi;

import dev.reciprocity.Flow;
import dev.reciprocity.Implements;
import dev.reciprocity.PatternComponent;
import java.util.Collection;
import java.util.Optional;
import java.util.stream.Collector;

/**
 * A reciprocity scoring strategy in mergeable-accumulator form: {@code createAccumulator}, {@code
 * add}, {@code merge}, {@code result}: the shape of Flink's {@code AggregateFunction} and Beam's
 * {@code CombineFn}.
 *
 * <h2>Contract</h2>
 *
 * <ul>
 *   <li><b>Pure.</b> The result depends only on the multiset of flows added and on the strategy's
 *       configuration (its {@link dev.reciprocity.ReciprocityRule}), never on the order of {@code
 *       add} calls, unless the strategy's documentation says otherwise.
 *   <li><b>Merge equals one pass.</b> For any partition of the flows into parts accumulated apart,
 *       merging the accumulators gives the same result as adding every flow to one.
 *   <li><b>Refused at the boundary.</b> {@code add} and {@code merge} refuse what the figures could
 *       not hold (a flow whose unit differs from the units already added, a total of amounts beyond
 *       the range of {@link dev.reciprocity.Amount}) before anything changes, so no figure wraps
 *       and the accumulator stays as it was.
 *   <li><b>Threads.</b> The strategy itself is immutable and may be shared between threads. An
 *       accumulator is not thread-safe: confine each one to a thread, and hand it over only through
 *       a happens-before edge (a join, a queue).
 *   <li><b>Ownership.</b> {@code add} and {@code merge} may mutate and return their first argument;
 *       the caller must use the returned accumulator and must not use an accumulator after passing
 *       it as the second argument of {@code merge}. {@code result} leaves the accumulator usable.
 *   <li><b>Inputs.</b> Flows are immutable; an implementation must not rely on identity.
 * </ul>
 *
 * <p>Callers rarely need the accumulator type: {@link #score(Iterable)} scores in one pass, {@link
 * #scoreParallel(Collection)} on every core, and {@link #collector()} inside any stream.
 *
 * <pre>{@code
 * ScoringStrategy<?, PortfolioScores> s = Strategies.portfolio();
 * PortfolioScores one = s.score(flows);
 * PortfolioScores all = s.scoreParallel(flows);              // partitions merged, same figures
 * PortfolioScores some = flows.stream().filter(f -> ...).collect(s.collector());
 * }</pre>
 *
 * @param <A> the accumulator type; mutable and not thread-safe
 * @param <R> the result type; immutable
 */
@Implements(PatternComponent.RECIPROCITY_RULE)
public interface ScoringStrategy<A, R> {

  /**
   * The strategy's name, for reports and logs: the built-ins answer the name their provider offers
   * them under. A provider may offer a configured built-in under a name of its own (such as {@code
   * "review-for-review"} for an immediate strategy with a 14-day window), in which case the two
   * names differ.
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
   * @throws dev.reciprocity.UnitMismatchException if the flow's unit differs from that of the flows
   *     already added; the accumulator is unchanged
   * @throws dev.reciprocity.LimitExceededException if the total of the amounts added would exceed
   *     the range of {@link dev.reciprocity.Amount}; the accumulator is unchanged
   * @throws IllegalArgumentException if the strategy cannot score this flow as configured (the
   *     decaying strategy refuses a flow after its {@code asOf}); the accumulator is unchanged
   */
  A add(A accumulator, Flow flow);

  /**
   * Merges two accumulators.
   *
   * @param first an accumulator
   * @param second another accumulator, not to be used afterwards
   * @return an accumulator holding the flows of both, possibly {@code first} itself
   * @throws dev.reciprocity.UnitMismatchException if the two hold flows of different units
   * @throws dev.reciprocity.LimitExceededException if the total of both would exceed the range of
   *     {@link dev.reciprocity.Amount}
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
   * @throws dev.reciprocity.UnitMismatchException if the flows hold more than one unit
   * @throws dev.reciprocity.LimitExceededException if their total exceeds the range of {@link
   *     dev.reciprocity.Amount}
   */
  default R score(Iterable<? extends Flow> flows) {
    A acc = createAccumulator();
    for (Flow f : flows) {
      acc = add(acc, f);
    }
    return result(acc);
  }

  /**
   * Scores a column view of flows: what {@code reciprocity score}, a review and a host that holds a
   * snapshot call. The result equals {@link #score(Iterable)} of {@code flows.flows()} (the
   * contract suite {@code dev.reciprocity.testkit.ScoringStrategyContract} checks it). The default
   * adds each row as a {@link Flow}; the built-in strategies override it and compute from the
   * columns and the view's sums, with no object per flow.
   *
   * @param flows the flows
   * @return the result
   * @throws dev.reciprocity.UnitMismatchException if the flows hold more than one unit
   * @throws dev.reciprocity.LimitExceededException if their total exceeds the range of {@link
   *     dev.reciprocity.Amount}
   * @throws IllegalArgumentException if the strategy cannot score a flow as configured
   */
  default R score(FlowColumns flows) {
    A acc = createAccumulator();
    for (int row = 0, n = flows.size(); row < n; row++) {
      acc = add(acc, flows.flow(row));
    }
    return result(acc);
  }

  /**
   * Scores flows on several cores: the flows are split into parts (by the collection's spliterator,
   * on the common {@link java.util.concurrent.ForkJoinPool}), each part accumulated apart, and the
   * parts merged. By the merge contract the result equals {@link #score(Iterable)}.
   *
   * @param flows the flows; not modified during the call
   * @return the result
   * @throws dev.reciprocity.UnitMismatchException if the flows hold more than one unit
   * @throws dev.reciprocity.LimitExceededException if their total exceeds the range of {@link
   *     dev.reciprocity.Amount}
   */
  default R scoreParallel(Collection<? extends Flow> flows) {
    return flows.parallelStream().collect(collector());
  }

  /**
   * Returns this strategy as a {@link Collector}, so that it scores any stream of flows, sequential
   * or parallel, without naming the accumulator type.
   *
   * <pre>{@code
   * SeasonalScores reviews = flows.stream()
   *     .filter(f -> f.kind().equals(REVIEW))
   *     .collect(Strategies.seasonal(rule).collector());
   * }</pre>
   *
   * @return an unordered collector whose finisher is {@link #result(Object)}
   */
  default Collector<Flow, ?, R> collector() {
    final class Box {
      A acc = createAccumulator();
    }
    return Collector.of(
        Box::new,
        (box, flow) -> box.acc = add(box.acc, flow),
        (left, right) -> {
          left.acc = merge(left.acc, right.acc);
          return left;
        },
        box -> result(box.acc),
        Collector.Characteristics.UNORDERED);
  }

  /**
   * The writer of this strategy's results for text, Markdown and JSON ({@code reciprocity score
   * --format}). The built-in strategies offer one for each of their result types.
   *
   * @return the writer; by default empty: text and Markdown then show a result by its {@code
   *     toString()} and JSON is refused
   */
  default Optional<ResultWriter<R>> writer() {
    return Optional.empty();
  }
}
