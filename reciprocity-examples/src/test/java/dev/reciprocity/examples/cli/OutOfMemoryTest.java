package dev.reciprocity.examples.cli;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A run that needs more memory than Java may use ends with exit code 3, nothing on standard output,
 * and one line on standard error that says how many flows were read and how to give Java more heap,
 * without a stack trace. Runs the command line in a child JVM with a 24 MiB heap on a file whose
 * every party has a name of 200 characters, so that the dictionary of names fills the heap after
 * some thousands of rows. Asserts outcomes, never durations.
 */
class OutOfMemoryTest {

  private static final int ROWS = 40_000;

  @TempDir Path dir;

  @Test
  void runningOutOfMemoryEndsWithExitCode3AndOneLineOnStandardError()
      throws IOException, InterruptedException {
    Path flows = dir.resolve("big.csv");
    try (BufferedWriter w = Files.newBufferedWriter(flows, StandardCharsets.UTF_8)) {
      w.write("timestamp,giver,receiver,kind,weight\n");
      String g = "g".repeat(200);
      String r = "r".repeat(200);
      for (int i = 0; i < ROWS; i++) {
        w.write(String.format("2024-01-01T00:00:00Z,%s%06d,%s%06d,review,1%n", g, i, r, i));
      }
    }
    Path out = dir.resolve("out.txt");
    Path err = dir.resolve("err.txt");
    ProcessBuilder pb =
        new ProcessBuilder(
                List.of(
                    Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Xmx24m",
                    "-cp",
                    System.getProperty("java.class.path"),
                    ReciprocityCli.class.getName(),
                    "review",
                    "--flows",
                    flows.toString()))
            .redirectOutput(out.toFile())
            .redirectError(err.toFile());
    // options from the environment would change the heap and add a line to standard error
    pb.environment().remove("JAVA_TOOL_OPTIONS");
    pb.environment().remove("JDK_JAVA_OPTIONS");
    Process child = pb.start();
    if (!child.waitFor(5, TimeUnit.MINUTES)) {
      child.destroyForcibly();
      throw new AssertionError("the child JVM did not end");
    }
    String stdout = Files.readString(out, StandardCharsets.UTF_8);
    String stderr = Files.readString(err, StandardCharsets.UTF_8);
    Matcher m =
        Pattern.compile(
                "reciprocity review: ran out of memory after reading ([0-9,]+) flows of "
                    + Pattern.quote(flows.toString())
                    + " \\(Java may use [0-9,]+ MiB\\); give Java more heap, e\\.g\\."
                    + " JAVA_TOOL_OPTIONS=-Xmx2g reciprocity review \\.\\.\\.\n")
            .matcher(stderr);
    assertAll(
        () -> assertEquals(ReciprocityCli.EXIT_MEMORY, child.exitValue(), stderr),
        () -> assertEquals("", stdout, "standard output must stay empty"),
        () -> assertTrue(m.matches(), () -> "one line on standard error, got: " + stderr),
        () -> assertFalse(stderr.contains("\tat "), "no stack trace"));
    long read = Long.parseLong(m.group(1).replace(",", ""));
    assertTrue(read > 0 && read < ROWS, () -> read + " flows read of " + ROWS);
  }
}
