package dev.reciprocity.core;

import dev.reciprocity.Amount;
import dev.reciprocity.FlowKind;
import dev.reciprocity.Implements;
import dev.reciprocity.LimitExceededException;
import dev.reciprocity.PatternComponent;
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
 * at its instant (the rate for the kind in the unit its flows are counted in, {@link
 * Valuation#rateAt(FlowKind, Instant)}), rounded to the nearest micro (halves to even), and its
 * kind in the valuation's unit; so that every figure adds kinds that differ in their own units.
 * Stateless and thread-safe.
 */
@Implements(PatternComponent.BENEFIT_SYMMETRY)
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
    refuseAmbiguousRates(c, valuation);
    Map<String, Instant> missing = new TreeMap<>();
    for (int row = 0; row < c.size(); row++) {
      FlowKind kind = c.kind(c.kindOf(row));
      Instant at = c.instant(row);
      if (valuation.rateAt(kind, at).isEmpty()) {
        missing.merge(kind.toString(), at, (a, b) -> a.isBefore(b) ? a : b);
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
      Optional<BigDecimal> rate = valuation.rateAt(kind, at);
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

  /**
   * Refuses a rate without a unit for a kind whose flows are counted in two units: one rate cannot
   * value both.
   */
  private static void refuseAmbiguousRates(FlowColumns c, Valuation valuation) {
    Map<String, String> unitOf = new TreeMap<>();
    for (int k = 0; k < c.kindCount(); k++) {
      FlowKind kind = c.kind(k);
      String first = unitOf.putIfAbsent(kind.name(), kind.unit());
      if (first == null || first.equals(kind.unit())) {
        continue;
      }
      for (Valuation.Rate r : valuation.rates()) {
        if (r.kind().equals(kind.name()) && r.unit().isEmpty()) {
          throw new UnitMismatchException(
              "the flows count kind "
                  + kind.name()
                  + " in "
                  + first
                  + " and in "
                  + kind.unit()
                  + ", but its rate in the valuation gives no unit, so it cannot value both. Fix:"
                  + " give the kind one rate per unit, each with its unit.",
              first,
              kind.unit());
        }
      }
    }
  }
}
