package dev.reciprocity.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code review --flows FILE.jsonld} end to end on the shipped ValueFlows example, a timebank of
 * six members over 2024. Every expected figure is added up by hand below from the file's events,
 * never taken from the tool's output.
 *
 * <p>The hour events of the file (tb:mentoring, tb:repair, tb:gardening), giver -> receiver hours:
 *
 * <pre>
 * Q1 e01 Ada->Bea 2    e02 Ada->Cy 1.5   e03 Cy->Dan 3     e04 Dan->Cy 2
 *    e05 Ada->Bea 2    e06 Eve->Fay 1    e07 Fay->Eve 1.25
 * Q2 e08 Ada->Bea 2    e09 Ada->Dan 1    e10 Bea->Eve 0.5  e11 Cy->Dan 2
 *    e12 Dan->Cy 2.5   e13 Ada->Bea 1.5  e14 Fay->Eve 2
 * Q3 e15 Ada->Bea 2    e16 Ada->Cy 1     e17 Eve->Fay 2    e18 Cy->Dan 1
 *    e19 Dan->Cy 1.5   e20 Ada->Bea 2
 * Q4 e21 Bea->Ada 1
 * </pre>
 *
 * <p>Besides: three meals counted (e22 to e24, unit count), one production of jam without a
 * receiver (e25), an intent of Dan's satisfied by Cy's repair e11, an intent of Cy's that Ada
 * finished without satisfying, a claim and an appreciation of e20 with e21.
 */
class ValueFlowsReviewTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  private static final String HOURS = "tb:mentoring,tb:repair,tb:gardening";

  @TempDir Path dir;

  private static Path example() throws URISyntaxException {
    return Path.of(
        ValueFlowsReviewTest.class
            .getResource("/dev/reciprocity/examples/valueflows/events.jsonld")
            .toURI());
  }

  private static BigDecimal dec(String text) {
    return new BigDecimal(text);
  }

  @Test
  void theReviewOfTheExampleHasTheFiguresAddedUpByHand() throws Exception {
    CliRun run =
        CliRun.of("review", "--flows", example().toString(), "--kind", HOURS, "--format", "json");
    assertEquals(ReciprocityCli.EXIT_OK, run.code(), run.err());
    // what was left out, and why, on standard error
    assertTrue(run.err().contains("read 24 flows and 2 asks"), run.err());
    assertTrue(
        run.err().contains("left out 1 event without a receiver (an action of one agent,"),
        run.err());
    assertTrue(run.err().contains(": tb:e25"), run.err());
    assertEquals(1, run.err().strip().lines().count(), run.err());

    JsonNode r = JSON.readTree(run.out());
    // e01 to e21: the hour events
    assertEquals(21, r.get("flowCount").asInt());
    assertEquals(6, r.get("partyCount").asInt());
    // Q1 2+1.5+3+2+2+1+1.25 = 12.75, Q2 2+1+0.5+2+2.5+1.5+2 = 11.5, Q3 2+1+2+1+1.5+2 = 9.5, Q4 1
    assertEquals(0, dec("34.75").compareTo(r.get("totalWeight").decimalValue()));

    // given, received: Ada 2+1.5+2 + 2+1+1.5 + 2+1+2 = 15, received e21 1;
    // Bea gave e10 0.5 + e21 1, received 2+2 + 2+1.5 + 2+2 = 11.5;
    // Cy gave e03 3 + e11 2 + e18 1, received e02 1.5 + e04 2 + e12 2.5 + e16 1 + e19 1.5;
    // Dan gave e04 2 + e12 2.5 + e19 1.5, received e03 3 + e09 1 + e11 2 + e18 1;
    // Eve gave e06 1 + e17 2, received e07 1.25 + e10 0.5 + e14 2;
    // Fay gave e07 1.25 + e14 2, received e06 1 + e17 2
    Map<String, String[]> byHand =
        Map.of(
            "Ada Okafor", new String[] {"15", "1", "14"},
            "Bea Lindqvist", new String[] {"1.5", "11.5", "-10"},
            "Cy Moreau", new String[] {"6", "8.5", "-2.5"},
            "Dan Whitfield", new String[] {"6", "7", "-1"},
            "Eve Santos", new String[] {"3", "3.75", "-0.75"},
            "Fay Nakamura", new String[] {"3.25", "3", "0.25"});
    assertEquals(byHand.size(), r.get("parties").size());
    for (JsonNode p : r.get("parties")) {
      String[] expected = byHand.get(p.get("party").asText());
      String who = p.get("party").asText();
      assertEquals(0, dec(expected[0]).compareTo(p.get("given").decimalValue()), who);
      assertEquals(0, dec(expected[1]).compareTo(p.get("received").decimalValue()), who);
      assertEquals(0, dec(expected[2]).compareTo(p.get("net").decimalValue()), who);
    }

    // Ada only gave in Q1 (5.5), Q2 (4.5) and Q3 (5): a give share of 1 three quarters running;
    // Bea gave 0 of 4, 0.5 of 4, 0 of 4: below a quarter three quarters running
    List<String> findings = new ArrayList<>();
    for (JsonNode f : r.get("findings")) {
      findings.add(f.get("type").asText() + " " + f.get("subject").asText());
      assertEquals("2024-Q1 to 2024-Q3", f.at("/period/label").asText());
    }
    // and Bea received all her mentoring (6 sessions, Q1 to Q3) from Ada: a Herfindahl-Hirschman
    // index of 1 over 6 flows, a dependency lock-in by the check's defaults (0.6, 6 flows)
    assertEquals(
        List.of(
            "CHRONIC_GIVER Ada Okafor",
            "CHRONIC_RECEIVER Bea Lindqvist",
            "DEPENDENCY_LOCK_IN Bea Lindqvist"),
        findings);

    // the intents: Dan asked Cy (satisfied by e11), Cy asked Ada (finished unsatisfied)
    Map<String, int[]> asks = new HashMap<>();
    for (JsonNode a : r.get("asks")) {
      asks.put(
          a.get("party").asText(),
          new int[] {
            a.get("asked").asInt(),
            a.get("wasAsked").asInt(),
            a.get("accepted").asInt(),
            a.get("declined").asInt()
          });
    }
    assertEquals(3, asks.size());
    assertEquals(List.of(1, 0, 0, 0), ints(asks.get("Dan Whitfield")));
    assertEquals(List.of(1, 1, 1, 0), ints(asks.get("Cy Moreau")));
    assertEquals(List.of(0, 1, 0, 1), ints(asks.get("Ada Okafor")));
  }

  private static List<Integer> ints(int[] values) {
    List<Integer> list = new ArrayList<>();
    for (int v : values) {
      list.add(v);
    }
    return list;
  }

  @Test
  void theFindingsAreWrittenBackCitingTheEventsOfTheFile() throws Exception {
    Path file = example();
    CliRun run =
        CliRun.of("review", "--flows", file.toString(), "--kind", HOURS, "--format", "valueflows");
    assertEquals(ReciprocityCli.EXIT_OK, run.code(), run.err());
    JsonNode out = JSON.readTree(run.out());
    JsonNode in = JSON.readTree(file.toFile());
    Set<String> events = new HashSet<>();
    for (JsonNode n : in.get("@graph")) {
      if (n.get("@type").asText().equals("EconomicEvent")) {
        events.add(n.get("@id").asText());
      }
    }
    // the file's context, then the library's prefix
    assertEquals(in.get("@context").get(0), out.get("@context").get(0));
    assertEquals(in.get("@context").get(1), out.get("@context").get(1));
    assertEquals(
        "https://reciprocity.dev/ns#", out.get("@context").get(2).get("reciprocity").asText());
    JsonNode graph = out.get("@graph");
    assertEquals(3, graph.size()); // the chronic giver and receiver, and Bea's lock-in
    for (JsonNode f : graph) {
      for (JsonNode c : f.get("reciprocity:cites")) {
        assertTrue(events.contains(c.get("@id").asText()), c.toString());
      }
    }
    // Ada's and Bea's hour events of 2024-Q1 to 2024-Q3, in time order (e21 is in Q4)
    assertEquals("tb:ada", graph.get(0).at("/reciprocity:subject/@id").asText());
    assertEquals(
        List.of(
            "tb:e01", "tb:e02", "tb:e05", "tb:e08", "tb:e09", "tb:e13", "tb:e15", "tb:e16",
            "tb:e20"),
        ids(graph.get(0).get("reciprocity:cites")));
    assertEquals(9, graph.get(0).get("reciprocity:citedEventCount").asInt());
    assertEquals("tb:bea", graph.get(1).at("/reciprocity:subject/@id").asText());
    assertEquals(
        List.of("tb:e01", "tb:e05", "tb:e08", "tb:e10", "tb:e13", "tb:e15", "tb:e20"),
        ids(graph.get(1).get("reciprocity:cites")));
  }

  private static List<String> ids(JsonNode cites) {
    List<String> ids = new ArrayList<>();
    for (JsonNode c : cites) {
      ids.add(c.get("@id").asText());
    }
    return ids;
  }

  @Test
  void kindsOfTwoUnitsNeedAKindOrAValuation() throws Exception {
    CliRun.of("review", "--flows", example().toString())
        .assertUsageError(
            "holds kinds in 2 units, count (tb:meal) and hour (tb:gardening, tb:mentoring,"
                + " tb:repair)",
            "Fix: select the kinds of one unit with --kind, such as --kind"
                + " tb:gardening,tb:mentoring,tb:repair");
  }

  @Test
  void asksOfARequestsFileJoinTheIntents() throws Exception {
    Path asks =
        Files.writeString(
            dir.resolve("asks.yaml"),
            """
            requests:
              - asker: Fay Nakamura
                asked: Eve Santos
                kind: tb:repair
                instant: 2024-03-01
                outcome: accepted
            """,
            StandardCharsets.UTF_8);
    CliRun run =
        CliRun.of(
            "review",
            "--flows",
            example().toString(),
            "--kind",
            HOURS,
            "--requests",
            asks.toString(),
            "--format",
            "json");
    assertEquals(ReciprocityCli.EXIT_OK, run.code(), run.err());
    int asked = 0;
    for (JsonNode a : JSON.readTree(run.out()).get("asks")) {
      asked += a.get("asked").asInt();
    }
    // one of the file, two intents of the ValueFlows file
    assertEquals(3, asked);
  }

  @Test
  void scoreReadsTheExampleToo() throws Exception {
    CliRun run =
        CliRun.of(
            "score", "--strategy", "portfolio", "--flows", example().toString(), "--kind", HOURS);
    assertEquals(ReciprocityCli.EXIT_OK, run.code(), run.err());
    assertTrue(run.out().contains("Total weight:           34.75"), run.out());
  }

  @Test
  void aBadFileStopsTheRunWithTheFileThePathAndTheFix() throws Exception {
    String text = Files.readString(example(), StandardCharsets.UTF_8);
    // e03, Cy's repair of 3 hours, is node [10] of the graph: after the timebank, six members,
    // the agreement, e01 and e02
    Path bad = dir.resolve("bad.jsonld");
    Files.writeString(
        bad,
        text.replaceFirst("\"hasNumericalValue\": 3,", "\"hasNumericalValue\": -3,"),
        StandardCharsets.UTF_8);
    CliRun.of("review", "--flows", bad.toString(), "--kind", HOURS)
        .assertBadInput(
            bad.toString(),
            "$['@graph'][10].effortQuantity.hasNumericalValue",
            "is negative (got -3)",
            "Fix: record the flow the other way round: swap provider and receiver, and write 3");
    Path notVf = dir.resolve("other.jsonld");
    Files.writeString(
        notVf,
        text.replace("https://git.io/vf-examples-jsonld-context", "https://schema.org/"),
        StandardCharsets.UTF_8);
    CliRun.of("review", "--flows", notVf.toString())
        .assertBadInput(
            notVf.toString(),
            "$['@context']",
            "not a ValueFlows document",
            "Fix: add \"https://git.io/vf-examples-jsonld-context\"");
    CliRun.of("review", "--flows", dir.resolve("none.jsonld").toString())
        .assertBadInput("none.jsonld", "does not exist");
  }

  @Test
  void optionsThatDoNotFitAValueFlowsFileAreRefused() throws Exception {
    String file = example().toString();
    CliRun.of("review", "--format", "valueflows")
        .assertUsageError("--format valueflows", "--flows FILE.jsonld", "--format json");
    CliRun.of("review", "--flows", file, "--rejects", dir.resolve("r.csv").toString())
        .assertUsageError("--rejects", "ValueFlows file", "Fix: drop --rejects");
    CliRun.of("review", "--flows", file, "--fold-case")
        .assertUsageError("--fold-case", "IRIs", "Fix: drop --fold-case");
    CliRun.of(
            "review",
            "--flows",
            file,
            "--format",
            "valueflows",
            "--circles",
            dir.resolve("c.yaml").toString())
        .assertUsageError("--circles", "Fix: drop --circles");
    CliRun.of("score", "--strategy", "portfolio", "--flows", file, "--format", "valueflows")
        .assertUsageError("score writes a strategy's scores", "review --format valueflows");
  }
}
