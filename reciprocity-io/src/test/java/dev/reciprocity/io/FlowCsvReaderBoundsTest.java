package dev.reciprocity.io;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.reciprocity.Flow;
import dev.reciprocity.PartyId;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The reader's bounds on hostile values: each stops the read with a {@link FlowFileException} whose
 * message names the line, the column and the reason, quotes at most 60 characters of the value,
 * says its length, and stays under 300 characters. The tests assert outcomes and message lengths,
 * never durations.
 */
class FlowCsvReaderBoundsTest {

  private static final String HEADER = "timestamp,giver,receiver,kind,weight\n";
  private static final String TEN_MB = "x".repeat(10 * 1024 * 1024);
  private static final int MAX_MESSAGE = 300;

  private static List<Flow> read(String csv) {
    return FlowCsvReader.builder().build().read("flows.csv", Csv.in(csv));
  }

  private static List<Flow> read(String csv, FlowCsvReader.Builder options) {
    return options.build().read("flows.csv", Csv.in(csv));
  }

  private static FlowFileException failure(String csv) {
    FlowFileException e = assertThrows(FlowFileException.class, () -> read(csv));
    assertTrue(
        e.getMessage().length() < MAX_MESSAGE,
        () -> e.getMessage().length() + " characters: " + e.getMessage());
    assertEquals(1, e.getMessage().lines().count(), e::getMessage);
    return e;
  }

  private static String row(
      String timestamp, String giver, String receiver, String kind, String weight) {
    return HEADER + String.join(",", timestamp, giver, receiver, kind, weight) + "\n";
  }

  @Test
  void weightWithAHugeExponentIsRefusedAsExponentNotation() {
    FlowFileException e =
        failure(row("2024-03-01T10:00:00Z", "Ada", "Bob", "review", "1e100000000"));
    assertEquals(
        "flows.csv, line 2, column weight, value \"1e100000000\": is in exponent notation."
            + " Fix: write the number out in plain digits, such as 1000 for 1e3.",
        e.getMessage());
  }

  @Test
  void weightWithAnExponentAtTheLimitOfAnIntIsRefusedWithoutComputingIt() {
    FlowFileException e =
        failure(row("2024-03-01T10:00:00Z", "Ada", "Bob", "review", "1e2147483647"));
    assertEquals("is in exponent notation", e.reason());
  }

  @Test
  void weightWithAHugeNegativeExponentIsRefusedAsExponentNotation() {
    FlowFileException e =
        failure(row("2024-03-01T10:00:00Z", "Ada", "Bob", "review", "9e-99999999"));
    assertEquals("is in exponent notation", e.reason());
    assertEquals(
        "has more than 6 decimal places",
        failure(row("2024-03-01T10:00:00Z", "Ada", "Bob", "review", "0.0000001")).reason());
  }

  @Test
  void weightLongerThan64CharactersIsRefusedBeforeParsing() {
    String digits = "1".repeat(65);
    FlowFileException e = failure(row("2024-03-01T10:00:00Z", "Ada", "Bob", "review", digits));
    assertEquals("is longer than 64 characters, too long for an amount", e.reason());
    assertTrue(
        e.getMessage().contains("\"" + "1".repeat(60) + "...\" (65 characters)"), e::getMessage);
    assertEquals(
        1,
        read(row("2024-03-01T10:00:00Z", "Ada", "Bob", "review", "0." + "0".repeat(62))).size(),
        "64 characters are read");
  }

  @Test
  void tenMegabyteNameStopsTheReadWithAShortMessage() {
    FlowFileException e = failure(row("2024-03-01T10:00:00Z", TEN_MB, "Bob", "review", "1"));
    assertAll(
        () -> assertEquals(2, e.line()),
        () -> assertEquals(Optional.of("giver"), e.column()),
        () -> assertEquals("is longer than 256 characters", e.reason()),
        () ->
            assertTrue(
                e.getMessage()
                    .startsWith(
                        "flows.csv, line 2, column giver, value \""
                            + "x".repeat(60)
                            + "...\" (10485760 characters): is longer than 256 characters."
                            + " Fix: "),
                e::getMessage));
  }

  @Test
  void tenMegabyteTimestampStopsTheReadWithAShortMessage() {
    FlowFileException e = failure(row(TEN_MB, "Ada", "Bob", "review", "1"));
    assertAll(
        () -> assertEquals(Optional.of("timestamp"), e.column()),
        () -> assertTrue(e.reason().startsWith("is longer than 64 characters"), e::getMessage),
        () -> assertTrue(e.getMessage().contains("(10485760 characters)"), e::getMessage));
  }

  @Test
  void tenMegabyteKindAndReceiverStopTheReadWithShortMessages() {
    assertEquals(
        "is longer than 64 characters",
        failure(row("2024-03-01T10:00:00Z", "Ada", "Bob", TEN_MB, "1")).reason());
    assertEquals(
        Optional.of("receiver"),
        failure(row("2024-03-01T10:00:00Z", "Ada", TEN_MB, "review", "1")).column());
  }

  @Test
  void tenMegabyteFirstHeaderCellIsRefusedAsTooLongAHeader() {
    FlowFileException e =
        failure(
            TEN_MB + ",giver,receiver,kind,weight\n" + "2024-03-01T10:00:00Z,Ada,Bob,review,1\n");
    assertEquals(
        "the header is longer than 65536 characters, more than a flow file's header may have",
        e.reason());
    assertEquals(1, e.line());
  }

  @Test
  void collectingModeKeepsEveryHostileMessageShort() {
    List<Rejection> all = new ArrayList<>();
    var unused =
        FlowCsvReader.builder()
            .rejects(all::add)
            .build()
            .read("flows.csv", Csv.in(row(TEN_MB, TEN_MB, TEN_MB, TEN_MB, "1e100000000")));
    assertEquals(
        List.of("timestamp", "giver", "receiver", "kind", "weight"),
        all.stream().map(r -> r.column().orElseThrow()).toList());
    for (Rejection r : all) {
      assertTrue(r.message().length() < MAX_MESSAGE, r::message);
    }
  }

  @Test
  void partyNamesAreBoundedInTheirCanonicalForm() {
    String longest = "a".repeat(PartyId.MAX_LENGTH);
    assertEquals(
        longest,
        read(row("2024-03-01T10:00:00Z", longest, "Bob", "review", "1")).get(0).giver().value());
    assertEquals(
        "is longer than 256 characters",
        failure(row("2024-03-01T10:00:00Z", longest + "a", "Bob", "review", "1")).reason());
    // 300 characters as written (NFD), 150 in canonical form (NFC): a name PartyId accepts
    String nfd = "e\u0301".repeat(150);
    assertEquals(
        PartyId.of(nfd),
        read(row("2024-03-01T10:00:00Z", nfd, "Bob", "review", "1")).get(0).giver());
  }

  @Test
  void nameMessagesHaveTheUsualShape() {
    assertEquals(
        "flows.csv, line 2, column giver, value \"Ada\\u0007\": holds the control"
            + " character U+0007. Fix: keep names on one line and remove control characters.",
        failure(row("2024-03-01T10:00:00Z", "Ada\u0007", "Bob", "review", "1")).getMessage());
    assertEquals(
        "flows.csv, line 2, column receiver, value \"\": is blank. Fix: write who"
            + " received in this flow; every flow has a giver and a receiver.",
        failure(row("2024-03-01T10:00:00Z", "Ada", " ", "review", "1")).getMessage());
    assertEquals(
        "flows.csv, line 2, column kind, value \"re\\u001B[31mview\": holds the control"
            + " character U+001B. Fix: keep names on one line and remove control characters.",
        failure(row("2024-03-01T10:00:00Z", "Ada", "Bob", "re\u001b[31mview", "1")).getMessage());
  }

  @Test
  void controlCharactersInALongNameAreShownWithinTheBound() {
    String bells = "\u0007".repeat(100);
    FlowFileException e = failure(row("2024-03-01T10:00:00Z", "A" + bells, "Bob", "review", "1"));
    // "A" and nine escapes of six characters fit in 60, a tenth would not; the length is said
    assertTrue(
        e.getMessage().contains("value \"A" + "\\u0007".repeat(9) + "...\" (101 characters)"),
        e::getMessage);
  }

  @Test
  void unpairedSurrogateIsRefused() {
    // a lone surrogate encoded as UTF-8 (CESU-8: ED A0 80) is not UTF-8
    byte[] head = (HEADER + "2024-03-01T10:00:00Z,Ada").getBytes(StandardCharsets.UTF_8);
    byte[] tail = ",Bob,review,1\n".getBytes(StandardCharsets.UTF_8);
    ByteArrayOutputStream all = new ByteArrayOutputStream();
    all.writeBytes(head);
    all.writeBytes(new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80});
    all.writeBytes(tail);
    FlowFileException e =
        assertThrows(
            FlowFileException.class,
            () ->
                FlowCsvReader.builder()
                    .build()
                    .read("flows.csv", new ByteArrayInputStream(all.toByteArray())));
    assertEquals("holds bytes that are not UTF-8 (shown as U+FFFD)", e.reason());
    assertTrue(e.getMessage().contains("Ada\\uFFFD") || e.getMessage().contains("Ada\uFFFD"));
    assertEquals(
        "\uD83D\uDE00",
        read(row("2024-03-01T10:00:00Z", "\uD83D\uDE00", "Bob", "review", "1"))
            .get(0)
            .giver()
            .value(),
        "a surrogate pair is a character");
  }

  @Test
  void timestampBeyondYear9999IsRefusedWithTheSupportedRange() {
    FlowFileException e = failure(row("+300000-01-03T00:00:00Z", "Ada", "Bob", "review", "1"));
    assertEquals(
        "flows.csv, line 2, column timestamp, value \"+300000-01-03T00:00:00Z\": lies"
            + " outside the supported time range 0001-01-01T00:00:00Z to"
            + " 9999-12-31T23:59:59.999999999Z. Fix: write a year from 0001 to 9999 (4 digits,"
            + " no sign).",
        e.getMessage());
  }

  @Test
  void timestampBeforeYear0001IsRefused() {
    for (String t :
        List.of(
            "-0001-01-01T00:00:00Z",
            "0000-12-31T23:59:59Z",
            "0001-01-01T00:00:00+01:00",
            "-999999999-01-01T00:00:00Z")) {
      FlowFileException e = failure(row(t, "Ada", "Bob", "review", "1"));
      assertTrue(e.reason().startsWith("lies outside the supported time range"), e::getMessage);
      assertEquals(Optional.of(t), e.value());
    }
  }

  @Test
  void timestampsAtTheEdgesOfTheRangeAreRead() {
    List<Flow> flows =
        read(
            HEADER
                + "0001-01-01T00:00:00Z,Ada,Bob,review,1\n"
                + "9999-12-31T23:59:59.999999999Z,Ada,Bob,review,1\n"
                + "9999-12-31T23:00:00-00:59,Ada,Bob,review,1\n");
    assertEquals(
        List.of(Flow.EARLIEST, Flow.LATEST, Instant.parse("9999-12-31T23:59:00Z")),
        flows.stream().map(Flow::instant).toList());
  }

  @Test
  void parseInstantIsBoundedAndRanged() {
    assertEquals(
        Instant.parse("2005-05-21T00:49:13Z"),
        FlowCsvReader.parseInstant("2005-05-21T02:49:13+02:00"));
    DateTimeParseException far =
        assertThrows(
            DateTimeParseException.class,
            () -> FlowCsvReader.parseInstant("+300000-01-03T00:00:00Z"));
    assertTrue(far.getMessage().contains("outside the supported time range"), far::getMessage);
    DateTimeParseException huge =
        assertThrows(DateTimeParseException.class, () -> FlowCsvReader.parseInstant(TEN_MB));
    assertTrue(huge.getMessage().length() < 200, huge::getMessage);
    assertTrue(huge.getMessage().contains("(10485760 characters)"), huge::getMessage);
  }

  @Test
  void firstLineWithAFarYearIsStillRecognisedAsAFlow() {
    FlowFileException e = failure("+300000-01-03T00:00:00Z,Ada,Bob,review,1\n");
    assertEquals("line 1 holds a flow, not a header", e.reason());
  }

  @Test
  void onePartyHoweverItsNameIsWritten() {
    List<Flow> flows =
        read(
            HEADER
                + "2024-03-01T10:00:00Z,René,Bob,review,1\n"
                + "2024-03-02T10:00:00Z,\" René \",Bob,review,1\n"
                + "2024-03-03T10:00:00Z,Rene\u0301,Bob,review,1\n");
    assertEquals(
        List.of("Ren\u00e9", "Ren\u00e9", "Ren\u00e9"),
        flows.stream().map(f -> f.giver().value()).toList());
  }

  @Test
  void selfFlowMessageShowsTheCanonicalName() {
    FlowFileException e = failure(row("2024-03-01T10:00:00Z", "René", "Rene\u0301", "review", "1"));
    assertEquals("is also the giver: a party cannot give to itself", e.reason());
    assertEquals(Optional.of("Ren\u00e9"), e.value());
  }

  @Test
  void foldCaseMakesOnePartyOfEveryCase() {
    String csv =
        HEADER
            + "2024-03-01T10:00:00Z,Ada,Bob,review,1\n"
            + "2024-03-02T10:00:00Z,ADA,bob,review,1\n";
    FlowCsvReader.Builder fold = FlowCsvReader.builder().foldCase(true);
    assertEquals(
        List.of("ada", "ada"), read(csv, fold).stream().map(f -> f.giver().value()).toList());
    assertEquals(
        List.of("Ada", "ADA"),
        read(csv).stream().map(f -> f.giver().value()).toList(),
        "case is kept by default");
    FlowFileException e =
        assertThrows(
            FlowFileException.class,
            () -> read(row("2024-03-01T10:00:00Z", "Ada", "aDA", "review", "1"), fold));
    assertEquals(Optional.of("ada"), e.value(), "the self-flow shows the folded name");
  }
}
