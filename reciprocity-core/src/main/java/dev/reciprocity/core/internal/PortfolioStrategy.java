package dev.reciprocity.core.internal;

import dev.reciprocity.Flow;
import dev.reciprocity.PortfolioScores;
import dev.reciprocity.ReciprocityRule;
import dev.reciprocity.spi.ScoringStrategy;

/** Portfolio (generalized) reciprocity; see {@code Strategies.portfolio}. */
public final class PortfolioStrategy implements ScoringStrategy<PortfolioAccumulator, PortfolioScores> {

  private final ReciprocityRule rule;

  public PortfolioStrategy(ReciprocityRule rule) {
    this.rule = rule;
  }

  @Override
  public String name() {
    return "portfolio";
  }

  @Override
  public PortfolioAccumulator createAccumulator() {
    return new PortfolioAccumulator();
  }

  @Override
  public PortfolioAccumulator add(PortfolioAccumulator accumulator, Flow flow) {
    if (rule.applies(flow)) {
      accumulator.add(flow);
    }
    return accumulator;
  }

  @Override
  public PortfolioAccumulator merge(PortfolioAccumulator first, PortfolioAccumulator second) {
    first.merge(second);
    return first;
  }

  @Override
  public PortfolioScores result(PortfolioAccumulator accumulator) {
    return accumulator.result();
  }
}
