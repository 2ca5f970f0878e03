package dev.reciprocity.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.reciprocity.Flow;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import picocli.CommandLine.TypeConversionException;

/**
 * The option converters fed hostile text (crafted values, and pseudo-random ones from a fixed seed:
 * this module has no jqwik) either return a value or throw picocli's {@link
 * TypeConversionException} with a short message; {@link Season#of} and {@link OutputFormat#of}
 * never throw. The converters quote with {@link Converters#quote(String)}, which bounds what it
 * writes, escapes included, so messages are held to 400 characters.
 */
class ConvertersHostileInputTest {

  private static final int MAX_MESSAGE = 400;

  private static final List<String> CRAFTED =
      List.of(
          "",
          " ",
          "\u0000",
          "\n",
          "\u001b[31m",
          "\uD800",
          "\uD83D\uDE00",
          "NaN",
          "Infinity",
          "1e100000000",
          "1e2147483647",
          "9e-99999999",
          "+300000-01-03T00:00:00Z",
          "-0001-01-01T00:00:00Z",
          "+300000-01-01",
          "-0001-01-01",
          "0000-01-01",
          "9999-12-31",
          "10000-01-01",
          "+10000-01-01",
          "2024-02-30",
          "2024-01-01T00:00:00",
          "month",
          " YEAR ",
          "json",
          "MarkDown",
          "quarter\u0000",
          "\u0130",
          "month".repeat(20_000),
          "2024-01-01".repeat(10_000),
          "\u0007".repeat(100_000),
          "9".repeat(100_000));

  /** Hand-made hostile values. */
  static Stream<String> crafted() {
    return CRAFTED.stream();
  }

  /** The crafted values and 300 pseudo-random ones, a tenth of them up to 100,000 long. */
  static Stream<String> hostile() {
    List<String> values = new ArrayList<>(CRAFTED);
    Random random = new Random(20260101L);
    String alphabet = "0123456789-+:TZ.eEmonthquaryjs \u0000\u0007\n\u0301\uD800\uDC00";
    for (int i = 0; i < 300; i++) {
      int length = random.nextInt(i % 10 == 0 ? 100_000 : 80);
      StringBuilder sb = new StringBuilder(length);
      for (int j = 0; j < length; j++) {
        sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      values.add(sb.toString());
    }
    return values.stream();
  }

  private static void assertShort(TypeConversionException e) {
    assertNotNull(e.getMessage());
    assertTrue(
        e.getMessage().length() <= MAX_MESSAGE, () -> e.getMessage().length() + " characters");
  }

  @ParameterizedTest
  @MethodSource("hostile")
  void seasonReturnsOrRefusesShortly(String text) {
    Optional<Season> expected = Season.of(text);
    try {
      Season season = Converters.season(text);
      assertEquals(expected, Optional.of(season));
    } catch (TypeConversionException e) {
      assertTrue(expected.isEmpty(), "refused a season that Season.of knows");
      assertShort(e);
    }
  }

  @ParameterizedTest
  @MethodSource("hostile")
  void formatReturnsOrRefusesShortly(String text) {
    Optional<OutputFormat> expected = OutputFormat.of(text);
    try {
      OutputFormat format = Converters.format(text);
      assertEquals(expected, Optional.of(format));
    } catch (TypeConversionException e) {
      assertTrue(expected.isEmpty(), "refused a format that OutputFormat.of knows");
      assertShort(e);
    }
  }

  @ParameterizedTest
  @MethodSource("hostile")
  void dateOrInstantReturnsAnInstantInRangeOrRefusesShortly(String text) {
    try {
      Instant instant = Converters.dateOrInstant(text);
      assertFalse(
          instant.isBefore(Flow.EARLIEST) || instant.isAfter(Flow.LATEST), instant::toString);
    } catch (TypeConversionException e) {
      assertShort(e);
    }
  }

  @ParameterizedTest
  @MethodSource("crafted")
  void usageErrorsOnStandardErrorAreBounded(String text) {
    for (String option : List.of("--season", "--format", "--from")) {
      CliRun run = CliRun.of("review", option, text, "--flows", "/no/such/file.csv");
      if (run.code() == ReciprocityCli.EXIT_INPUT && !run.err().contains("does not exist")) {
        String first = run.err().lines().findFirst().orElse("");
        assertTrue(
            first.length() <= ReciprocityCli.MAX_MESSAGE + 30,
            () -> option + ": " + first.length() + " characters");
      }
    }
  }
}
