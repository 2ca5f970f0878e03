package dev.reciprocity.core.internal;

import dev.reciprocity.Amount;
import dev.reciprocity.Flow;
import dev.reciprocity.ImmediateScores;
import dev.reciprocity.OpenObligation;
import dev.reciprocity.PartyId;
import dev.reciprocity.ReciprocityRule;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Immediate (transaction-level) reciprocity; see {@code Strategies.immediate}. */
final class ImmediateStrategy
    extends RuleScopedStrategy<ImmediateStrategy.Accumulator, ImmediateScores> {

  /** The flows of each dyad, kept whole so that matching runs in time order at the end. */
  static final class Accumulator extends Admission {
    private final Map<Edge, List<Flow>> dyads = new HashMap<>();
  }

  /** Time order; ties broken by content so that the result does not depend on ingest order. */
  static final Comparator<Flow> TIME_ORDER =
      Comparator.comparing(Flow::instant)
          .thenComparing(Flow::giver)
          .thenComparing(Flow::receiver)
          .thenComparing(Flow::kind)
          .thenComparing(Flow::amount);

  ImmediateStrategy(ReciprocityRule rule) {
    super("immediate", rule);
  }

  @Override
  public Accumulator createAccumulator() {
    return new Accumulator();
  }

  @Override
  void addScored(Accumulator accumulator, Flow flow) {
    accumulator
        .dyads
        .computeIfAbsent(
            new Edge(flow.giver(), flow.receiver()).undirected(), e -> new ArrayList<>())
        .add(flow);
  }

  @Override
  void mergeScored(Accumulator first, Accumulator second) {
    second.dyads.forEach(
        (dyad, flows) -> first.dyads.computeIfAbsent(dyad, d -> new ArrayList<>()).addAll(flows));
  }

  /** An open gift, or the open part of one. */
  private static final class Gift {
    final Flow flow;
    long open;

    Gift(Flow flow, long open) {
      this.flow = flow;
      this.open = open;
    }
  }

  @Override
  public ImmediateScores result(Accumulator accumulator) {
    Duration window = rule.window();
    Instant asOf =
        accumulator.dyads.values().stream()
            .flatMap(List::stream)
            .map(Flow::instant)
            .max(Comparator.naturalOrder())
            .orElse(Instant.EPOCH);
    long gifts = 0;
    long returned = 0;
    List<OpenObligation> open = new ArrayList<>();
    for (List<Flow> dyadFlows : accumulator.dyads.values()) {
      List<Flow> sorted = new ArrayList<>(dyadFlows);
      sorted.sort(TIME_ORDER);
      // open gifts per direction, oldest first; key: the giver of the gift
      Map<PartyId, Deque<Gift>> openByGiver = new HashMap<>();
      for (Flow f : sorted) {
        long amount = f.amount().micros();
        Deque<Gift> giftsFromReceiver =
            openByGiver.computeIfAbsent(f.receiver(), k -> new ArrayDeque<>());
        // this flow first returns, oldest first, what its receiver gave its giver within the window
        for (Gift g : giftsFromReceiver) {
          if (amount == 0) {
            break;
          }
          boolean inWindow = Duration.between(g.flow.instant(), f.instant()).compareTo(window) <= 0;
          if (g.open == 0 || !inWindow) {
            continue;
          }
          long settled = Math.min(g.open, amount);
          g.open -= settled;
          amount -= settled;
          returned += settled;
        }
        giftsFromReceiver.removeIf(g -> g.open == 0);
        if (amount > 0) {
          gifts += amount;
          openByGiver.computeIfAbsent(f.giver(), k -> new ArrayDeque<>()).add(new Gift(f, amount));
        }
      }
      for (Deque<Gift> q : openByGiver.values()) {
        for (Gift g : q) {
          Duration age = Duration.between(g.flow.instant(), asOf);
          open.add(
              OpenObligation.builder()
                  .creditor(g.flow.giver())
                  .debtor(g.flow.receiver())
                  .amount(Amount.ofMicros(g.open))
                  .since(g.flow.instant())
                  .age(age)
                  .overdue(age.compareTo(window) > 0)
                  .build());
        }
      }
    }
    open.sort(
        Comparator.comparing(OpenObligation::since)
            .thenComparing(OpenObligation::creditor)
            .thenComparing(OpenObligation::debtor)
            .thenComparing(OpenObligation::amount));
    return ImmediateScores.builder()
        .window(window)
        .giftWeight(Amount.ofMicros(gifts))
        .returnedWeight(Amount.ofMicros(returned))
        .addAllOpenObligations(open)
        .build();
  }

  /** The built-in writer of {@link ImmediateScores}: text, Markdown and JSON. */
  @Override
  public java.util.Optional<dev.reciprocity.spi.ResultWriter<ImmediateScores>> writer() {
    return java.util.Optional.of(ResultWriters.IMMEDIATE);
  }
}
