package dev.reciprocity.core;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.reciprocity.Cadence;
import dev.reciprocity.DyadScore;
import dev.reciprocity.Flow;
import dev.reciprocity.PartyScore;
import dev.reciprocity.PortfolioScores;
import dev.reciprocity.ReciprocityRule;
import dev.reciprocity.SeasonScores;
import dev.reciprocity.SeasonalScores;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

/**
 * {@link PortfolioFigures}, {@link SeasonalFigures} (computed from columns) and {@link
 * RunningFigures} (kept current flow by flow) against the {@code Flow}-based strategies {@link
 * Strategies#portfolio} and {@link Strategies#seasonal}: the same figures, exactly.
 */
class FiguresProperties extends CommunityProviders {

  @Property
  void portfolioFiguresEqualThePortfolioStrategy(
      @ForAll("communities") List<Flow> flows, @ForAll("rules") ReciprocityRule rule) {
    PortfolioScores expected = Strategies.portfolio(rule).score(flows);
    PortfolioFigures figures = PortfolioFigures.of(LedgerSnapshot.of(flows), rule);
    assertEquals(expected.network(), figures.network());
    assertEquals(expected.parties(), figures.parties());
    assertEquals(expected.dyads().size(), figures.dyadCount());
    for (DyadScore d : expected.dyads()) {
      assertEquals(Optional.of(d), figures.dyad(d.a(), d.b()));
      assertEquals(Optional.of(d), figures.dyad(d.b(), d.a()));
    }
    for (PartyScore p : expected.parties()) {
      assertEquals(Optional.of(p), figures.party(p.party()));
    }
  }

  @Property
  void seasonalFiguresEqualTheSeasonalStrategy(
      @ForAll("communities") List<Flow> flows, @ForAll("rules") ReciprocityRule rule) {
    SeasonalScores expected = Strategies.seasonal(rule).score(flows);
    SeasonalFigures figures = SeasonalFigures.of(LedgerSnapshot.of(flows), rule);
    assertEquals(
        expected.seasons().stream().map(SeasonScores::season).collect(Collectors.toList()),
        figures.seasons());
    for (SeasonScores s : expected.seasons()) {
      for (PartyScore p : s.scores().parties()) {
        assertEquals(p.outStrength(), figures.outStrength(p.party(), s.season()));
        assertEquals(p.inStrength(), figures.inStrength(p.party(), s.season()));
        assertEquals(p.netBalance(), figures.netBalance(p.party(), s.season()));
      }
    }
  }

  @Property
  void runningFiguresEqualTheStrategiesAfterEveryFlow(
      @ForAll("communities") List<Flow> flows, @ForAll("rules") ReciprocityRule rule) {
    RunningFigures running = RunningFigures.create(rule);
    for (int i = 0; i < flows.size(); i++) {
      var unused = running.add(flows.get(i));
      if (i % 7 == 6 || i == flows.size() - 1) {
        assertSame(flows.subList(0, i + 1), rule, running);
      }
    }
  }

  @Example
  void runningFiguresOnALargeLedgerEqualTheStrategies() {
    List<Flow> flows = FastPathProperties.largeLedger(100_000, 3_000, 7);
    ReciprocityRule rule = ReciprocityRule.defaults();
    RunningFigures running = RunningFigures.create(rule);
    flows.forEach(running::add);
    assertSame(flows, rule, running);
    PortfolioFigures figures = PortfolioFigures.of(LedgerSnapshot.of(flows), rule);
    assertEquals(Strategies.portfolio(rule).score(flows).network(), figures.network());
  }

  @Example
  void runningFiguresOnALargeLedgerInTimeOrderEqualTheStrategies() {
    // in time order, as a stream brings flows: each party's seasons close one after another and
    // go to the log of closed seasons; reads come between full and part-full batches of adds
    List<Flow> flows = new ArrayList<>(FastPathProperties.largeLedger(60_000, 2_000, 11));
    flows.sort(Comparator.comparing(Flow::instant));
    ReciprocityRule rule = ReciprocityRule.builder().cadence(Cadence.monthly()).build();
    RunningFigures running = RunningFigures.create(rule);
    for (int i = 0; i < flows.size(); i++) {
      var unused = running.add(flows.get(i));
      if (i == 999 || i == 30_000) {
        assertSame(flows.subList(0, i + 1), rule, running);
      }
    }
    assertSame(flows, rule, running);
  }

  private static void assertSame(List<Flow> flows, ReciprocityRule rule, RunningFigures running) {
    PortfolioScores expected = Strategies.portfolio(rule).score(flows);
    assertEquals(expected.network(), running.network());
    for (PartyScore p : expected.parties()) {
      assertEquals(Optional.of(p), running.party(p.party()));
    }
    for (DyadScore d : expected.dyads()) {
      assertEquals(Optional.of(d), running.dyad(d.a(), d.b()));
    }
    SeasonalScores seasonal = Strategies.seasonal(rule).score(flows);
    assertEquals(
        seasonal.seasons().stream().map(SeasonScores::season).collect(Collectors.toList()),
        running.seasons());
    for (SeasonScores s : seasonal.seasons()) {
      for (PartyScore p : s.scores().parties()) {
        assertEquals(p.netBalance(), running.netBalance(p.party(), s.season()));
        assertEquals(p.outStrength(), running.outStrength(p.party(), s.season()));
      }
    }
  }
}
