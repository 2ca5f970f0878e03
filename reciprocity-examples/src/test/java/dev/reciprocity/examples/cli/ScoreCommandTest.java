package dev.reciprocity.examples.cli;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code reciprocity score} on good input. The figures of the small file below are worked by hand
 * in the comments; the shipped data is checked against {@code reference.json}.
 */
class ScoreCommandTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  /**
   * Four flows, all of kind review. Per party: Ada gave 3 + 2 = 5, received 1 (net +4); Bob gave 1,
   * received 3 + 4 = 7 (net -6); Cy gave 4, received 2 (net +2). Only Ada and Bob gave both ways:
   * reciprocated weight min(3, 1) + min(1, 3) = 2 of 10 (20%); two of the four directed links are
   * reciprocated (50%).
   */
  private static final String FLOWS =
      "timestamp,giver,receiver,kind,weight\n"
          + "2024-01-10T00:00:00Z,Ada,Bob,review,3\n"
          + "2024-01-20T00:00:00Z,Bob,Ada,review,1\n"
          + "2024-02-01T00:00:00Z,Ada,Cy,review,2\n"
          + "2024-04-15T00:00:00Z,Cy,Bob,review,4\n";

  @TempDir Path dir;

  private String file() throws IOException {
    return Files.writeString(dir.resolve("flows.csv"), FLOWS, StandardCharsets.UTF_8).toString();
  }

  private static JsonNode json(String... args) throws IOException {
    return JSON.readTree(CliRun.of(args).assertOk().out());
  }

  /**
   * Proportional reciprocity from a capacities file: the latest season's table, and the JSON of
   * every season; a missing file or none at all stops with exit 2.
   */
  @Test
  void proportionalJudgesGivingAgainstTheCapacitiesOfAFile() throws IOException {
    Path capacities = dir.resolve("capacities.yaml");
    Files.writeString(
        capacities,
        "capacities:\n  - party: Junio C Hamano\n    capacity: 40\n"
            + "  - party: Jeff King\n    capacity: 20\n",
        StandardCharsets.UTF_8);
    String text =
        CliRun.of(
                "score",
                "--strategy",
                "proportional",
                "--season",
                "year",
                "--capacities",
                capacities.toString())
            .assertOk()
            .out();
    assertTrue(text.contains("Latest season: 2026"), text);
    assertTrue(text.contains("Capacity share"), text);
    JsonNode root =
        json(
            "score",
            "--strategy",
            "proportional",
            "--season",
            "year",
            "--capacities",
            capacities.toString(),
            "--format",
            "json");
    JsonNode latest = root.at("/result/seasons").get(root.at("/result/seasons").size() - 1);
    assertEquals("2026", latest.get("season").asText());
    double shares = 0;
    for (JsonNode p : latest.get("parties")) {
      shares += p.get("capacityShare").asDouble();
    }
    assertEquals(1.0, shares, 1e-12);
    CliRun.of("score", "--strategy", "proportional")
        .assertBadInput("none were given", "--capacities");
    CliRun.of(
            "score",
            "--strategy",
            "proportional",
            "--capacities",
            dir.resolve("missing.yaml").toString())
        .assertBadInput("does not exist");
  }

  /**
   * On the shipped data: with no lag in the dyad, developmental reciprocity gives the immediate
   * strategy's figures and obligations, each due from when it was made; with a lag of 180 days,
   * paid forward, an obligation is due from 180 days after it was made.
   */
  @Test
  void developmentalWithoutLagIsImmediateOnTheShippedData() throws IOException {
    JsonNode immediate = json("score", "--strategy", "immediate:window=P30D", "--format", "json");
    JsonNode developmental =
        json("score", "--strategy", "developmental:lag=PT0S,window=P30D", "--format", "json");
    for (String key : List.of("giftWeight", "returnedWeight", "returnedShare")) {
      assertEquals(immediate.at("/result/" + key), developmental.at("/result/" + key), key);
    }
    JsonNode a = immediate.at("/result/openObligations");
    JsonNode b = developmental.at("/result/openObligations");
    assertEquals(a.size(), b.size());
    for (int k = 0; k < a.size(); k++) {
      for (String key : List.of("creditor", "debtor", "amount", "since", "age", "overdue")) {
        assertEquals(a.get(k).get(key), b.get(k).get(key), k + " " + key);
      }
      assertEquals(b.get(k).get("since"), b.get(k).get("dueFrom"));
    }
    JsonNode lagged =
        json(
            "score",
            "--strategy",
            "developmental:lag=P180D,returnFrom=network",
            "--kind",
            "mentor",
            "--format",
            "json");
    assertEquals("network", lagged.at("/result/returnFrom").asText());
    JsonNode first = lagged.at("/result/openObligations/0");
    assertEquals(
        java.time.Instant.parse(first.get("since").asText()).plus(java.time.Duration.ofDays(180)),
        java.time.Instant.parse(first.get("dueFrom").asText()));
  }

  @Test
  void portfolioAsJsonHasTheHandWorkedFigures() throws IOException {
    JsonNode root = json("score", "--strategy", "portfolio", "--flows", file(), "--format", "json");
    JsonNode network = root.at("/result/network");
    // out-strengths ascending 1, 4, 5 (sum 10): G = 2 (1*1 + 2*4 + 3*5) / (3 * 10) - 4/3 = 4/15
    assertAll(
        () -> assertEquals("portfolio", root.get("strategy").asText()),
        () -> assertEquals("PortfolioScores", root.get("resultType").asText()),
        () -> assertEquals(4, root.get("flowCount").asInt()),
        () -> assertEquals("2024-01-10T00:00:00Z", root.get("firstFlow").asText()),
        () -> assertEquals("2024-04-15T00:00:00Z", root.get("lastFlow").asText()),
        () -> assertEquals(3, network.get("partyCount").asInt()),
        () -> assertEquals(new BigDecimal("10"), network.get("totalWeight").decimalValue()),
        () -> assertEquals(new BigDecimal("2"), network.get("reciprocatedWeight").decimalValue()),
        () -> assertEquals(0.2, network.get("weightedReciprocity").asDouble(), 1e-12),
        () -> assertEquals(4, network.get("directedEdges").asInt()),
        () -> assertEquals(2, network.get("reciprocatedEdges").asInt()),
        () -> assertEquals(0.5, network.get("overallReciprocity").asDouble(), 1e-12),
        () -> assertEquals(4.0 / 15.0, network.get("outStrengthGini").asDouble(), 1e-12));
    JsonNode ada = root.at("/result/parties/0");
    assertAll(
        () -> assertEquals("Ada", ada.get("party").asText()),
        () -> assertEquals(5, ada.get("given").asInt()),
        () -> assertEquals(1, ada.get("received").asInt()),
        () -> assertEquals(4, ada.get("net").asInt()),
        () -> assertEquals(1, ada.get("reciprocated").asInt()),
        () -> assertEquals(5.0 / 6.0, ada.get("giveShare").asDouble(), 1e-12),
        () -> assertEquals(3, root.at("/result/parties").size()),
        () -> assertEquals(3, root.at("/result/dyads").size(), "Ada-Bob, Ada-Cy, Bob-Cy"));
  }

  @Test
  void portfolioAsTextShowsTheMostActivePartiesUpToTop() throws IOException {
    String out =
        CliRun.of("score", "--strategy", "portfolio", "--flows", file(), "--top", "2")
            .assertOk()
            .out();
    assertAll(
        () -> assertTrue(out.startsWith("Scores: portfolio\n"), out),
        () -> assertTrue(out.contains("Strategy: portfolio (gives PortfolioScores)"), out),
        () -> assertTrue(out.contains("20.00% of all weight"), out),
        () -> assertTrue(out.contains("50.00% of giver-to-receiver links"), out),
        () -> assertTrue(out.contains("Out-strength Gini:      0.27"), out),
        () -> assertTrue(out.contains("(the top 2 of 3)"), out),
        // activity (gave + received): Bob 8, Ada 6, Cy 6; ties by name
        () ->
            assertTrue(
                out.contains("  Bob       1         7   -6             1      12.50%\n"), out),
        () ->
            assertTrue(
                out.contains("  Ada       5         1   +4             1      83.33%\n"), out),
        () -> assertFalse(out.contains("  Cy "), out));
  }

  @Test
  void seasonalListsOnlySeasonsWithFlows() throws IOException {
    // months: January (Ada->Bob 3, Bob->Ada 1: 2 of 4 reciprocated), February (2), April (4);
    // March holds no flow and is not listed
    JsonNode root =
        json(
            "score",
            "--strategy",
            "seasonal",
            "--season",
            "month",
            "--flows",
            file(),
            "--format",
            "json");
    JsonNode seasons = root.at("/result/seasons");
    List<String> labels = new ArrayList<>();
    seasons.forEach(s -> labels.add(s.get("label").asText()));
    assertEquals(List.of("2024-01", "2024-02", "2024-04"), labels);
    assertEquals(0.5, seasons.get(0).at("/network/weightedReciprocity").asDouble(), 1e-12);
    assertEquals(4, seasons.get(2).at("/network/totalWeight").asInt());
    String text =
        CliRun.of("score", "--strategy", "seasonal", "--flows", file(), "--top", "1")
            .assertOk()
            .out();
    String words = text.replaceAll("\\s+", " ");
    assertTrue(words.contains("2 seasons of calendar quarters in UTC hold flows"), text);
    assertTrue(words.contains("The latest 1, oldest first."), text);
    assertTrue(text.contains("  2024-Q2 "), text);
    assertFalse(text.contains("  2024-Q1 "), text);
  }

  @Test
  void immediateCountsReturnsWithinTheWindowAndListsOpenObligations() throws IOException {
    // Bob's 1 on Jan 20 returns 1 of Ada's 3 of Jan 10 (10 days, within 14). Gifts: 3 + 2 + 4
    // = 9 (Bob's 1 was a return); returned 1. Open: Ada->Bob 2 (Jan 10), Ada->Cy 2 (Feb 1),
    // Cy->Bob 4 (Apr 15); ages up to the last flow, Apr 15: 96, 74 and 0 days.
    JsonNode root =
        json("score", "--strategy", "immediate:window=P14D", "--flows", file(), "--format", "json");
    JsonNode result = root.get("result");
    assertAll(
        () -> assertEquals("PT336H", result.get("window").asText()),
        () -> assertEquals(9, result.get("giftWeight").asInt()),
        () -> assertEquals(1, result.get("returnedWeight").asInt()),
        () -> assertEquals(1.0 / 9.0, result.get("returnedShare").asDouble(), 1e-12),
        () -> assertEquals(3, result.get("openObligations").size()));
    List<String> open = new ArrayList<>();
    result
        .get("openObligations")
        .forEach(
            o ->
                open.add(
                    o.get("creditor").asText()
                        + "->"
                        + o.get("debtor").asText()
                        + " "
                        + o.get("amount").asText()
                        + " "
                        + o.get("age").asText()
                        + " "
                        + o.get("overdue").asBoolean()));
    assertEquals(
        List.of("Ada->Bob 2 PT2304H true", "Ada->Cy 2 PT1776H true", "Cy->Bob 4 PT0S false"), open);
    String text =
        CliRun.of("score", "--strategy", "immediate:window=P14D", "--flows", file())
            .assertOk()
            .out();
    assertTrue(text.contains("Window:           14 days after a gift"), text);
    assertTrue(text.contains("Open obligations: 3 (2 overdue)"), text);
    assertTrue(
        text.contains(
            "  Ada              Bob                     2  2024-01-10T00:00:00Z"
                + "           96  yes\n"),
        text);
  }

  @Test
  void decayingEvaluatesAtTheLastFlowOrAtTo() throws IOException {
    String f = file();
    JsonNode atLast =
        json("score", "--strategy", "decaying:halfLife=P30D", "--flows", f, "--format", "json");
    assertEquals(
        "2024-04-15T00:00:00Z",
        atLast.at("/result/asOf").asText(),
        "without --to, asOf is the last flow: never the wall clock");
    assertEquals("PT720H", atLast.at("/result/halfLife").asText());
    // Cy gave 4 at asOf (factor 1) and received 2 on Feb 1, 74 days earlier: 2 * 2^(-74/30)
    JsonNode cy = atLast.at("/result/parties/2");
    assertEquals("Cy", cy.get("party").asText());
    assertEquals(4.0, cy.get("outStrength").asDouble(), 1e-9);
    assertEquals(2 * Math.pow(2, -74.0 / 30.0), cy.get("inStrength").asDouble(), 1e-9);

    JsonNode atTo =
        json(
            "score",
            "--strategy",
            "decaying:halfLife=P30D",
            "--flows",
            f,
            "--to",
            "2024-05-15",
            "--format",
            "json");
    assertEquals("2024-05-15T00:00:00Z", atTo.at("/result/asOf").asText());
    // 30 days later every weight halves
    assertEquals(2.0, atTo.at("/result/parties/2/outStrength").asDouble(), 1e-9);

    JsonNode given =
        json(
            "score",
            "--strategy",
            "decaying:halfLife=P30D,asOf=2024-06-14T00:00:00Z",
            "--flows",
            f,
            "--format",
            "json");
    assertEquals("2024-06-14T00:00:00Z", given.at("/result/asOf").asText(), "asOf as given");
    assertEquals(1.0, given.at("/result/parties/2/outStrength").asDouble(), 1e-9);
  }

  @Test
  void decayingWithoutHalfLifeGivesThePlainBalances() throws IOException {
    String text = CliRun.of("score", "--strategy", "decaying", "--flows", file()).assertOk().out();
    assertTrue(text.contains("Half-life: none: no decay"), text);
    assertTrue(
        text.contains("  Bob                    1.00                 7.00        -6.00\n"), text);
  }

  @Test
  void selectionByKindAndRange() throws IOException {
    String f = file();
    JsonNode root =
        json(
            "score",
            "--strategy",
            "portfolio",
            "--flows",
            f,
            "--from",
            "2024-01-15",
            "--to",
            "2024-04-01",
            "--kind",
            "review",
            "--format",
            "json");
    assertEquals(2, root.get("flowCount").asInt(), "Jan 20 and Feb 1");
    assertEquals("2024-01-15T00:00:00Z", root.get("from").asText());
    assertEquals("review", root.at("/kinds/0").asText());
  }

  @Test
  void markdownEscapesNames() throws IOException {
    Path f =
        Files.writeString(
            dir.resolve("md.csv"),
            "timestamp,giver,receiver,kind,weight\n"
                + "2024-01-10T00:00:00Z,<b>Ada</b>,Bob|x,review,1\n",
            StandardCharsets.UTF_8);
    String md =
        CliRun.of(
                "score", "--strategy", "portfolio", "--flows", f.toString(), "--format", "markdown")
            .assertOk()
            .out();
    assertTrue(md.contains("\\<b\\>Ada\\</b\\>"), md);
    assertTrue(md.contains("Bob\\|x"), md);
    assertFalse(md.contains("<b>"), md);
  }

  @Test
  void shippedDataMatchesTheReferenceFigures() throws IOException {
    JsonNode root = json("score", "--strategy", "portfolio", "--format", "json");
    JsonNode ref;
    try (var in =
        getClass().getResourceAsStream("/dev/reciprocity/examples/git-trailers/reference.json")) {
      ref = JSON.readTree(in);
    }
    assertEquals(9919, root.get("flowCount").asInt());
    assertEquals(
        ref.get("weighted_reciprocity").asDouble(),
        root.at("/result/network/weightedReciprocity").asDouble(),
        1e-12);
    assertEquals(
        ref.get("nx_overall_reciprocity").asDouble(),
        root.at("/result/network/overallReciprocity").asDouble(),
        1e-12);
  }

  @Test
  void hostStrategyIsFoundAndShownByItsOwnText() throws IOException {
    String f = file();
    CliRun run = withProvider(() -> CliRun.of("score", "--strategy", "flow-count", "--flows", f));
    run.assertOk();
    assertTrue(run.out().contains("FlowCount[flows=4]"), run.out());
    assertTrue(run.out().contains(FlowCountProvider.FlowCount.class.getName()), run.out());
    CliRun json =
        withProvider(
            () -> CliRun.of("score", "--strategy", "flow-count", "--flows", f, "--format", "json"));
    json.assertBadInput("flow-count", "no JSON form", "--format text");
  }

  @Test
  void hostStrategyWithItsOwnWriterIsWrittenAsJsonTextAndMarkdown() throws IOException {
    String f = file();
    CliRun json =
        withProvider(
                () ->
                    CliRun.of(
                        "score", "--strategy", "flow-tally", "--flows", f, "--format", "json"))
            .assertOk();
    JsonNode root = JSON.readTree(json.out());
    assertEquals("Tally", root.get("resultType").asText(), json.out());
    assertEquals(2, root.get("schemaVersion").asInt());
    long total = 0;
    for (JsonNode n : root.at("/result/byKind")) {
      total += n.asLong();
    }
    assertEquals(root.get("flowCount").asLong(), total, json.out());
    assertTrue(total > 0, json.out());

    CliRun text =
        withProvider(() -> CliRun.of("score", "--strategy", "flow-tally", "--flows", f)).assertOk();
    assertTrue(text.out().contains("Flows by kind"), text.out());
    assertTrue(text.out().contains("gives Tally"), text.out());
    CliRun markdown =
        withProvider(
                () ->
                    CliRun.of(
                        "score", "--strategy", "flow-tally", "--flows", f, "--format", "markdown"))
            .assertOk();
    assertTrue(markdown.out().contains("| Kind"), markdown.out());
  }

  /**
   * Runs with a context class loader that registers {@link FlowCountProvider} and {@link
   * FlowTallyProvider}.
   */
  private CliRun withProvider(Supplier<CliRun> run) throws IOException {
    Path services = dir.resolve("plugin/META-INF/services");
    Files.createDirectories(services);
    Files.writeString(
        services.resolve("dev.reciprocity.spi.ScoringStrategyProvider"),
        FlowCountProvider.class.getName() + "\n" + FlowTallyProvider.class.getName() + "\n");
    Thread thread = Thread.currentThread();
    ClassLoader before = thread.getContextClassLoader();
    try (URLClassLoader plugin =
        new URLClassLoader(
            new URL[] {dir.resolve("plugin").toUri().toURL()}, getClass().getClassLoader())) {
      thread.setContextClassLoader(plugin);
      return run.get();
    } finally {
      thread.setContextClassLoader(before);
    }
  }

  @Test
  void helpNamesTheOptionsAndTheBuiltInStrategies() {
    String help = CliRun.of("score", "--help").assertOk().out();
    for (String s :
        List.of(
            "--strategy",
            "--flows",
            "--season",
            "--from",
            "--to",
            "--kind",
            "--format",
            "--top",
            "--fold-case",
            "--rejects",
            "portfolio",
            "seasonal",
            "immediate",
            "decaying",
            "developmental:lag=P180D",
            "proportional",
            "--capacities",
            "Exit codes")) {
      assertTrue(help.contains(s), s);
    }
    assertTrue(CliRun.of("--help").assertOk().out().contains("score"));
  }
}
