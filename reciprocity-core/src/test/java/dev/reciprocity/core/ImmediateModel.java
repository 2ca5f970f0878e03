package dev.reciprocity.core;

import dev.reciprocity.Amount;
import dev.reciprocity.Flow;
import dev.reciprocity.PartyId;
import dev.reciprocity.ReciprocityRule;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Immediate (transaction-level) reciprocity written from the javadoc of {@link
 * Strategies#immediate}, not from its implementation, with {@link BigDecimal} amounts:
 *
 * <ol>
 *   <li>Only flows of the kinds the rule scores count.
 *   <li>Within each dyad, flows are taken in time order, ties broken by content: instant, giver,
 *       receiver, kind, amount.
 *   <li>A flow {@code j -> i} first returns the open gifts {@code i -> j} made at most the window
 *       before it, oldest first, settling as much as its amount allows.
 *   <li>What is left of it becomes a gift {@code j -> i} awaiting return.
 *   <li>Gift weight: everything that became a gift; returned weight: everything that settled one.
 *   <li>Open obligations: the unsettled parts of the gifts, aged at the latest flow scored, overdue
 *       when older than the window.
 * </ol>
 */
final class ImmediateModel {

  /** An open obligation as the model sees it; its amount made exact at the end. */
  record Open(
      PartyId creditor,
      PartyId debtor,
      Amount amount,
      Instant since,
      Duration age,
      boolean overdue) {}

  /** Time order, ties broken by content, as the javadoc lists it. */
  static final Comparator<Flow> ORDER =
      Comparator.comparing(Flow::instant)
          .thenComparing((Flow f) -> f.giver().value())
          .thenComparing(f -> f.receiver().value())
          .thenComparing(f -> f.kind().name())
          .thenComparing(f -> f.kind().unit())
          .thenComparing(f -> f.amount().toBigDecimal());

  /** Every field, so that two lists of obligations compare as multisets once sorted. */
  static final Comparator<Open> BY_CONTENT =
      Comparator.comparing(Open::since)
          .thenComparing(o -> o.creditor().value())
          .thenComparing(o -> o.debtor().value())
          .thenComparing(Open::amount)
          .thenComparing(Open::age)
          .thenComparing(Open::overdue);

  final BigDecimal giftWeight;
  final BigDecimal returnedWeight;

  /** Sorted by {@link #BY_CONTENT}. */
  final List<Open> open;

  private ImmediateModel(BigDecimal giftWeight, BigDecimal returnedWeight, List<Open> open) {
    this.giftWeight = giftWeight;
    this.returnedWeight = returnedWeight;
    this.open = open;
  }

  /** A gift and the part of it still open; the developmental model keeps its gifts so too. */
  static final class Gift {
    final Flow flow;
    BigDecimal open;

    Gift(Flow flow, BigDecimal open) {
      this.flow = flow;
      this.open = open;
    }
  }

  static ImmediateModel of(List<Flow> flows, ReciprocityRule rule) {
    Duration window = rule.window();
    List<Flow> scored = new ArrayList<>();
    for (Flow f : flows) {
      if (rule.kinds().isEmpty() || rule.kinds().contains(f.kind())) {
        scored.add(f);
      }
    }
    // the dyad {a, b}, keyed by the two names in order
    Map<List<String>, List<Flow>> dyads =
        new TreeMap<>(
            Comparator.comparing((List<String> k) -> k.get(0)).thenComparing(k -> k.get(1)));
    Instant latest = null;
    for (Flow f : scored) {
      String g = f.giver().value();
      String r = f.receiver().value();
      dyads
          .computeIfAbsent(
              g.compareTo(r) < 0 ? List.of(g, r) : List.of(r, g), k -> new ArrayList<>())
          .add(f);
      latest = latest == null || f.instant().isAfter(latest) ? f.instant() : latest;
    }
    BigDecimal gifts = BigDecimal.ZERO;
    BigDecimal returned = BigDecimal.ZERO;
    List<Open> open = new ArrayList<>();
    for (List<Flow> dyad : dyads.values()) {
      List<Flow> inOrder = new ArrayList<>(dyad);
      inOrder.sort(ORDER);
      // every gift of the dyad, both ways, in the order made: oldest first
      List<Gift> made = new ArrayList<>();
      for (Flow f : inOrder) {
        BigDecimal left = f.amount().toBigDecimal();
        for (Gift g : made) {
          if (left.signum() == 0) {
            break;
          }
          boolean returnable =
              g.flow.giver().equals(f.receiver())
                  && g.flow.receiver().equals(f.giver())
                  && g.open.signum() > 0
                  // made at most the window before f
                  && !g.flow.instant().plus(window).isBefore(f.instant());
          if (returnable) {
            BigDecimal settled = g.open.min(left);
            g.open = g.open.subtract(settled);
            left = left.subtract(settled);
            returned = returned.add(settled);
          }
        }
        if (left.signum() > 0) {
          gifts = gifts.add(left);
          made.add(new Gift(f, left));
        }
      }
      for (Gift g : made) {
        if (g.open.signum() > 0) {
          Duration age = Duration.between(g.flow.instant(), latest);
          open.add(
              new Open(
                  g.flow.giver(),
                  g.flow.receiver(),
                  Amount.of(g.open),
                  g.flow.instant(),
                  age,
                  age.compareTo(window) > 0));
        }
      }
    }
    open.sort(BY_CONTENT);
    return new ImmediateModel(gifts, returned, open);
  }
}
