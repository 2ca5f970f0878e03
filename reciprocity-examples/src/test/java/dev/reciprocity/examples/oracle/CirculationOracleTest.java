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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Holds the library's network circulation ({@link PortfolioFigures#circulation()}) against an
 * independent implementation: each {@code circulation.json} was written by {@code
 * shared/tools/circulation.py} (plain Python, a minimum-cost flow by networkx's network simplex)
 * from the {@code flows.csv} beside it, and {@code directed_edges} comes from the {@code
 * reference.json} that {@code shared/tools/reference_figures.py} wrote. Nothing expected here comes
 * from this library.
 *
 * <p>The data: DPDK's review trailers of 2022 to 2025 (see the README beside the files), 12,746
 * flows of weight 1 whose largest strongly connected component has about 1,600 edges, within the
 * documented ceiling, so the figure must be present. The reference works in integer millionths and
 * prints floats, so amounts are compared to 1e-9, as is the cleared share.
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

  @ParameterizedTest
  @ValueSource(strings = {"/dev/reciprocity/examples/dpdk-trailers"})
  void clearedShareEqualsTheReference(String dir) throws IOException {
    JsonNode expected = json(dir + "/circulation.json");
    JsonNode reference = json(dir + "/reference.json");
    NetworkCirculation c =
        PortfolioFigures.of(snapshot(dir), ReciprocityRule.defaults()).circulation();
    assertTrue(
        c.cleared().isPresent(),
        () -> "the library gave no cleared weight: " + c.reason().orElse("(no reason)"));
    assertAll(
        () ->
            assertEquals(
                reference.get("directed_edges").asInt(), c.directedEdges(), "directed edges"),
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
