package dev.reciprocity.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.reciprocity.Amount;
import dev.reciprocity.Finding;
import dev.reciprocity.FindingType;
import dev.reciprocity.FlowKind;
import dev.reciprocity.PartyId;
import dev.reciprocity.Severity;
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
    EmbeddingExample.Outcome outcome =
        EmbeddingExample.run(new PrintStream(bytes, true, StandardCharsets.UTF_8));
    String out = bytes.toString(StandardCharsets.UTF_8);

    // ada gave bob 17 reviews, bob gave ada 1 mentoring session:
    // r = (min(17, 1) + min(1, 17)) / (17 + 1) = 2 / 18
    assertTrue(out.startsWith("weighted reciprocity " + (2.0 / 18) + "\n"), out);
    assertEquals(2.0 / 18, outcome.scores().network().weightedReciprocity());

    // 17 weekly reviews from 5 January to 27 April 2026: January 4, February 4, March 5,
    // April 4. Give shares: ada 4/5 = 0.8 in January, 1 afterwards, all above 0.7; bob 1/5 = 0.2
    // then 0, all below 0.3. Both streaks run the 4 months up to the last month judged by 1 May:
    // ongoing, shorter than 2 * 3 months, so WARNING.
    List<Finding> findings = outcome.findings();
    assertEquals(2, findings.size(), out);
    Finding ada =
        findings.stream()
            .filter(f -> f.type().equals(FindingType.CHRONIC_GIVER))
            .findFirst()
            .orElseThrow();
    Finding bob =
        findings.stream()
            .filter(f -> f.type().equals(FindingType.CHRONIC_RECEIVER))
            .findFirst()
            .orElseThrow();
    assertEquals(PartyId.of("ada"), ada.subject());
    assertEquals(PartyId.of("bob"), bob.subject());
    assertEquals("2026-01 to 2026-04", ada.period().label());
    assertEquals(Severity.WARNING, ada.severity());
    assertEquals(Optional.of(PartyId.of("bob")), ada.counterpart());
    assertEquals(Map.of(FlowKind.of("review"), Amount.of(17)), ada.exchangeByKind());
    assertTrue(
        out.contains(
            "Ask bob, who received 17 from ada in 2026-01 to 2026-04 (review 17)"
                + " and returned 1"),
        out);
  }

  @Test
  void partitionedScoresEqualOnePassAndTheFilterKeepsOnlyReviews() {
    EmbeddingExample.Outcome outcome =
        EmbeddingExample.run(
            new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));

    assertEquals(outcome.scores(), outcome.onAllCores());
    assertEquals(Amount.of(18), outcome.scores().network().totalWeight());
    // without the mentoring session: 17 reviews, none returned
    assertEquals(Amount.of(17), outcome.reviewsOnly().network().totalWeight());
    assertEquals(0.0, outcome.reviewsOnly().network().weightedReciprocity());
  }
}
