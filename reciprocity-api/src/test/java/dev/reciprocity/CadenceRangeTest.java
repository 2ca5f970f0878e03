package dev.reciprocity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import org.junit.jupiter.api.Test;

/**
 * Every {@link Cadence} method on instants as far as {@link Instant#MIN} and {@link Instant#MAX}:
 * the latest season that fits, or an {@link IllegalArgumentException} that gives the range; never a
 * {@code DateTimeException} or an {@code ArithmeticException}.
 */
class CadenceRangeTest {

  /**
   * The embedder trial: {@code Cadence.monthly().lastCompleteSeason(Instant.MAX)} threw {@code
   * DateTimeException}, though {@code Instant.MAX} is documented to judge every season.
   */
  @Test
  void instantMaxJudgesEverySeasonOfAMonthlyCadence() {
    Interval last = Cadence.monthly().lastCompleteSeason(Instant.MAX);

    assertEquals("999999999-11", last.label());
    assertEquals(Instant.parse("+999999999-11-01T00:00:00Z"), last.start());
    assertEquals(Instant.parse("+999999999-12-01T00:00:00Z"), last.end());
  }

  @Test
  void everyCadenceHasALastCompleteSeasonAtInstantMax() {
    for (Cadence cadence : cadences()) {
      Interval last = cadence.lastCompleteSeason(Instant.MAX);
      assertFalse(last.end().isAfter(Instant.MAX), cadence::toString);
      assertEquals(last, cadence.seasonOf(last.start()), cadence::toString);
      IllegalArgumentException e =
          assertThrows(IllegalArgumentException.class, () -> cadence.next(last));
      assertTrue(e.getMessage().startsWith("there is no season after "), e::getMessage);
      assertTrue(e.getMessage().contains("Fix: "), e::getMessage);
      assertEquals(last, cadence.next(cadence.previous(last)));
    }
  }

  @Test
  void anInstantPastTheLastSeasonIsRefusedWithTheRange() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Cadence.monthly().seasonOf(Instant.MAX));

    assertEquals(
        "instant +1000000000-12-31T23:59:59.999999999Z lies outside the seasons this MONTH cadence"
            + " can represent, from -999999999-01-01T00:00:00Z to +999999999-12-01T00:00:00Z (the"
            + " range of java.time). Fix: pass an instant in that range, such as the last flow's"
            + " instant or now.",
        e.getMessage());
  }

  @Test
  void thereIsNoCompleteSeasonAtInstantMinAndTheFirstSeasonHasNoneBefore() {
    for (Cadence cadence : cadences()) {
      IllegalArgumentException e =
          assertThrows(
              IllegalArgumentException.class,
              () -> cadence.lastCompleteSeason(Instant.MIN),
              cadence::toString);
      assertTrue(e.getMessage().startsWith("no season of this "), e::getMessage);
      try {
        // a custom cadence may have a season that starts right at Instant.MIN
        assertEquals(Instant.MIN, cadence.seasonOf(Instant.MIN).start(), cadence::toString);
      } catch (IllegalArgumentException refused) {
        assertTrue(refused.getMessage().contains("lies outside the seasons"), refused::getMessage);
      }
      // walk back from a season near the start of the range to the first season
      Duration step =
          cadence.unit() == Cadence.Unit.CUSTOM
              ? cadence.length().orElseThrow().multipliedBy(2)
              : Duration.ofDays(800);
      Interval season = cadence.lastCompleteSeason(Instant.MIN.plus(step));
      IllegalArgumentException before = null;
      for (int i = 0; i < 200 && before == null; i++) {
        try {
          Interval earlier = cadence.previous(season);
          assertEquals(season, cadence.next(earlier));
          season = earlier;
        } catch (IllegalArgumentException refused) {
          before = refused;
        }
      }
      assertTrue(before != null, cadence::toString);
      String m = before.getMessage();
      assertTrue(m.startsWith("there is no season before "), m);
    }
  }

  /**
   * Over the whole range of {@link Instant}: every method returns a season that keeps its promise
   * or refuses with an {@link IllegalArgumentException}, nothing else.
   */
  @Property(tries = 3000)
  void everyMethodAnswersOrRefusesOverTheWholeRange(
      @ForAll("cadence") Cadence cadence, @ForAll("anyInstant") Instant instant) {
    try {
      Interval season = cadence.seasonOf(instant);
      Statistics.label("seasonOf").collect("season");
      assertTrue(season.contains(instant), () -> season + " " + instant);
    } catch (IllegalArgumentException e) {
      Statistics.label("seasonOf").collect("refused");
      assertTrue(e.getMessage().contains("Fix: "), e::getMessage);
    }
    try {
      Interval last = cadence.lastCompleteSeason(instant);
      Statistics.label("lastCompleteSeason").collect("season");
      assertFalse(last.end().isAfter(instant), () -> last + " " + instant);
      try {
        assertTrue(cadence.next(last).end().isAfter(instant), () -> last + " " + instant);
      } catch (IllegalArgumentException e) {
        assertTrue(e.getMessage().startsWith("there is no season after"), e::getMessage);
      }
    } catch (IllegalArgumentException e) {
      Statistics.label("lastCompleteSeason").collect("refused");
      assertTrue(e.getMessage().startsWith("no season of this "), e::getMessage);
    }
    Statistics.label("seasonOf").coverage(c -> c.check("season").percentage(p -> p > 50));
    Statistics.label("seasonOf").coverage(c -> c.check("refused").percentage(p -> p > 5));
  }

  @Provide
  Arbitrary<Cadence> cadence() {
    return Arbitraries.of(cadences());
  }

  /** Instants near the edges of the range, near the epoch, and anywhere. */
  @Provide
  Arbitrary<Instant> anyInstant() {
    long min = Instant.MIN.getEpochSecond();
    long max = Instant.MAX.getEpochSecond();
    long year = Duration.ofDays(366).toSeconds();
    return Arbitraries.oneOf(
            Arbitraries.longs().between(min, min + 2 * year),
            Arbitraries.longs().between(max - 2 * year, max),
            Arbitraries.longs().between(-100 * year, 100 * year),
            Arbitraries.longs().between(min, max))
        .map(Instant::ofEpochSecond)
        .injectDuplicates(0.01)
        .edgeCases(e -> e.add(Instant.MIN, Instant.MAX));
  }

  private static List<Cadence> cadences() {
    List<Cadence> all = new ArrayList<>();
    for (String zone :
        new String[] {"UTC", "Pacific/Kiritimati", "Pacific/Pago_Pago", "Europe/Paris"}) {
      for (Cadence.Unit unit :
          new Cadence.Unit[] {
            Cadence.Unit.MONTH, Cadence.Unit.QUARTER, Cadence.Unit.YEAR, Cadence.Unit.ISO_WEEK
          }) {
        all.add(Cadence.calendar(unit, ZoneId.of(zone)));
      }
    }
    all.add(Cadence.every(Duration.ofDays(42), Instant.parse("2026-01-05T09:00:00Z")));
    all.add(Cadence.every(Duration.ofSeconds(7), Instant.EPOCH));
    all.add(Cadence.every(Duration.ofDays(365L * 1_000_000), Instant.EPOCH));
    all.add(Cadence.calendar(Cadence.Unit.MONTH, ZoneOffset.ofHours(-18)));
    return all;
  }
}
