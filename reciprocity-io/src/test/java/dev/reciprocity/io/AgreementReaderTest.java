package dev.reciprocity.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.reciprocity.Agreement;
import dev.reciprocity.Cadence;
import dev.reciprocity.PartyId;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The agreement file: terms, revisions, the adjustment path; and each problem refused. */
class AgreementReaderTest {

  @TempDir Path dir;

  private static final String GOOD =
      """
      agreement: mentoring pact
      parties: [Ada, Bob]
      reviewCadence: quarter
      exitRule: either may leave after telling the other
      revisions:
        - to: 2024-01-01
          rules:
            mentor: developmental:lag=P180D
        - from: 2024-01-01
          rules:
            mentor: developmental:lag=P90D,returnFrom=network
            review: immediate
      adjustments:
        - instant: 2023-12-01
          type: imbalance raised
          by: Ada
          note: nothing comes back
        - instant: 2024-01-01
          type: Terms Changed
      """;

  @Test
  void readsTermsRevisionsAndTheAdjustmentPath() throws IOException {
    Path f = dir.resolve("agreement.yaml");
    Files.writeString(f, GOOD, StandardCharsets.UTF_8);
    Agreement a = AgreementReader.read(f);
    assertEquals("mentoring pact", a.name());
    assertEquals(2, a.parties().size());
    assertEquals(Cadence.quarterly(), a.reviewCadence());
    Agreement.Revision later = a.revisionAt(Instant.parse("2024-06-01T00:00:00Z")).orElseThrow();
    assertEquals("immediate", later.rules().get("review"));
    assertEquals(
        "developmental:lag=P180D",
        a.revisionAt(Instant.parse("2023-06-01T00:00:00Z")).orElseThrow().rules().get("mentor"));
    assertEquals(Agreement.Adjustment.Type.IMBALANCE_RAISED, a.adjustments().get(0).type());
    assertEquals(PartyId.of("Ada"), a.adjustments().get(0).by().orElseThrow());
    assertEquals(Agreement.Adjustment.Type.TERMS_CHANGED, a.adjustments().get(1).type());
  }

  @Test
  void everyProblemNamesTheFileThePathAndTheFix() throws IOException {
    assertRefused(
        GOOD.replace("reviewCadence: quarter", "reviewCadence: fortnight"),
        "$.reviewCadence",
        "fortnight");
    assertRefused(GOOD.replace("parties: [Ada, Bob]", "parties: [Ada]"), "$", "two or more");
    assertRefused(GOOD.replace("parties: [Ada, Bob]", "parties: Ada"), "$.parties", "not a list");
    assertRefused(
        GOOD.replace("type: imbalance raised", "type: complaint"),
        "$.adjustments[0].type",
        "complaint");
    assertRefused(
        GOOD.replace("  - from: 2024-01-01\n", "  - from: 2023-06-01\n"), "$", "in effect at once");
    assertRefused(
        GOOD.replace("exitRule: either may leave after telling the other\n", ""),
        "$.exitRule",
        "missing");
    assertRefused(
        GOOD.replace("agreement: mentoring pact", "agreement: mentoring pact\nsigned: yes"),
        "$.signed",
        "is not a key");
    assertRefused(
        GOOD.replace("    rules:\n      mentor: developmental:lag=P180D\n", "    rules: {}\n"),
        "$.revisions[0].rules",
        "not a map");
  }

  private void assertRefused(String text, String path, String problem) throws IOException {
    Path f = dir.resolve("a.yml");
    Files.writeString(f, text, StandardCharsets.UTF_8);
    ModelFileException e = assertThrows(ModelFileException.class, () -> AgreementReader.read(f));
    assertEquals(path, e.path(), e.getMessage());
    assertTrue(e.getMessage().contains(problem), e.getMessage());
    assertTrue(e.getMessage().contains(". Fix: "), e.getMessage());
  }
}
