package dev.reciprocity.examples.oracle;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.reciprocity.Cadence;
import dev.reciprocity.Flow;
import dev.reciprocity.NetworkScore;
import dev.reciprocity.PartyScore;
import dev.reciprocity.PortfolioScores;
import dev.reciprocity.ReciprocityRule;
import dev.reciprocity.SeasonalScores;
import dev.reciprocity.core.Strategies;
import dev.reciprocity.io.FlowCsvReader;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Holds the library's figures against those of an independent implementation: {@code
 * shared/tools/reference_figures.py} (plain Python and networkx) computed each {@code
 * reference.json} from the same {@code flows.csv}. Nothing expected here comes from this library.
 *
 * <p>Three data sets: two real ones, the git/git trailer flows shipped with the examples and the
 * DPDK trailer flows of 2022 to 2025 extracted by {@code scripts/extract_trailers.py} (weights all
 * 1, see the README beside each), and a synthetic set with fractional weights, weights of 0 and
 * five kinds. The reference sums weights as Python floats while the library sums exactly, so
 * amounts are compared to 1e-9 and ratios to 1e-12.
 */
class ReferenceFiguresOracleTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  private static List<Flow> flows(String dir) throws IOException {
    String name = dir + "/flows.csv";
    try (InputStream in = ReferenceFiguresOracleTest.class.getResourceAsStream(name)) {
      assertNotNull(in, name);
      return FlowCsvReader.builder().build().read(name, in);
    }
  }

  private static JsonNode reference(String dir) throws IOException {
    String name = dir + "/reference.json";
    try (InputStream in = ReferenceFiguresOracleTest.class.getResourceAsStream(name)) {
      assertNotNull(in, name);
      return JSON.readTree(in);
    }
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "/dev/reciprocity/examples/git-trailers",
        "/dev/reciprocity/examples/dpdk-trailers",
        "/dev/reciprocity/examples/synthetic"
      })
  void networkFiguresEqualTheReference(String dir) throws IOException {
    JsonNode ref = reference(dir);
    List<Flow> flows = flows(dir);
    PortfolioScores scores = Strategies.portfolio().score(flows);
    NetworkScore n = scores.network();
    Map<String, Long> perKind =
        flows.stream()
            .collect(
                Collectors.groupingBy(f -> f.kind().name(), TreeMap::new, Collectors.counting()));
    Map<String, Long> refPerKind = new TreeMap<>();
    ref.get("per_kind_counts")
        .properties()
        .forEach(e -> refPerKind.put(e.getKey(), e.getValue().asLong()));
    assertAll(
        () -> assertEquals(ref.get("total_flows").asLong(), n.flowCount(), "flow count"),
        () ->
            assertEquals(
                ref.get("total_weight").asDouble(),
                n.totalWeight().doubleValue(),
                1e-9,
                "total weight"),
        () -> assertEquals(ref.get("distinct_parties").asInt(), n.partyCount(), "party count"),
        () ->
            assertEquals(
                ref.get("parties_that_give").asLong(),
                scores.parties().stream().filter(p -> p.outStrength().signum() > 0).count(),
                "parties that give"),
        () ->
            assertEquals(
                ref.get("parties_that_receive").asLong(),
                scores.parties().stream().filter(p -> p.inStrength().signum() > 0).count(),
                "parties that receive"),
        () -> assertEquals(refPerKind, perKind, "flows per kind"),
        () -> assertEquals(ref.get("directed_edges").asInt(), n.directedEdges(), "directed edges"),
        () ->
            assertEquals(
                ref.get("mutual_pairs").asInt() * 2, n.reciprocatedEdges(), "reciprocated edges"),
        () -> assertEquals(ref.get("undirected_pairs").asInt(), scores.dyads().size(), "dyads"),
        () ->
            assertEquals(
                ref.get("weighted_reciprocity").asDouble(),
                n.weightedReciprocity(),
                1e-12,
                "weighted reciprocity"),
        () ->
            assertEquals(
                ref.get("nx_overall_reciprocity").asDouble(),
                n.overallReciprocity(),
                1e-12,
                "unweighted reciprocity (networkx overall_reciprocity)"),
        () ->
            assertEquals(
                ref.get("gini_given_all_parties").asDouble(),
                n.outStrengthGini(),
                1e-12,
                "Gini coefficient of out-strength"));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "/dev/reciprocity/examples/git-trailers",
        "/dev/reciprocity/examples/dpdk-trailers",
        "/dev/reciprocity/examples/synthetic"
      })
  void topNetGiversAndReceiversEqualTheReference(String dir) throws IOException {
    JsonNode ref = reference(dir);
    List<PartyScore> parties = Strategies.portfolio().score(flows(dir)).parties();
    // the reference's order: largest net first, ties by name
    List<PartyScore> givers = top(parties, Comparator.comparing(PartyScore::netBalance).reversed());
    List<PartyScore> receivers = top(parties, Comparator.comparing(PartyScore::netBalance));
    List<Executable> checks = new ArrayList<>();
    checks.addAll(sameParties(ref.get("top_net_givers"), givers, "top net givers"));
    checks.addAll(sameParties(ref.get("top_net_receivers"), receivers, "top net receivers"));
    List<PartyScore> active =
        parties.stream()
            .sorted(
                Comparator.comparing(PartyScore::activity)
                    .reversed()
                    .thenComparing(PartyScore::party))
            .limit(20)
            .collect(Collectors.toList());
    JsonNode shares = ref.get("give_share_top20_by_activity");
    for (int i = 0; i < shares.size(); i++) {
      JsonNode expected = shares.get(i);
      PartyScore actual = active.get(i);
      checks.add(() -> assertEquals(expected.get("party").asText(), actual.party().value()));
      checks.add(
          () ->
              assertEquals(
                  expected.get("give_share").asDouble(),
                  actual.giveShare(),
                  1e-12,
                  "give share of " + actual.party()));
    }
    assertAll(checks);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "/dev/reciprocity/examples/git-trailers",
        "/dev/reciprocity/examples/dpdk-trailers",
        "/dev/reciprocity/examples/synthetic"
      })
  void weightedReciprocityPerCalendarYearEqualsTheReference(String dir) throws IOException {
    JsonNode byYear = reference(dir).get("by_year");
    SeasonalScores seasonal =
        Strategies.seasonal(ReciprocityRule.builder().cadence(Cadence.yearly()).build())
            .score(flows(dir));
    Map<String, NetworkScore> years =
        seasonal.seasons().stream()
            .filter(s -> s.scores().network().flowCount() > 0)
            .collect(
                Collectors.toMap(
                    s -> s.season().label(), s -> s.scores().network(), (a, b) -> a, TreeMap::new));
    List<String> refYears = new ArrayList<>();
    byYear.fieldNames().forEachRemaining(refYears::add);
    List<Executable> checks = new ArrayList<>();
    checks.add(() -> assertEquals(refYears, new ArrayList<>(years.keySet()), "years with flows"));
    for (String year : refYears) {
      JsonNode expected = byYear.get(year);
      NetworkScore actual = years.get(year);
      if (actual == null) {
        continue;
      }
      checks.add(
          () ->
              assertEquals(
                  expected.get("flows_weight").asDouble(),
                  actual.totalWeight().doubleValue(),
                  1e-9,
                  year + " weight"));
      checks.add(
          () ->
              assertEquals(
                  expected.get("parties").asInt(), actual.partyCount(), year + " parties"));
      checks.add(
          () ->
              assertEquals(
                  expected.get("directed_edges").asInt(),
                  actual.directedEdges(),
                  year + " directed edges"));
      checks.add(
          () ->
              assertEquals(
                  expected.get("weighted_reciprocity").asDouble(),
                  actual.weightedReciprocity(),
                  1e-12,
                  year + " weighted reciprocity"));
    }
    assertAll(checks);
  }

  private static List<PartyScore> top(List<PartyScore> parties, Comparator<PartyScore> order) {
    return parties.stream()
        .sorted(order.thenComparing(PartyScore::party))
        .limit(10)
        .collect(Collectors.toList());
  }

  private static List<Executable> sameParties(
      JsonNode expected, List<PartyScore> actual, String what) {
    List<Executable> checks = new ArrayList<>();
    checks.add(() -> assertEquals(expected.size(), actual.size(), what + " count"));
    Function<Integer, PartyScore> at = i -> i < actual.size() ? actual.get(i) : null;
    for (int i = 0; i < expected.size(); i++) {
      JsonNode e = expected.get(i);
      PartyScore a = at.apply(i);
      String where = what + " #" + (i + 1);
      checks.add(
          () -> {
            assertNotNull(a, where);
            assertEquals(e.get("party").asText(), a.party().value(), where);
            assertEquals(
                e.get("given").asDouble(), a.outStrength().doubleValue(), 1e-9, where + " given");
            assertEquals(
                e.get("received").asDouble(),
                a.inStrength().doubleValue(),
                1e-9,
                where + " received");
            assertEquals(
                e.get("net").asDouble(), a.netBalance().doubleValue(), 1e-9, where + " net");
          });
    }
    return checks;
  }
}
