package dev.reciprocity.examples.cli;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import picocli.CommandLine;

/**
 * One in-process run of the command line, with what it wrote to standard output and standard error.
 *
 * @param code the exit code
 * @param out what was written to standard output
 * @param err what was written to standard error
 */
record CliRun(int code, String out, String err) {

  /** Runs the command line in this JVM with captured output. */
  static CliRun of(String... args) {
    CommandLine cmd = ReciprocityCli.newCommandLine();
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    cmd.setOut(new PrintWriter(out, true));
    cmd.setErr(new PrintWriter(err, true));
    int code = cmd.execute(args);
    return new CliRun(code, out.toString(), err.toString());
  }

  /**
   * Asserts a bad-input run: exit code 2, nothing on standard output, one line on standard error
   * without a stack trace that contains every expected fragment.
   */
  CliRun assertBadInput(String... fragments) {
    assertAll(
        () -> assertEquals(ReciprocityCli.EXIT_INPUT, code, () -> "exit code; err was: " + err),
        () -> assertEquals("", out, "standard output must stay empty"),
        () -> assertEquals(1, err.strip().lines().count(), () -> "one message, got: " + err),
        this::assertNoStackTrace,
        () -> {
          for (String f : fragments) {
            assertTrue(err.contains(f), () -> "stderr should contain [" + f + "] but was: " + err);
          }
        });
    return this;
  }

  /** Asserts a usage error of picocli: exit code 2, nothing on standard output, no stack trace. */
  CliRun assertUsageError(String... fragments) {
    assertAll(
        () -> assertEquals(ReciprocityCli.EXIT_INPUT, code, () -> "exit code; err was: " + err),
        () -> assertEquals("", out, "standard output must stay empty"),
        this::assertNoStackTrace,
        () -> {
          for (String f : fragments) {
            assertTrue(err.contains(f), () -> "stderr should contain [" + f + "] but was: " + err);
          }
        });
    return this;
  }

  /** Asserts a successful run: exit code 0 and nothing on standard error. */
  CliRun assertOk() {
    assertEquals(ReciprocityCli.EXIT_OK, code, () -> "exit code; err was: " + err);
    assertEquals("", err, "standard error must stay empty");
    return this;
  }

  private void assertNoStackTrace() {
    assertFalse(err.contains("at dev."), () -> "stack trace on stderr: " + err);
    assertFalse(err.contains("Exception in"), () -> "stack trace on stderr: " + err);
    assertFalse(err.contains("\tat "), () -> "stack trace on stderr: " + err);
  }
}
