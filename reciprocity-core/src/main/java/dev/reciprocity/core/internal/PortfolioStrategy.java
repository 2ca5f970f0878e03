package dev.reciprocity.core.internal;

import dev.reciprocity.Flow;
import dev.reciprocity.PortfolioScores;
import dev.reciprocity.ReciprocityRule;

/** Portfolio (generalized) reciprocity; see {@code Strategies.portfolio}. */
final class PortfolioStrategy extends RuleScopedStrategy<PortfolioAccumulator, PortfolioScores> {

  PortfolioStrategy(ReciprocityRule rule) {
    super("portfolio", rule);
  }

  @Override
  public PortfolioAccumulator createAccumulator() {
    return new PortfolioAccumulator();
  }

  @Override
  void addScored(PortfolioAccumulator accumulator, Flow flow) {
    accumulator.add(flow);
  }

  @Override
  void mergeScored(PortfolioAccumulator first, PortfolioAccumulator second) {
    first.merge(second);
  }

  @Override
  public PortfolioScores result(PortfolioAccumulator accumulator) {
    return accumulator.result();
  }

  /** The built-in writer of {@link PortfolioScores}: text, Markdown and JSON. */
  @Override
  public java.util.Optional<dev.reciprocity.spi.ResultWriter<PortfolioScores>> writer() {
    return java.util.Optional.of(ResultWriters.PORTFOLIO);
  }
}
