package dev.reciprocity.io;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.reciprocity.Amount;
import dev.reciprocity.Flow;
import dev.reciprocity.PartyId;
import dev.reciprocity.core.LedgerSnapshot;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Reading into a snapshot: the same flows as {@link FlowCsvReader#read}, progress, the bound on the
 * total of weights, and the CSV the reader refuses as broken.
 */
class FlowCsvReaderSnapshotTest {

  private static final String HEADER = "timestamp,giver,receiver,kind,weight\n";

  private static FlowFileException failure(String csv) {
    return assertThrows(
        FlowFileException.class,
        () -> FlowCsvReader.builder().build().readSnapshot("flows.csv", Csv.in(csv)));
  }

  @Test
  void snapshotHoldsTheFlowsInFileOrderAndReadReturnsItsView() {
    String csv =
        HEADER
            + "2024-03-01T10:00:00Z,Ada,Bob,review,1.5\n"
            + "2024-03-01T11:00:00+01:00,Bob,\" Ada \",help,0.000001\n"
            + "2024-03-02T10:00:00.25Z,Cy,Ada,review,2\n";
    LedgerSnapshot s = FlowCsvReader.builder().build().readSnapshot("flows.csv", Csv.in(csv));
    List<Flow> flows = FlowCsvReader.builder().build().read("flows.csv", Csv.in(csv));
    assertEquals(3, s.size());
    assertEquals(s.flows(), flows);
    Flow second = flows.get(1);
    assertAll(
        () -> assertEquals(PartyId.of("Ada"), second.receiver()),
        () -> assertEquals(Instant.parse("2024-03-01T10:00:00Z"), second.instant()),
        () -> assertEquals(Amount.ofMicros(1), second.amount()),
        () -> assertEquals(Instant.parse("2024-03-02T10:00:00.25Z"), flows.get(2).instant()),
        () -> assertEquals(Amount.ofMicros(1_500_000), flows.get(0).amount()));
    assertThrows(UnsupportedOperationException.class, () -> flows.remove(0));
  }

  @Test
  void progressCountsTheBytesOfAStreamAndTheFlowsRead() {
    byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    byte[] body =
        (HEADER + "2024-03-01T10:00:00Z,Ada,Bob,review,1\n" + "2024-03-01T10:00:00Z,Bö,Ada,x,1\n")
            .getBytes(StandardCharsets.UTF_8);
    byte[] all = new byte[bom.length + body.length];
    System.arraycopy(bom, 0, all, 0, bom.length);
    System.arraycopy(body, 0, all, bom.length, body.length);
    List<long[]> heard = new ArrayList<>();
    LedgerSnapshot s =
        FlowCsvReader.builder()
            .progress((in, read) -> heard.add(new long[] {in, read}))
            .build()
            .readSnapshot("flows.csv", new ByteArrayInputStream(all));
    assertEquals(2, s.size());
    long[] last = heard.get(heard.size() - 1);
    assertEquals(all.length, last[0], "every byte, the byte order mark and the ö's two included");
    assertEquals(2, last[1]);
    for (int i = 1; i < heard.size(); i++) {
      assertTrue(heard.get(i)[0] >= heard.get(i - 1)[0], "input read never goes back");
    }
  }

  @Test
  void progressCountsTheBytesOfAStreamWithoutAByteOrderMark() {
    String csv = HEADER + "2024-03-01T10:00:00Z,Ada,Bob,review,1\n";
    long[] last = new long[2];
    var unused =
        FlowCsvReader.builder()
            .progress(
                (in, read) -> {
                  last[0] = in;
                  last[1] = read;
                })
            .build()
            .readSnapshot("flows.csv", Csv.in(csv));
    assertEquals(csv.length(), last[0]);
    assertEquals(1, last[1]);
  }

  @Test
  void weightsWhoseTotalPassesWhatExactFiguresHoldAreRefusedAtTheirLine() {
    // 2 * 5e12 > 9223372036854.775807, the most an amount holds
    String csv =
        HEADER
            + "2024-03-01T10:00:00Z,Ada,Bob,review,5000000000000\n"
            + "2024-03-02T10:00:00Z,Bob,Ada,review,5000000000000\n"
            + "2024-03-03T10:00:00Z,Bob,Cy,review,1\n";
    FlowFileException e = failure(csv);
    assertEquals(
        "flows.csv, line 3, column weight, value \"5000000000000\": takes the total of the"
            + " file's weights past 9223372036854.775807, the most exact figures hold. Fix: split"
            + " the flows into several files (by period or community), or record them in a larger"
            + " unit.",
        e.getMessage());
    List<Rejection> rejected = new ArrayList<>();
    LedgerSnapshot kept =
        FlowCsvReader.builder()
            .rejects(rejected::add)
            .build()
            .readSnapshot("flows.csv", Csv.in(csv));
    assertEquals(1, rejected.size());
    assertEquals(2, kept.size(), "the rows before and after the refused one");
  }

  @Test
  void whiteSpaceAfterAClosingQuoteIsBrokenQuoting() {
    // RFC 4180 allows nothing between a closing quote and the comma
    FlowFileException e =
        failure(
            HEADER
                + "2024-03-01T10:00:00Z,Ada,Bob,review,1\n"
                + "2024-03-01T10:00:00Z,\"Ada\" ,Bob,review,1\n");
    assertEquals(3, e.line());
    assertTrue(e.reason().startsWith("the row's CSV quoting is broken"), e::getMessage);
  }

  @Test
  void aQuoteNeverClosedIsBrokenQuotingAtTheLineItOpens() {
    FlowFileException e =
        failure(
            HEADER
                + "2024-03-01T10:00:00Z,Ada,Bob,review,1\n"
                + "\n"
                + "2024-03-01T10:00:00Z,\"Ada,Bob,review,1\n"
                + "2024-03-01T10:00:00Z,Ada,Bob,review,1\n");
    assertEquals(4, e.line());
    assertTrue(e.reason().startsWith("the row's CSV quoting is broken"), e::getMessage);
    assertTrue(e.getMessage().length() < 400, e::getMessage);
  }

  @Test
  void aBadRowBeforeBrokenQuotingIsReportedFirst() {
    // rows are parsed a block ahead of their checks: the first problem in the file still wins
    FlowFileException e =
        failure(
            HEADER
                + "2024-03-01T10:00:00Z,Ada,Bob,review,1\n"
                + "2024-03-01T10:00:00Z,Ada,Bob,review,-1\n"
                + "2024-03-01T10:00:00Z,Ada,Bob,review,1\n"
                + "2024-03-01T10:00:00Z,\"Ada\" ,Bob,review,1\n");
    assertEquals(3, e.line(), e::getMessage);
    assertEquals(Optional.of("weight"), e.column(), e::getMessage);
  }

  @Test
  void brokenQuotingBeforeABadRowIsReportedFirst() {
    StringBuilder csv = new StringBuilder(HEADER);
    csv.append("2024-03-01T10:00:00Z,\"Ada\" ,Bob,review,1\n");
    // a bad row more than a block of rows later
    for (int i = 0; i < 300; i++) {
      csv.append("2024-03-01T10:00:00Z,Ada,Bob,review,1\n");
    }
    csv.append("2024-03-01T10:00:00Z,Ada,Bob,review,-1\n");
    FlowFileException e = failure(csv.toString());
    assertEquals(2, e.line(), e::getMessage);
    assertTrue(e.reason().startsWith("the row's CSV quoting is broken"), e::getMessage);
  }

  @Test
  void rowsAcrossManyBlocksAreReadInOrderWithTheirLines() {
    StringBuilder csv = new StringBuilder(HEADER);
    int rows = 1000;
    for (int i = 0; i < rows; i++) {
      csv.append("2024-03-01T10:00:")
          .append(String.format(java.util.Locale.ROOT, "%02d", i % 60))
          .append("Z,p")
          .append(i)
          .append(",q")
          .append(i % 7)
          .append(",review,")
          .append(i % 5 == 4 ? "-1" : Integer.toString(i))
          .append('\n');
    }
    List<Rejection> rejected = new ArrayList<>();
    LedgerSnapshot kept =
        FlowCsvReader.builder()
            .rejects(rejected::add)
            .build()
            .readSnapshot("flows.csv", Csv.in(csv.toString()));
    assertEquals(rows / 5, rejected.size());
    for (int k = 0; k < rejected.size(); k++) {
      // row i sits on line i + 2; every fifth row (i = 4, 9, ...) is refused
      assertEquals(5L * k + 4 + 2, rejected.get(k).line());
    }
    List<Flow> flows = kept.flows();
    assertEquals(rows - rows / 5, flows.size());
    int at = 0;
    for (int i = 0; i < rows; i++) {
      if (i % 5 != 4) {
        assertEquals(PartyId.of("p" + i), flows.get(at++).giver());
      }
    }
  }

  @Test
  void aValueLongerThanTheBoundStopsTheReadWithAShortMessage() {
    String huge = "x".repeat(FlowCsvReader.MAX_VALUE_LENGTH + 1);
    FlowFileException e =
        failure(
            HEADER + "2024-03-01T10:00:00Z,Ada,Bob,review,1\n" + "2024-03-01T10:00:00Z," + huge);
    assertEquals(3, e.line());
    assertEquals(Optional.empty(), e.value());
    assertTrue(e.getMessage().length() < 400, e::getMessage);
  }

  @Test
  void aLineStartingWithAHashIsARowNotAComment() {
    FlowFileException e = failure(HEADER + "#2024-03-01T10:00:00Z,Ada,Bob,review,1\n");
    assertEquals(Optional.of("timestamp"), e.column());
    assertEquals(Optional.of("#2024-03-01T10:00:00Z"), e.value());
  }
}
