package dev.reciprocity.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The help of {@code review} and {@code score}, whose shared options are declared once ({@link
 * FlowOptions}) with each command's own descriptions, is the text the commands printed when each
 * declared its options itself ({@code review-help.txt}, {@code score-help.txt}; 80 columns).
 */
class HelpTextTest {

  @ParameterizedTest
  @ValueSource(strings = {"review", "score"})
  void helpIsUnchanged(String command) throws IOException {
    String expected;
    try (InputStream in =
        Objects.requireNonNull(
            HelpTextTest.class.getResourceAsStream(command + "-help.txt"), command)) {
      expected = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    String help = CliRun.of(command, "--help").assertOk().out();
    assertEquals(expected, help.replace(System.lineSeparator(), "\n"));
  }
}
