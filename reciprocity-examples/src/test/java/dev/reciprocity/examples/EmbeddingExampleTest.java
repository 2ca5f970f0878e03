package dev.reciprocity.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.reciprocity.Amount;
import dev.reciprocity.Finding;
import dev.reciprocity.FlowKind;
import dev.reciprocity.FindingType;
import dev.reciprocity.PartyId;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class EmbeddingExampleTest {

  @Test
  void oneWayReviewsMakeAdaAChronicGiverAndBobAChronicReceiver() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    List<Finding> findings = EmbeddingExample.run(new PrintStream(bytes, true, StandardCharsets.UTF_8));
    String out = bytes.toString(StandardCharsets.UTF_8);

    // 17 weekly reviews from 5 January to 27 April 2026: January 4, February 4, March 5,
    // April 4; every month is one-way, so both streaks run 4 months.
    assertTrue(out.startsWith("weighted reciprocity 0.0"), out);
    assertEquals(2, findings.size(), out);
    Finding ada = findings.stream().filter(f -> f.type().equals(FindingType.CHRONIC_GIVER)).findFirst().orElseThrow();
    Finding bob = findings.stream().filter(f -> f.type().equals(FindingType.CHRONIC_RECEIVER)).findFirst().orElseThrow();
    assertEquals(PartyId.of("ada"), ada.subject());
    assertEquals(PartyId.of("bob"), bob.subject());
    assertEquals("2026-01 to 2026-04", ada.period().label());
    assertEquals(Optional.of(PartyId.of("bob")), ada.counterpart());
    assertEquals(Map.of(FlowKind.of("review"), Amount.of(17)), ada.exchangeByKind());
    assertTrue(out.contains("Ask bob, who received 17 from ada"), out);
  }
}
