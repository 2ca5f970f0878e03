package dev.reciprocity.spi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/** Named parameters of a strategy: parsed from {@code key=value} pairs, read by type. */
class StrategyParametersTest {

  @Test
  void pairsAreParsedStrippedAndReadByType() {
    StrategyParameters p =
        StrategyParameters.parse(" days = 14 , halfLife=P90D,asOf=2026-01-01T00:00:00Z,tag=x ");
    assertEquals(
        Map.of("days", "14", "halfLife", "P90D", "asOf", "2026-01-01T00:00:00Z", "tag", "x"),
        p.asMap());
    assertEquals(OptionalLong.of(14), p.integer("days", 1, 3650));
    assertEquals(Optional.of(Duration.ofDays(90)), p.duration("halfLife"));
    assertEquals(Optional.of(Instant.parse("2026-01-01T00:00:00Z")), p.instant("asOf"));
    assertEquals(Optional.of("x"), p.text("tag"));
    assertEquals(OptionalLong.empty(), p.integer("missing", 0, 1));
    assertEquals(Optional.empty(), p.duration("missing"));
    assertEquals(Optional.empty(), p.instant("missing"));
    assertEquals("asOf=2026-01-01T00:00:00Z,days=14,halfLife=P90D,tag=x", p.toString());
    assertEquals(p, StrategyParameters.of(p.asMap()));
    assertEquals(p.hashCode(), StrategyParameters.of(p.asMap()).hashCode());
  }

  @Test
  void nothingGivenIsNone() {
    assertTrue(StrategyParameters.parse("").isEmpty());
    assertTrue(StrategyParameters.parse("   ").isEmpty());
    assertEquals(StrategyParameters.none(), StrategyParameters.of(Map.of()));
  }

  @Test
  void theBoundsOfAWholeNumberAreInclusive() {
    StrategyParameters p = StrategyParameters.parse("low=1,high=10,below=0,above=11");
    assertEquals(OptionalLong.of(1), p.integer("low", 1, 10));
    assertEquals(OptionalLong.of(10), p.integer("high", 1, 10));
    assertRefused(() -> p.integer("below", 1, 10), "'0'", "outside [1, 10]");
    assertRefused(() -> p.integer("above", 1, 10), "'11'", "outside [1, 10]");
  }

  @Test
  void malformedValuesAreRefusedNamingTheStrategyParameterValueAndFix() {
    StrategyParameters p =
        StrategyParameters.parse("days=two,halfLife=90 days,zero=PT0S,asOf=yesterday")
            .forStrategy("review-for-review");
    assertRefused(
        () -> p.integer("days", 1, 10), "review-for-review", "'two'", "not a whole number");
    assertRefused(() -> p.duration("halfLife"), "'90 days'", "ISO-8601 duration", "P14D");
    assertRefused(() -> p.duration("zero"), "'PT0S'", "not positive");
    assertRefused(() -> p.instant("asOf"), "'yesterday'", "ISO-8601 instant");
  }

  @Test
  void malformedPairsAreRefused() {
    assertRefused(() -> StrategyParameters.parse("days"), "'days'", "key=value");
    assertRefused(() -> StrategyParameters.parse("days=1,days=2"), "given twice");
    assertRefused(() -> StrategyParameters.parse("da ys=1"), "'da ys'", "ASCII letters");
    assertRefused(() -> StrategyParameters.parse("=1"), "''");
    assertRefused(() -> StrategyParameters.parse("x=a\tb"), "control character");
    assertRefused(
        () -> StrategyParameters.parse("x=" + "v".repeat(StrategyParameters.MAX_VALUE_LENGTH + 1)),
        "longer than " + StrategyParameters.MAX_VALUE_LENGTH);
    assertRefused(() -> StrategyParameters.parse("x".repeat(10_000_000)), "too long");
  }

  private static void assertRefused(Supplier<?> call, String... fragments) {
    StrategyParameterException e = assertThrows(StrategyParameterException.class, call::get);
    String m = e.getMessage();
    for (String f : fragments) {
      assertTrue(m.contains(f), () -> "missing '" + f + "' in: " + m);
    }
    assertTrue(m.length() < 300, () -> m.length() + " characters: " + m);
    assertTrue(m.contains("Fix: "), m);
  }
}
