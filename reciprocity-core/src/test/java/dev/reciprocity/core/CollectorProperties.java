package dev.reciprocity.core;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.reciprocity.DecayedBalances;
import dev.reciprocity.Flow;
import dev.reciprocity.ImmediateScores;
import dev.reciprocity.PortfolioScores;
import dev.reciprocity.ReciprocityRule;
import dev.reciprocity.SeasonalScores;
import dev.reciprocity.spi.ScoringStrategy;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

/**
 * Merging that compiles: a caller holding a {@code ScoringStrategy<?, R>} (as every factory returns
 * it) scores on every core with {@code scoreParallel}, and in any stream, sequential or parallel,
 * with {@code collector()}, without naming the accumulator type; each way gives the result of one
 * pass ({@code score}). The parallel ways split the flows and merge the parts on the common
 * fork-join pool. Written the way a caller writes it: no generic helper that captures the
 * accumulator type. A sequential stream runs the same loop as {@code score}, so it is held to a
 * model instead ({@link BigDecimalModel}, {@link ImmediateModel}).
 */
class CollectorProperties extends CommunityProviders {

  @Property(tries = 300)
  void scoreParallelAndCollectorsEqualOnePassForEveryBuiltInStrategy(
      @ForAll("large") List<Flow> flows,
      @ForAll("rules") ReciprocityRule rule,
      @ForAll("evaluationInstants") Instant asOf) {
    ScoringStrategy<?, PortfolioScores> portfolio = Strategies.portfolio(rule);
    PortfolioScores p = portfolio.score(flows);
    assertEquals(p, portfolio.scoreParallel(flows), "portfolio, scoreParallel");
    assertEquals(p, flows.parallelStream().collect(portfolio.collector()), "portfolio, parallel");
    BigDecimalModel model = BigDecimalModel.of(flows, rule);
    model.assertScores(flows.stream().collect(portfolio.collector()), "portfolio, sequential");

    ScoringStrategy<?, SeasonalScores> seasonal = Strategies.seasonal(rule);
    SeasonalScores s = seasonal.score(flows);
    assertEquals(s, seasonal.scoreParallel(flows), "seasonal, scoreParallel");
    assertEquals(s, flows.parallelStream().collect(seasonal.collector()), "seasonal, parallel");
    model.assertSeasonal(flows.stream().collect(seasonal.collector()), "seasonal, sequential");

    ScoringStrategy<?, ImmediateScores> immediate = Strategies.immediate(rule);
    ImmediateScores i = immediate.score(flows);
    assertEquals(i, immediate.scoreParallel(flows), "immediate, scoreParallel");
    assertEquals(i, flows.parallelStream().collect(immediate.collector()), "immediate, parallel");
    assertEqualsModel(
        ImmediateModel.of(flows, rule), flows.stream().collect(immediate.collector()));

    ScoringStrategy<?, DecayedBalances> decaying = Strategies.decaying(rule, asOf);
    DecayedBalances d = decaying.score(flows);
    assertEquals(d, decaying.scoreParallel(flows), "decaying, scoreParallel");
    assertEquals(d, flows.parallelStream().collect(decaying.collector()), "decaying, parallel");
    // no model of decay here (DecayProperties holds it to its closed form): a sequential stream
    // runs the loop score runs, so only the parallel ways, which merge, are compared
  }

  private static void assertEqualsModel(ImmediateModel model, ImmediateScores s) {
    assertEquals(0, model.giftWeight.compareTo(s.giftWeight().toBigDecimal()), "gift weight");
    assertEquals(
        0, model.returnedWeight.compareTo(s.returnedWeight().toBigDecimal()), "returned weight");
    List<ImmediateModel.Open> open = new ArrayList<>();
    s.openObligations()
        .forEach(
            o ->
                open.add(
                    new ImmediateModel.Open(
                        o.creditor(), o.debtor(), o.amount(), o.since(), o.age(), o.overdue())));
    open.sort(ImmediateModel.BY_CONTENT);
    assertEquals(model.open, open, "open obligations");
  }
}
