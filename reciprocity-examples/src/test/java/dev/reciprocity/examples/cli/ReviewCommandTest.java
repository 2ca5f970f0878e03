package dev.reciprocity.examples.cli;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.math.BigDecimal;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code reciprocity review} on good input: shipped data, the synthetic oracle, small files. */
class ReviewCommandTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String HEADER = "timestamp,giver,receiver,kind,weight\n";
  private static final List<String> QUESTIONS =
      List.of(
          "1. Who gave significantly without return?",
          "2. Who received without giving back?",
          "3. Which exchanges would rebalance?",
          "What to celebrate",
          "Findings");

  @TempDir Path dir;

  private Path csv(String content) throws IOException {
    return Files.writeString(dir.resolve("flows.csv"), content, StandardCharsets.UTF_8);
  }

  private static JsonNode json(String... args) throws IOException {
    CliRun run = CliRun.of(args).assertOk();
    return JSON.readTree(run.out());
  }

  private static JsonNode resourceJson(String name) throws IOException {
    try (InputStream in = ReviewCommandTest.class.getResourceAsStream(name)) {
      assertNotNull(in, name);
      return JSON.readTree(in);
    }
  }

  private static Path resourcePath(String name) throws URISyntaxException {
    return Path.of(ReviewCommandTest.class.getResource(name).toURI());
  }

  @Test
  void defaultRunReviewsTheShippedDataAsText() {
    String out = CliRun.of("review").assertOk().out();
    assertAll(
        () -> assertTrue(out.startsWith("Reciprocity review\n"), out),
        () -> assertTrue(out.contains("git/git commit trailers"), "source"),
        () -> assertTrue(out.contains("Flows:                  9919\n"), "flow count"),
        () -> assertTrue(out.contains("Parties:                1687\n"), "party count"),
        () -> assertTrue(out.contains("Weighted reciprocity:   20.02%"), "weighted reciprocity"),
        () -> assertTrue(out.contains("Unweighted reciprocity: 18.13%"), "unweighted reciprocity"),
        () -> assertTrue(out.contains("Cleared by circulation: 36.44%"), "cleared share"),
        () ->
            assertTrue(
                out.contains("Latest complete quarter: 2026-Q2 (2026-04-01 to 2026-06-30)"),
                "latest complete season"),
        () -> assertTrue(out.contains("Whole range: 2005-05-21 to 2026-08-09"), "whole range"),
        () ->
            assertTrue(
                out.contains("  Jeff King             978       533  +445      64.73%"),
                "the largest net giver, as in reference.json"));
    for (String q : QUESTIONS) {
      assertEquals(2, occurrences(out, q), () -> "twice, season and whole range: " + q);
    }
  }

  private static int occurrences(String text, String part) {
    int n = 0;
    for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + part.length())) {
      n++;
    }
    return n;
  }

  @Test
  void jsonOfTheShippedDataHasTheDocumentedKeysAndMatchesTheReference() throws IOException {
    JsonNode root = json("review", "--format", "json");
    JsonNode ref = resourceJson("/dev/reciprocity/examples/git-trailers/reference.json");
    for (String key :
        List.of(
            "schemaVersion",
            "source",
            "season",
            "from",
            "to",
            "flowCount",
            "partyCount",
            "weightedReciprocity",
            "overallReciprocity",
            "parties",
            "findings",
            "latestSeason",
            "wholeRange",
            "clearedShare",
            "clearedShareReason",
            "clearedByParty")) {
      assertTrue(root.has(key), key);
    }
    // the parties' parts of the cleared weight add up to circulation.py's cleared weight, 3614,
    // largest first, and none is more than the party gave
    long parts = 0;
    double previous = Double.MAX_VALUE;
    Map<String, Double> given = new HashMap<>();
    root.get("parties").forEach(p -> given.put(p.get("party").asText(), p.get("given").asDouble()));
    for (JsonNode part : root.get("clearedByParty")) {
      double cleared = part.get("cleared").asDouble();
      assertTrue(cleared > 0 && cleared <= previous, part.toString());
      assertTrue(cleared <= given.get(part.get("party").asText()), part.toString());
      previous = cleared;
      parts += (long) cleared;
    }
    assertEquals(3614, parts);
    assertAll(
        () -> assertEquals(9919, root.get("flowCount").asInt()),
        // ../shared/tools/circulation.py on the same file (networkx's network simplex, an
        // independent implementation): total 9919, minimal settlement 6305, cleared share
        // 0.36435124508519
        () -> assertEquals(0.364351245085, root.get("clearedShare").asDouble(), 1e-9),
        () -> assertTrue(root.get("clearedShareReason").isNull()),
        () -> assertEquals(1687, root.get("partyCount").asInt()),
        () ->
            assertEquals(
                ref.get("weighted_reciprocity").asDouble(),
                root.get("weightedReciprocity").asDouble(),
                1e-12),
        () ->
            assertEquals(
                ref.get("nx_overall_reciprocity").asDouble(),
                root.get("overallReciprocity").asDouble(),
                1e-12),
        () -> assertEquals("quarter", root.get("season").asText()),
        () -> assertTrue(root.get("from").isNull()),
        () -> assertTrue(root.get("to").isNull()),
        () -> assertEquals(1687, root.get("parties").size()),
        () -> assertEquals("2026-Q2", root.at("/latestSeason/label").asText()),
        () -> assertEquals(9919, root.at("/wholeRange/flowCount").asInt()));

    Map<String, JsonNode> parties = new HashMap<>();
    BigDecimal netSum = BigDecimal.ZERO;
    for (JsonNode p : root.get("parties")) {
      for (String key : List.of("party", "given", "received", "net", "giveShare")) {
        assertTrue(p.has(key), key);
      }
      assertTrue(p.get("given").isNumber() && p.get("net").isNumber(), "amounts are numbers");
      parties.put(p.get("party").asText(), p);
      netSum = netSum.add(p.get("net").decimalValue());
    }
    assertEquals(0, netSum.signum(), "net balances sum to exactly zero");
    for (String list : List.of("top_net_givers", "top_net_receivers")) {
      for (JsonNode expected : ref.get(list)) {
        JsonNode actual = parties.get(expected.get("party").asText());
        assertNotNull(actual, expected.toString());
        assertEquals(expected.get("given").asLong(), actual.get("given").asLong());
        assertEquals(expected.get("received").asLong(), actual.get("received").asLong());
        assertEquals(expected.get("net").asLong(), actual.get("net").asLong());
      }
    }

    assertEquals(2, root.get("schemaVersion").asInt());
    assertFalse(root.get("findings").isEmpty(), "the whole range has findings");
    int id = 0;
    for (JsonNode f : root.get("findings")) {
      for (String key :
          List.of(
              "id", "type", "subject", "severity", "summary", "suggestion", "period", "evidence")) {
        assertTrue(f.has(key), key);
      }
      assertEquals(id++, f.get("id").asInt(), "a finding's id is its index");
    }
    // each finding once: the reviews hold ids of the top-level findings, in their own order
    List<Integer> wholeIds = new ArrayList<>();
    root.at("/wholeRange/findings").forEach(n -> wholeIds.add(n.asInt()));
    List<Integer> latestIds = new ArrayList<>();
    root.at("/latestSeason/findings").forEach(n -> latestIds.add(n.asInt()));
    assertFalse(latestIds.isEmpty(), "the latest season has findings");
    assertEquals(root.get("findings").size(), wholeIds.size());
    assertTrue(
        wholeIds.containsAll(latestIds), "every finding of the latest season is the range's");
    assertEquals(
        root.get("findings").size(),
        root.findValues("summary").size(),
        "no finding is written twice");
    for (String review : List.of("latestSeason", "wholeRange")) {
      JsonNode r = root.get(review);
      for (String key :
          List.of(
              "label",
              "start",
              "end",
              "gaveWithoutReturn",
              "receivedWithoutGiving",
              "rebalancingExchanges",
              "celebrate",
              "findings")) {
        assertTrue(r.has(key), review + "." + key);
      }
      assertEquals(10, r.get("gaveWithoutReturn").size(), review);
    }
  }

  /**
   * The cleared share of years of the shipped data equals {@code ../shared/tools/circulation.py}
   * (networkx's network simplex, an independent implementation) run on the same rows.
   */
  @Test
  void clearedShareOfYearsMatchesAnIndependentSolver() throws IOException {
    Map<String, Double> byYear =
        Map.of(
            "2010", 0.16666666666666666,
            "2015", 0.11706349206349206,
            "2019", 0.29554655870445345,
            "2022", 0.2551181102362205);
    for (Map.Entry<String, Double> year : byYear.entrySet()) {
      int y = Integer.parseInt(year.getKey());
      JsonNode root =
          json("review", "--from", y + "-01-01", "--to", (y + 1) + "-01-01", "--format", "json");
      assertEquals(year.getValue(), root.get("clearedShare").asDouble(), 1e-9, year.getKey());
    }
  }

  /**
   * A kind given a rule of its own leaves the review, which stops suggesting that mentees give back
   * to their mentors, and is judged by its strategy after it, in text and in JSON.
   */
  @Test
  void aKindWithARuleOfItsOwnIsJudgedApart() throws IOException {
    String rule = "mentor=developmental:lag=P180D,window=P730D,returnFrom=network";
    String plain = CliRun.of("review").assertOk().out();
    assertTrue(plain.contains("received 4 (mentor)"), "the review without the rule");
    String text = CliRun.of("review", "--rule", rule).assertOk().out();
    int split =
        text.indexOf(
            "Kind mentor, judged by its own rule: developmental:lag=P180D,window=P730D,"
                + "returnFrom=network");
    assertTrue(split > 0, "the rule's section follows the review");
    // the review no longer asks mentees to give back to their mentors; its findings now name the
    // mentees whose return is overdue under the rule (OVERDUE_RETURN), worded as paying it forward
    String review = text.substring(0, split).replaceAll("\\s+", " ");
    assertFalse(
        java.util.regex.Pattern.compile("could give [^.]*\\(mentor").matcher(review).find(),
        "no mentoring in the review's exchanges");
    assertTrue(review.contains("to pass on what it received (mentor)"), "overdue returns");
    assertTrue(text.substring(split).contains("Returned share:   11.08%"));

    JsonNode root = json("review", "--rule", rule, "--format", "json");
    assertEquals(9919 - 852, root.get("flowCount").asInt());
    JsonNode judged = root.at("/kindRules/0");
    assertEquals("mentor", judged.at("/kinds/0").asText());
    assertEquals(852, judged.get("flowCount").asInt());
    assertEquals("DevelopmentalScores", judged.get("resultType").asText());
    assertEquals("network", judged.at("/result/returnFrom").asText());
    assertEquals(85, judged.at("/result/returnedWeight").asInt());
    assertFalse(json("review", "--format", "json").has("kindRules"));
  }

  /** Asks from a file: each party's rates after the review; a declined ask changes no figure. */
  @Test
  void asksFromAFileEndTheReviewWithTheirRates() throws IOException {
    Path asks = dir.resolve("asks.yaml");
    Files.writeString(
        asks,
        "requests:\n"
            + "  - asker: Ada\n    asked: Junio C Hamano\n    kind: review\n"
            + "    instant: 2024-03-01\n    outcome: declined\n"
            + "  - asker: Ada\n    asked: Junio C Hamano\n    kind: review\n"
            + "    instant: 2024-03-02\n    outcome: accepted\n",
        StandardCharsets.UTF_8);
    JsonNode with = json("review", "--requests", asks.toString(), "--format", "json");
    JsonNode without = json("review", "--format", "json");
    assertEquals(without.get("parties"), with.get("parties"));
    assertEquals(without.get("findings"), with.get("findings"));
    JsonNode junio = with.at("/asks/1");
    assertEquals("Junio C Hamano", junio.get("party").asText());
    assertEquals(2, junio.get("wasAsked").asInt());
    assertEquals(0.5, junio.get("declineRate").asDouble());
    String text = CliRun.of("review", "--requests", asks.toString()).assertOk().out();
    assertTrue(text.contains("2 asks, 1 of them declined"), text);
    Files.writeString(asks, "requests: 3\n", StandardCharsets.UTF_8);
    CliRun.of("review", "--requests", asks.toString())
        .assertBadInput(asks + ", $.requests: is not a list", "Fix:");
  }

  /**
   * With circles, the review is between circles: the flows inside a circle cancel and the rest keep
   * their weight; two levels cancel more.
   */
  @Test
  void circlesRollTheReviewUpAndCancelWhatStaysInside() throws IOException {
    Path circles = dir.resolve("circles.yaml");
    Files.writeString(
        circles,
        "memberships:\n"
            + "  - member: Jeff King\n    circle: core\n"
            + "  - member: Johannes Schindelin\n    circle: core\n"
            + "  - member: Junio C Hamano\n    circle: maintainer\n"
            + "  - member: core\n    circle: project\n"
            + "  - member: maintainer\n    circle: project\n",
        StandardCharsets.UTF_8);
    JsonNode plain = json("review", "--format", "json");
    JsonNode one = json("review", "--circles", circles.toString(), "--format", "json");
    JsonNode two =
        json("review", "--circles", circles.toString(), "--roll-up", "2", "--format", "json");
    int cancelledOne = plain.get("flowCount").asInt() - one.get("flowCount").asInt();
    int cancelledTwo = plain.get("flowCount").asInt() - two.get("flowCount").asInt();
    assertTrue(cancelledOne > 0 && cancelledTwo > cancelledOne, cancelledOne + " " + cancelledTwo);
    assertTrue(
        one.get("source").asText().contains(cancelledOne + " flows of weight " + cancelledOne),
        one.get("source").asText());
    // the shipped flows all weigh 1: the weight between circles is what did not cancel
    assertEquals(plain.get("totalWeight").asInt() - cancelledOne, one.get("totalWeight").asInt());
    boolean core = false;
    for (JsonNode p : one.get("parties")) {
      core |= p.get("party").asText().equals("core");
      assertFalse(p.get("party").asText().equals("Jeff King"), "Jeff King is inside core");
    }
    assertTrue(core, "core is a party of the review");
    CliRun.of("review", "--circles", circles.toString(), "--roll-up", "0")
        .assertBadInput("--roll-up must be at least 1", "Fix:");
  }

  /**
   * A valuation of every kind at 1 changes no figure of the shipped data; one that weighs mentoring
   * double moves the figures; one without a rate for a kind stops naming it.
   */
  @Test
  void aValuationValuesEveryKindInOneUnit() throws IOException {
    StringBuilder ones = new StringBuilder("unit: hours\nrates:\n");
    for (String k : List.of("ack", "help", "mentor", "report", "review", "suggest", "test")) {
      ones.append("  - kind: ").append(k).append("\n    rate: 1\n");
    }
    Path same = dir.resolve("same.yaml");
    Files.writeString(same, ones.toString(), StandardCharsets.UTF_8);
    JsonNode plain = json("review", "--format", "json");
    JsonNode valued = json("review", "--valuation", same.toString(), "--format", "json");
    assertEquals(plain.get("weightedReciprocity"), valued.get("weightedReciprocity"));
    assertEquals(plain.get("totalWeight"), valued.get("totalWeight"));
    Path mentoring = dir.resolve("mentoring.yaml");
    Files.writeString(
        mentoring,
        ones.toString().replace("mentor\n    rate: 1", "mentor\n    rate: 2"),
        StandardCharsets.UTF_8);
    JsonNode weighted = json("review", "--valuation", mentoring.toString(), "--format", "json");
    assertEquals(9919 + 852, weighted.get("totalWeight").asInt());
    Path partial = dir.resolve("partial.yaml");
    Files.writeString(
        partial, "unit: hours\nrates:\n  - kind: review\n    rate: 0.5\n", StandardCharsets.UTF_8);
    CliRun.of("review", "--valuation", partial.toString())
        .assertBadInput("has no rate for ack", "mentor (at", "Fix:");
    JsonNode reviewOnly =
        json("review", "--valuation", partial.toString(), "--kind", "review", "--format", "json");
    assertEquals(2253 / 2.0, reviewOnly.get("totalWeight").asDouble());
  }

  /**
   * The README's run of the whole model on the shipped data: mentoring judged by the developmental
   * rule, every kind valued in hours with the example valuation, and the example circles; the
   * figures the README quotes.
   */
  @Test
  void theWholeModelRunsOnTheShippedDataWithItsExampleFiles() {
    String data = "src/main/resources/dev/reciprocity/examples/git-trailers/";
    String text =
        CliRun.of(
                "review",
                "--rule",
                "mentor=developmental:lag=P180D,window=P730D,returnFrom=network",
                "--valuation",
                data + "valuation.yaml",
                "--circles",
                data + "circles.yaml")
            .assertOk()
            .out();
    assertTrue(text.contains("valued in hours"), text);
    assertTrue(text.contains("(975 flows of weight 400.15 inside a circle cancelled)"), text);
    assertTrue(text.contains("Weighted reciprocity:   21.31%"), text);
    assertTrue(text.contains("Cleared by circulation: 32.94%"), text);
    assertTrue(text.contains("  core reviewers       965.6    311.75  +653.85      75.59%"), text);
    assertTrue(text.contains("Returned share:   11.08%"), text);
  }

  /**
   * Each model file, when bad, stops the review with exit 2 naming the file, the path and a fix.
   */
  @Test
  void aBadModelFileStopsWithItsPathAndAFix() throws IOException {
    Path valuation = dir.resolve("valuation.yaml");
    Files.writeString(valuation, "unit: hours\nrates:\n  - kind: review\n", StandardCharsets.UTF_8);
    CliRun.of("review", "--valuation", valuation.toString())
        .assertBadInput(valuation + ", $.rates[0].rate: is missing or not a number", "Fix:");
    Path circles = dir.resolve("circles.json");
    Files.writeString(
        circles, "{\"memberships\": [{\"member\": \"Ada\"}]}", StandardCharsets.UTF_8);
    CliRun.of("review", "--circles", circles.toString())
        .assertBadInput(circles + ", $.memberships[0].circle: is missing", "Fix:");
    Path capacities = dir.resolve("capacities.yml");
    Files.writeString(capacities, "capacities:\n  - party: Ada\n", StandardCharsets.UTF_8);
    CliRun.of("review", "--rule", "review=proportional", "--capacities", capacities.toString())
        .assertBadInput(capacities + ", $.capacities[0].capacity:", "Fix:");
  }

  /**
   * An agreement: its terms and adjustment path after the review, and each revision's rules scored
   * on the flows among its parties inside that revision only; a bad strategy stops before reading.
   */
  @Test
  void anAgreementIsShownWithItsRulesScoredPerRevision() throws IOException {
    Path agreement = dir.resolve("agreement.yaml");
    Files.writeString(
        agreement,
        "agreement: review pact\n"
            + "parties: [Jeff King, Junio C Hamano, Johannes Schindelin, Derrick Stolee]\n"
            + "reviewCadence: quarter\n"
            + "exitRule: anyone may leave after telling the others\n"
            + "revisions:\n"
            + "  - to: 2020-01-01\n    rules:\n      review: immediate:window=P30D\n"
            + "  - from: 2020-01-01\n    rules:\n      review: immediate:window=P90D\n"
            + "adjustments:\n"
            + "  - instant: 2019-12-01\n    type: imbalance raised\n    by: Jeff King\n",
        StandardCharsets.UTF_8);
    JsonNode root = json("review", "--agreement", agreement.toString(), "--format", "json");
    JsonNode a = root.at("/agreements/0");
    assertEquals("review pact", a.get("name").asText());
    assertEquals("imbalance raised", a.at("/adjustments/0/type").asText());
    JsonNode first = a.at("/rules/0");
    assertTrue(first.get("from").isNull());
    assertEquals("2020-01-01T00:00:00Z", first.get("to").asText());
    assertEquals("immediate:window=P30D", first.at("/scores/strategy").asText());
    assertTrue(
        first.at("/scores/lastFlow").asText().compareTo("2020-01-01") < 0,
        "the first revision's flows end before the second begins");
    assertEquals("2020-01-01T00:00:00Z", a.at("/rules/1/from").asText());
    String text = CliRun.of("review", "--agreement", agreement.toString()).assertOk().out();
    assertTrue(text.contains("Agreement: review pact"), text);
    assertTrue(text.contains("2019-12-01T00:00:00Z: imbalance raised by Jeff King"), text);
    Files.writeString(
        agreement,
        Files.readString(agreement).replace("immediate:window=P90D", "immediat"),
        StandardCharsets.UTF_8);
    CliRun.of("review", "--agreement", agreement.toString())
        .assertBadInput("the agreement review pact judges review by immediat", "Fix:");
  }

  @Test
  void aBadRuleStopsBeforeTheFlowsAreRead() {
    CliRun.of("review", "--rule", "mentor")
        .assertBadInput("the rule 'mentor' does not start with a kind and '='", "Fix:");
    CliRun.of("review", "--rule", "mentor=immediate", "--rule", "mentor=portfolio")
        .assertBadInput("the kind mentor has two --rule options", "Fix:");
    CliRun.of("review", "--kind", "review", "--rule", "mentor=immediate")
        .assertBadInput("--kind leaves it out", "Fix:");
    CliRun.of("review", "--rule", "mentor=developmental")
        .assertBadInput("needs the parameter lag", "lag=P180D");
    CliRun.of("review", "--rule", "mentoring=immediate")
        .assertBadInput("does not hold", "ack, help, mentor", "Fix:");
  }

  @Test
  void jsonMatchesTheSyntheticOracle() throws Exception {
    Path flows = resourcePath("/dev/reciprocity/examples/synthetic/flows.csv");
    JsonNode ref = resourceJson("/dev/reciprocity/examples/synthetic/reference.json");
    JsonNode root = json("review", "--flows", flows.toString(), "--format", "json");
    assertAll(
        () -> assertEquals(ref.get("total_flows").asInt(), root.get("flowCount").asInt()),
        () -> assertEquals(ref.get("distinct_parties").asInt(), root.get("partyCount").asInt()),
        () ->
            assertEquals(
                ref.get("total_weight").asDouble(), root.get("totalWeight").asDouble(), 1e-9),
        () ->
            assertEquals(
                ref.get("weighted_reciprocity").asDouble(),
                root.get("weightedReciprocity").asDouble(),
                1e-12),
        () ->
            assertEquals(
                ref.get("nx_overall_reciprocity").asDouble(),
                root.get("overallReciprocity").asDouble(),
                1e-12));
    Map<String, JsonNode> parties = new HashMap<>();
    root.get("parties").forEach(p -> parties.put(p.get("party").asText(), p));
    for (JsonNode expected : ref.get("top_net_givers")) {
      JsonNode actual = parties.get(expected.get("party").asText());
      assertEquals(expected.get("given").asDouble(), actual.get("given").asDouble(), 1e-9);
      assertEquals(expected.get("net").asDouble(), actual.get("net").asDouble(), 1e-9);
    }
  }

  @Test
  void markdownEscapesPartyNames() throws Exception {
    String[] names = {
      "a|b",
      "*star*",
      "<script>alert(1)</script>",
      "_under_",
      "`tick`",
      "[link](x)",
      "-dash",
      "Vitaly \"_Vi\" Shukela",
      "=cmd|x",
      "1. first",
      "Tom & Jerry"
    };
    StringBuilder sb = new StringBuilder(HEADER);
    int day = 1;
    for (String n : names) {
      String quoted = "\"" + n.replace("\"", "\"\"") + "\"";
      sb.append(String.format("2024-01-%02dT10:00:00Z,%s,Bob,review,2%n", day, quoted));
      sb.append(String.format("2024-01-%02dT11:00:00Z,Bob,%s,review,1%n", day++, quoted));
    }
    String md =
        CliRun.of(
                "review",
                "--flows",
                csv(sb.toString()).toString(),
                "--format",
                "markdown",
                "--top",
                "50")
            .assertOk()
            .out();
    assertAll(
        () -> assertTrue(md.contains("a\\|b"), "pipe"),
        () -> assertTrue(md.contains("\\*star\\*"), "asterisks"),
        () -> assertTrue(md.contains("\\<script\\>alert(1)\\</script\\>"), "html"),
        () -> assertTrue(md.contains("\\_under\\_"), "underscores"),
        () -> assertTrue(md.contains("\\`tick\\`"), "backticks"),
        () -> assertTrue(md.contains("\\[link\\](x)"), "link"),
        () -> assertTrue(md.contains("Vitaly \"\\_Vi\" Shukela"), "quotes and underscore"),
        () -> assertTrue(md.contains("Tom &amp; Jerry"), "ampersand"),
        () -> assertFalse(md.contains("<script>"), "no raw html"),
        () ->
            assertTrue(
                md.contains("\n- \\-dash and Bob") || md.contains("\n- Bob and \\-dash"),
                "a list item starting with a dash is escaped: " + md));
    for (String line : md.lines().filter(l -> l.startsWith("| ")).toArray(String[]::new)) {
      long pipes = unescapedPipes(line);
      assertTrue(pipes == 3 || pipes == 6, () -> "a table row keeps its columns: " + line);
    }
  }

  private static long unescapedPipes(String line) {
    long n = 0;
    for (int i = 0; i < line.length(); i++) {
      if (line.charAt(i) == '\\') {
        i++;
      } else if (line.charAt(i) == '|') {
        n++;
      }
    }
    return n;
  }

  @Test
  void rejectsCollectsEveryBadValueAndStillStops() throws IOException {
    Path flows =
        csv(
            HEADER
                + "2024-03-01T10:00:00Z,Ada,Bob,review,1\n" // line 2: good
                + "2024-03-02T10:00:00Z,Ada,Bob,review,-2\n" // line 3: negative weight
                + "2024-03-03T10:00:00Z,Bob,Ada,review,1\n" // line 4: good
                + "yesterday,Ada,Bob,review,1\n" // line 5: bad timestamp
                + "2024-03-05T10:00:00Z,=HYPERLINK(1),=HYPERLINK(1),help,x\n"); // line 6: two
    // problems
    Path rejects = dir.resolve("rejects.csv");
    CliRun.of("review", "--flows", flows.toString(), "--rejects", rejects.toString())
        .assertBadInput(
            flows.toString(),
            rejects.toString(),
            "4 bad values in 3 rows",
            "No review was written");
    List<CSVRecord> rows;
    try (Reader in = Files.newBufferedReader(rejects);
        CSVParser parser =
            CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(in)) {
      assertEquals(
          List.of("file", "line", "column", "value", "reason", "fix"), parser.getHeaderNames());
      rows = parser.getRecords();
    }
    assertEquals(4, rows.size(), rows::toString);
    assertEquals(List.of("3", "5", "6", "6"), rows.stream().map(r -> r.get("line")).toList());
    assertEquals(
        List.of("weight", "timestamp", "weight", "receiver"),
        rows.stream().map(r -> r.get("column")).toList());
    assertEquals("'-2", rows.get(0).get("value"), "a cell starting with - is guarded");
    assertEquals("'=HYPERLINK(1)", rows.get(3).get("value"), "a formula is guarded");
    assertEquals(flows.toString(), rows.get(1).get("file"));
    assertTrue(rows.get(1).get("fix").contains("2005-05-21T00:49:13Z"), "each row has its fix");
  }

  @Test
  void rejectsFileOfACleanRunHoldsOnlyItsHeader() throws IOException {
    Path flows = csv(HEADER + "2024-03-01T10:00:00Z,Ada,Bob,review,1\n");
    Path rejects = dir.resolve("rejects.csv");
    Files.writeString(rejects, "stale content of an earlier run\n");
    String out =
        CliRun.of("review", "--flows", flows.toString(), "--rejects", rejects.toString())
            .assertOk()
            .out();
    assertTrue(out.contains("Who gave significantly without return?"));
    assertEquals("file,line,column,value,reason,fix\r\n", Files.readString(rejects));
  }

  @Test
  void rejectsFileAlsoGetsAProblemWithTheWholeFile() throws IOException {
    Path flows = csv("giver,receiver\nAda,Bob\n");
    Path rejects = dir.resolve("rejects.csv");
    CliRun.of("review", "--flows", flows.toString(), "--rejects", rejects.toString())
        .assertBadInput(flows.toString(), "line 1", "no column timestamp");
    assertEquals(2, Files.readAllLines(rejects).size(), "header and the one problem");
  }

  @Test
  void kindsAreFilteredAndCanBeRepeatedOrCommaSeparated() throws IOException {
    JsonNode mentor = json("review", "--kind", "mentor", "--format", "json");
    assertEquals(852, mentor.get("flowCount").asInt());
    JsonNode two = json("review", "--kind", "mentor", "--kind", "review", "--format", "json");
    assertEquals(852 + 2253, two.get("flowCount").asInt());
    assertEquals(two, json("review", "--kind", "mentor,review", "--format", "json"));
    assertEquals("mentor", two.get("kinds").get(0).asText());
  }

  @Test
  void fromAndToSelectARangeAndItsLatestCompleteSeason() throws IOException {
    JsonNode root =
        json("review", "--from", "2024-01-01", "--to", "2025-01-01T00:00:00Z", "--format", "json");
    JsonNode year =
        resourceJson("/dev/reciprocity/examples/git-trailers/reference.json").at("/by_year/2024");
    assertAll(
        () -> assertEquals(year.get("flows_weight").asInt(), root.get("flowCount").asInt()),
        () -> assertEquals(year.get("parties").asInt(), root.get("partyCount").asInt()),
        () ->
            assertEquals(
                year.get("weighted_reciprocity").asDouble(),
                root.get("weightedReciprocity").asDouble(),
                1e-12),
        () -> assertEquals("2024-01-01T00:00:00Z", root.get("from").asText()),
        () -> assertEquals("2025-01-01T00:00:00Z", root.get("to").asText()),
        () -> assertTrue(root.get("firstFlow").asText().startsWith("2024-")),
        () -> assertTrue(root.get("lastFlow").asText().startsWith("2024-")),
        () -> assertEquals("2024-Q4", root.at("/latestSeason/label").asText()),
        () -> assertEquals("2024-01-01 to 2024-12-31", root.at("/wholeRange/label").asText()));
  }

  @Test
  void seasonLengthChoosesTheLatestCompleteSeason() throws IOException {
    assertEquals(
        "2026-07",
        json("review", "--season", "month", "--format", "json").at("/latestSeason/label").asText());
    assertEquals(
        "2025",
        json("review", "--season", "YEAR", "--format", "json").at("/latestSeason/label").asText());
  }

  @Test
  void latestCompleteSeasonEndsAtTheLastFlowOrAtTo() throws IOException {
    Path f =
        csv(
            HEADER
                + "2024-01-15T10:00:00Z,Ada,Bob,review,1\n"
                + "2024-04-10T10:00:00Z,Bob,Ada,review,1\n"
                + "2024-05-20T10:00:00Z,Ada,Cy,review,1\n"
                + "2024-08-01T10:00:00Z,Cy,Ada,review,1\n");
    String file = f.toString();
    assertEquals(
        "2024-Q2",
        json("review", "--flows", file, "--format", "json").at("/latestSeason/label").asText());
    assertEquals(
        "2024-Q2",
        json("review", "--flows", file, "--to", "2024-07-01", "--format", "json")
            .at("/latestSeason/label")
            .asText());
    assertEquals(
        "2024-Q1",
        json("review", "--flows", file, "--to", "2024-06-15", "--format", "json")
            .at("/latestSeason/label")
            .asText());
    assertTrue(
        json("review", "--flows", file, "--from", "2024-05-01", "--format", "json")
            .get("latestSeason")
            .isNull(),
        "2024-Q2 starts before --from");
    String text = CliRun.of("review", "--flows", file, "--from", "2024-05-01").assertOk().out();
    assertTrue(text.contains("None yet"), text);
  }

  @Test
  void undefinedSharesAreJsonNull() throws IOException {
    Path f = csv(HEADER + "2024-03-01T10:00:00Z,Ada,Bob,review,0\n");
    CliRun run = CliRun.of("review", "--flows", f.toString(), "--format", "json").assertOk();
    assertFalse(run.out().contains("NaN"), run.out());
    JsonNode root = JSON.readTree(run.out());
    assertTrue(root.get("weightedReciprocity").isNull());
    assertTrue(root.at("/parties/0/giveShare").isNull());
    assertEquals(0, root.at("/parties/0/given").asInt());
  }

  @Test
  void readsBomOffsetsAnyColumnOrderAndExtraColumns() throws IOException {
    Path f = dir.resolve("bom.csv");
    Files.writeString(
        f,
        """
        \uFEFFnote,Weight,kind,receiver,giver,timestamp
        x,1.5,review,Bob,Ada,2024-03-01T12:00:00+02:00

        y,2,help,Ada,Bob,2024-03-02T10:00:00Z
        """,
        StandardCharsets.UTF_8);
    JsonNode root = json("review", "--flows", f.toString(), "--format", "json");
    assertEquals(2, root.get("flowCount").asInt());
    assertEquals("2024-03-01T10:00:00Z", root.get("firstFlow").asText());
    assertEquals(new BigDecimal("3.5"), root.get("totalWeight").decimalValue());
  }

  @Test
  void helpAndVersion() {
    String help = CliRun.of("review", "--help").assertOk().out();
    for (String option :
        List.of(
            "--flows",
            "--season",
            "--from",
            "--to",
            "--kind",
            "--format",
            "--top",
            "--rejects",
            "Exit codes")) {
      assertTrue(help.contains(option), option);
    }
    assertTrue(CliRun.of("--version").assertOk().out().startsWith("reciprocity "));
    assertTrue(CliRun.of("help", "review").assertOk().out().contains("--flows"));
  }

  /**
   * A flows file with a unit column: kinds of two units stop the review with both units named until
   * --kind picks one or a valuation values both; the valued figures are worked by hand here from
   * the file's numbers and the rates.
   */
  @Test
  void kindsOfTwoUnitsAreAddedOnlyThroughAValuation() throws IOException {
    Path flows = dir.resolve("units.csv");
    Files.writeString(
        flows,
        "timestamp,giver,receiver,kind,weight,unit\n"
            + "2024-01-10T10:00:00Z,Ada,Bob,mentoring,1.5,hours\n"
            + "2024-02-10T10:00:00Z,Bob,Ada,review,3,\n"
            + "2024-03-10T10:00:00Z,Bob,Cy,mentoring,2,hours\n"
            + "2024-03-11T10:00:00Z,Cy,Ada,review,1,count\n",
        StandardCharsets.UTF_8);
    CliRun.of("review", "--flows", flows.toString())
        .assertBadInput(
            "'hours' (kind 'mentoring')", "'count' (kind 'review')", "--valuation FILE");
    JsonNode mentoring =
        json("review", "--flows", flows.toString(), "--kind", "mentoring", "--format", "json");
    assertEquals(2, mentoring.get("flowCount").asInt());
    assertEquals(3.5, mentoring.get("totalWeight").asDouble(), 1e-12);

    Path valuation = dir.resolve("hours.yaml");
    Files.writeString(
        valuation,
        "unit: hours\nrates:\n  - kind: mentoring\n    unit: hours\n    rate: 1\n"
            + "  - kind: review\n    rate: 0.25\n",
        StandardCharsets.UTF_8);
    JsonNode valued =
        json(
            "review",
            "--flows",
            flows.toString(),
            "--valuation",
            valuation.toString(),
            "--format",
            "json");
    // Ada gave 1.5 h, received 3 * 0.25 + 1 * 0.25 = 1 h; Bob gave 0.75 + 2, received 1.5;
    // Cy gave 0.25, received 2
    Map<String, double[]> expected =
        Map.of(
            "Ada",
            new double[] {1.5, 1.0},
            "Bob",
            new double[] {2.75, 1.5},
            "Cy",
            new double[] {0.25, 2});
    assertEquals(4.5, valued.get("totalWeight").asDouble(), 1e-12);
    for (JsonNode p : valued.get("parties")) {
      double[] e = expected.get(p.get("party").asText());
      assertEquals(e[0], p.get("given").asDouble(), 1e-12, p.toString());
      assertEquals(e[1], p.get("received").asDouble(), 1e-12, p.toString());
    }
    Path minutes = dir.resolve("minutes.yaml");
    Files.writeString(
        minutes,
        "unit: hours\nrates:\n  - kind: mentoring\n    unit: minutes\n    rate: 0.016667\n"
            + "  - kind: review\n    rate: 0.25\n",
        StandardCharsets.UTF_8);
    CliRun.of("review", "--flows", flows.toString(), "--valuation", minutes.toString())
        .assertBadInput("no rate for mentoring (hours)");
  }
}
