package dev.reciprocity.core.internal;

import dev.reciprocity.Flow;
import dev.reciprocity.FlowKind;
import dev.reciprocity.ReciprocityRule;
import dev.reciprocity.UnitMismatchException;
import dev.reciprocity.spi.FlowColumns;
import dev.reciprocity.spi.ScoringStrategy;
import java.util.Objects;

/**
 * What the built-in strategies share: a name, the rule that configures them, an {@code add} that
 * passes over the flows of kinds the rule does not score, and the {@link Admission} of every flow
 * and every merge (one unit, a bounded total) before it changes anything, and the columnar {@link
 * #score(FlowColumns)}: the rows of the rule's kinds, refused as {@code add} would refuse them (the
 * same exception, for the same first row), then scored by the engine.
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

  /**
   * Scores the view's rows of the rule's kinds on the engine ({@link #scoreColumns}); the result
   * equals {@link #score(Iterable)} of the view's flows, and a refusal is the one {@code add} would
   * throw at the first row it refuses.
   */
  @Override
  public final R score(FlowColumns flows) {
    FlowColumns kept = flows.ofKinds(rule.kinds());
    refuse(kept);
    return scoreColumns(kept);
  }

  /**
   * Throws what {@code add} would throw at the first row it refuses, in row order: the strategy's
   * own check ({@link #refuses}), then a unit other than the first row's.
   */
  private void refuse(FlowColumns flows) {
    int n = flows.size();
    if (n == 0) {
      return;
    }
    FlowKind first = flows.kind(flows.kindOf(0));
    boolean[] otherUnit = new boolean[flows.kindCount()];
    boolean mixed = false;
    for (int k = 0; k < otherUnit.length; k++) {
      otherUnit[k] = !flows.kind(k).unit().equals(first.unit());
      mixed |= otherUnit[k];
    }
    if (!mixed && !checksRows()) {
      return;
    }
    for (int row = 0; row < n; row++) {
      if (refuses(flows, row)) {
        check(flows.flow(row));
      }
      int kind = flows.kindOf(row);
      if (otherUnit[kind]) {
        throw new UnitMismatchException(first, flows.kind(kind));
      }
    }
  }

  /** Whether {@link #refuses} may refuse a row; false by default. */
  boolean checksRows() {
    return false;
  }

  /** Whether {@link #check} refuses the row's flow; the columnar form of it. */
  boolean refuses(FlowColumns flows, int row) {
    return false;
  }

  /** Scores rows of the rule's kinds that {@code add} would admit, from the columns and sums. */
  abstract R scoreColumns(FlowColumns flows);

  /** Refuses a flow the strategy cannot score, before anything changes; none by default. */
  void check(Flow flow) {}

  /** Adds an admitted flow of a kind the rule scores. */
  abstract void addScored(A accumulator, Flow flow);

  /** Merges the sums of an admitted accumulator into the first. */
  abstract void mergeScored(A first, A second);
}
