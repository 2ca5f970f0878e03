package dev.reciprocity.core.internal;

import dev.reciprocity.Flow;
import dev.reciprocity.ReciprocityRule;
import dev.reciprocity.spi.ScoringStrategy;
import java.util.Objects;

/**
 * What the built-in strategies share: a name, the rule that configures them, and an {@code add}
 * that passes over the flows of kinds the rule does not score.
 *
 * @param <A> the accumulator type
 * @param <R> the result type
 */
abstract class RuleScopedStrategy<A, R> implements ScoringStrategy<A, R> {

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
    if (rule.applies(flow)) {
      addScored(accumulator, flow);
    }
    return accumulator;
  }

  /** Adds a flow of a kind the rule scores. */
  abstract void addScored(A accumulator, Flow flow);
}
