package dev.reciprocity.io;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * The fix each refused example of the README's table "What the reader accepts" names in brackets is
 * the fix its message gives ({@link ReadmeGrammarTest} checks that each is refused in its column;
 * this one checks what the message tells the user to do), plus the examples at the edges of each
 * case: {@code +0}, {@code 0.}, a local time without seconds or offset.
 */
class ReaderFixesTest {

  private static final String HEADER = "timestamp,giver,receiver,kind,weight\n";
  private static final String GENERAL_TIMESTAMP_FIX =
      "write an ISO-8601 instant with offset, such as 2005-05-21T00:49:13Z or"
          + " 2005-05-21T02:49:13+02:00";

  /** The one rejection of a row that is good but for {@code value} in {@code column}. */
  private static Rejection refused(String column, String value) {
    String quoted = "\"" + value + "\"";
    String row =
        column.equals("weight")
            ? "2024-03-01T10:00:00Z,Ada,Bob,review," + quoted
            : quoted + ",Ada,Bob,review,1";
    List<Rejection> all = new ArrayList<>();
    var unused =
        FlowCsvReader.builder()
            .rejects(all::add)
            .build()
            .read("flows.csv", Csv.in(HEADER + row + "\n"));
    assertEquals(1, all.size(), () -> value + " is refused once: " + all);
    assertEquals(Optional.of(column), all.get(0).column(), all.get(0)::message);
    return all.get(0);
  }

  private static Executable weightFix(String value, Predicate<String> fix) {
    return () -> {
      Rejection r = refused("weight", value);
      assertTrue(fix.test(r.fix()), r::message);
    };
  }

  private static Executable weight(String value, String reason, String fix) {
    return () -> {
      Rejection r = refused("weight", value);
      assertEquals(reason, r.reason(), r::message);
      assertEquals(fix, r.fix(), r::message);
    };
  }

  /** The reader and {@link FlowCsvReader#parseInstant(String)} give the same fix. */
  private static Executable timestamp(String value, String fix) {
    return () -> {
      assertEquals(fix, refused("timestamp", value).fix(), value);
      DateTimeParseException e =
          assertThrows(DateTimeParseException.class, () -> FlowCsvReader.parseInstant(value));
      assertTrue(e.getMessage().endsWith(" Fix: " + fix), e::getMessage);
    };
  }

  @Test
  void everyRefusedWeightOfTheTableGetsTheFixItsBracketsName() {
    assertAll(
        weightFix(
            "-1",
            f ->
                f.startsWith("record the flow the other way round: swap giver and receiver")
                    && f.endsWith(" and write 1")),
        weight("-0", "is a negative zero", "write 0 without the minus sign"),
        weight("+1", "has a plus sign", "write the number without its sign: 1"),
        weight("+0", "has a plus sign", "write the number without its sign: 0"),
        weight(
            "1e3",
            "is in exponent notation",
            "write the number out in plain digits, such as 1000 for 1e3"),
        weight(".5", "has no digit before the decimal point", "write 0.5"),
        weight("5.", "has no digit after the decimal point", "write 5"),
        weight("0.", "has no digit after the decimal point", "write 0"),
        weight(
            "-1e3",
            "is in exponent notation",
            "write the number out in plain digits, such as 1000 for 1e3"),
        weight(
            ".5e3",
            "is in exponent notation",
            "write the number out in plain digits, such as 1000 for 1e3"),
        weight(
            ",5",
            "is not a number",
            "write the decimal separator as a dot and no thousands separator, such as 1000.5"),
        weight(
            "1,5",
            "is not a number",
            "write the decimal separator as a dot and no thousands separator, such as 1000.5"),
        weight(
            "١٢",
            "holds the digit '١' (U+0661), which is not an ASCII digit 0 to 9",
            "write the number with the digits 0 to 9, such as 12 or 0.5"),
        weightFix("１２", "write the number with the digits 0 to 9, such as 12 or 0.5"::equals),
        weight(
            "0.0000001",
            "has more than 6 decimal places",
            "round it to 6 decimal places, or count in a smaller unit"),
        weight(
            "9223372036854.775808",
            "is too large: a weight is at most 9223372036854.775807",
            "count in a larger unit"),
        // more digits than a long holds: too large, not wrapped round
        weight(
            "99999999999999999999",
            "is too large: a weight is at most 9223372036854.775807",
            "count in a larger unit"));
    for (String plain : List.of("1 000", "0x10", "NaN", "three", "1e3.5")) {
      assertEquals(
          "write a plain decimal number such as 1 or 0.5, without unit or thousands separator",
          refused("weight", plain).fix(),
          plain);
    }
  }

  @Test
  void everyRefusedTimestampOfTheTableGetsTheFixItsBracketsName() {
    assertAll(
        timestamp("2005-05-21t00:49:13z", "write T and Z in upper case: 2005-05-21T00:49:13Z"),
        timestamp("2005-05-21T00:49Z", "add the seconds: 2005-05-21T00:49:00Z"),
        timestamp(
            "2005-05-21T00:49", "add the seconds and the offset, such as 2005-05-21T00:49:00Z"),
        timestamp(
            "2005-05-21T00:49:13",
            "add the offset: Z for UTC (2005-05-21T00:49:13Z) or one such as +02:00"),
        timestamp("2005-05-21", "add the time and offset, such as 2005-05-21T00:00:00Z"),
        timestamp("+10000-01-01T00:00:00Z", "write a year from 0001 to 9999 (4 digits, no sign)"),
        timestamp(
            "٢٠٠٥-05-21T00:49:13Z",
            "write the instant with the digits 0 to 9, such as 2005-05-21T00:49:13Z"));
    Stream.of(
            "2005-05-21 00:49:13Z",
            "2005-05-21T00:49:13+0200",
            "2005-05-21T00:49:13+02",
            "2005-02-30T00:00:00Z",
            "2005-05-21T24:00:00Z",
            "2005-05-21T23:59:60Z")
        .forEach(t -> assertEquals(GENERAL_TIMESTAMP_FIX, refused("timestamp", t).fix(), t));
    // a year 0000 is of the grammar but before the range: the reader says so, and which years
    Rejection foreign = refused("timestamp", "٢٠٠٥-05-21T00:49:13Z");
    assertEquals(
        "holds the digit '٢' (U+0662), which is not an ASCII digit 0 to 9", foreign.reason());
    Rejection zero = refused("timestamp", "0000-12-31T23:59:59Z");
    assertEquals("check the year: it must lie from 0001 to 9999", zero.fix(), zero::message);
  }
}
