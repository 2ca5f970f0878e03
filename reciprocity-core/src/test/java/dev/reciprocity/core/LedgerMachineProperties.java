package dev.reciprocity.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.reciprocity.ConflictingFlowException;
import dev.reciprocity.Flow;
import dev.reciprocity.LimitExceededException;
import dev.reciprocity.testkit.ReciprocityArbitraries;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.state.Action;
import net.jqwik.api.state.ActionChain;
import net.jqwik.api.state.Transformer;
import net.jqwik.api.statistics.Statistics;

/**
 * A {@link Ledger} driven through random chains of appends (single flows, batches, snapshots as
 * batches), duplicate ids (idempotent), conflicting ids and batches past its limits (refused whole)
 * and snapshots, against a model: the list of flows appended, with their ids. After every step the
 * ledger holds exactly the model's flows in order, its figures equal the {@link BigDecimalModel} of
 * them, and every snapshot taken earlier still holds what it held when taken.
 */
class LedgerMachineProperties {

  /** Small, so that chains reach it. */
  static final int MAX_FLOWS = 30;

  /** The ledger and its model. */
  static final class Machine {
    final Ledger ledger =
        Ledger.create(LedgerLimits.defaults().toBuilder().maxFlows(MAX_FLOWS).build());
    final List<Flow> flows = new ArrayList<>();
    final Map<String, Flow> byId = new HashMap<>();
    final List<LedgerSnapshot> snapshots = new ArrayList<>();
    final List<List<Flow>> taken = new ArrayList<>();

    /**
     * What the ledger should do with a batch: the flows it appends, or empty if it refuses the
     * batch whole (an id taken by a different flow, or more flows than the limit).
     */
    Optional<List<Flow>> expect(List<Flow> batch) {
      Map<String, Flow> ids = new HashMap<>(byId);
      List<Flow> appended = new ArrayList<>();
      for (Flow f : batch) {
        if (f.id().isPresent()) {
          Flow known = ids.get(f.id().get());
          if (known != null) {
            if (!known.equals(f)) {
              return Optional.empty();
            }
            continue;
          }
          ids.put(f.id().get(), f);
        }
        appended.add(f);
      }
      return flows.size() + appended.size() > MAX_FLOWS ? Optional.empty() : Optional.of(appended);
    }

    void accept(List<Flow> appended) {
      for (Flow f : appended) {
        flows.add(f);
        f.id().ifPresent(id -> byId.put(id, f));
      }
    }

    /**
     * Tells whether the first problem of a refused batch, flow by flow in order as the ledger
     * checks it, is an id that the model (or an earlier flow of the batch) holds a different flow
     * for; otherwise it is a flow past the limit.
     */
    boolean conflicts(List<Flow> batch) {
      Map<String, Flow> ids = new HashMap<>(byId);
      int appended = 0;
      for (Flow f : batch) {
        if (f.id().isPresent()) {
          Flow known = ids.putIfAbsent(f.id().get(), f);
          if (known != null) {
            if (!known.equals(f)) {
              return true;
            }
            continue;
          }
        }
        if (flows.size() + ++appended > MAX_FLOWS) {
          return false;
        }
      }
      return false;
    }

    void appendOne(Flow flow) {
      Optional<List<Flow>> expected = expect(List.of(flow));
      if (expected.isEmpty()) {
        refused(List.of(flow), () -> ledger.append(flow));
      } else {
        assertEquals(!expected.get().isEmpty(), ledger.append(flow), () -> "append " + flow);
        accept(expected.get());
      }
    }

    void appendAll(List<Flow> batch) {
      Optional<List<Flow>> expected = expect(batch);
      if (expected.isEmpty()) {
        refused(batch, () -> ledger.appendAll(batch));
      } else {
        assertEquals(expected.get().size(), ledger.appendAll(batch), () -> "appendAll " + batch);
        accept(expected.get());
      }
    }

    void appendSnapshot(List<Flow> batch) {
      LedgerSnapshot snapshot = LedgerSnapshot.of(batch);
      Optional<List<Flow>> expected = expect(batch);
      if (expected.isEmpty()) {
        refused(batch, () -> ledger.appendAll(snapshot));
      } else {
        assertEquals(expected.get().size(), ledger.appendAll(snapshot));
        accept(expected.get());
      }
    }

    private void refused(List<Flow> batch, Runnable append) {
      Class<? extends RuntimeException> type =
          conflicts(batch) ? ConflictingFlowException.class : LimitExceededException.class;
      Statistics.label("refused").collect(type.getSimpleName());
      assertThrows(type, append::run, () -> "a refused batch " + batch);
    }

    void snapshot() {
      snapshots.add(ledger.snapshot());
      taken.add(List.copyOf(flows));
    }

    /** The ledger holds the model's flows, and every snapshot what it held when taken. */
    void invariant() {
      assertEquals(flows.size(), ledger.size(), "size");
      LedgerSnapshot now = ledger.snapshot();
      assertEquals(flows, now.flows(), "the ledger's flows, in order");
      BigDecimalModel.of(flows).assertColumns(now.columns(), "the ledger's figures");
      for (int s = 0; s < snapshots.size(); s++) {
        assertEquals(taken.get(s), snapshots.get(s).flows(), "snapshot " + s);
        assertEquals(taken.get(s).size(), snapshots.get(s).size(), "snapshot " + s + " size");
      }
    }

    @Override
    public String toString() {
      return "ledger of " + flows.size() + " flows, " + snapshots.size() + " snapshots";
    }
  }

  @Property(tries = 200)
  void aLedgerHoldsWhatItsModelHoldsAfterEveryStep(@ForAll("chains") ActionChain<Machine> chain) {
    Machine end = chain.withInvariant("ledger equals model", Machine::invariant).run();
    Statistics.label("flows at the end")
        .collect(end.flows.size() >= MAX_FLOWS - 4 ? "near the limit" : "fewer");
  }

  @Provide
  Arbitrary<ActionChain<Machine>> chains() {
    return ActionChain.startWith(Machine::new)
        .withAction(3, new AppendOne())
        .withAction(2, new AppendDuplicate())
        .withAction(3, new AppendBatch())
        .withAction(1, new AppendSnapshot())
        .withAction(2, Action.just(Transformer.mutate("snapshot", Machine::snapshot)))
        .withMaxTransformations(25);
  }

  /** Flows with an id from a pool of 8 (so ids meet again, often on different flows) or none. */
  static Arbitrary<Flow> flows() {
    return Combinators.combine(
            ReciprocityArbitraries.flows(),
            Arbitraries.integers().between(0, 7).map(i -> "id" + i).optional(0.6))
        .as((f, id) -> id.isEmpty() ? f : Flow.builder().from(f).id(id.get()).build());
  }

  /** One flow: new, or one whose id is taken by a different flow (refused). */
  static final class AppendOne implements Action.Independent<Machine> {
    @Override
    public Arbitrary<Transformer<Machine>> transformer() {
      return flows().map(f -> Transformer.mutate("append " + f, m -> m.appendOne(f)));
    }
  }

  /** A flow the ledger holds, again: nothing appended. */
  static final class AppendDuplicate implements Action.Dependent<Machine> {
    @Override
    public boolean precondition(Machine m) {
      return !m.byId.isEmpty();
    }

    @Override
    public Arbitrary<Transformer<Machine>> transformer(Machine m) {
      return Arbitraries.of(List.copyOf(m.byId.values()))
          .map(f -> Transformer.mutate("append again " + f, s -> s.appendOne(f)));
    }
  }

  /** A batch of new flows, flows the ledger holds and flows with taken ids, in any order. */
  static final class AppendBatch implements Action.Dependent<Machine> {
    @Override
    public Arbitrary<Transformer<Machine>> transformer(Machine m) {
      Arbitrary<Flow> member =
          m.byId.isEmpty()
              ? flows()
              : Arbitraries.oneOf(flows(), Arbitraries.of(List.copyOf(m.byId.values())));
      return member
          .list()
          .ofMaxSize(6)
          .map(b -> Transformer.mutate("appendAll " + b, s -> s.appendAll(b)));
    }
  }

  /** A snapshot of new flows as a batch: the bulk path, by columns where no flow has an id. */
  static final class AppendSnapshot implements Action.Independent<Machine> {
    @Override
    public Arbitrary<Transformer<Machine>> transformer() {
      return Arbitraries.oneOf(ReciprocityArbitraries.flows(), flows())
          .list()
          .ofMaxSize(6)
          .map(
              b ->
                  Transformer.mutate("appendAll(snapshot of " + b + ")", s -> s.appendSnapshot(b)));
    }
  }
}
