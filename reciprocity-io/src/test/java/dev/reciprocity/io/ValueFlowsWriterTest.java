package dev.reciprocity.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.reciprocity.Cadence;
import dev.reciprocity.Evidence;
import dev.reciprocity.Finding;
import dev.reciprocity.FindingType;
import dev.reciprocity.Interval;
import dev.reciprocity.PartyId;
import dev.reciprocity.Severity;
import dev.reciprocity.core.FindingFormatters;
import dev.reciprocity.core.LedgerSnapshot;
import dev.reciprocity.core.ReciprocityReviews;
import dev.reciprocity.core.ReviewReport;
import dev.reciprocity.core.ReviewSettings;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The findings written back as JSON-LD: valid JSON that Jackson reads back, the source's context
 * with the library's prefix, agents by the IRIs they were read from, and citations of the source's
 * events only, at most {@value ValueFlowsWriter#MAX_CITED} of them with their total.
 */
class ValueFlowsWriterTest {

  @TempDir Path dir;

  private static final ObjectMapper JSON = new ObjectMapper();

  private static final Instant START = Instant.parse("2024-01-01T00:00:00Z");

  /**
   * Ada gives Bob an hour every 43 hours, 150 times (2024-01-01 to 2024-09-26, the first three
   * quarters), and Bob gives Ada an hour once, on 2024-10-05, so that the third quarter is over
   * when the review looks: Ada gives without return for three quarters, Bob receives without
   * giving. A production of Ada's has no receiver.
   */
  private Path document() throws IOException {
    StringBuilder graph = new StringBuilder();
    graph.append(
        """
        {"@id": "https://ada.example/", "@type": "Person", "name": "Ada"},
        {"@id": "tb:bob", "@type": "Person", "name": "Bob"},
        """);
    for (int i = 0; i < 150; i++) {
      graph.append(
          """
          {"@id": "tb:e%d", "@type": "EconomicEvent", "action": "work",
           "provider": "https://ada.example/", "receiver": "tb:bob",
           "effortQuantity": {"hasNumericalValue": 1, "hasUnit": "om2:hour"},
           "hasPointInTime": "%s"},
          """
              .formatted(i, START.plus(Duration.ofHours(43L * i))));
    }
    graph.append(
        """
        {"@id": "tb:back", "@type": "EconomicEvent", "action": "work",
         "provider": "tb:bob", "receiver": "https://ada.example/",
         "effortQuantity": {"hasNumericalValue": 1, "hasUnit": "om2:hour"},
         "hasPointInTime": "2024-10-05T10:00:00Z"},
        {"@id": "tb:jam", "@type": "EconomicEvent", "action": "produce",
         "provider": "https://ada.example/", "hasPointInTime": "2024-06-01T10:00:00Z"}
        """);
    Path f = dir.resolve("events.jsonld");
    Files.writeString(
        f,
        "{\"@context\": [\"https://git.io/vf-examples-jsonld-context\","
            + " {\"tb\": \"https://tb.example/\"}], \"@graph\": ["
            + graph
            + "]}",
        StandardCharsets.UTF_8);
    return f;
  }

  private static ReviewReport review(ValueFlowsDocument doc) {
    // the chronic check alone: the writer is under test, not the other failure modes
    return ReciprocityReviews.builder(LedgerSnapshot.of(doc.flows()))
        .source(doc.source())
        .settings(ReviewSettings.of(Cadence.quarterly()))
        .checks(
            java.util.List.of(
                dev.reciprocity.core.BalanceChecks.chronicImbalance(
                    dev.reciprocity.ReciprocityRule.builder()
                        .cadence(Cadence.quarterly())
                        .build())))
        .report();
  }

  @Test
  void findingsAreWrittenBackWithTheEventsTheyRestOn() throws IOException {
    ValueFlowsDocument doc = ValueFlowsReader.read(document());
    String written = ValueFlowsWriter.render(doc, review(doc));
    JsonNode root = JSON.readTree(written);

    List<String> keys = new ArrayList<>();
    root.fieldNames().forEachRemaining(keys::add);
    assertEquals(List.of("@context", "@graph"), keys);
    assertEquals(
        JSON.readTree(
            "[\"https://git.io/vf-examples-jsonld-context\", {\"tb\": \"https://tb.example/\"},"
                + " {\"reciprocity\": \"https://reciprocity.dev/ns#\"}]"),
        root.get("@context"));

    Set<String> eventIds = new HashSet<>();
    for (int i = 0; i < 150; i++) {
      eventIds.add("tb:e" + i);
    }
    eventIds.add("tb:back");
    JsonNode graph = root.get("@graph");
    assertEquals(2, graph.size(), written);
    JsonNode giver = find(graph, "CHRONIC_GIVER");
    JsonNode receiver = find(graph, "CHRONIC_RECEIVER");
    assertEquals("reciprocity:Finding", giver.get("@type").asText());
    assertTrue(giver.get("@id").asText().startsWith("_:finding-"));
    // the agents by the IRIs they were read from
    assertEquals("https://ada.example/", giver.at("/reciprocity:subject/@id").asText());
    assertEquals("Ada", giver.get("reciprocity:subjectName").asText());
    assertEquals("tb:bob", giver.at("/reciprocity:counterpart/@id").asText());
    assertEquals("tb:bob", receiver.at("/reciprocity:subject/@id").asText());
    // the first three quarters, end exclusive
    assertEquals(
        "2024-01-01T00:00:00Z", giver.at("/reciprocity:period/reciprocity:start").asText());
    assertEquals("2024-10-01T00:00:00Z", giver.at("/reciprocity:period/reciprocity:end").asText());
    assertEquals("WARNING", giver.get("reciprocity:severity").asText());
    assertFalse(giver.get("reciprocity:suggestion").asText().isBlank());
    assertFalse(giver.get("reciprocity:summary").asText().isBlank());
    // every event of the period: the 150 of Ada to Bob, not Bob's return in October
    for (JsonNode finding : List.of(giver, receiver)) {
      assertEquals(150, finding.get("reciprocity:citedEventCount").asInt());
      JsonNode cites = finding.get("reciprocity:cites");
      assertEquals(ValueFlowsWriter.MAX_CITED, cites.size());
      for (int i = 0; i < cites.size(); i++) {
        String id = cites.get(i).get("@id").asText();
        assertTrue(eventIds.contains(id), id);
        assertEquals("tb:e" + i, id, "in time order");
      }
    }
    // the give share of each of the three quarters: Ada only gave
    List<JsonNode> shares = new ArrayList<>();
    for (JsonNode e : giver.get("reciprocity:evidence")) {
      if (e.get("reciprocity:measure").asText().equals(Evidence.GIVE_SHARE)) {
        shares.add(e);
      }
    }
    assertEquals(3, shares.size());
    for (JsonNode share : shares) {
      assertEquals(1.0, share.get("reciprocity:value").asDouble());
      assertEquals("share", share.get("reciprocity:unit").asText());
    }
    assertEquals("2024-Q1", shares.get(0).get("reciprocity:season").asText());
    // the same findings give the same bytes
    assertEquals(written, ValueFlowsWriter.render(doc, review(doc)));
    assertTrue(written.endsWith("}\n"));
  }

  @Test
  void aPartyTheDocumentDoesNotNameHasNoIdButItsName() throws IOException {
    ValueFlowsDocument doc = ValueFlowsReader.read(document());
    Interval q1 = Interval.between(START, Instant.parse("2024-04-01T00:00:00Z"));
    Finding circle =
        Finding.builder()
            .type(FindingType.CHRONIC_GIVER)
            .subject(PartyId.of("the north circle"))
            .period(q1)
            .severity(Severity.NOTICE)
            .addEvidence(Evidence.share(Evidence.GIVE_SHARE, Double.NaN, q1))
            .build();
    StringWriter out = new StringWriter();
    ValueFlowsWriter.write(doc, List.of(circle), FindingFormatters.english(), out);
    JsonNode finding = JSON.readTree(out.toString()).get("@graph").get(0);
    assertFalse(finding.has("reciprocity:subject"));
    assertEquals("the north circle", finding.get("reciprocity:subjectName").asText());
    assertEquals(0, finding.get("reciprocity:citedEventCount").asInt());
    assertTrue(finding.at("/reciprocity:evidence/0/reciprocity:value").isNull());
    Iterator<String> keys = finding.fieldNames();
    assertEquals("@id", keys.next());
    assertEquals("@type", keys.next());
    assertEquals("reciprocity:findingType", keys.next());
  }

  private static JsonNode find(JsonNode graph, String type) {
    for (JsonNode n : graph) {
      if (n.get("reciprocity:findingType").asText().equals(type)) {
        return n;
      }
    }
    throw new AssertionError("no finding " + type + " in " + graph);
  }
}
