package dev.reciprocity.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.reciprocity.PartyId;
import dev.reciprocity.Request;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The asks file: what it holds, and each problem refused with the file, the path and a fix. */
class RequestsReaderTest {

  @TempDir Path dir;

  @Test
  void readsEachOutcome() throws IOException {
    Path f = dir.resolve("asks.yaml");
    Files.writeString(
        f,
        """
        requests:
          - asker: Ada
            asked: Bob
            kind: review
            instant: 2024-03-01T10:00:00Z
            outcome: declined
          - asker: Ada
            asked: Bob
            kind: review
            instant: 2024-03-02
            outcome: Redirected
            redirectedTo: Cy
          - asker: Cy
            asked: Ada
            kind: help
            instant: 2024-03-05
            outcome: accepted
            answeredBy: flow-17
        """,
        StandardCharsets.UTF_8);
    List<Request> asks = RequestsReader.read(f);
    assertEquals(3, asks.size());
    assertEquals(Request.Outcome.DECLINED, asks.get(0).outcome());
    assertEquals(PartyId.of("Cy"), asks.get(1).redirectedTo().orElseThrow());
    assertEquals(Instant.parse("2024-03-02T00:00:00Z"), asks.get(1).instant());
    assertEquals("flow-17", asks.get(2).answeredBy().orElseThrow());
  }

  @Test
  void everyProblemNamesTheFileThePathAndTheFix() throws IOException {
    String ok = "  - asker: Ada\n    asked: Bob\n    kind: review\n    instant: 2024-03-01\n";
    assertRefused("requests: {}", "$.requests", "is not a list");
    assertRefused(
        "requests:\n" + ok + "    outcome: ignored\n", "$.requests[0].outcome", "ignored");
    assertRefused("requests:\n" + ok, "$.requests[0].outcome", "missing");
    assertRefused(
        "requests:\n" + ok + "    outcome: declined\n    reason: busy\n",
        "$.requests[0].reason",
        "is not a key");
    assertRefused(
        "requests:\n" + ok + "    outcome: redirected\n", "$.requests[0]", "redirected ask");
    assertRefused(
        "requests:\n  - asker: Ada\n    asked: Bob\n    kind: review\n    instant: soon\n"
            + "    outcome: accepted\n",
        "$.requests[0].instant",
        "not a date or an instant");
  }

  private void assertRefused(String text, String path, String problem) throws IOException {
    Path f = dir.resolve("asks.yml");
    Files.writeString(f, text, StandardCharsets.UTF_8);
    ModelFileException e = assertThrows(ModelFileException.class, () -> RequestsReader.read(f));
    assertEquals(path, e.path(), e.getMessage());
    assertTrue(e.getMessage().contains(problem), e.getMessage());
    assertTrue(e.getMessage().contains(". Fix: "), e.getMessage());
  }
}
