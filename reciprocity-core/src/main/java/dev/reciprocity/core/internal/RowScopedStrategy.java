package dev.reciprocity.core.internal;

import dev.reciprocity.Flow;
import dev.reciprocity.ReciprocityRule;

/**
 * A built-in strategy whose streaming form keeps the admitted flows as primitive rows ({@link
 * AdmittedRows}) and computes its result with the same column code as {@link #scoreColumns}, so
 * that the two forms are one computation. Immutable and thread-safe, as its subclasses are.
 *
 * @param <R> the result type
 */
abstract class RowScopedStrategy<R> extends RuleScopedStrategy<AdmittedRows, R> {

  RowScopedStrategy(String name, ReciprocityRule rule) {
    super(name, rule);
  }

  @Override
  public final AdmittedRows createAccumulator() {
    return new AdmittedRows();
  }

  @Override
  final void addScored(AdmittedRows accumulator, Flow flow) {
    accumulator.add(flow);
  }

  @Override
  final void mergeScored(AdmittedRows first, AdmittedRows second) {
    first.merge(second);
  }

  /** {@link #scoreColumns} on the accumulated rows. */
  @Override
  public final R result(AdmittedRows accumulator) {
    return scoreColumns(accumulator.columns());
  }
}
