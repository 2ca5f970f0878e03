package dev.reciprocity.core.internal;

import dev.reciprocity.Flow;
import dev.reciprocity.ReciprocityRule;
import dev.reciprocity.spi.ScoringStrategy;
import java.util.Objects;

/**
 * What the built-in strategies share: a name, the rule that configures them, an {@code add} that
 * passes over the flows of kinds the rule does not score, and the {@link Admission} of every flow
 * and every merge (one unit, a bounded total) before it changes anything.
 *
 * @param <A> the accumulator type
 * @param <R> the result type
 */
abstract class RuleScopedStrategy<A extends Admission, R> implements ScoringStrategy<A, R> {

  private final String name;

  /** The rule that configures the strategy. */
  final ReciprocityRule rule;

  RuleScopedStrategy(String name, ReciprocityRule rule) {
    this.name = name;
    this.rule = Objects.requireNonNull(rule, "rule");
  }

  @Override
  public final String name() {
    return name;
  }

  @Override
  public final A add(A accumulator, Flow flow) {
    Objects.requireNonNull(flow, "flow");
    if (rule.applies(flow)) {
      check(flow);
      accumulator.admit(flow);
      addScored(accumulator, flow);
    }
    return accumulator;
  }

  @Override
  public final A merge(A first, A second) {
    first.admitAll(second);
    mergeScored(first, second);
    return first;
  }

  /** Refuses a flow the strategy cannot score, before anything changes; none by default. */
  void check(Flow flow) {}

  /** Adds an admitted flow of a kind the rule scores. */
  abstract void addScored(A accumulator, Flow flow);

  /** Merges the sums of an admitted accumulator into the first. */
  abstract void mergeScored(A first, A second);
}
