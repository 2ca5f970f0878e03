package dev.reciprocity.core.internal;

import dev.reciprocity.Flow;
import dev.reciprocity.PortfolioScores;
import dev.reciprocity.ReciprocityRule;
import dev.reciprocity.spi.FlowColumns;

/**
 * Portfolio (generalized) reciprocity; see {@code Strategies.portfolio}. On columns, the figures
 * are the view's engine sums ({@link FlowColumns#partySums()}, {@link FlowColumns#dyadSums()},
 * {@link FlowColumns#network()}), made into scores in party-id order; one flow at a time, they are
 * the primitive sums of a {@link PortfolioAccumulator}.
 */
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

  @Override
  PortfolioScores scoreColumns(FlowColumns flows) {
    FlowColumns.PartySums sums = flows.partySums();
    FlowColumns.DyadSums dyadSums = flows.dyadSums();
    int count = flows.partyCount();
    int[] present = new int[count];
    int n = 0;
    long[] out = new long[count];
    long[] in = new long[count];
    long[] reciprocated = new long[count];
    for (int p = 0; p < count; p++) {
      if (sums.present(p)) {
        present[n++] = p;
        out[p] = sums.outStrength(p);
        in[p] = sums.inStrength(p);
        reciprocated[p] = sums.reciprocatedStrength(p);
      }
    }
    PortfolioSums.Dyads dyads = new PortfolioSums.Dyads((int) Math.min(dyadSums.count(), 1 << 30));
    dyadSums.forEach(dyads);
    return PortfolioSums.build(
        flows::party,
        ColumnOrder.partyRank(flows),
        present,
        n,
        out,
        in,
        reciprocated,
        dyads,
        flows.network());
  }

  /** The built-in writer of {@link PortfolioScores}: text, Markdown and JSON. */
  @Override
  public java.util.Optional<dev.reciprocity.spi.ResultWriter<PortfolioScores>> writer() {
    return java.util.Optional.of(ResultWriters.PORTFOLIO);
  }
}
