package dev.reciprocity.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.reciprocity.Flow;
import dev.reciprocity.ReciprocityRule;
import dev.reciprocity.core.CommunityProviders;
import dev.reciprocity.core.LedgerSnapshot;
import dev.reciprocity.spi.FlowColumns;
import java.util.List;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/**
 * The seasonal and immediate strategies split their column work into one run per core on large
 * views (from {@code Portfolio.PARALLEL_ROWS} rows): runs of seasons, and runs of dyads with the
 * obligations made in runs. Any number of runs gives what one run gives, and one run is what the
 * public {@code score} gives on these small views, which {@code CollectorProperties} holds to the
 * {@code BigDecimal} and matching models. Here the split is forced on small views, so that every
 * boundary (a run with no season, a dyad at a run's edge, more runs than seasons) is reached.
 */
class PartsEqualOnePartProperties extends CommunityProviders {

  @Property(tries = 300)
  void seasonalScoresAreTheSameInAnyNumberOfRuns(
      @ForAll("large") List<Flow> flows,
      @ForAll("rules") ReciprocityRule rule,
      @ForAll @IntRange(min = 2, max = 7) int parts) {
    FlowColumns view = kept(flows, rule);
    SeasonalStrategy strategy = new SeasonalStrategy(rule);
    assertEquals(strategy.scoreColumns(view, 1), strategy.scoreColumns(view, parts));
    assertEquals(strategy.score(flows), strategy.scoreColumns(view, parts));
  }

  @Property(tries = 300)
  void immediateScoresAreTheSameInAnyNumberOfRuns(
      @ForAll("large") List<Flow> flows,
      @ForAll("rules") ReciprocityRule rule,
      @ForAll @IntRange(min = 2, max = 7) int parts) {
    FlowColumns view = kept(flows, rule);
    ImmediateStrategy strategy = new ImmediateStrategy(rule);
    assertEquals(strategy.scoreColumns(view, 1), strategy.scoreColumns(view, parts));
    assertEquals(strategy.score(flows), strategy.scoreColumns(view, parts));
  }

  /** The view the strategies score: the rule's kinds; ledgers the strategies refuse are skipped. */
  private static FlowColumns kept(List<Flow> flows, ReciprocityRule rule) {
    FlowColumns all = LedgerSnapshot.of(flows).columns();
    try {
      var unused = new SeasonalStrategy(rule).score(all);
    } catch (RuntimeException refused) {
      Assume.that(false);
    }
    return all.ofKinds(rule.kinds());
  }
}
