package dev.reciprocity.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.reciprocity.Finding;
import dev.reciprocity.FlowKind;
import dev.reciprocity.PartyId;
import dev.reciprocity.core.FindingFormatters;
import dev.reciprocity.core.LedgerSnapshot;
import dev.reciprocity.core.ReciprocityReviews;
import dev.reciprocity.core.ReviewReport;
import dev.reciprocity.spi.FindingFormatter;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A JSON review with over a thousand parties and findings, which the writer renders on every core
 * in chunks: the same document as one pretty-printing generator writes (read back and written again
 * by Jackson's tree model), every finding once, in order, with its own words.
 */
class JsonManyFindingsTest {

  /**
   * 600 pairs (1,200 parties: more than one chunk of them too), each giver giving its receiver
   * every month for two years and never receiving.
   */
  private static ReviewReport report() {
    LedgerSnapshot.Builder flows = LedgerSnapshot.builder();
    Instant start = Instant.parse("2022-01-01T00:00:00Z");
    for (int pair = 0; pair < 600; pair++) {
      PartyId giver = PartyId.of("giver " + pair);
      PartyId receiver = PartyId.of("receiver " + pair);
      for (int month = 0; month < 24; month++) {
        Instant at = start.atZone(ZoneOffset.UTC).plusMonths(month).plusHours(pair).toInstant();
        flows.add(
            giver,
            receiver,
            FlowKind.of(month % 2 == 0 ? "review" : "mentoring"),
            1_000_000L + 1_000L * pair + month,
            at.getEpochSecond(),
            at.getNano());
      }
    }
    return ReciprocityReviews.builder(flows.build()).source("many").report();
  }

  @Test
  void manyFindingsMakeTheDocumentOneGeneratorWrites() throws Exception {
    ReviewReport report = report();
    List<Finding> findings = report.wholeRange().findings();
    assertTrue(
        findings.size() > 500, "too few findings to be rendered in chunks: " + findings.size());
    String json = ReportFormat.JSON.render(report);

    // read back exactly (decimals as BigDecimal) and written again with the same pretty printer
    JsonMapper exact =
        JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
            .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
            .build();
    JsonNode tree = exact.readTree(json);
    assertEquals(json, exact.writeValueAsString(tree) + "\n");

    JsonNode written = tree.get("findings");
    assertEquals(findings.size(), written.size());
    FindingFormatter words = FindingFormatters.english();
    for (int id = 0; id < findings.size(); id++) {
      JsonNode f = written.get(id);
      assertEquals(id, f.get("id").asInt());
      assertEquals(findings.get(id).subject().value(), f.get("subject").asText());
      assertEquals(words.summary(findings.get(id)), f.get("summary").asText());
      assertEquals(words.suggestion(findings.get(id)), f.get("suggestion").asText());
      assertEquals(findings.get(id).evidence().size(), f.get("evidence").size());
    }
  }

  /**
   * A formatter that fails on one finding: the failure reaches the caller as it was thrown, from
   * whichever thread rendered that finding's chunk, and the writing stops.
   */
  @Test
  void aFormatterFailingOnOneFindingFailsTheWriting() {
    ReviewReport report = report();
    Finding late = report.wholeRange().findings().get(400);
    FindingFormatter english = FindingFormatters.english();
    FindingFormatter failing =
        new FindingFormatter() {
          @Override
          public String summary(Finding finding) {
            if (finding.equals(late)) {
              throw new IllegalStateException("no words for " + finding.subject());
            }
            return english.summary(finding);
          }

          @Override
          public String suggestion(Finding finding) {
            return english.suggestion(finding);
          }
        };
    IllegalStateException e =
        assertThrows(IllegalStateException.class, () -> ReportFormat.JSON.render(report, failing));
    assertEquals("no words for " + late.subject(), e.getMessage());
  }
}
