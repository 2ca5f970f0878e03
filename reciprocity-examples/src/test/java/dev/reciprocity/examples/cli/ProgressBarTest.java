package dev.reciprocity.examples.cli;

import static org.junit.jupiter.api.Assertions.assertFalse;

import org.junit.jupiter.api.Test;

/** The progress bar is shown only when standard error is a terminal: never in tests or CI. */
class ProgressBarTest {

  @Test
  void standardErrorOfATestRunIsNotATerminal() {
    // surefire (and an IDE) run tests with standard error on a pipe
    assertFalse(FlowInput.standardErrorIsATerminal());
  }
}
