package dev.reciprocity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.zone.ZoneOffsetTransition;
import java.util.List;
import java.util.TreeSet;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.Tuple.Tuple2;

/**
 * Seasons tile time: the season of an instant contains it, and the next season starts where it
 * ends, in every time zone the JDK knows (daylight saving time, midnight transitions, skipped days)
 * and for custom lengths. Seasonal scoring and the chronic streaks rely on both.
 */
class CadenceProperties {

  private static final long FIRST = Instant.parse("1950-01-01T00:00:00Z").getEpochSecond();
  private static final long DAY = Duration.ofDays(1).toSeconds();
  private static final long LAST = Instant.parse("2100-01-01T00:00:00Z").getEpochSecond();

  @Property
  void theSeasonOfAnInstantContainsIt(@ForAll("cadencesAndInstants") Tuple2<Cadence, Instant> t) {
    Interval season = t.get1().seasonOf(t.get2());

    assertTrue(season.contains(t.get2()), () -> season + " does not contain " + t.get2());
    assertEquals(season, t.get1().seasonOf(season.start()), "the season of its first instant");
    assertEquals(
        season, t.get1().seasonOf(season.end().minusNanos(1)), "the season of its last instant");
  }

  @Property
  void theNextSeasonStartsWhereASeasonEnds(
      @ForAll("cadencesAndInstants") Tuple2<Cadence, Instant> t) {
    Cadence cadence = t.get1();
    Interval season = cadence.seasonOf(t.get2());
    Interval next = cadence.next(season);

    assertEquals(season.end(), next.start(), () -> season + " then " + next);
    assertEquals(next, cadence.seasonOf(next.start()));
  }

  /**
   * A cadence and an instant; for a calendar cadence, half of the instants lie within two days of
   * one of the zone's offset transitions (daylight saving time, changes of standard offset), where
   * a season's first midnight may not exist or may occur twice.
   */
  @Provide
  Arbitrary<Tuple2<Cadence, Instant>> cadencesAndInstants() {
    List<String> zones = List.copyOf(new TreeSet<>(ZoneId.getAvailableZoneIds()));
    Arbitrary<Cadence> calendar =
        Combinators.combine(
                Arbitraries.of(
                    Cadence.Unit.MONTH,
                    Cadence.Unit.QUARTER,
                    Cadence.Unit.YEAR,
                    Cadence.Unit.ISO_WEEK),
                Arbitraries.of(zones))
            .as((unit, zone) -> Cadence.calendar(unit, ZoneId.of(zone)));
    Arbitrary<Tuple2<Cadence, Instant>> calendarNearTransitions =
        Combinators.combine(
                calendar,
                instants(),
                Arbitraries.longs().between(-2 * DAY, 2 * DAY),
                Arbitraries.of(true, false))
            .as(
                (cadence, instant, offset, nearTransition) -> {
                  if (!nearTransition) {
                    return Tuple.of(cadence, instant);
                  }
                  ZoneOffsetTransition tr = cadence.zone().getRules().nextTransition(instant);
                  return Tuple.of(
                      cadence, tr == null ? instant : tr.getInstant().plusSeconds(offset));
                });
    Arbitrary<Cadence> custom =
        Combinators.combine(
                Arbitraries.longs().between(1, Duration.ofDays(400).toSeconds()), instants())
            .as((seconds, anchor) -> Cadence.every(Duration.ofSeconds(seconds), anchor));
    Arbitrary<Tuple2<Cadence, Instant>> customAndInstants =
        Combinators.combine(custom, instants()).as(Tuple::of);
    return Arbitraries.oneOf(List.of(calendarNearTransitions, customAndInstants));
  }

  @Provide
  Arbitrary<Instant> instants() {
    return Arbitraries.longs().between(FIRST, LAST).map(Instant::ofEpochSecond);
  }
}
