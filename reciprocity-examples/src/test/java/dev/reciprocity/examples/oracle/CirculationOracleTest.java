package dev.reciprocity.examples.oracle;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.reciprocity.NetworkCirculation;
import dev.reciprocity.ReciprocityRule;
import dev.reciprocity.core.LedgerSnapshot;
import dev.reciprocity.core.PortfolioFigures;
import dev.reciprocity.io.FlowCsvReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Holds the library's network circulation ({@link PortfolioFigures#circulation()}) against an
 * independent implementation: each {@code circulation.json} was written by {@code
 * shared/tools/circulation.py} (plain Python, a minimum-cost flow by networkx's network simplex)
 * from the {@code flows.csv} beside it, and the number of edges is counted from that CSV by Commons
 * CSV. Nothing expected here comes from this library.
 *
 * <p>The data: the two real data sets, the git/git trailers shipped with the examples (cleared
 * share 0.36435124508519) and DPDK's review trailers of 2022 to 2025 (0.32873058214341755; see the
 * README beside the files), whose largest strongly connected components lie within the documented
 * ceiling, so the figure must be present; and the synthetic set, whose fractional weights test the
 * exact sums in micros. The reference works in integer millionths and prints floats, so amounts are
 * compared to 1e-9, as is the cleared share.
 */
class CirculationOracleTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  private static LedgerSnapshot snapshot(String dir) throws IOException {
    String name = dir + "/flows.csv";
    try (InputStream in = CirculationOracleTest.class.getResourceAsStream(name)) {
      assertNotNull(in, name);
      return FlowCsvReader.builder().build().readSnapshot(name, in);
    }
  }

  private static JsonNode json(String name) throws IOException {
    try (InputStream in = CirculationOracleTest.class.getResourceAsStream(name)) {
      assertNotNull(in, name);
      return JSON.readTree(in);
    }
  }

  /**
   * The ordered pairs whose summed weight is positive, counted from the CSV by Commons CSV and
   * {@link BigDecimal}: {@code reference.json}'s {@code directed_edges} counts pairs of weight 0
   * too, which carry nothing round a cycle.
   */
  private static int positiveEdges(String dir) throws IOException {
    String name = dir + "/flows.csv";
    Map<List<String>, BigDecimal> sums = new HashMap<>();
    try (InputStream in = CirculationOracleTest.class.getResourceAsStream(name)) {
      assertNotNull(in, name);
      CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();
      for (CSVRecord r :
          CSVParser.parse(new InputStreamReader(in, StandardCharsets.UTF_8), format)) {
        sums.merge(
            List.of(r.get("giver").strip(), r.get("receiver").strip()),
            new BigDecimal(r.get("weight").strip()),
            BigDecimal::add);
      }
    }
    return (int) sums.values().stream().filter(w -> w.signum() > 0).count();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "/dev/reciprocity/examples/git-trailers",
        "/dev/reciprocity/examples/dpdk-trailers",
        "/dev/reciprocity/examples/synthetic"
      })
  void clearedShareEqualsTheReference(String dir) throws IOException {
    JsonNode expected = json(dir + "/circulation.json");
    NetworkCirculation c =
        PortfolioFigures.of(snapshot(dir), ReciprocityRule.defaults()).circulation();
    assertTrue(
        c.cleared().isPresent(),
        () -> "the library gave no cleared weight: " + c.reason().orElse("(no reason)"));
    assertAll(
        () -> assertEquals(positiveEdges(dir), c.directedEdges(), "directed edges"),
        () ->
            assertEquals(
                expected.get("total").asDouble(),
                c.totalWeight().doubleValue(),
                1e-9,
                "total weight"),
        () ->
            assertEquals(
                expected.get("cleared").asDouble(),
                c.cleared().orElseThrow().doubleValue(),
                1e-9,
                "cleared weight"),
        () ->
            assertEquals(
                expected.get("minimalSettlement").asDouble(),
                c.minimalSettlement().orElseThrow().doubleValue(),
                1e-9,
                "minimal settlement"),
        () ->
            assertEquals(
                expected.get("clearedShare").asDouble(),
                c.clearedShare().orElseThrow(),
                1e-9,
                "cleared share"));
  }
}
