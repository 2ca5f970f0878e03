package dev.reciprocity.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.reciprocity.Amount;
import dev.reciprocity.Flow;
import dev.reciprocity.FlowKind;
import dev.reciprocity.LimitExceededException;
import dev.reciprocity.ReciprocityRule;
import dev.reciprocity.UnitMismatchException;
import dev.reciprocity.testkit.ReciprocityArbitraries;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.state.Action;
import net.jqwik.api.state.ActionChain;
import net.jqwik.api.state.Transformer;
import net.jqwik.api.statistics.Statistics;

/**
 * {@link RunningFigures} driven through random chains of adds in time order, late adds (a flow
 * older than flows already added, which lands in a season closed before), runs of up to 300 adds
 * with no read between (past the 256 flows buffered before they are applied), and refused adds
 * (another unit, a total past {@link Amount#MAX}), for a generated rule. After every step every
 * figure (network, each party and dyad, each party's strengths in each season) equals the {@link
 * BigDecimalModel} of the flows added so far.
 */
class RunningFiguresMachineProperties {

  /** The figures and their model: the flows counted. */
  static final class Machine {
    final ReciprocityRule rule;
    final RunningFigures figures;
    final List<Flow> added = new ArrayList<>();
    Instant latest = ReciprocityArbitraries.START;

    Machine(ReciprocityRule rule) {
      this.rule = rule;
      this.figures = RunningFigures.create(rule);
    }

    void add(Flow f) {
      assertEquals(rule.applies(f), figures.add(f), () -> "add " + f);
      added.add(f);
      if (f.instant().isAfter(latest)) {
        latest = f.instant();
      }
    }

    void refuse(Flow f) {
      boolean anyCounted = added.stream().anyMatch(rule::applies);
      boolean otherUnit = !f.kind().unit().equals(ReciprocityArbitraries.KINDS.get(0).unit());
      boolean pastMax =
          f.amount().toBigDecimal().add(countedTotal()).compareTo(Amount.MAX.toBigDecimal()) > 0;
      if (!rule.applies(f)) {
        Statistics.label("refused").collect("not the rule's kind");
        add(f);
      } else if (otherUnit && anyCounted) {
        Statistics.label("refused").collect("unit");
        assertThrows(UnitMismatchException.class, () -> figures.add(f));
      } else if (!otherUnit && pastMax) {
        Statistics.label("refused").collect("total");
        assertThrows(LimitExceededException.class, () -> figures.add(f));
      } else {
        // it would be accepted (nothing counted yet): not added, so that the chain's later adds
        // keep one unit and stay within bounds
        Statistics.label("refused").collect("would be accepted");
      }
    }

    private java.math.BigDecimal countedTotal() {
      java.math.BigDecimal t = java.math.BigDecimal.ZERO;
      for (Flow f : added) {
        if (rule.applies(f)) {
          t = t.add(f.amount().toBigDecimal());
        }
      }
      return t;
    }

    void invariant() {
      BigDecimalModel.of(added, rule).assertFigures(figures, "after " + added.size() + " adds");
    }

    @Override
    public String toString() {
      return "running figures of " + added.size() + " flows, rule " + rule;
    }
  }

  @Property(tries = 150)
  void runningFiguresEqualTheModelAfterEveryStep(@ForAll("chains") ActionChain<Machine> chain) {
    Machine end = chain.withInvariant("figures equal the model", Machine::invariant).run();
    Statistics.label("flows").collect(end.added.size() > 256 ? "past one buffer" : "fewer");
  }

  @Provide
  Arbitrary<ActionChain<Machine>> chains() {
    return ReciprocityArbitraries.rules()
        .flatMap(
            rule ->
                ActionChain.startWith(() -> new Machine(rule))
                    .withAction(4, new AddInOrder())
                    .withAction(2, new AddLate())
                    .withAction(1, new AddMany())
                    .withAction(1, new AddRefused())
                    .withMaxTransformations(20));
  }

  /** A flow at or after every flow added so far. */
  static final class AddInOrder implements Action.Dependent<Machine> {
    @Override
    public boolean precondition(Machine m) {
      return m.latest.plusSeconds(2).isBefore(ReciprocityArbitraries.END);
    }

    @Override
    public Arbitrary<Transformer<Machine>> transformer(Machine m) {
      return ReciprocityArbitraries.flows(
              5,
              ReciprocityArbitraries.amounts(),
              ReciprocityArbitraries.instants(m.latest, ReciprocityArbitraries.END))
          .map(f -> Transformer.mutate("add " + f, s -> s.add(f)));
    }
  }

  /** A flow before the latest one added: a late add, often into an earlier season. */
  static final class AddLate implements Action.Dependent<Machine> {
    @Override
    public boolean precondition(Machine m) {
      return m.latest.isAfter(ReciprocityArbitraries.START.plusSeconds(2));
    }

    @Override
    public Arbitrary<Transformer<Machine>> transformer(Machine m) {
      return ReciprocityArbitraries.flows(
              5,
              ReciprocityArbitraries.amounts(),
              ReciprocityArbitraries.instants(ReciprocityArbitraries.START, m.latest))
          .map(f -> Transformer.mutate("late add " + f, s -> s.add(f)));
    }
  }

  /** Up to 300 flows in any order with no read between them. */
  static final class AddMany implements Action.Independent<Machine> {
    @Override
    public Arbitrary<Transformer<Machine>> transformer() {
      return ReciprocityArbitraries.flows(6)
          .list()
          .ofMinSize(1)
          .ofMaxSize(300)
          .map(
              fs ->
                  Transformer.mutate(
                      "add " + fs.size() + " flows",
                      s -> {
                        for (Flow f : fs) {
                          s.add(f);
                        }
                      }));
    }
  }

  /** A flow of another unit, or of {@link Amount#MAX}: refused once a flow is counted. */
  static final class AddRefused implements Action.Independent<Machine> {
    @Override
    public Arbitrary<Transformer<Machine>> transformer() {
      Arbitrary<Flow> otherUnit =
          ReciprocityArbitraries.flows(
              5,
              Arbitraries.of(FlowKind.of("review", "points"), FlowKind.of("payment", "EUR")),
              ReciprocityArbitraries.amounts(),
              ReciprocityArbitraries.instants());
      Arbitrary<Flow> huge =
          ReciprocityArbitraries.flows()
              .map(f -> Flow.builder().from(f).amount(Amount.MAX).build());
      return Arbitraries.oneOf(otherUnit, huge)
          .map(f -> Transformer.mutate("refused add " + f, s -> s.refuse(f)));
    }
  }
}
