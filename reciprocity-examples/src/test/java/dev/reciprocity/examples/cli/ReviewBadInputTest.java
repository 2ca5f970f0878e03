package dev.reciprocity.examples.cli;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every kind of bad input stops {@code reciprocity review} with exit code 2, nothing on standard
 * output, and one line on standard error that names the file, the line, the column and the value,
 * without a stack trace.
 */
class ReviewBadInputTest {

  private static final String HEADER = "timestamp,giver,receiver,kind,weight\n";
  private static final String GOOD_ROW = "2024-03-01T10:00:00Z,Ada,Bob,review,1\n";

  @TempDir Path dir;

  private Path csv(String content) throws IOException {
    return Files.writeString(dir.resolve("flows.csv"), content, StandardCharsets.UTF_8);
  }

  private CliRun review(Path file, String... more) {
    String[] args = new String[2 + more.length];
    args[0] = "review";
    args[1] = "--flows=" + file;
    System.arraycopy(more, 0, args, 2, more.length);
    return CliRun.of(args);
  }

  @Test
  void badTimestamp() throws IOException {
    Path f = csv(HEADER + GOOD_ROW + "2024-13-01T10:00:00Z,Ada,Bob,review,1\n");
    review(f)
        .assertBadInput(
            f.toString(),
            "line 3",
            "column timestamp",
            "\"2024-13-01T10:00:00Z\"",
            "ISO-8601",
            "Fix:");
  }

  @Test
  void timestampWithoutOffsetIsToldToAddOne() throws IOException {
    Path f = csv(HEADER + "2024-03-01T10:00:00,Ada,Bob,review,1\n");
    review(f)
        .assertBadInput(
            f.toString(),
            "line 2",
            "column timestamp",
            "\"2024-03-01T10:00:00\"",
            "2024-03-01T10:00:00Z");
  }

  @Test
  void negativeWeight() throws IOException {
    Path f = csv(HEADER + GOOD_ROW + GOOD_ROW + "2024-03-02T10:00:00Z,Ada,Bob,review,-2\n");
    review(f)
        .assertBadInput(
            f.toString(),
            "line 4",
            "column weight",
            "\"-2\"",
            "negative",
            "swap giver and receiver ('Bob' gave 'Ada') and write 2");
  }

  @Test
  void nonNumericWeight() throws IOException {
    Path f = csv(HEADER + "2024-03-01T10:00:00Z,Ada,Bob,review,one\n");
    review(f).assertBadInput(f.toString(), "line 2", "column weight", "\"one\"", "not a number");
  }

  @Test
  void weightWithDecimalCommaIsToldToUseADot() throws IOException {
    Path f = csv(HEADER + "2024-03-01T10:00:00Z,Ada,Bob,review,\"1,5\"\n");
    review(f).assertBadInput(f.toString(), "line 2", "column weight", "\"1,5\"", "dot");
  }

  @Test
  void weightWithMoreThanSixDecimals() throws IOException {
    Path f = csv(HEADER + GOOD_ROW + "2024-03-01T10:00:00Z,Ada,Bob,review,0.1234567\n");
    review(f)
        .assertBadInput(
            f.toString(), "line 3", "column weight", "\"0.1234567\"", "more than 6 decimal places");
  }

  @Test
  void giverEqualToReceiver() throws IOException {
    Path f = csv(HEADER + "2024-03-01T10:00:00Z,Ada,Ada,review,1\n");
    review(f)
        .assertBadInput(
            f.toString(), "line 2", "column receiver", "\"Ada\"", "cannot give to itself");
  }

  @Test
  void blankGiver() throws IOException {
    Path f = csv(HEADER + GOOD_ROW + "2024-03-01T10:00:00Z,  ,Bob,review,1\n");
    review(f).assertBadInput(f.toString(), "line 3", "column giver", "value \"\"", "blank");
  }

  @Test
  void missingValueInARow() throws IOException {
    Path f = csv(HEADER + "2024-03-01T10:00:00Z,Ada,Bob,review\n");
    review(f).assertBadInput(f.toString(), "line 2", "column weight", "missing", "4 values");
  }

  @Test
  void moreValuesThanTheHeaderHasColumns() throws IOException {
    Path f = csv(HEADER + "2024-03-01T10:00:00Z,Lovelace, Ada,Bob,review,1\n");
    review(f).assertBadInput(f.toString(), "line 2", "column value 6", "\"1\"", "double quotes");
  }

  @Test
  void missingColumnInHeader() throws IOException {
    Path f = csv("timestamp,giver,receiver,kind\n2024-03-01T10:00:00Z,Ada,Bob,review\n");
    review(f)
        .assertBadInput(
            f.toString(),
            "line 1",
            "column weight",
            "value \"timestamp,giver,receiver,kind\"",
            "no column weight");
  }

  @Test
  void missingHeader() throws IOException {
    Path f = csv(GOOD_ROW + GOOD_ROW);
    review(f)
        .assertBadInput(
            f.toString(),
            "line 1",
            "column header",
            "value \"2024-03-01T10:00:00Z,Ada,Bob,review,1\"",
            "not a header",
            "timestamp,giver,receiver,kind,weight");
  }

  @Test
  void duplicateColumnInHeader() throws IOException {
    Path f = csv("timestamp,giver,receiver,kind,weight,Weight\n" + GOOD_ROW);
    review(f).assertBadInput(f.toString(), "line 1", "column weight", "twice (columns 5 and 6)");
  }

  @Test
  void emptyFile() throws IOException {
    Path f = csv("");
    review(f)
        .assertBadInput(
            f.toString(),
            "line 1",
            "column header",
            "value \"\"",
            "empty",
            "timestamp,giver,receiver,kind,weight");
  }

  @Test
  void fileWithOnlyBlankLinesIsEmpty() throws IOException {
    Path f = csv("\n  \n\n");
    review(f).assertBadInput(f.toString(), "line 1", "empty");
  }

  @Test
  void headerWithoutFlows() throws IOException {
    Path f = csv(HEADER);
    review(f).assertBadInput(f.toString(), "line 2", "no flow after it");
  }

  @Test
  void missingFile() {
    Path f = dir.resolve("no-such.csv");
    review(f).assertBadInput(f.toString(), "does not exist", "Fix:");
  }

  @Test
  void unreadableFileBecauseItIsADirectory() {
    review(dir).assertBadInput(dir.toString(), "directory", "Fix:");
  }

  @Test
  void unreadableBytesAreNamedWithTheirLineAndColumn() throws IOException {
    byte[] head = (HEADER + GOOD_ROW + "2024-03-01T10:00:00Z,Ren").getBytes(StandardCharsets.UTF_8);
    byte[] tail = ",Bob,review,1\n".getBytes(StandardCharsets.UTF_8);
    byte[] bytes = new byte[head.length + 1 + tail.length];
    System.arraycopy(head, 0, bytes, 0, head.length);
    bytes[head.length] = (byte) 0xE9; // "é" in Latin-1, not UTF-8
    System.arraycopy(tail, 0, bytes, head.length + 1, tail.length);
    Path f = Files.write(dir.resolve("latin1.csv"), bytes);
    review(f)
        .assertBadInput(f.toString(), "line 3", "column giver", "value \"Ren\uFFFD\"", "not UTF-8");
  }

  @Test
  void utf16FileIsToldToBeSavedAsUtf8() throws IOException {
    byte[] utf16 = (HEADER + GOOD_ROW).getBytes(StandardCharsets.UTF_16);
    Path f = Files.write(dir.resolve("utf16.csv"), utf16);
    review(f).assertBadInput(f.toString(), "UTF-16", "save the file as UTF-8");
  }

  @Test
  void brokenQuoting() throws IOException {
    Path f = csv(HEADER + GOOD_ROW + "2024-03-01T10:00:00Z,\"Ada\" Lovelace,Bob,review,1\n");
    review(f).assertBadInput(f.toString(), "line 3", "quot");
  }

  @Test
  void controlCharacterInAName() throws IOException {
    Path f = csv(HEADER + "2024-03-01T10:00:00Z,\"Ada\u001b[31m\",Bob,review,1\n");
    review(f).assertBadInput(f.toString(), "line 2", "column giver", "U+001B");
  }

  @Test
  void multiLineNameIsRejected() throws IOException {
    Path f = csv(HEADER + "2024-03-01T10:00:00Z,\"Ada\nLovelace\",Bob,review,1\n");
    review(f)
        .assertBadInput(f.toString(), "line 2", "column giver", "Ada\\u000ALovelace", "U+000A");
  }

  @Test
  void unknownKind() throws IOException {
    Path f = csv(HEADER + GOOD_ROW);
    review(f, "--kind", "reveiw")
        .assertBadInput(f.toString(), "no flow of kind reveiw", "kinds it holds (review)");
  }

  @Test
  void noFlowInTheRange() throws IOException {
    Path f = csv(HEADER + GOOD_ROW);
    review(f, "--from", "2030-01-01")
        .assertBadInput(
            f.toString(), "no flow", "at or after 2030-01-01T00:00:00Z", "2024-03-01T10:00:00Z");
  }

  @Test
  void rejectsFileInAMissingDirectory() throws IOException {
    Path f = csv(HEADER + GOOD_ROW);
    Path rejects = dir.resolve("no-such-dir").resolve("rejects.csv");
    review(f, "--rejects", rejects.toString())
        .assertBadInput(rejects.toString(), "cannot write the rejects file");
  }

  @Test
  void unknownOption() throws IOException {
    Path f = csv(HEADER + GOOD_ROW);
    review(f, "--seasons", "month").assertUsageError("Unknown option", "--seasons");
  }

  @Test
  void badSeason() {
    CliRun.of("review", "--season", "week")
        .assertUsageError("--season", "'week' is not a season length", "month, quarter or year");
  }

  @Test
  void badFormat() {
    CliRun.of("review", "--format", "xml")
        .assertUsageError(
            "--format", "'xml' is not a report format", "text, markdown, json or valueflows");
  }

  @Test
  void badTop() {
    CliRun.of("review", "--top", "0").assertUsageError("--top", "less than 1");
    CliRun.of("review", "--top", "ten").assertUsageError("--top", "ten");
  }

  @Test
  void badDate() {
    CliRun.of("review", "--from", "01/02/2024")
        .assertUsageError("--from", "'01/02/2024' is neither a date");
    CliRun.of("review", "--to", "2024-01-01T00:00:00")
        .assertUsageError("--to", "has no offset", "2024-01-01T00:00:00Z");
  }

  @Test
  void toBeforeFrom() {
    CliRun.of("review", "--from", "2024-02-01", "--to", "2024-01-01")
        .assertUsageError("--to 2024-01-01T00:00:00Z must be after --from 2024-02-01T00:00:00Z");
  }

  @Test
  void blankKind() {
    CliRun.of("review", "--kind", " ").assertUsageError("--kind", "blank");
  }

  @Test
  void rejectsFileMustNotBeTheFlowsFile() throws IOException {
    Path f = csv(HEADER + GOOD_ROW);
    review(f, "--rejects", f.toString()).assertUsageError("--rejects", "overwrite");
    assertTrue(Files.readString(f).equals(HEADER + GOOD_ROW), "the flows file is unchanged");
  }

  @Test
  void missingCommand() {
    CliRun.of().assertUsageError("Missing command", "review");
  }
}
