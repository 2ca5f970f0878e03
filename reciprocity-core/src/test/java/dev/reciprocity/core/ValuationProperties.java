package dev.reciprocity.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.reciprocity.Amount;
import dev.reciprocity.Flow;
import dev.reciprocity.FlowKind;
import dev.reciprocity.PartyId;
import dev.reciprocity.ReciprocityRule;
import dev.reciprocity.UnitMismatchException;
import dev.reciprocity.Valuation;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/**
 * Valuation across kinds: linear (every rate times {@code c} gives every valued figure times {@code
 * c}), each flow valued by its own kind's rate in effect at its instant, exact with halves rounded
 * to even, and a kind without a rate refused by name.
 */
class ValuationProperties extends CommunityProviders {

  @Property(tries = 200)
  void valuationIsLinear(
      @ForAll("communities") List<Flow> flows,
      @ForAll @IntRange(min = 1, max = 9) int c,
      @ForAll @IntRange(min = 1, max = 20) int baseRate) {
    LedgerSnapshot snapshot = LedgerSnapshot.of(flows);
    Valuation once = valuation(snapshot, baseRate);
    Valuation scaled = valuation(snapshot, baseRate * c);
    PortfolioFigures a = PortfolioFigures.of(Valued.of(snapshot, once), ReciprocityRule.defaults());
    PortfolioFigures b =
        PortfolioFigures.of(Valued.of(snapshot, scaled), ReciprocityRule.defaults());
    assertEquals(
        0,
        a.network()
            .totalWeight()
            .toBigDecimal()
            .multiply(BigDecimal.valueOf(c))
            .compareTo(b.network().totalWeight().toBigDecimal()));
    assertEquals(a.network().weightedReciprocity(), b.network().weightedReciprocity(), 1e-12);
    Map<PartyId, BigDecimal> expected = new TreeMap<>();
    for (Flow f : flows) {
      // the model: the amount times the kind's rate, exact (integer rates need no rounding)
      BigDecimal v =
          f.amount().toBigDecimal().multiply(BigDecimal.valueOf(rateOf(f.kind(), baseRate * c)));
      expected.merge(f.giver(), v, BigDecimal::add);
    }
    expected.forEach(
        (p, out) ->
            assertEquals(
                0,
                out.compareTo(b.party(p).orElseThrow().outStrength().toBigDecimal()),
                p::toString));
  }

  /** A rate per kind: the base times one more than the kind's position among the kinds. */
  private static Valuation valuation(LedgerSnapshot snapshot, int base) {
    Valuation.Builder v = Valuation.builder().unit("hours");
    for (FlowKind k : snapshot.kinds()) {
      v.addRates(
          Valuation.Rate.builder()
              .kind(k.name())
              .rate(BigDecimal.valueOf(rateOf(k, base)))
              .build());
    }
    return v.build();
  }

  private static long rateOf(FlowKind kind, int base) {
    return (long) base * (1 + Math.floorMod(kind.name().hashCode(), 3));
  }

  @Test
  void eachFlowIsValuedAtTheRateInEffectRoundedHalfToEven() {
    Instant switchAt = Instant.parse("2024-01-01T00:00:00Z");
    Valuation v =
        Valuation.builder()
            .unit("hours")
            .addRates(
                Valuation.Rate.builder()
                    .kind("review")
                    .rate(new BigDecimal("0.5"))
                    .effectiveTo(switchAt)
                    .build(),
                Valuation.Rate.builder()
                    .kind("review")
                    .rate(new BigDecimal("2"))
                    .effectiveFrom(switchAt)
                    .build())
            .build();
    LedgerSnapshot flows =
        LedgerSnapshot.builder()
            .add(PartyId.of("a"), PartyId.of("b"), FlowKind.of("review"), 5, 1_600_000_000L, 0)
            .add(PartyId.of("a"), PartyId.of("b"), FlowKind.of("review"), 7, 1_800_000_000L, 0)
            .add(PartyId.of("b"), PartyId.of("a"), FlowKind.of("review"), 3, 1_600_000_000L, 0)
            .build();
    List<Flow> valued = Valued.of(flows, v).flows();
    // 5 * 0.5 = 2.5 micros -> 2 (half to even); 3 * 0.5 = 1.5 -> 2; 7 * 2 = 14
    assertEquals(Amount.ofMicros(2), valued.get(0).amount());
    assertEquals(Amount.ofMicros(14), valued.get(1).amount());
    assertEquals(Amount.ofMicros(2), valued.get(2).amount());
    assertEquals(FlowKind.of("review", "hours"), valued.get(0).kind());
  }

  @Test
  void aKindWithoutARateIsRefusedByName() {
    Valuation v =
        Valuation.builder()
            .unit("hours")
            .addRates(Valuation.Rate.builder().kind("review").rate(BigDecimal.ONE).build())
            .build();
    LedgerSnapshot flows =
        LedgerSnapshot.builder()
            .add(PartyId.of("a"), PartyId.of("b"), FlowKind.of("review"), 5, 1_600_000_000L, 0)
            .add(PartyId.of("a"), PartyId.of("b"), FlowKind.of("mentor"), 5, 1_600_000_000L, 0)
            .build();
    UnitMismatchException e = assertThrows(UnitMismatchException.class, () -> Valued.of(flows, v));
    assertTrue(e.getMessage().contains("no rate for mentor"), e.getMessage());
    assertThrows(
        IllegalArgumentException.class,
        () -> Valuation.Rate.builder().kind("x").rate(new BigDecimal("0.0000001")).build());
    assertThrows(
        IllegalArgumentException.class,
        () ->
            Valuation.builder()
                .unit("hours")
                .addRates(
                    Valuation.Rate.builder().kind("x").rate(BigDecimal.ONE).build(),
                    Valuation.Rate.builder().kind("x").rate(BigDecimal.TEN).build())
                .build());
  }

  /**
   * A rate that names its unit values the kind's flows in that unit only; a kind counted in two
   * units needs a rate per unit, and a rate without a unit for it is refused.
   */
  @Test
  void aRateWithAUnitValuesThatUnitOnly() {
    FlowKind hours = FlowKind.of("help", "hours");
    FlowKind minutes = FlowKind.of("help", "minutes");
    Valuation perUnit =
        Valuation.builder()
            .unit("hours")
            .addRates(
                Valuation.Rate.builder().kind("help").unit("hours").rate(BigDecimal.ONE).build(),
                Valuation.Rate.builder()
                    .kind("help")
                    .unit("minutes")
                    .rate(new BigDecimal("0.5"))
                    .build())
            .build();
    LedgerSnapshot both =
        LedgerSnapshot.builder()
            .add(PartyId.of("a"), PartyId.of("b"), hours, 3_000_000, 1_600_000_000L, 0)
            .add(PartyId.of("b"), PartyId.of("a"), minutes, 60_000_000, 1_600_000_000L, 0)
            .build();
    List<Flow> valued = Valued.of(both, perUnit).flows();
    assertEquals(Amount.ofMicros(3_000_000), valued.get(0).amount());
    assertEquals(Amount.ofMicros(30_000_000), valued.get(1).amount());

    Valuation hoursOnly =
        Valuation.builder()
            .unit("hours")
            .addRates(
                Valuation.Rate.builder().kind("help").unit("hours").rate(BigDecimal.ONE).build())
            .build();
    UnitMismatchException missing =
        assertThrows(UnitMismatchException.class, () -> Valued.of(both, hoursOnly));
    assertTrue(missing.getMessage().contains("no rate for help (minutes)"), missing.getMessage());

    Valuation noUnit =
        Valuation.builder()
            .unit("hours")
            .addRates(Valuation.Rate.builder().kind("help").rate(BigDecimal.ONE).build())
            .build();
    UnitMismatchException ambiguous =
        assertThrows(UnitMismatchException.class, () -> Valued.of(both, noUnit));
    assertTrue(
        ambiguous.getMessage().contains("count kind help in hours and in minutes"),
        ambiguous.getMessage());
    // the same rate without a unit values a kind counted in one unit, whatever it is
    LedgerSnapshot one =
        LedgerSnapshot.builder()
            .add(PartyId.of("a"), PartyId.of("b"), minutes, 7, 1_600_000_000L, 0)
            .build();
    assertEquals(Amount.ofMicros(7), Valued.of(one, noUnit).flows().get(0).amount());
    // a rate with a unit and one without for the same kind would both value it: refused
    assertThrows(
        IllegalArgumentException.class,
        () ->
            Valuation.builder()
                .unit("hours")
                .addRates(
                    Valuation.Rate.builder().kind("help").rate(BigDecimal.ONE).build(),
                    Valuation.Rate.builder()
                        .kind("help")
                        .unit("hours")
                        .rate(BigDecimal.TEN)
                        .build())
                .build());
  }
}
