package dev.reciprocity.core;

import dev.reciprocity.Flow;
import dev.reciprocity.PortfolioScores;
import dev.reciprocity.ReciprocityRule;
import dev.reciprocity.SeasonalScores;
import dev.reciprocity.spi.FlowColumns;
import dev.reciprocity.spi.ScoringStrategy;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

/**
 * Every path that computes the portfolio and seasonal figures against the {@link BigDecimalModel}
 * of the same flows, on random ledgers and rules: the streaming accumulators ({@code
 * score(Iterable)}, {@code collector()} on a parallel stream), the engine ({@code
 * score(FlowColumns)} over a snapshot's columns, the view's own party, dyad and season sums, {@link
 * PortfolioFigures}, {@link SeasonalFigures}) and {@link RunningFigures}. The metamorphic
 * properties (conservation, reversal, order, merge) hold for a consistently wrong engine; these do
 * not.
 */
class ModelProperties extends CommunityProviders {

  @Property(tries = 200)
  void theStreamingAccumulatorsEqualTheModel(
      @ForAll("communities") List<Flow> flows, @ForAll("rules") ReciprocityRule rule) {
    BigDecimalModel model = BigDecimalModel.of(flows, rule);
    ScoringStrategy<?, PortfolioScores> portfolio = Strategies.portfolio(rule);
    ScoringStrategy<?, SeasonalScores> seasonal = Strategies.seasonal(rule);

    model.assertScores(portfolio.score(flows), "portfolio, score(Iterable)");
    model.assertScores(
        flows.parallelStream().collect(portfolio.collector()), "portfolio, parallel collector");
    model.assertSeasonal(seasonal.score(flows), "seasonal, score(Iterable)");
    model.assertSeasonal(
        flows.parallelStream().collect(seasonal.collector()), "seasonal, parallel collector");
  }

  @Property(tries = 200)
  void theEngineEqualsTheModel(
      @ForAll("communities") List<Flow> flows, @ForAll("rules") ReciprocityRule rule) {
    BigDecimalModel model = BigDecimalModel.of(flows, rule);
    LedgerSnapshot snapshot = LedgerSnapshot.of(flows);
    FlowColumns columns = snapshot.columns();

    model.assertScores(Strategies.portfolio(rule).score(columns), "portfolio, score(FlowColumns)");
    model.assertSeasonal(Strategies.seasonal(rule).score(columns), "seasonal, score(FlowColumns)");
    FlowColumns kept = columns.ofKinds(rule.kinds());
    model.assertColumns(kept, "the view's sums");
    model.assertSeasons(kept, rule.cadence(), "the view's season sums");
    model.assertFigures(PortfolioFigures.of(snapshot, rule), "PortfolioFigures");
    model.assertFigures(SeasonalFigures.of(snapshot, rule), "SeasonalFigures");
  }

  @Property(tries = 200)
  void runningFiguresEqualTheModelAfterEveryAdd(
      @ForAll("communities") List<Flow> flows, @ForAll("rules") ReciprocityRule rule) {
    RunningFigures figures = RunningFigures.create(rule);
    for (int i = 0; i < flows.size(); i++) {
      figures.add(flows.get(i));
      // reads between adds apply the buffered flows: check at a few points, and at the end
      if (i % 17 == 3) {
        BigDecimalModel.of(flows.subList(0, i + 1), rule)
            .assertFigures(figures, "after " + (i + 1) + " adds");
      }
    }
    BigDecimalModel.of(flows, rule).assertFigures(figures, "after every add");
  }
}
