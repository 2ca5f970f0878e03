package dev.reciprocity.core;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.reciprocity.Flow;
import dev.reciprocity.FlowKind;
import dev.reciprocity.ReciprocityRule;
import dev.reciprocity.spi.FlowColumns;
import dev.reciprocity.spi.ScoringStrategy;
import dev.reciprocity.testkit.ReciprocityArbitraries;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * One engine, two forms: for every built-in strategy, the columnar {@code score(FlowColumns)} (the
 * engine's sums, sorts and primitive queues) equals the streaming form, one pass ({@code
 * score(Iterable)}) and a parallel {@code collector()} (parts accumulated apart and merged), on
 * random ledgers; and where the streaming form refuses the flows (two units, a flow after the
 * decaying strategy's {@code asOf}), the columnar one refuses them with the same exception and
 * message.
 */
class EngineEqualsStreamingProperties extends CommunityProviders {

  @Property(tries = 300)
  void columnsEqualOnePassAndParallelCollectorForEveryBuiltIn(
      @ForAll("large") List<Flow> flows,
      @ForAll("rules") ReciprocityRule rule,
      @ForAll("evaluationInstants") Instant asOf) {
    FlowColumns columns = LedgerSnapshot.of(flows).columns();
    same(Strategies.portfolio(rule), flows, columns);
    same(Strategies.seasonal(rule), flows, columns);
    same(Strategies.immediate(rule), flows, columns);
    same(Strategies.decaying(rule, asOf), flows, columns);
  }

  /**
   * Ledgers with kinds of two units, and decaying strategies evaluated before some flows: the
   * columns refuse what one pass refuses, first row first, with the same message.
   */
  @Property(tries = 300)
  void columnsRefuseWhatOnePassRefuses(
      @ForAll("mixedUnits") List<Flow> flows,
      @ForAll("rules") ReciprocityRule rule,
      @ForAll("instants") Instant asOf) {
    FlowColumns columns = LedgerSnapshot.of(flows).columns();
    sameOutcome(Strategies.portfolio(rule), flows, columns);
    sameOutcome(Strategies.seasonal(rule), flows, columns);
    sameOutcome(Strategies.immediate(rule), flows, columns);
    sameOutcome(Strategies.decaying(rule, asOf), flows, columns);
  }

  private static <R> void same(ScoringStrategy<?, R> s, List<Flow> flows, FlowColumns columns) {
    R onePass = s.score(flows);
    assertEquals(onePass, s.score(columns), s.name() + ": columns against one pass");
    assertEquals(
        onePass,
        flows.parallelStream().collect(s.collector()),
        s.name() + ": parallel collector against one pass");
  }

  private static <R> void sameOutcome(
      ScoringStrategy<?, R> s, List<Flow> flows, FlowColumns columns) {
    assertEquals(
        outcome(() -> s.score(flows)),
        outcome(() -> s.score(columns)),
        s.name() + ": columns against one pass");
  }

  /** The result, or the refusal's class and message. */
  private static Object outcome(Supplier<?> run) {
    try {
      return Objects.requireNonNull(run.get());
    } catch (RuntimeException e) {
      return e.getClass().getName() + ": " + e.getMessage();
    }
  }

  /** Communities over kinds in hours and in euros. */
  @Provide
  Arbitrary<List<Flow>> mixedUnits() {
    return ReciprocityArbitraries.communities(
        ReciprocityArbitraries.MAX_COMMUNITY_SIZE,
        Arbitraries.of(
            FlowKind.of("review", "hours"),
            FlowKind.of("grant", "EUR"),
            FlowKind.of("mentoring", "hours")),
        ReciprocityArbitraries.amounts(),
        ReciprocityArbitraries.instants());
  }
}
