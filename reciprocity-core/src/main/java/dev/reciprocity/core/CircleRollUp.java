package dev.reciprocity.core;

import dev.reciprocity.Amount;
import dev.reciprocity.Circles;
import dev.reciprocity.Implements;
import dev.reciprocity.PartyId;
import dev.reciprocity.PatternComponent;
import dev.reciprocity.spi.FlowColumns;
import java.util.Objects;

/**
 * Flows rolled up to circles ({@link Circles}): each flow's giver and receiver replaced by the
 * circle they belong to at the flow's instant, {@code levels} circles up (person, role, circle,
 * organisation); a flow whose two ends roll up to the same circle stays inside it and cancels. The
 * result is a snapshot of flows between circles, which every figure, strategy and review reads as
 * it reads flows between people. The weight is conserved: what is between circles plus what
 * cancelled is the total. Flows keep their kind, amount and instant, not their id or tags.
 *
 * @param between the flows between circles
 * @param cancelled the weight of the flows that stayed inside a circle
 * @param cancelledFlows how many flows stayed inside a circle
 */
@Implements(PatternComponent.CIRCLES)
public record CircleRollUp(LedgerSnapshot between, Amount cancelled, long cancelledFlows) {

  /**
   * Checks the parts.
   *
   * @throws NullPointerException if a part is null
   */
  public CircleRollUp {
    Objects.requireNonNull(between, "between");
    Objects.requireNonNull(cancelled, "cancelled");
  }

  /**
   * Rolls flows up to circles.
   *
   * @param flows the flows
   * @param circles the memberships
   * @param levels how many circles up, at least 1
   * @return the flows between circles and what cancelled
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if {@code levels < 1}
   */
  public static CircleRollUp of(LedgerSnapshot flows, Circles circles, int levels) {
    Objects.requireNonNull(flows, "flows");
    Objects.requireNonNull(circles, "circles");
    if (levels < 1) {
      throw new IllegalArgumentException("levels must be at least 1, got " + levels);
    }
    FlowColumns c = flows.columns();
    LedgerSnapshot.Builder between = LedgerSnapshot.builder();
    long cancelled = 0;
    long cancelledFlows = 0;
    for (int row = 0; row < c.size(); row++) {
      java.time.Instant at = c.instant(row);
      PartyId giver = circles.rollUp(c.party(c.giver(row)), at, levels);
      PartyId receiver = circles.rollUp(c.party(c.receiver(row)), at, levels);
      long micros = c.micros(row);
      if (giver.equals(receiver)) {
        cancelled += micros; // within the snapshot's total: cannot wrap
        cancelledFlows++;
      } else {
        var unused =
            between.add(
                giver, receiver, c.kind(c.kindOf(row)), micros, c.epochSecond(row), c.nano(row));
      }
    }
    return new CircleRollUp(between.build(), Amount.ofMicros(cancelled), cancelledFlows);
  }
}
