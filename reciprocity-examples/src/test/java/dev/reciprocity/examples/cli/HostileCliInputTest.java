package dev.reciprocity.examples.cli;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hostile values in a flow file or on the command line stop {@code reciprocity review} with exit
 * code 2 and one short message on standard error (under 300 characters for a flow file in a
 * temporary directory). The tests assert outcomes and message lengths, never durations.
 */
class HostileCliInputTest {

  private static final String HEADER = "timestamp,giver,receiver,kind,weight\n";
  private static final String TEN_MB = "x".repeat(10 * 1024 * 1024);

  @TempDir Path dir;

  private CliRun review(String row, String... fragments) throws IOException {
    Path f =
        Files.writeString(dir.resolve("flows.csv"), HEADER + row + "\n", StandardCharsets.UTF_8);
    CliRun run = CliRun.of("review", "--flows", f.toString());
    String[] all = new String[fragments.length + 1];
    all[0] = f.toString();
    System.arraycopy(fragments, 0, all, 1, fragments.length);
    run.assertBadInput(all);
    assertShort(run);
    return run;
  }

  private static void assertShort(CliRun run) {
    String line = run.err().strip();
    assertTrue(line.length() < 300, () -> line.length() + " characters: " + line);
  }

  @Test
  void weightWithAHugeExponent() throws IOException {
    review(
        "2024-03-01T10:00:00Z,Ada,Bob,review,1e100000000",
        "line 2",
        "column weight",
        "\"1e100000000\"",
        "exponent notation");
  }

  @Test
  void tenMegabyteName() throws IOException {
    review(
        "2024-03-01T10:00:00Z," + TEN_MB + ",Bob,review,1",
        "line 2",
        "column giver",
        "(10485760 characters)",
        "longer than 256 characters");
  }

  @Test
  void tenMegabyteTimestamp() throws IOException {
    review(
        TEN_MB + ",Ada,Bob,review,1",
        "line 2",
        "column timestamp",
        "(10485760 characters)",
        "longer than 64 characters");
  }

  @Test
  void tenMegabyteKindAndWeight() throws IOException {
    review(
        "2024-03-01T10:00:00Z,Ada,Bob," + TEN_MB + ",1",
        "column kind",
        "longer than 64 characters");
    review(
        "2024-03-01T10:00:00Z,Ada,Bob,review," + "9".repeat(10 * 1024 * 1024),
        "column weight",
        "longer than 64 characters");
  }

  @Test
  void yearOutsideTheSupportedRange() throws IOException {
    review(
        "+300000-01-03T00:00:00Z,Ada,Bob,review,1",
        "line 2",
        "column timestamp",
        "\"+300000-01-03T00:00:00Z\"",
        "0001-01-01T00:00:00Z to 9999-12-31T23:59:59.999999999Z");
    review(
        "-0001-01-03T00:00:00Z,Ada,Bob,review,1",
        "column timestamp",
        "outside the supported time range");
  }

  @Test
  void overlongKindOptionIsBadInputNotABug() {
    CliRun run =
        CliRun.of("review", "--kind", "k".repeat(100_000))
            .assertUsageError("--kind", "longer than 64 characters", "(100000 characters)");
    assertShort(run);
  }

  @Test
  void overlongOptionValuesGiveShortMessages() {
    for (String option : new String[] {"--season", "--format", "--from", "--to", "--top"}) {
      CliRun run = CliRun.of("review", option, "9".repeat(1_000_000)).assertUsageError(option);
      String first = run.err().lines().findFirst().orElse("");
      assertTrue(
          first.length() <= ReciprocityCli.MAX_MESSAGE + 30,
          () -> option + ": " + first.length() + " characters");
    }
    CliRun run = CliRun.of("review", "--" + "x".repeat(1_000_000)).assertUsageError("Unknown");
    assertTrue(run.err().length() < 2000, () -> run.err().length() + " characters");
  }
}
