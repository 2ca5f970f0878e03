package dev.reciprocity.core.internal;

import dev.reciprocity.Amount;
import dev.reciprocity.Flow;
import dev.reciprocity.FlowKind;
import dev.reciprocity.LimitExceededException;
import dev.reciprocity.UnitMismatchException;
import dev.reciprocity.internal.Texts;
import org.jspecify.annotations.Nullable;

/**
 * What every built-in accumulator checks before a flow enters: one unit, and a total of amounts
 * that exact figures can hold. With the total bounded by {@code Long.MAX_VALUE} millionths, every
 * figure computed from the flows (strengths, dyad sums, net balances, season sums) is bounded by it
 * too, so the inner loops add plain {@code long}s without overflow checks. Not thread-safe.
 */
class Admission {

  private @Nullable FlowKind unitKind;
  private long total;

  /**
   * Admits a flow, or refuses it leaving this unchanged.
   *
   * @throws UnitMismatchException if its unit differs from the flows admitted before
   * @throws LimitExceededException if the total would pass {@link Amount#MAX}
   */
  final void admit(Flow flow) {
    FlowKind kind = flow.kind();
    if (unitKind != null && !unitKind.unit().equals(kind.unit())) {
      throw new UnitMismatchException(unitKind, kind);
    }
    long micros = flow.amount().micros();
    if (micros > Long.MAX_VALUE - total) {
      throw totalExceeded("the flow " + Texts.describe(flow));
    }
    if (unitKind == null) {
      unitKind = kind;
    }
    total += micros;
  }

  /**
   * Admits what another accumulator admitted, or refuses it leaving this unchanged.
   *
   * @throws UnitMismatchException if the two hold different units
   * @throws LimitExceededException if the total would pass {@link Amount#MAX}
   */
  final void admitAll(Admission other) {
    if (other.unitKind == null) {
      return;
    }
    if (unitKind != null && !unitKind.unit().equals(other.unitKind.unit())) {
      throw new UnitMismatchException(unitKind, other.unitKind);
    }
    if (other.total > Long.MAX_VALUE - total) {
      throw totalExceeded("the " + Amount.ofMicros(other.total) + " of another accumulator");
    }
    if (unitKind == null) {
      unitKind = other.unitKind;
    }
    total += other.total;
  }

  /** The refusal of an amount that would take a total past {@link Amount#MAX}. */
  static LimitExceededException totalExceeded(String what) {
    return new LimitExceededException(
        "totalAmount",
        "adding "
            + what
            + " would take the total"
            + " of amounts past "
            + Amount.MAX
            + ", the most exact figures hold; nothing was added."
            + " Fix: split the flows into parts scored apart, or record them in a larger unit.");
  }
}
