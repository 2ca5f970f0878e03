package dev.reciprocity.core;

import dev.reciprocity.Amount;
import dev.reciprocity.FlowKind;
import dev.reciprocity.LimitExceededException;
import dev.reciprocity.UnitMismatchException;
import dev.reciprocity.Valuation;
import dev.reciprocity.spi.FlowColumns;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Flows valued in one unit ({@link Valuation}): each flow's amount times its kind's rate in effect
 * at its instant, rounded to the nearest micro (halves to even), and its kind in the valuation's
 * unit; so that every figure adds kinds that differ in their own units. Stateless and thread-safe.
 */
public final class Valued {

  private Valued() {}

  /**
   * Values every flow of a snapshot.
   *
   * @param flows the flows
   * @param valuation the rates
   * @return the flows with their amounts in the valuation's unit
   * @throws NullPointerException if an argument is null
   * @throws UnitMismatchException if a kind has no rate in effect at one of its flows: every such
   *     kind is named with the first instant it lacks one
   * @throws LimitExceededException if the valued total would pass {@link Amount#MAX}
   */
  public static LedgerSnapshot of(LedgerSnapshot flows, Valuation valuation) {
    Objects.requireNonNull(flows, "flows");
    Objects.requireNonNull(valuation, "valuation");
    FlowColumns c = flows.columns();
    Map<String, Instant> missing = new TreeMap<>();
    for (int row = 0; row < c.size(); row++) {
      String kind = c.kind(c.kindOf(row)).name();
      Instant at = c.instant(row);
      if (valuation.rateAt(kind, at).isEmpty()) {
        missing.merge(kind, at, (a, b) -> a.isBefore(b) ? a : b);
      }
    }
    if (!missing.isEmpty()) {
      StringBuilder named = new StringBuilder();
      missing.forEach(
          (kind, at) ->
              named
                  .append(named.length() == 0 ? "" : ", ")
                  .append(kind)
                  .append(" (at ")
                  .append(at)
                  .append(')'));
      throw new UnitMismatchException(
          "the valuation in "
              + valuation.unit()
              + " has no rate for "
              + named
              + ", so those flows cannot be added to the others. Fix: give each of those kinds a"
              + " rate in effect at its flows, or leave its flows out with --kind.",
          c.kind(c.kindOf(0)).unit(),
          valuation.unit());
    }
    LedgerSnapshot.Builder valued = LedgerSnapshot.builder();
    for (int row = 0; row < c.size(); row++) {
      FlowKind kind = c.kind(c.kindOf(row));
      Instant at = c.instant(row);
      Optional<BigDecimal> rate = valuation.rateAt(kind.name(), at);
      long micros;
      try {
        micros = Valuation.value(c.micros(row), rate.orElseThrow());
      } catch (ArithmeticException e) {
        throw new LimitExceededException(
            "Amount.MAX",
            "a flow of kind "
                + kind.name()
                + " valued at "
                + rate.orElseThrow().toPlainString()
                + " passes "
                + Amount.MAX
                + ", the most an amount holds. Fix: give the rates in a larger unit.");
      }
      var unused =
          valued.add(
              c.party(c.giver(row)),
              c.party(c.receiver(row)),
              FlowKind.of(kind.name(), valuation.unit()),
              micros,
              c.epochSecond(row),
              c.nano(row));
    }
    return valued.build();
  }
}
