package dev.reciprocity.core;

import dev.reciprocity.Amount;
import dev.reciprocity.DevelopmentalScores.ReturnFrom;
import dev.reciprocity.Flow;
import dev.reciprocity.ReciprocityRule;
import dev.reciprocity.core.ImmediateModel.Open;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Developmental reciprocity written from the javadoc of {@link Strategies#developmental}, not from
 * its implementation, with {@link BigDecimal} amounts and a plain list of every gift:
 *
 * <ol>
 *   <li>Only flows of the kinds the rule scores count, taken in time order, ties broken by content
 *       (instant, giver, receiver, kind, amount: {@link ImmediateModel#ORDER}).
 *   <li>A gift made at {@code t} is due from {@code t + lag} to {@code t + lag + window},
 *       inclusive.
 *   <li>A flow {@code x -> y} first returns the gifts due at its instant that {@code x} received:
 *       from {@code y} only ({@code DYAD}) or from anyone ({@code NETWORK}), oldest first, as far
 *       as its amount goes.
 *   <li>What is left of it becomes a gift {@code x -> y}.
 *   <li>Gift weight: everything that became a gift; returned weight: everything that returned one.
 *   <li>Open obligations: the unreturned parts, aged at the latest flow scored, overdue when the
 *       latest flow is past {@code t + lag + window}.
 * </ol>
 */
final class DevelopmentalModel {

  final BigDecimal giftWeight;
  final BigDecimal returnedWeight;

  /** Sorted by {@link ImmediateModel#BY_CONTENT}. */
  final List<Open> open;

  private DevelopmentalModel(BigDecimal giftWeight, BigDecimal returnedWeight, List<Open> open) {
    this.giftWeight = giftWeight;
    this.returnedWeight = returnedWeight;
    this.open = open;
  }

  static DevelopmentalModel of(
      List<Flow> flows, ReciprocityRule rule, Duration lag, ReturnFrom returnFrom) {
    Duration window = rule.window();
    List<Flow> scored = new ArrayList<>();
    Instant latest = null;
    for (Flow f : flows) {
      if (rule.kinds().isEmpty() || rule.kinds().contains(f.kind())) {
        scored.add(f);
        latest = latest == null || f.instant().isAfter(latest) ? f.instant() : latest;
      }
    }
    scored.sort(ImmediateModel.ORDER);
    BigDecimal gifts = BigDecimal.ZERO;
    BigDecimal returned = BigDecimal.ZERO;
    List<ImmediateModel.Gift> made =
        new ArrayList<>(); // every gift, in the order made: oldest first
    for (Flow f : scored) {
      BigDecimal left = f.amount().toBigDecimal();
      for (ImmediateModel.Gift g : made) {
        if (left.signum() == 0) {
          break;
        }
        Instant dueFrom = g.flow.instant().plus(lag);
        Instant dueBy = dueFrom.plus(window);
        boolean returnable =
            g.open.signum() > 0
                && g.flow.receiver().equals(f.giver())
                && (returnFrom == ReturnFrom.NETWORK || g.flow.giver().equals(f.receiver()))
                && !f.instant().isBefore(dueFrom)
                && !f.instant().isAfter(dueBy);
        if (returnable) {
          BigDecimal settled = g.open.min(left);
          g.open = g.open.subtract(settled);
          left = left.subtract(settled);
          returned = returned.add(settled);
        }
      }
      if (left.signum() > 0) {
        gifts = gifts.add(left);
        made.add(new ImmediateModel.Gift(f, left));
      }
    }
    List<Open> open = new ArrayList<>();
    for (ImmediateModel.Gift g : made) {
      if (g.open.signum() > 0) {
        open.add(
            new Open(
                g.flow.giver(),
                g.flow.receiver(),
                Amount.of(g.open),
                g.flow.instant(),
                Duration.between(g.flow.instant(), latest),
                latest.isAfter(g.flow.instant().plus(lag).plus(window))));
      }
    }
    open.sort(ImmediateModel.BY_CONTENT);
    return new DevelopmentalModel(gifts, returned, open);
  }
}
