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
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The CSV reader: formats it accepts, and the physical line of every rejection. */
class FlowCsvReaderTest {

  private static final String HEADER = "timestamp,giver,receiver,kind,weight\n";

  private static List<Flow> read(String csv) {
    return FlowCsvReader.builder().build().read("test.csv", Csv.in(csv));
  }

  private static List<Rejection> rejections(String csv) {
    List<Rejection> all = new ArrayList<>();
    var unused = FlowCsvReader.builder().rejects(all::add).build().read("test.csv", Csv.in(csv));
    return all;
  }

  private static FlowFileException failure(String csv) {
    return assertThrows(FlowFileException.class, () -> read(csv));
  }

  @Test
  void readsAFlow() {
    Flow f = read(HEADER + "2005-05-21T00:49:13Z,Junio C Hamano,Daniel Barkalow,ack,1\n").get(0);
    assertEquals(PartyId.of("Junio C Hamano"), f.giver());
    assertEquals(PartyId.of("Daniel Barkalow"), f.receiver());
    assertEquals(FlowKind.of("ack"), f.kind());
    assertEquals(Amount.ONE, f.amount());
    assertEquals(Instant.parse("2005-05-21T00:49:13Z"), f.instant());
  }

  @Test
  void acceptsOffsetsZeroWeightsTrailingZerosAndQuotedNames() {
    List<Flow> flows =
        read(
            HEADER
                + "2024-03-01T12:00:00+02:00,\"Leto, Jonathan \"\"Duke\"\"\",Bob,review,0\n"
                + "2024-03-01T10:00:00.5Z,Ada,Bob,review,1.0000000\n");
    assertEquals(Instant.parse("2024-03-01T10:00:00Z"), flows.get(0).instant());
    assertEquals("Leto, Jonathan \"Duke\"", flows.get(0).giver().value());
    assertEquals(Amount.ZERO, flows.get(0).amount());
    assertEquals(Amount.ONE, flows.get(1).amount());
  }

  @Test
  void stripsAUtf8ByteOrderMark() {
    byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    byte[] body =
        (HEADER + "2024-03-01T10:00:00Z,Ada,Bob,review,1\n").getBytes(StandardCharsets.UTF_8);
    byte[] all = new byte[bom.length + body.length];
    System.arraycopy(bom, 0, all, 0, bom.length);
    System.arraycopy(body, 0, all, bom.length, body.length);
    InputStream in = new ByteArrayInputStream(all);
    assertEquals(1, FlowCsvReader.builder().build().read("bom.csv", in).size());
  }

  @Test
  void lineNumbersArePhysicalLinesWithCrLfBlankLinesAndMultiLineValues() {
    String csv =
        "\r\n" // line 1: blank, passed over
            + HEADER.replace("\n", "\r\n") // line 2: header
            + "2024-03-01T10:00:00Z,\"Ada\r\nLovelace\",Bob,review,1\r\n" // lines 3-4: one row
            + "\r\n" // line 5: blank
            + "2024-03-01T10:00:00Z,Ada,Bob,review,1\r\n" // line 6: good
            + "2024-03-01T10:00:00Z,Ada,Bob,review,oops"; // line 7: bad, no final line break
    List<Rejection> r = rejections(csv);
    assertEquals(2, r.size(), r::toString);
    assertEquals(3, r.get(0).line());
    assertEquals(Optional.of("giver"), r.get(0).column());
    assertEquals(7, r.get(1).line());
    assertEquals(Optional.of("oops"), r.get(1).value());
  }

  @Test
  void collectingModeReportsEveryProblemOfEveryRowAndKeepsTheGoodRows() {
    List<Rejection> all = new ArrayList<>();
    List<Flow> good =
        FlowCsvReader.builder()
            .rejects(all::add)
            .build()
            .read(
                "test.csv",
                Csv.in(
                    HEADER
                        + "2024-03-01T10:00:00Z,Ada,Bob,review,1\n"
                        + "later,Ada,,review,-1\n"
                        + "2024-03-02T10:00:00Z,Bob,Ada,help,2\n"));
    assertEquals(2, good.size());
    assertEquals(
        List.of("timestamp", "receiver", "weight"),
        all.stream().map(r -> r.column().orElseThrow()).toList());
    assertTrue(all.stream().allMatch(r -> r.line() == 3));
  }

  @Test
  // The header's leading space is what this test is about: in a text block it would be hidden in
  // the indentation (or need a \s escape, which Error Prone flags as misleading).
  @SuppressWarnings("StringConcatToTextBlock")
  void headerNamesIgnoreCaseAndSpaces() {
    assertEquals(
        1,
        read(" Timestamp , GIVER,receiver,Kind,weight\n"
                + "2024-03-01T10:00:00Z,Ada,Bob,review,1\n")
            .size());
  }

  @Test
  void messageNamesWhereWhatAndTheFix() {
    FlowFileException e = failure(HEADER + "2024-03-01T10:00:00Z,Ada,Bob,review,-2\n");
    assertEquals(
        "test.csv, line 2, column weight, value \"-2\": is negative. Fix: record the flow"
            + " the other way round: swap giver and receiver ('Bob' gave 'Ada') and write 2.",
        e.getMessage());
    assertEquals("test.csv", e.source());
    assertEquals(2, e.line());
    assertEquals(Optional.of("weight"), e.column());
    assertEquals(Optional.of("-2"), e.value());
    assertEquals(e.rejection().message(), e.getMessage());
  }

  @Test
  void veryLargeWeightIsOutOfRange() {
    FlowFileException e = failure(HEADER + "2024-03-01T10:00:00Z,Ada,Bob,review,10000000000000\n");
    assertTrue(e.reason().contains("too large"), e.getMessage());
  }

  @Test
  void longAndControlValuesAreShownSafelyOnOneLine() {
    String name = "x".repeat(100) + "\u001b";
    FlowFileException e = failure(HEADER + "2024-03-01T10:00:00Z," + name + ",Bob,review,1\n");
    assertEquals(1, e.getMessage().lines().count());
    assertTrue(
        e.getMessage().contains("\"" + "x".repeat(60) + "...\" (101 characters)"), e.getMessage());
    assertEquals(Optional.of(name), e.value(), "the exception keeps the whole value");
  }

  @Test
  void rejectionsAreWrittenAsCsvWithFormulasGuarded() throws IOException {
    StringWriter out = new StringWriter();
    try (RejectionCsvWriter w = RejectionCsvWriter.create(out)) {
      w.accept(Rejection.ofValue("a.csv", 3, "giver", "=1+1", "is odd, really", "fix it"));
      w.accept(new Rejection("a.csv", 0, Optional.empty(), Optional.empty(), "gone", "find it"));
      assertEquals(2, w.count());
    }
    assertEquals(
        """
        file,line,column,value,reason,fix\r
        a.csv,3,giver,'=1+1,"is odd, really",fix it\r
        a.csv,,,,gone,find it\r
        """,
        out.toString());
  }
}
