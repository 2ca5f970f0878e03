package dev.reciprocity.io;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.reciprocity.Flow;
import dev.reciprocity.internal.Texts;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The cases of the "Why" of issue 23 that concern the flows reader, each a test of its own: the
 * crash on the smallest weight (1), bounds that depend on the position (5), raw characters and long
 * messages (7), a garbage header as a memory problem (8), numbers and instants accepted without a
 * word (9).
 */
class ReaderWhyCasesTest {

  private static final String HEADER = "timestamp,giver,receiver,kind,weight\n";

  @TempDir Path dir;

  /** Every entry point, stopping at the first problem or collecting: its rejections or failure. */
  private List<String> everyEntryPoint(String csv) throws IOException {
    Path file = dir.resolve("flows.csv");
    Files.writeString(file, csv, StandardCharsets.UTF_8);
    List<String> outcomes = new ArrayList<>();
    for (boolean collect : List.of(false, true)) {
      List<Rejection> rejected = new ArrayList<>();
      FlowCsvReader reader =
          FlowCsvReader.builder().rejects(collect ? rejected::add : null).build();
      List<Function<FlowCsvReader, Object>> calls =
          List.of(
              r -> r.read(file),
              r -> r.readSnapshot(file),
              r -> r.read("flows.csv", Csv.in(csv)),
              r -> r.readSnapshot("flows.csv", Csv.in(csv)));
      for (Function<FlowCsvReader, Object> call : calls) {
        rejected.clear();
        try {
          var unused = call.apply(reader);
          rejected.forEach(r -> outcomes.add(r.reason()));
          rejected.forEach(r -> Messages.assertWithinRules(r.message()));
        } catch (FlowFileException e) {
          Messages.assertWithinRules(e.getMessage());
          outcomes.add(e.reason());
        }
      }
    }
    return outcomes;
  }

  @Test
  void why1TheSmallestWeightIsRefusedAsNegativeWithoutOverflowOnEveryEntryPoint()
      throws IOException {
    String csv = HEADER + "2024-01-02T00:00:00Z,Ada,Bob,review,-9223372036854.775808\n";
    List<String> outcomes = everyEntryPoint(csv);
    assertEquals(8, outcomes.size(), outcomes::toString);
    assertTrue(outcomes.stream().allMatch("is negative"::equals), outcomes::toString);
    // the row of the report: blank parties, so no advice can name them
    List<String> blank = everyEntryPoint(HEADER + ",,,,-9223372036854.775808\n");
    assertTrue(blank.contains("is negative"), blank::toString);
    FlowFileException e =
        assertThrows(
            FlowFileException.class,
            () -> FlowCsvReader.builder().build().read("flows.csv", Csv.in(csv)));
    assertEquals(
        "record the flow the other way round, with a weight of at most 9223372036854.775807",
        e.fix());
  }

  @Test
  void why5AValueBoundHoldsTheSameOnLineTwoAndAfterAThousandRows() {
    String header = "timestamp,giver,receiver,kind,weight,note\n";
    String good = "2024-03-01T10:00:00Z,Ada,Bob,review,1,x\n";
    String many = good.repeat(1000);
    int max = FlowCsvReader.MAX_VALUE_LENGTH;
    for (int length : List.of(max, max + 1)) {
      String value = "y".repeat(length);
      String row = "2024-03-01T10:00:00Z,Ada,Bob,review,1," + value + "\n";
      for (String csv : List.of(header + row + good, header + many + row + good)) {
        if (length <= max) {
          assertEquals(
              csv.startsWith(header + many) ? 1002 : 2,
              FlowCsvReader.builder().build().read("flows.csv", Csv.in(csv)).size());
        } else {
          FlowFileException e =
              assertThrows(
                  FlowFileException.class,
                  () -> FlowCsvReader.builder().build().read("flows.csv", Csv.in(csv)));
          assertTrue(e.reason().startsWith("value 6 of the row"), e::getMessage);
          assertTrue(e.reason().contains("is longer than " + max + " characters"), e::getMessage);
        }
      }
    }
  }

  @Test
  void why5ASmallerValueBoundHoldsAtEveryPositionOfTheBuffer() {
    // a value at the bound and one past it, after every number of rows that shifts where the value
    // begins within FastCSV's reads of 8 KiB
    FlowCsvReader reader = FlowCsvReader.builder().maxValueLength(10_000).build();
    String header = "timestamp,giver,receiver,kind,weight,note\n";
    StringBuilder before = new StringBuilder();
    for (int rows = 0; rows < 300; rows++) {
      for (int length : List.of(10_000, 10_001)) {
        String csv =
            header + before + "2024-03-01T10:00:00Z,Ada,Bob,review,1," + "z".repeat(length) + "\n";
        if (length == 10_000) {
          assertEquals(rows + 1, reader.read("flows.csv", Csv.in(csv)).size());
        } else {
          FlowFileException e =
              assertThrows(FlowFileException.class, () -> reader.read("flows.csv", Csv.in(csv)));
          assertEquals(rows + 2, e.line());
        }
      }
      before.append("2024-03-01T10:00:00Z,Ada,Bob,review,1,").append("w".repeat(rows)).append('\n');
    }
  }

  @Test
  void why7MessagesAreOneEscapedLineOfAtMost300Characters() throws IOException {
    String longName = "N".repeat(200);
    List<String> csvs =
        List.of(
            // the CSV library's own text: a character after a closing quote
            HEADER + "2024-01-02T00:00:00Z,\"Ada\"\uD83D\uDE00,b,r,1\n",
            HEADER + "2024-01-02T00:00:00Z,\"Ada\"\u0000,b,r,1\n",
            HEADER + "2024-01-02T00:00:00Z,\"Ada\"\u001b,b,r,1\n",
            HEADER + "2024-01-02T00:00:00Z,\"Ada\"\t,b,r,1\n",
            HEADER + "2024-01-02T00:00:00Z,\"Ada\"\u000b,b,r,1\n",
            HEADER + "2024-01-02T00:00:00Z,\"Ada\"\u2028,b,r,1\n",
            HEADER + "2024-01-02T00:00:00Z,\"Ada\"\u202e,b,r,1\n",
            // values with bidi controls and separators
            HEADER + "2024-01-02T00:00:00Z,Ada,Bob,review,1\u202e\u2066\u200f\u061c\u2029\n",
            // the negative-weight advice quotes both names short
            HEADER + "2024-01-02T00:00:00Z," + longName + "," + longName + "x,review,-2\n");
    for (String csv : csvs) {
      List<String> outcomes = everyEntryPoint(csv);
      assertEquals(8, outcomes.size(), outcomes::toString);
    }
    FlowFileException negative =
        assertThrows(
            FlowFileException.class,
            () -> FlowCsvReader.builder().build().read("flows.csv", Csv.in(csvs.get(8))));
    assertTrue(negative.getMessage().length() <= Texts.MAX_MESSAGE, negative::getMessage);
    assertTrue(negative.getMessage().contains("Fix: "), negative::getMessage);
    // a long path is shown by its end
    Rejection far =
        new Rejection(
            "/" + "d/".repeat(400) + "flows.csv",
            2,
            Optional.of("weight"),
            Optional.of("x".repeat(1000)),
            "r".repeat(400),
            "fix it");
    assertAll(
        () -> Messages.assertWithinRules(far.message()),
        () -> assertTrue(far.message().startsWith("...d/d/"), far::message),
        () -> assertTrue(far.message().endsWith("Fix: fix it."), far::message));
  }

  @Test
  void why7TheHeaderIsNamedByItsOwnLine() {
    String csv = "\n\n\ntimestamp,giver,receiver,kind\n2024-01-02T00:00:00Z,Ada,Bob,review\n";
    FlowFileException e =
        assertThrows(
            FlowFileException.class,
            () -> FlowCsvReader.builder().build().read("flows.csv", Csv.in(csv)));
    assertEquals(4, e.line());
    assertTrue(e.fix().startsWith("make line 4 a header"), e::getMessage);
    FlowFileException flow =
        assertThrows(
            FlowFileException.class,
            () ->
                FlowCsvReader.builder()
                    .build()
                    .read("flows.csv", Csv.in("\n\n2024-01-02T00:00:00Z,Ada,Bob,review,1\n")));
    assertEquals(3, flow.line());
    assertEquals("line 3 holds a flow, not a header", flow.reason());
  }

  @Test
  void why8AHeaderOf16MegabytesOfCommasIsRefusedAsAHeader() {
    byte[] commas = ",".repeat(16 * 1024 * 1024).getBytes(StandardCharsets.US_ASCII);
    FlowFileException e =
        assertThrows(
            FlowFileException.class,
            () ->
                FlowCsvReader.builder()
                    .build()
                    .read("flows.csv", new ByteArrayInputStream(commas)));
    assertEquals(1, e.line());
    assertEquals(
        "the header has 16777217 columns, more than the 1024 a flow file may have", e.reason());
    FlowFileException wide =
        assertThrows(
            FlowFileException.class,
            () ->
                FlowCsvReader.builder()
                    .build()
                    .read("flows.csv", Csv.in("x".repeat(70_000) + ",timestamp\n")));
    assertTrue(wide.reason().startsWith("the header is longer than 65536"), wide::getMessage);
  }

  @Test
  void why9NumbersAndInstantsOutsideTheDocumentedGrammarAreRefusedWithAFix() {
    record Case(String column, String value, String fixPart) {}
    List<Case> cases =
        List.of(
            new Case("weight", "\u0661\u0662", "digits 0 to 9"),
            new Case("weight", "\uFF11\uFF12", "digits 0 to 9"),
            new Case("weight", "+1", "without its sign: 1"),
            new Case("weight", "1e3", "plain digits"),
            new Case("weight", ".5", "write 0.5"),
            new Case("weight", "-0", "write 0"),
            new Case("timestamp", "2024-01-02t00:00:00z", "upper case: 2024-01-02T00:00:00Z"),
            new Case("timestamp", "2024-01-02T00:00Z", "add the seconds: 2024-01-02T00:00:00Z"));
    for (Case c : cases) {
      String csv =
          c.column().equals("weight")
              ? HEADER + "2024-01-02T00:00:00Z,Ada,Bob,review," + c.value() + "\n"
              : HEADER + c.value() + ",Ada,Bob,review,1\n";
      FlowFileException e =
          assertThrows(
              FlowFileException.class,
              () -> FlowCsvReader.builder().build().read("flows.csv", Csv.in(csv)),
              c::toString);
      assertEquals(Optional.of(c.column()), e.column(), e::getMessage);
      assertTrue(e.fix().contains(c.fixPart()), e::getMessage);
    }
    List<Flow> twelve =
        FlowCsvReader.builder()
            .build()
            .read("flows.csv", Csv.in(HEADER + "2024-01-02T00:00:00Z,Ada,Bob,review,12\n"));
    assertEquals("12", twelve.get(0).amount().toString());
    byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    byte[] body =
        (HEADER + "2024-01-02T00:00:00Z,Ada,Bob,review,1\n").getBytes(StandardCharsets.UTF_8);
    byte[] twice = new byte[6 + body.length];
    System.arraycopy(bom, 0, twice, 0, 3);
    System.arraycopy(bom, 0, twice, 3, 3);
    System.arraycopy(body, 0, twice, 6, body.length);
    FlowFileException e =
        assertThrows(
            FlowFileException.class,
            () ->
                FlowCsvReader.builder().build().read("flows.csv", new ByteArrayInputStream(twice)));
    assertEquals("the file starts with two byte order marks", e.reason());
  }
}
