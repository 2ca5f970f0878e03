package dev.reciprocity.examples.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.reciprocity.ReciprocityException;
import dev.reciprocity.io.RejectionCsvWriter;
import java.io.FilterWriter;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.ByteBuffer;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --rejects} harms no input and cuts nothing short: a rejects file that is the flows file by
 * another name (a symbolic or a hard link) is refused before anything is written; a rejects file is
 * complete, valid UTF-8, also for a reason that quotes half of an emoji; and a write that fails
 * says so in one line and ends the run with exit code 2.
 */
class RejectsFileSafetyTest {

  private static final String FLOWS =
      "timestamp,giver,receiver,kind,weight\n"
          + "2024-03-01T10:00:00Z,Ada,Bob,review,1\n"
          + "2024-03-02T10:00:00Z,Bob,Ada,review,2\n";

  @TempDir Path dir;

  private Path flows() throws IOException {
    return Files.writeString(dir.resolve("flows.csv"), FLOWS, StandardCharsets.UTF_8);
  }

  @Test
  void aSymbolicLinkToTheFlowsFileIsRefusedAndTheFlowsAreKept() throws IOException {
    Path flows = flows();
    byte[] before = Files.readAllBytes(flows);
    Path link = Files.createSymbolicLink(dir.resolve("rejects.csv"), flows);
    for (String command : List.of("review", "score")) {
      run(command, flows, link)
          .assertUsageError("--rejects " + link, "is the flows file by another name", "Fix:");
      assertArrayEquals(before, Files.readAllBytes(flows), "the flows file, byte for byte");
      assertTrue(Files.isSymbolicLink(link), "the link is left as it was");
    }
  }

  @Test
  void aHardLinkToTheFlowsFileIsRefusedAndTheFlowsAreKept() throws IOException {
    Path flows = flows();
    byte[] before = Files.readAllBytes(flows);
    Path link = Files.createLink(dir.resolve("rejects.csv"), flows);
    for (String command : List.of("review", "score")) {
      run(command, flows, link)
          .assertUsageError("--rejects " + link, "is the flows file by another name", "overwrite");
      assertArrayEquals(before, Files.readAllBytes(flows), "the flows file, byte for byte");
    }
  }

  @Test
  void aPathThroughALinkedDirectoryIsTheSameFile() throws IOException {
    Path flows = flows();
    Path linkedDir = Files.createSymbolicLink(dir.resolve("same"), dir);
    assertTrue(FlowInput.sameFile(flows, linkedDir.resolve("flows.csv")));
    assertTrue(FlowInput.sameFile(flows, dir.resolve("sub/../flows.csv")));
    assertFalse(FlowInput.sameFile(flows, linkedDir.resolve("rejects.csv")));
    assertFalse(FlowInput.sameFile(flows, dir.resolve("rejects.csv")));
  }

  @Test
  void aLinkToAnotherFileIsWrittenThroughAndKept() throws IOException {
    Path flows = flows();
    Path real = Files.writeString(dir.resolve("old-rejects.csv"), "stale\n");
    Path link = Files.createSymbolicLink(dir.resolve("rejects.csv"), real);
    run("review", flows, link).assertOk();
    assertTrue(Files.isSymbolicLink(link));
    assertEquals(String.join(",", RejectionCsvWriter.HEADER) + "\r\n", Files.readString(real));
  }

  @Test
  void aDeviceIsRefusedAsARejectsFile() throws IOException {
    Path device = Path.of("/dev/null");
    if (!Files.exists(device)) {
      return; // not a POSIX system
    }
    run("review", flows(), device)
        .assertBadInput("cannot write the rejects file /dev/null", "is not a regular file", "Fix:");
    assertTrue(Files.exists(device) && !Files.isRegularFile(device));
  }

  @Test
  void anEmojiAfterAQuoteGivesACompleteValidRejectsFile() throws IOException {
    Path flows =
        Files.writeString(
            dir.resolve("flows.csv"),
            "timestamp,giver,receiver,kind,weight\n2024-01-02T00:00:00Z,\"Ada\"\uD83D\uDE00,b,r,1\n",
            StandardCharsets.UTF_8);
    Path rejects = dir.resolve("rejects.csv");
    // the broken quoting stops the reading; the rejects file still gets that row, whole
    CliRun run = run("review", flows, rejects);
    assertEquals(ReciprocityCli.EXIT_INPUT, run.code(), run::err);
    assertEquals("", run.out());

    byte[] bytes = Files.readAllBytes(rejects);
    String text =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT)
            .decode(ByteBuffer.wrap(bytes))
            .toString(); // throws on a byte that is not UTF-8
    assertTrue(text.endsWith("\r\n"), () -> "the last record ends with its line end: " + text);
    List<CSVRecord> records = records(text); // the header names the columns
    assertEquals(1, records.size(), text);
    for (CSVRecord r : records) {
      assertEquals(6, r.size(), () -> "every record has every column: " + r);
    }
    CSVRecord row = records.get(0);
    assertEquals("2", row.get("line"));
    assertFalse(row.get("fix").isBlank());
    assertFalse(hasLoneSurrogate(text), text);
  }

  @Test
  void aWriteThatFailsMidwayEndsTheRunWithOneLineAndNoFile() throws IOException {
    Path flows =
        Files.writeString(
            dir.resolve("flows.csv"),
            "timestamp,giver,receiver,kind,weight\n"
                + "2024-03-01T10:00:00Z,Ada,Bob,review,-1\n"
                + "2024-03-01T10:00:00Z,Ada,Bob,review,x\n",
            StandardCharsets.UTF_8);
    Path rejects = Files.writeString(dir.resolve("rejects.csv"), "an earlier run\n");
    StringWriter written = new StringWriter();
    FlowInput input =
        new FlowInput(
            flows, rejects, false, file -> RejectionCsvWriter.create(new DiskFull(written, 80)));
    ReciprocityException e =
        assertThrows(ReciprocityException.class, () -> input.read("No review was written."));
    String message = e.getMessage();
    assertEquals(1, message.lines().count(), message);
    assertTrue(message.startsWith("cannot write the rejects file " + rejects), message);
    assertTrue(message.contains("No space left on device"), message);
    assertTrue(message.contains("No review was written."), message);
    assertTrue(message.contains("Fix:"), message);
    assertEquals("an earlier run\n", Files.readString(rejects), "the earlier file is kept");
  }

  @Test
  void aWriteThatFailsOnCloseIsNotSilent() throws IOException {
    Path flows =
        Files.writeString(
            dir.resolve("flows.csv"),
            "timestamp,giver,receiver,kind,weight\n2024-03-01T10:00:00Z,Ada,Bob,review,-1\n",
            StandardCharsets.UTF_8);
    Path rejects = dir.resolve("rejects.csv");
    FlowInput input =
        new FlowInput(
            flows,
            rejects,
            false,
            file ->
                RejectionCsvWriter.create(
                    new FilterWriter(new StringWriter()) {
                      @Override
                      public void close() throws IOException {
                        throw new IOException("Stream closed");
                      }
                    }));
    ReciprocityException e =
        assertThrows(ReciprocityException.class, () -> input.read("No scores were written."));
    assertTrue(e.getMessage().contains("(Stream closed)"), e.getMessage());
    assertFalse(Files.exists(rejects));
  }

  @Test
  void aRejectsFileInAMissingDirectoryExitsWithTwo() throws IOException {
    Path rejects = dir.resolve("missing").resolve("rejects.csv");
    run("score", flows(), rejects)
        .assertBadInput(
            "cannot write the rejects file " + rejects, "its directory does not exist", "Fix:");
  }

  @Test
  void noTemporaryFileIsLeftBehind() throws IOException {
    Path flows =
        Files.writeString(
            dir.resolve("flows.csv"),
            "timestamp,giver,receiver,kind,weight\n2024-03-01T10:00:00Z,Ada,Bob,review,-1\n");
    run("review", flows, dir.resolve("rejects.csv")).assertBadInput("has 1 bad value");
    try (Stream<Path> files = Files.list(dir)) {
      assertEquals(
          List.of("flows.csv", "rejects.csv"),
          files.map(p -> p.getFileName().toString()).sorted().toList());
    }
  }

  private static CliRun run(String command, Path flows, Path rejects) {
    return command.equals("score")
        ? CliRun.of(
            "score",
            "--strategy",
            "portfolio",
            "--flows",
            flows.toString(),
            "--rejects",
            rejects.toString())
        : CliRun.of("review", "--flows", flows.toString(), "--rejects", rejects.toString());
  }

  private static List<CSVRecord> records(String text) throws IOException {
    try (CSVParser parser =
        CSVFormat.RFC4180
            .builder()
            .setHeader()
            .setSkipHeaderRecord(false)
            .get()
            .parse(new StringReader(text))) {
      return parser.getRecords();
    }
  }

  private static boolean hasLoneSurrogate(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isHighSurrogate(c)
          && i + 1 < text.length()
          && Character.isLowSurrogate(text.charAt(i + 1))) {
        i++;
      } else if (Character.isSurrogate(c)) {
        return true;
      }
    }
    return false;
  }

  /** A writer that takes {@code room} characters and then fails as a full disk does. */
  private static final class DiskFull extends FilterWriter {
    private int room;

    DiskFull(Writer out, int room) {
      super(out);
      this.room = room;
    }

    @Override
    public void write(String str, int off, int len) throws IOException {
      if (len > room) {
        throw new IOException("No space left on device");
      }
      room -= len;
      super.write(str, off, len);
    }

    @Override
    public void write(char[] cbuf, int off, int len) throws IOException {
      write(new String(cbuf, off, len), 0, len);
    }

    @Override
    public void write(int c) throws IOException {
      write(String.valueOf((char) c), 0, 1);
    }
  }
}
