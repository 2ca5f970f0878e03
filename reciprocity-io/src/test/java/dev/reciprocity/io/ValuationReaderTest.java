package dev.reciprocity.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.reciprocity.Valuation;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The valuation file: its rates, exact, over time; and each problem refused. */
class ValuationReaderTest {

  @TempDir Path dir;

  @Test
  void readsExactRatesOverTime() throws IOException {
    Path f = dir.resolve("valuation.yaml");
    Files.writeString(
        f,
        "unit: hours\nrates:\n  - kind: review\n    rate: 0.1\n    to: 2024-01-01\n"
            + "  - kind: review\n    rate: \"0.25\"\n    from: 2024-01-01\n",
        StandardCharsets.UTF_8);
    Valuation v = ValuationReader.read(f);
    assertEquals("hours", v.unit());
    assertEquals(
        0,
        new BigDecimal("0.1")
            .compareTo(v.rateAt("review", Instant.parse("2023-01-01T00:00:00Z")).orElseThrow()));
    assertEquals(
        0,
        new BigDecimal("0.25")
            .compareTo(v.rateAt("review", Instant.parse("2024-01-01T00:00:00Z")).orElseThrow()));
  }

  @Test
  void aRateMayNameTheUnitItValues() throws IOException {
    Path f = dir.resolve("valuation.json");
    Files.writeString(
        f,
        "{\"unit\": \"hours\", \"rates\": [{\"kind\": \"help\", \"unit\": \" minutes \","
            + " \"rate\": 0.016667}, {\"kind\": \"review\", \"rate\": 0.5}]}",
        StandardCharsets.UTF_8);
    Valuation v = ValuationReader.read(f);
    assertEquals(java.util.Optional.of("minutes"), v.rates().get(0).unit());
    assertEquals(java.util.Optional.empty(), v.rates().get(1).unit());
    Instant at = Instant.parse("2024-01-01T00:00:00Z");
    assertTrue(v.rateAt(dev.reciprocity.FlowKind.of("help", "minutes"), at).isPresent());
    assertTrue(v.rateAt(dev.reciprocity.FlowKind.of("help", "hours"), at).isEmpty());
  }

  @Test
  void everyProblemNamesTheFileThePathAndTheFix() throws IOException {
    assertRefused(
        "unit: hours\nrates:\n  - kind: help\n    unit: \"\"\n    rate: 1\n",
        "$.rates[0].unit",
        "missing");
    assertRefused("rates: []\n", "$.unit", "missing");
    assertRefused("unit: hours\nrates: 3\n", "$.rates", "is not a list");
    assertRefused("unit: hours\ncurrency: EUR\nrates: []\n", "$.currency", "is not a key");
    assertRefused(
        "unit: hours\nrates:\n  - kind: review\n    rate: lots\n",
        "$.rates[0].rate",
        "not a number");
    assertRefused(
        "unit: hours\nrates:\n  - kind: review\n    rate: -1\n", "$.rates[0].rate", "positive");
    assertRefused(
        "unit: hours\nrates:\n  - kind: review\n    rate: 1\n  - kind: review\n    rate: 2\n",
        "$.rates",
        "in effect at once");
  }

  private void assertRefused(String text, String path, String problem) throws IOException {
    Path f = dir.resolve("v.yml");
    Files.writeString(f, text, StandardCharsets.UTF_8);
    ModelFileException e = assertThrows(ModelFileException.class, () -> ValuationReader.read(f));
    assertEquals(path, e.path(), e.getMessage());
    assertTrue(e.getMessage().contains(problem), e.getMessage());
    assertTrue(e.getMessage().contains(". Fix: "), e.getMessage());
  }
}
