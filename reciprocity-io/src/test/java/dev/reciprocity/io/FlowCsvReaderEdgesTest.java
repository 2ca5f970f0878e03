package dev.reciprocity.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.reciprocity.Amount;
import dev.reciprocity.Flow;
import dev.reciprocity.FlowKind;
import dev.reciprocity.PartyId;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The reader at the exact edge of each documented bound (one in, one out), and the paths the other
 * tests pass by: a file read by path, a UTF-16 little-endian file, a stream that fails, a row short
 * of values, the rows before a value past its bound, progress over several blocks.
 */
class FlowCsvReaderEdgesTest {

  private static final String HEADER = "timestamp,giver,receiver,kind,weight\n";
  private static final String ROW = "2024-03-01T10:00:00Z,Ada,Bob,review,";

  @TempDir Path dir;

  private static List<Flow> read(String csv) {
    return FlowCsvReader.builder().build().read("flows.csv", Csv.in(csv));
  }

  private static List<Rejection> rejections(String csv) {
    List<Rejection> all = new ArrayList<>();
    var unused = FlowCsvReader.builder().rejects(all::add).build().read("flows.csv", Csv.in(csv));
    return all;
  }

  @Test
  void aFileReadByItsPathGivesItsFlows() throws IOException {
    String csv = HEADER + ROW + "1\n" + "2024-03-02T10:00:00Z,Bob,Ada,help,0.5\n";
    Path file = dir.resolve("flows.csv");
    Files.writeString(file, csv, StandardCharsets.UTF_8);
    List<Flow> flows = FlowCsvReader.builder().build().read(file);
    assertEquals(read(csv), flows);
    assertEquals(2, flows.size());
    assertEquals(PartyId.of("Bob"), flows.get(1).giver());
    assertEquals(FlowKind.of("review"), flows.get(0).kind());
    assertEquals(FlowKind.of("help"), flows.get(1).kind());
  }

  @Test
  void aUtf16LittleEndianFileIsRefusedAsUtf16() {
    byte[] bom = {(byte) 0xFF, (byte) 0xFE};
    byte[] body = (HEADER + ROW + "1\n").getBytes(StandardCharsets.UTF_16LE);
    byte[] all = new byte[bom.length + body.length];
    System.arraycopy(bom, 0, all, 0, bom.length);
    System.arraycopy(body, 0, all, bom.length, body.length);
    FlowFileException e =
        assertThrows(
            FlowFileException.class,
            () -> FlowCsvReader.builder().build().read("le.csv", new ByteArrayInputStream(all)));
    assertEquals("the file is UTF-16, not UTF-8", e.reason());
  }

  @Test
  void aStreamThatFailsStopsTheReadNamingTheCause() {
    InputStream failing =
        new InputStream() {
          @Override
          public int read() throws IOException {
            throw new IOException("disk gone");
          }

          @Override
          public int read(byte[] b, int off, int len) throws IOException {
            throw new IOException("disk gone");
          }
        };
    FlowFileException e =
        assertThrows(
            FlowFileException.class, () -> FlowCsvReader.builder().build().read("s", failing));
    assertEquals("the file cannot be read (disk gone)", e.reason());
    assertTrue(e.getCause() instanceof IOException, e::getMessage);
  }

  @Test
  void maxValueLengthAcceptsOneToTheDefaultAndNothingElse() {
    var unused1 = FlowCsvReader.builder().maxValueLength(1);
    var unused2 = FlowCsvReader.builder().maxValueLength(FlowCsvReader.MAX_VALUE_LENGTH);
    assertThrows(IllegalArgumentException.class, () -> FlowCsvReader.builder().maxValueLength(0));
    assertThrows(
        IllegalArgumentException.class,
        () -> FlowCsvReader.builder().maxValueLength(FlowCsvReader.MAX_VALUE_LENGTH + 1));
  }

  @Test
  void aHeaderOf1024ColumnsIsReadAndOneOf1025Refused() {
    StringBuilder wide = new StringBuilder(HEADER.strip());
    for (int c = 5; c < FlowCsvReader.MAX_HEADER_COLUMNS; c++) {
      wide.append(",x").append(c);
    }
    assertEquals(1, read(wide + "\n" + ROW + "1\n").size());
    FlowFileException e =
        assertThrows(FlowFileException.class, () -> read(wide + ",one_more\n" + ROW + "1\n"));
    assertEquals(
        "the header has 1025 columns, more than the 1024 a flow file may have", e.reason());
  }

  @Test
  void aNameOf256CharactersIsReadAndOneOf257RefusedOnce() {
    String longest = "a".repeat(PartyId.MAX_LENGTH);
    assertEquals(
        PartyId.of(longest),
        read(HEADER + "2024-03-01T10:00:00Z," + longest + ",Bob,review,1\n").get(0).giver());
    List<Rejection> r = rejections(HEADER + "2024-03-01T10:00:00Z," + longest + "a,Bob,review,1\n");
    assertEquals(1, r.size(), r::toString);
    assertEquals("is longer than 256 characters", r.get(0).reason());
  }

  @Test
  void weightsAddingUpToExactlyAmountMaxAreReadAndOneMicroMoreIsRejected() {
    String csv = HEADER + ROW + "9223372036854.775806\n" + ROW + "0.000001\n";
    List<Flow> flows = read(csv);
    assertEquals(
        Amount.MAX.micros(), flows.get(0).amount().micros() + flows.get(1).amount().micros());
    List<Rejection> r = rejections(csv + ROW + "0.000001\n");
    assertEquals(1, r.size(), r::toString);
    assertEquals(4, r.get(0).line());
    assertTrue(r.get(0).reason().startsWith("takes the total of the file's weights past"));
  }

  @Test
  void aRowShortOfValuesNamesEachMissingColumnAsMissing() {
    String ts = "2024-03-01T10:00:00Z";
    // each row ends just before one column, so that column is the first one missing
    List<String> rows = List.of(ts, ts + ",Ada", ts + ",Ada,Bob", ts + ",Ada,Bob,review");
    List<String> columns = List.of("giver", "receiver", "kind", "weight");
    for (int k = 0; k < rows.size(); k++) {
      List<Rejection> r = rejections(HEADER + rows.get(k) + "\n");
      Rejection first = r.get(0);
      assertEquals(Optional.of(columns.get(k)), first.column(), first::message);
      assertTrue(first.reason().startsWith("is missing: the row has " + (k + 1)), first::message);
      assertTrue(r.stream().allMatch(x -> x.reason().startsWith("is missing")), r::toString);
    }
    List<Rejection> last = rejections("giver,receiver,kind,weight,timestamp\nAda,Bob,review,1\n");
    assertEquals(1, last.size(), last::toString);
    assertEquals(Optional.of("timestamp"), last.get(0).column());
    assertTrue(last.get(0).reason().startsWith("is missing"), last.get(0)::message);
  }

  @Test
  void theRowsBeforeAValuePastItsBoundReachTheConsumerFirst() {
    List<Rejection> rejected = new ArrayList<>();
    FlowCsvReader reader =
        FlowCsvReader.builder().maxValueLength(32).rejects(rejected::add).build();
    String csv = HEADER + ROW + "-1\n" + "x".repeat(33) + ",Ada,Bob,review,1\n";
    FlowFileException e =
        assertThrows(FlowFileException.class, () -> reader.read("flows.csv", Csv.in(csv)));
    assertEquals(1, rejected.size(), rejected::toString);
    assertEquals(2, rejected.get(0).line());
    assertEquals("is negative", rejected.get(0).reason());
    assertEquals(3, e.line());
    assertTrue(
        e.reason().startsWith("value 1 of the row (33 characters) is longer than 32 characters"),
        e::getMessage);
  }

  @Test
  void progressIsHeardAfterEachBlockAndOnceAtTheEnd() {
    StringBuilder csv = new StringBuilder(HEADER);
    for (int i = 0; i < 5_000; i++) {
      csv.append("2024-03-01T10:00:00Z,Ada").append(i % 50).append(",Bob,review,1\n");
    }
    byte[] bytes = csv.toString().getBytes(StandardCharsets.UTF_8);
    assertTrue(bytes.length > 3 * 65_536, "the input spans several blocks");
    List<long[]> updates = new ArrayList<>();
    var unused =
        FlowCsvReader.builder()
            .progress((in, flows) -> updates.add(new long[] {in, flows}))
            .build()
            .read("flows.csv", new ByteArrayInputStream(bytes));
    assertTrue(updates.size() >= 3, () -> updates.size() + " updates");
    for (int k = 1; k < updates.size(); k++) {
      assertTrue(updates.get(k)[0] >= updates.get(k - 1)[0], "the bytes read never go back");
    }
    long[] end = updates.get(updates.size() - 1);
    assertEquals(bytes.length, end[0]);
    assertEquals(5_000, end[1]);
  }

  @Test
  void aRejectionOfTheWholeSourceNamesNoLine() {
    Rejection whole =
        new Rejection(
            "flows.csv", 0, Optional.empty(), Optional.empty(), "the file is empty", "write one");
    assertEquals("flows.csv: the file is empty. Fix: write one.", whole.message());
    Rejection first =
        new Rejection(
            "flows.csv", 1, Optional.empty(), Optional.empty(), "the file is empty", "write one");
    assertEquals("flows.csv, line 1: the file is empty. Fix: write one.", first.message());
  }

  @Test
  void aSourceOf80CharactersIsShownWholeAndALongerOneByItsEnd() {
    String eighty = "d/".repeat(37) + "ab.csv";
    assertEquals(80, eighty.length());
    assertTrue(rejectionOf(eighty).message().startsWith(eighty + ":"));
    String longer = "e" + eighty;
    assertTrue(
        rejectionOf(longer).message().startsWith("..." + longer.substring(longer.length() - 77)),
        rejectionOf(longer)::message);
  }

  private static Rejection rejectionOf(String source) {
    return new Rejection(source, 0, Optional.empty(), Optional.empty(), "is odd", "fix it");
  }

  @Test
  void aTimestampOf64CharactersIsParsedAndOneOf65RefusedByItsLength() {
    String t64 = "2005-05-21T00:49:13." + "1".repeat(43) + "Z";
    assertEquals(64, t64.length());
    Rejection r = rejections(HEADER + t64 + ",Ada,Bob,review,1\n").get(0);
    assertEquals(
        "is not an ISO-8601 instant of the form yyyy-MM-ddTHH:mm:ssZ or with an offset",
        r.reason());
    Rejection r65 = rejections(HEADER + t64 + "1,Ada,Bob,review,1\n").get(0);
    assertEquals("is longer than 64 characters", r65.reason());
    DateTimeParseException e =
        assertThrows(DateTimeParseException.class, () -> FlowCsvReader.parseInstant(t64));
    assertTrue(!e.getMessage().contains("is longer than"), e::getMessage);
  }

  @Test
  void aFractionMayHoldZeros() {
    assertEquals(
        Instant.parse("2005-05-21T00:49:13.05Z"),
        FlowCsvReader.parseInstant("2005-05-21T00:49:13.05Z"));
    assertEquals(
        Instant.parse("2005-05-21T00:49:13.000000001+02:00"),
        FlowCsvReader.parseInstant("2005-05-21T00:49:13.000000001+02:00"));
  }

  @Test
  void offsetsReachEighteenHoursAndAreWrittenWithAColon() {
    assertEquals(
        Instant.parse("2024-03-01T10:00:00+18:00"),
        FlowCsvReader.parseInstant("2024-03-01T10:00:00+18:00"));
    assertEquals(
        Instant.parse("2024-03-01T10:00:00-18:00"),
        FlowCsvReader.parseInstant("2024-03-01T10:00:00-18:00"));
    for (String refused :
        List.of(
            "2024-03-01T10:00:00+18:01",
            "2024-03-01T10:00:00+19:00",
            "2024-03-01T10:00:00+02-00",
            "2024-03-01T10:00:00.5")) {
      assertThrows(
          DateTimeParseException.class, () -> FlowCsvReader.parseInstant(refused), refused);
    }
  }

  @Test
  void aValueBeyondTheHeaderIsRejectedWithTheCountOfValues() {
    List<Rejection> r = rejections(HEADER + ROW + "1,extra\n");
    assertEquals(1, r.size(), r::toString);
    assertEquals(Optional.of("value 6"), r.get(0).column());
    assertEquals("lies beyond the header's 5 columns: the row has 6 values", r.get(0).reason());
    assertEquals(1, read(HEADER + ROW + "1\n").size());
  }

  @Test
  void aFirstLineThatStartsAsADateIsAFlowNotAHeader() {
    for (String first :
        List.of(
            "2024-03-01T10:00:00Z",
            "2024-03-01t10:00:00z",
            "2024-03-01 10:00:00",
            "1999-12-31T23:59:59Z",
            "2000-01-01T00:00:00Z",
            "2024-03-01T",
            "+300000-01-03T00:00:00Z")) {
      FlowFileException e =
          assertThrows(FlowFileException.class, () -> read(first + ",Ada,Bob,review,1\n"), first);
      assertEquals("line 1 holds a flow, not a header", e.reason(), first);
    }
    for (String notADate :
        List.of(
            "2024-03-01X",
            "2024-03",
            "2024",
            "202-03-01",
            "2024-3-01",
            "2024-x3-01T",
            "2024-0x-01T",
            "2024-03-x1T",
            "2024-03-0xT",
            "when")) {
      FlowFileException e =
          assertThrows(
              FlowFileException.class, () -> read(notADate + ",Ada,Bob,review,1\n"), notADate);
      assertTrue(e.reason().startsWith("the header on line 1 has no column"), e::getMessage);
    }
  }

  @Test
  void aLineOfSpacesIsPassedOverWhereverItStands() {
    String csv = HEADER + ROW + "1\n" + "   \n" + "\t \n" + "2024-03-02T10:00:00Z,Bob,Ada,help,2\n";
    assertEquals(2, read(csv).size());
  }

  @Test
  void aFileStartingWithANulCharacterIsNotReadAsIfItWereNotThere() {
    FlowFileException e =
        assertThrows(FlowFileException.class, () -> read("\0" + HEADER + ROW + "1\n"));
    assertEquals(1, e.line());
    assertTrue(
        e.reason().startsWith("the header on line 1 has no column timestamp"), e::getMessage);
  }
}
