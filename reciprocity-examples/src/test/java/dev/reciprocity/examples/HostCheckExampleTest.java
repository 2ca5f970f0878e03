package dev.reciprocity.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.reciprocity.Amount;
import dev.reciprocity.Cadence;
import dev.reciprocity.Evidence;
import dev.reciprocity.Finding;
import dev.reciprocity.FindingType;
import dev.reciprocity.Flow;
import dev.reciprocity.PartyId;
import dev.reciprocity.ReciprocityRule;
import dev.reciprocity.Severity;
import dev.reciprocity.core.LedgerSnapshot;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The host's own check in the review. The figures, worked out by hand from the flows of {@link
 * HostCheckExample} (every review has amount 1; monthly seasons; default band [0.25, 0.75], 3
 * consecutive seasons, minimum activity 3):
 *
 * <pre>
 *            ada->bob  cy->dee  dee->cy  total  largest giver's share
 * 2026-01       4         3        2       9     ada 4/9 = 0.44  (no hero)
 * 2026-02       4         3        2       9     ada 4/9 = 0.44  (no hero)
 * 2026-03       4         8        3      15     cy  8/15 = 0.53 (hero)
 * 2026-04 (1 April only)           1       1     below the minimum activity 3
 * </pre>
 *
 * <p>Chronic: ada's give share is 4/4 = 1 and bob's 0/4 = 0 in each of the three months, outside
 * the band: chronic giver and chronic receiver over 2026-01 to 2026-03, ongoing (WARNING). Cy's
 * give share is 3/5 = 0.6 in January and February and 8/11 = 0.73 in March, Dee's 0.4 and 3/11 =
 * 0.27: inside the band, so no chronic finding; only the host's check sees the hero. Cy's
 * shortfall: others must take on x with (8 - x) / 15 &lt;= 1/2, x &gt;= 0.5, so 1 review.
 */
class HostCheckExampleTest {

  private static final ReciprocityRule MONTHLY =
      ReciprocityRule.builder().cadence(Cadence.monthly()).build();

  @Test
  void theHostsHeroFindingStandsNextToTheChronicFindingsInTheReviewOfMarch() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    HostCheckExample.Outcome outcome =
        HostCheckExample.run(new PrintStream(bytes, true, StandardCharsets.UTF_8));
    String printed = bytes.toString(StandardCharsets.UTF_8);

    assertEquals("2026-03", outcome.march().period().label());
    List<Finding> findings = outcome.march().findings();
    // all WARNING, all ending with March: ordered by subject
    assertEquals(
        List.of("CHRONIC_GIVER ada", "CHRONIC_RECEIVER bob", "REVIEW_BOTTLENECK cy"),
        findings.stream().map(f -> f.type() + " " + f.subject()).toList(),
        printed);
    assertEquals("2026-01 to 2026-03", findings.get(0).period().label());
    assertEquals(Severity.WARNING, findings.get(0).severity());
    assertEquals(Severity.WARNING, findings.get(1).severity());

    Finding hero = findings.get(2);
    assertEquals(FindingType.of("REVIEW_BOTTLENECK"), hero.type());
    assertEquals("2026-03", hero.period().label());
    assertEquals(Instant.parse("2026-03-01T00:00:00Z"), hero.period().start());
    assertEquals(Instant.parse("2026-04-01T00:00:00Z"), hero.period().end());
    assertEquals(Severity.WARNING, hero.severity());
    assertEquals(Optional.of(PartyId.of("dee")), hero.counterpart());
    assertEquals(Map.of(HostCheckExample.REVIEW, Amount.of(8)), hero.exchangeByKind());
    assertEquals(Optional.of(Amount.of(1)), hero.shortfall());
    assertEquals(8.0 / 15, hero.evidence(HeroCheck.SHARE_OF_ALL_GIVING).get(0).value());
    assertEquals(Optional.of(Amount.of(8)), hero.evidence(Evidence.OUT_STRENGTH).get(0).amount());
    assertEquals(Optional.of(Amount.of(15)), hero.evidence(HeroCheck.TOTAL_GIVEN).get(0).amount());
    Evidence toDee = hero.evidence(Evidence.GIVEN_TO_COUNTERPART).get(0);
    assertEquals(Optional.of(PartyId.of("dee")), toDee.counterpart());
    assertEquals(Optional.of(Amount.of(8)), toDee.amount());

    assertTrue(
        printed.contains("REVIEW_BOTTLENECK " + HERO_SUMMARY + "\n  " + HERO_SUGGESTION), printed);
    // the built-in wording still words the built-in findings
    assertTrue(
        printed.contains(
            "CHRONIC_GIVER ada gave far more than they received in 3"
                + " consecutive months (2026-01 to 2026-03): gave 12 and received 0"),
        printed);
  }

  private static final String HERO_SUMMARY =
      "cy gave more than half of all review in 2026-03:"
          + " 8 of 15 (53%). One party carrying a kind is a bottleneck and a burnout risk.";
  private static final String HERO_SUGGESTION =
      "Share cy's review load: find others to take on"
          + " at least 1 of it, starting with what goes to dee (review 8 in 2026-03).";

  @Test
  void theJsonReportCarriesTheHostsFindingInTheHostsWords() throws Exception {
    String json =
        HostCheckExample.run(
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8))
            .json();
    JsonNode root = new ObjectMapper().readTree(json);

    // the whole range runs to just after the last flow (1 April); April is not over, so March is
    // the latest complete month and the last one judged in both reviews
    assertEquals("2026-03", root.get("latestSeason").get("label").asText());
    // each finding is written once, at the top; the reviews refer to them by id
    JsonNode all = root.get("findings");
    for (int i = 0; i < all.size(); i++) {
      assertEquals(i, all.get(i).get("id").asInt(), json);
    }
    for (JsonNode findings :
        List.of(
            all,
            byId(all, root.get("wholeRange").get("findings")),
            byId(all, root.get("latestSeason").get("findings")))) {
      List<String> types = new ArrayList<>();
      findings.forEach(f -> types.add(f.get("type").asText() + " " + f.get("subject").asText()));
      assertEquals(
          List.of("CHRONIC_GIVER ada", "CHRONIC_RECEIVER bob", "REVIEW_BOTTLENECK cy"),
          types,
          json);

      JsonNode hero = findings.get(2);
      assertEquals("WARNING", hero.get("severity").asText());
      assertEquals(HERO_SUMMARY, hero.get("summary").asText());
      assertEquals(HERO_SUGGESTION, hero.get("suggestion").asText());
      assertEquals("2026-03", hero.get("period").get("label").asText());
      assertEquals("2026-03-01T00:00:00Z", hero.get("period").get("start").asText());
      JsonNode evidence = hero.get("evidence");
      assertEquals(4, evidence.size(), json);
      assertEquals(HeroCheck.SHARE_OF_ALL_GIVING, evidence.get(0).get("measure").asText());
      assertEquals(8.0 / 15, evidence.get(0).get("value").asDouble());
      assertEquals(8.0, evidence.get(1).get("value").asDouble());
      assertEquals(15.0, evidence.get(2).get("value").asDouble());
      assertEquals("dee", evidence.get(3).get("counterpart").asText());

      // the built-in wording next to the host's
      assertTrue(
          findings
              .get(1)
              .get("summary")
              .asText()
              .startsWith("bob received far more than they gave in 3 consecutive months"),
          json);
    }
  }

  /** The findings a review's ids refer to, in the review's order. */
  private static JsonNode byId(JsonNode all, JsonNode ids) {
    com.fasterxml.jackson.databind.node.ArrayNode found = new ObjectMapper().createArrayNode();
    for (JsonNode id : ids) {
      assertTrue(id.isInt(), "a review refers to a finding by its id: " + id);
      found.add(all.get(id.asInt()));
    }
    return found;
  }

  @Test
  void theHeroCheckJudgesOnlyMonthsThatAreOverAndBusyEnough() {
    HeroCheck check = new HeroCheck(MONTHLY, HostCheckExample.REVIEW);
    // as of 1 March: January and February judged, largest share 4/9, no hero; March not over
    assertEquals(
        List.of(),
        check.check(HostCheckExample.team().columns(), Instant.parse("2026-03-01T00:00:00Z")));
    // as of 1 May: April is over but holds 1 review, below the minimum activity 3; March is no
    // longer the latest month judged, so its hero is a NOTICE
    List<Finding> may =
        check.check(HostCheckExample.team().columns(), Instant.parse("2026-05-01T00:00:00Z"));
    assertEquals(1, may.size(), may::toString);
    assertEquals(PartyId.of("cy"), may.get(0).subject());
    assertEquals(Severity.NOTICE, may.get(0).severity());
    assertEquals("2026-03", may.get(0).period().label());
  }

  @Test
  void exactlyHalfIsNoHeroAndAHalfUnitMoreAsksForOneWholeUnit() {
    HeroCheck check = new HeroCheck(MONTHLY, HostCheckExample.REVIEW);
    Instant may = Instant.parse("2026-05-01T00:00:00Z");
    // ada 2 of 4: exactly half, not more
    assertEquals(
        List.of(),
        check.check(
            LedgerSnapshot.of(List.of(review("ada", "bob", "2"), review("cy", "dee", "2")))
                .columns(),
            may));
    // ada 2.5 of 4.5: 2.5 - 4.5 / 2 = 0.25 to hand over, rounded up to 1
    List<Finding> found =
        check.check(
            LedgerSnapshot.of(List.of(review("ada", "bob", "2.5"), review("cy", "dee", "2")))
                .columns(),
            may);
    assertEquals(1, found.size(), found::toString);
    assertEquals(PartyId.of("ada"), found.get(0).subject());
    assertEquals(Optional.of(Amount.of(1)), found.get(0).shortfall());
    assertEquals(2.5 / 4.5, found.get(0).evidence(HeroCheck.SHARE_OF_ALL_GIVING).get(0).value());
  }

  private static Flow review(String giver, String receiver, String amount) {
    return Flow.builder()
        .giver(PartyId.of(giver))
        .receiver(PartyId.of(receiver))
        .kind(HostCheckExample.REVIEW)
        .amount(Amount.parse(amount))
        .instant(Instant.parse("2026-04-15T10:00:00Z"))
        .build();
  }
}
