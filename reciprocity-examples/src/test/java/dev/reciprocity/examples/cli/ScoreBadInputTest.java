package dev.reciprocity.examples.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every kind of bad input stops {@code reciprocity score} with exit code 2, nothing on standard
 * output, and one message on standard error that says what to change, without a stack trace.
 */
class ScoreBadInputTest {

  private static final String FLOWS =
      "timestamp,giver,receiver,kind,weight\n"
          + "2024-01-10T00:00:00Z,Ada,Bob,review,3\n"
          + "2024-04-15T00:00:00Z,Bob,Ada,review,1\n";

  @TempDir Path dir;

  private String file() throws IOException {
    return Files.writeString(dir.resolve("flows.csv"), FLOWS, StandardCharsets.UTF_8).toString();
  }

  @Test
  void unknownStrategyNamesTheKnownOnes() throws IOException {
    CliRun.of("score", "--strategy", "portfolo", "--flows", file())
        .assertBadInput(
            "no scoring strategy named 'portfolo'",
            "decaying, developmental, immediate, portfolio, proportional",
            "seasonal",
            "Fix:");
  }

  @Test
  void unknownStrategyIsRefusedBeforeTheFlowsAreRead() {
    // the flows file does not exist: the strategy's name is the first problem reported
    CliRun.of("score", "--strategy", "nope", "--flows", dir.resolve("missing.csv").toString())
        .assertBadInput("no scoring strategy named 'nope'");
  }

  @Test
  void malformedParameterValue() throws IOException {
    CliRun.of("score", "--strategy", "decaying:halfLife=soon", "--flows", file())
        .assertBadInput("halfLife", "'soon'", "not an ISO-8601 duration", "P14D");
    CliRun.of("score", "--strategy", "immediate:window=-P1D", "--flows", file())
        .assertBadInput("window", "not positive");
    CliRun.of("score", "--strategy", "decaying:asOf=tomorrow", "--flows", file())
        .assertBadInput("asOf", "'tomorrow'", "not an ISO-8601 instant");
  }

  @Test
  void parameterTheStrategyDoesNotTake() throws IOException {
    CliRun.of("score", "--strategy", "portfolio:window=P14D", "--flows", file())
        .assertBadInput("'portfolio' takes no parameter 'window'", "it takes none");
    CliRun.of("score", "--strategy", "immediate:days=14", "--flows", file())
        .assertBadInput("takes no parameter 'days'", "[window]");
  }

  @Test
  void parameterWithoutValue() throws IOException {
    CliRun.of("score", "--strategy", "immediate:window", "--flows", file())
        .assertBadInput("'window' has no '='", "key=value");
  }

  @Test
  void asOfBeforeAFlowIsBadInputNotABug() throws IOException {
    CliRun.of("score", "--strategy", "decaying:asOf=2024-02-01T00:00:00Z", "--flows", file())
        .assertBadInput(
            "decaying:asOf=2024-02-01T00:00:00Z", "is after asOf 2024-02-01T00:00:00Z", "--to");
  }

  @Test
  void missingStrategy() throws IOException {
    CliRun.of("score", "--flows", file()).assertUsageError("Missing required option", "--strategy");
  }

  @Test
  void unknownKindAndEmptyRange() throws IOException {
    String f = file();
    CliRun.of("score", "--strategy", "portfolio", "--flows", f, "--kind", "reveiw")
        .assertBadInput("no flow of kind reveiw", "kinds it holds (review)");
    CliRun.of("score", "--strategy", "portfolio", "--flows", f, "--from", "2030-01-01")
        .assertBadInput("no flow at or after 2030-01-01T00:00:00Z", "2024-01-10T00:00:00Z");
  }

  @Test
  void badOptionValues() {
    CliRun.of("score", "--strategy", "portfolio", "--top", "0")
        .assertUsageError("--top", "less than 1");
    CliRun.of("score", "--strategy", "portfolio", "--format", "xml")
        .assertUsageError("'xml' is not a report format");
    CliRun.of("score", "--strategy", "seasonal", "--season", "week")
        .assertUsageError("'week' is not a season length");
    CliRun.of("score", "--strategy", "portfolio", "--from", "2024-02-01", "--to", "2024-01-01")
        .assertUsageError("must be after --from");
    CliRun.of("score", "--strategy", "portfolio", "--to", "+300000-01-01T00:00:00Z")
        .assertUsageError("--to", "outside the supported time range");
  }

  @Test
  void badRowStopsTheRun() throws IOException {
    Path f =
        Files.writeString(
            dir.resolve("bad.csv"),
            "timestamp,giver,receiver,kind,weight\n2024-01-10T00:00:00Z,Ada,Bob,review,1e100000000\n",
            StandardCharsets.UTF_8);
    CliRun.of("score", "--strategy", "portfolio", "--flows", f.toString())
        .assertBadInput(f.toString(), "line 2", "column weight", "exponent notation");
  }

  @Test
  void rejectsFileCollectsBadValues() throws IOException {
    Path f =
        Files.writeString(
            dir.resolve("bad.csv"), FLOWS + "later,Ada,Bob,review,-1\n", StandardCharsets.UTF_8);
    Path rejects = dir.resolve("rejects.csv");
    CliRun.of(
            "score",
            "--strategy",
            "portfolio",
            "--flows",
            f.toString(),
            "--rejects",
            rejects.toString())
        .assertBadInput("2 bad values in 1 row", "No scores were written");
  }
}
