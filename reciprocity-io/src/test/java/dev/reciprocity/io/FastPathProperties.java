package dev.reciprocity.io;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.reciprocity.Amount;
import dev.reciprocity.Flow;
import dev.reciprocity.PartyId;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;

/**
 * The reader's fast paths (a timestamp of the form {@code 2005-05-21T00:49:13Z}, a plain weight, a
 * name read before) against the general way. A value surrounded by spaces never takes a fast path,
 * and stripped it is the same value, so each property reads a value both ways and expects the same
 * flow or the same rejection; it also checks the flow against the public parsers ({@link
 * FlowCsvReader#parseInstant}, {@link Amount#parse}, {@link PartyId#of}).
 */
class FastPathProperties {

  private static final String HEADER = "timestamp,giver,receiver,kind,weight\n";

  /** The flows and the rejections of a file, read in collecting mode. */
  private record Outcome(List<Flow> flows, List<Rejection> rejections) {}

  private static Outcome read(String csv) {
    List<Rejection> rejections = new ArrayList<>();
    List<Flow> flows =
        FlowCsvReader.builder().rejects(rejections::add).build().read("flows.csv", Csv.in(csv));
    return new Outcome(flows, rejections);
  }

  /** Reads {@code rows} (each one line) after a first, good row, so that no file is empty. */
  private static Outcome readRows(List<String> rows) {
    StringBuilder csv = new StringBuilder(HEADER).append("2024-03-01T10:00:00Z,x,y,review,1\n");
    rows.forEach(r -> csv.append(r).append('\n'));
    return read(csv.toString());
  }

  /** Text in the shape yyyy-MM-ddTHH:mm:ssZ, with digits that are often out of range. */
  @Provide
  Arbitrary<String> timestampShaped() {
    Arbitrary<String> year =
        Arbitraries.oneOf(
            Arbitraries.integers().between(0, 9999).map(y -> String.format("%04d", y)),
            Arbitraries.of("0000", "0001", "1970", "2000", "2024", "9999", "1900", "2100"));
    Arbitrary<String> twoDigits =
        Arbitraries.integers().between(0, 99).map(n -> "%02d".formatted(n));
    Arbitrary<String> month =
        Arbitraries.oneOf(
            Arbitraries.integers().between(1, 12).map(n -> "%02d".formatted(n)), twoDigits);
    Arbitrary<String> day =
        Arbitraries.oneOf(
            Arbitraries.integers().between(1, 31).map(n -> "%02d".formatted(n)),
            Arbitraries.of("28", "29", "30", "31", "00"),
            twoDigits);
    Arbitrary<String> hour =
        Arbitraries.oneOf(
            Arbitraries.integers().between(0, 23).map(n -> "%02d".formatted(n)),
            Arbitraries.of("24", "25", "99"));
    Arbitrary<String> sixty =
        Arbitraries.oneOf(
            Arbitraries.integers().between(0, 59).map(n -> "%02d".formatted(n)),
            Arbitraries.of("60", "61", "99"));
    Arbitrary<String> shaped =
        Combinators.combine(year, month, day, hour, sixty, sixty)
            .as(
                (y, mo, d, h, mi, s) ->
                    y + "-" + mo + "-" + d + "T" + h + ":" + mi + ":" + s + "Z");
    // and near misses: a character replaced by another
    Arbitrary<String> nearMiss =
        Combinators.combine(
                shaped,
                Arbitraries.integers().between(0, 19),
                Arbitraries.of('x', '-', ':', 'T', 'Z', '+', '/', '\u0660', '0'))
            .as((t, at, c) -> t.substring(0, at) + c + t.substring(at + 1));
    return Arbitraries.frequencyOf(Tuple.of(4, shaped), Tuple.of(1, nearMiss));
  }

  @Property(tries = 2000)
  void timestampsReadFastAreReadAsTheGeneralWayReadsThem(@ForAll("timestampShaped") String text) {
    Outcome fast = readRows(List.of(text + ",Ada,Bob,review,1"));
    Outcome general = readRows(List.of(" " + text + " ,Ada,Bob,review,1"));
    assertEquals(general, fast, text);
    Optional<Instant> parsed;
    try {
      parsed = Optional.of(FlowCsvReader.parseInstant(text));
    } catch (DateTimeParseException e) {
      parsed = Optional.empty();
    }
    if (parsed.isPresent()) {
      assertEquals(parsed.get(), fast.flows().get(1).instant(), text);
    } else {
      assertEquals(1, fast.rejections().size(), text);
      assertEquals(Optional.of("timestamp"), fast.rejections().get(0).column());
    }
  }

  /** Text made of digits and dots, often a plain weight, sometimes not. */
  @Provide
  Arbitrary<String> weightShaped() {
    Arbitrary<String> digits =
        Arbitraries.strings().withCharRange('0', '9').ofMinLength(0).ofMaxLength(15);
    Arbitrary<String> plain =
        Combinators.combine(
                digits,
                Arbitraries.strings().withCharRange('0', '9').ofMinLength(0).ofMaxLength(8),
                Arbitraries.of(true, false))
            .as((w, f, dot) -> dot ? w + "." + f : w);
    Arbitrary<String> odd =
        Arbitraries.strings().withChars("0123456789.-+eE\u0660").ofMinLength(1).ofMaxLength(12);
    return Arbitraries.frequencyOf(Tuple.of(4, plain.filter(s -> !s.isEmpty())), Tuple.of(1, odd));
  }

  @Property(tries = 2000)
  void weightsReadFastAreReadAsTheGeneralWayReadsThem(@ForAll("weightShaped") String text) {
    Outcome fast = readRows(List.of("2024-03-02T10:00:00Z,Ada,Bob,review," + text));
    Outcome general = readRows(List.of("2024-03-02T10:00:00Z,Ada,Bob,review, " + text + " "));
    assertEquals(general, fast, text);
    if (fast.rejections().isEmpty()) {
      // an amount the public parser reads alike, checked against BigDecimal
      assertEquals(Amount.parse(text), fast.flows().get(1).amount(), text);
      assertEquals(
          new BigDecimal(text).movePointRight(6).longValueExact(),
          fast.flows().get(1).amount().micros(),
          text);
    }
  }

  /** Names: short and long, Latin-1 and beyond, canonical and not, some invalid. */
  @Provide
  Arbitrary<List<String>> namesInRows() {
    Arbitrary<String> name =
        Arbitraries.of(
            "Ada",
            "ada",
            " Ada ",
            "René",
            "Rene\u0301",
            "Ævar Arnfjörð Bjarmason",
            "Дмитрий",
            "p012345",
            "exactly16chars!!",
            "seventeen chars!!",
            "\uD83D\uDE00",
            "a\u0007",
            "",
            "\uD800",
            "x".repeat(256),
            "x".repeat(257));
    return name.list().ofMinSize(2).ofMaxSize(40);
  }

  @Property(tries = 300)
  void namesReadFromTheCacheAreTheNamesReadTheGeneralWay(
      @ForAll("namesInRows") List<String> names) {
    List<String> cached = new ArrayList<>();
    List<String> general = new ArrayList<>();
    for (int i = 0; i + 1 < names.size(); i++) {
      String g = names.get(i);
      String r = names.get(i + 1);
      cached.add("2024-03-02T10:00:00Z," + g + "," + r + ",review,1");
      // a run of spaces of its own on each row: no two rows share a name as written
      String pad = " ".repeat(i + 1);
      general.add("2024-03-02T10:00:00Z," + pad + g + pad + "," + pad + r + pad + ",review,1");
    }
    Outcome fast = readRows(cached);
    Outcome slow = readRows(general);
    assertEquals(slow, fast, names::toString);
    for (Flow f : fast.flows().subList(1, fast.flows().size())) {
      assertEquals(PartyId.of(f.giver().value()), f.giver());
    }
  }
}
