package dev.reciprocity.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.reciprocity.Amount;
import dev.reciprocity.Flow;
import dev.reciprocity.FlowKind;
import dev.reciprocity.PartyId;
import dev.reciprocity.ReciprocityRule;
import dev.reciprocity.UnknownStrategyException;
import dev.reciprocity.core.StrategyLookup;
import dev.reciprocity.internal.Texts;
import dev.reciprocity.spi.StrategyParameterException;
import dev.reciprocity.spi.StrategyParameters;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Every parser reachable from a flow file or the command line, fed hostile text (very long,
 * exponent bombs, control characters, unpaired surrogates, NFD, huge digit runs, NaN, far
 * years...), either returns a value or throws its documented exception type, with a message of at
 * most {@value #MAX_MESSAGE} characters. No property measures time.
 *
 * <p>The parsers of reciprocity-api and reciprocity-core quote values with {@link
 * Texts#quote(String)}, which bounds what it writes, escapes included: 60 control characters do not
 * become 360. So every message is held to the same {@value #MAX_MESSAGE}.
 */
class HostileInputProperties {

  private static final int MAX_MESSAGE = 400;

  /** Hand-made hostile values. */
  private static final List<String> CRAFTED =
      List.of(
          "",
          " ",
          "\t",
          "\u0000",
          "\n",
          "\r\n",
          "\u001b[31m",
          "\u0085",
          "\u2028",
          "\uFEFF",
          "\uFFFD",
          "\uD800",
          "\uDC00",
          "a\uD800b",
          "\uD83D\uDE00",
          "Rene\u0301",
          " René ",
          "\u0130",
          "e\u0301\u0301\u0301",
          "NaN",
          "-NaN",
          "Infinity",
          "-Infinity",
          "1e100000000",
          "1e999999999",
          "9e-99999999",
          "1e2147483647",
          "-1e2147483647",
          "1e-2147483647",
          "1e2147483648",
          "0e999999999",
          "1E+2147483647",
          "12e2147483646",
          "0.0000001",
          "-0",
          "9223372036855",
          "9223372036854.775807",
          "9223372036854.775808",
          "1,5",
          "1_000",
          "0x10",
          "١٢٣",
          "+300000-01-03T00:00:00Z",
          "-0001-01-01T00:00:00Z",
          "-999999999-01-01T00:00:00Z",
          "+999999999-12-31T23:59:59.999999999-18:00",
          "0000-12-31T23:59:59Z",
          "9999-12-31T23:59:59.999999999Z",
          "0001-01-01T00:00:00Z",
          "2024-02-30T00:00:00Z",
          "2024-03-01T10:00:00",
          "2024-03-01",
          "P14D",
          "P99999999999D",
          "PT-1S",
          "halfLife=P90D",
          "window=P14D,window=P1D",
          "=",
          ",,,",
          "a=b=c",
          "decaying:",
          "decaying:asOf=+300000-01-01T00:00:00Z",
          "immediate:window=PT0S",
          ":",
          "portfolio:x=1",
          "=HYPERLINK(\"x\")",
          "\"",
          "\"\"",
          "a,b",
          "month",
          "QUARTER",
          "json",
          "Markdown");

  /** Seeds that are repeated into long values. */
  private static final List<String> SEEDS =
      List.of("x", "9", "0", "e\u0301", "\u0007", "\uD83D\uDE00", "\uD800", " ", "1e", "ab,c", "=");

  @Provide
  Arbitrary<String> hostile() {
    Arbitrary<String> repeated =
        Combinators.combine(Arbitraries.of(SEEDS), Arbitraries.integers().between(1, 100_000))
            .as((seed, n) -> seed.repeat(n));
    Arbitrary<String> prefixedBombs =
        Combinators.combine(
                Arbitraries.of("1e", "9e-", "0.", "-", "+", "1E+"),
                Arbitraries.strings().numeric().ofMinLength(1).ofMaxLength(120))
            .as((prefix, digits) -> prefix + digits);
    Arbitrary<String> numberish =
        Arbitraries.strings().withChars("0123456789eE+-.,_ NaInfity").ofMaxLength(80);
    Arbitrary<String> timeish =
        Arbitraries.strings().withChars("0123456789-+:TZ.").ofMinLength(10).ofMaxLength(70);
    Arbitrary<String> controls =
        Arbitraries.strings()
            .withCharRange('\u0000', '\u001f')
            .withCharRange('\u007f', '\u009f')
            .ofMaxLength(300);
    Arbitrary<String> anyChars = Arbitraries.strings().all().ofMaxLength(300);
    Arbitrary<String> unicode =
        Arbitraries.strings()
            .withCharRange('\u0300', '\u036f')
            .withCharRange('a', 'z')
            .withCharRange('\uD800', '\uDFFF')
            .ofMaxLength(1200);
    Arbitrary<String> crafted = Arbitraries.of(CRAFTED);
    Arbitrary<String> padded =
        Combinators.combine(crafted, Arbitraries.integers().between(0, 3))
            .as((s, n) -> " ".repeat(n) + s + "\t".repeat(n));
    return Arbitraries.oneOf(
        crafted, padded, repeated, prefixedBombs, numberish, timeish, controls, anyChars, unicode);
  }

  /** Asserts a message of this module's own, at most {@value #MAX_MESSAGE} characters. */
  private static void assertShort(Exception e) {
    assertShort(e, MAX_MESSAGE);
  }

  /** Asserts a message of reciprocity-api or -core, which quotes with {@code Texts.quote}. */
  private static void assertShortQuotingWithTexts(Exception e) {
    assertShort(e, MAX_MESSAGE);
  }

  private static void assertShort(Exception e, int max) {
    assertNotNull(e.getMessage(), () -> e.getClass().getName() + " without a message");
    assertTrue(
        e.getMessage().length() <= max,
        () ->
            e.getMessage().length()
                + " characters: "
                + e.getMessage().substring(0, Math.min(500, e.getMessage().length())));
  }

  @Property(tries = 300)
  void amountParseReturnsOrRefusesShortly(@ForAll("hostile") String text) {
    try {
      Amount a = Amount.parse(text);
      assertEquals(a, Amount.parse(a.toString()), "the text of an amount reads back");
    } catch (NumberFormatException | ArithmeticException e) {
      assertShortQuotingWithTexts(e);
    }
  }

  @Property(tries = 300)
  void partyIdOfReturnsOrRefusesShortly(@ForAll("hostile") String text) {
    try {
      PartyId id = PartyId.of(text);
      assertTrue(id.value().length() <= PartyId.MAX_LENGTH);
      assertEquals(id, PartyId.of(id.value()), "the canonical form is its own canonical form");
    } catch (IllegalArgumentException e) {
      assertShortQuotingWithTexts(e);
    }
  }

  @Property(tries = 300)
  void flowKindOfReturnsOrRefusesShortly(@ForAll("hostile") String text) {
    try {
      FlowKind kind = FlowKind.of(text);
      assertTrue(kind.name().length() <= FlowKind.MAX_LENGTH);
    } catch (IllegalArgumentException e) {
      assertShortQuotingWithTexts(e);
    }
  }

  @Property(tries = 300)
  void parseInstantReturnsAnInstantInRangeOrRefusesShortly(@ForAll("hostile") String text) {
    try {
      Instant instant = FlowCsvReader.parseInstant(text);
      assertFalse(
          instant.isBefore(Flow.EARLIEST) || instant.isAfter(Flow.LATEST), instant::toString);
    } catch (DateTimeParseException e) {
      assertShort(e);
    }
  }

  @Property(tries = 300)
  void strategyParametersParseReturnsOrRefusesShortly(@ForAll("hostile") String text) {
    try {
      var unused = StrategyParameters.parse(text);
    } catch (StrategyParameterException e) {
      assertShortQuotingWithTexts(e);
    }
  }

  @Property(tries = 300)
  void strategyLookupFindsOrRefusesShortly(@ForAll("hostile") String text) {
    StrategyLookup lookup = StrategyLookup.create().withAsOf(Flow.LATEST);
    ReciprocityRule rule = ReciprocityRule.builder().build();
    for (String spec :
        List.of(
            text,
            "decaying:halfLife=" + text,
            "immediate:window=" + text,
            "decaying:asOf=" + text)) {
      try {
        assertNotNull(lookup.find(spec, rule));
      } catch (UnknownStrategyException | StrategyParameterException e) {
        assertShortQuotingWithTexts(e);
      }
    }
  }

  /**
   * The hostile text in each column of a one-row file: the row is a flow or rejected, never
   * skipped, and every rejection's message is short.
   */
  @Property(tries = 300)
  void oneRowFileGivesAFlowOrShortRejections(@ForAll("hostile") String text) {
    String quoted = "\"" + text.replace("\"", "\"\"") + "\"";
    List<List<String>> rows =
        List.of(
            List.of(quoted, "Ada", "Bob", "review", "1"),
            List.of("2024-03-01T10:00:00Z", quoted, "Bob", "review", "1"),
            List.of("2024-03-01T10:00:00Z", "Ada", quoted, "review", "1"),
            List.of("2024-03-01T10:00:00Z", "Ada", "Bob", quoted, "1"),
            List.of("2024-03-01T10:00:00Z", "Ada", "Bob", "review", quoted));
    for (List<String> row : rows) {
      String csv = "timestamp,giver,receiver,kind,weight\n" + String.join(",", row) + "\n";
      List<Rejection> rejected = new ArrayList<>();
      try {
        List<Flow> flows =
            FlowCsvReader.builder().rejects(rejected::add).build().read("flows.csv", Csv.in(csv));
        assertEquals(
            1,
            flows.size() + (rejected.isEmpty() ? 0 : 1),
            () -> "a flow or a rejection, never both or neither: " + rejected);
      } catch (FlowFileException e) {
        // a problem with the file as a whole, such as a row that is only blank
        assertShort(e);
      }
      for (Rejection r : rejected) {
        assertTrue(
            r.message().length() <= MAX_MESSAGE,
            () -> r.message().length() + " characters: " + r.message());
        assertEquals(1, r.message().lines().count(), r::message);
      }
    }
  }
}
