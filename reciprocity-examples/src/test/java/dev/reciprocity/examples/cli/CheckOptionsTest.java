package dev.reciprocity.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code review --check} and {@code --skip-check} on the shipped data: the defaults, a tuned check,
 * a check switched off, a host's provider found on the class path, and bad names. The expected
 * count of hero seasons is made here from the CSV by Commons CSV, not by the library.
 */
class CheckOptionsTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path dir;

  private static JsonNode json(String... args) throws IOException {
    CliRun run = CliRun.of(args).assertOk();
    return JSON.readTree(run.out());
  }

  private static long count(JsonNode root, String type) {
    long n = 0;
    for (JsonNode f : root.get("findings")) {
      n += f.get("type").asText().equals(type) ? 1 : 0;
    }
    return n;
  }

  /** The seasons of the HERO findings, each a "share of all giving" evidence. */
  private static List<String> heroSeasons(JsonNode root) {
    List<String> seasons = new ArrayList<>();
    for (JsonNode f : root.get("findings")) {
      if (f.get("type").asText().equals("HERO")) {
        for (JsonNode e : f.get("evidence")) {
          if (e.get("measure").asText().equals("share of all giving")) {
            seasons.add(e.get("period").asText());
          }
        }
      }
    }
    return seasons;
  }

  /**
   * Kind-quarters of the shipped data given by three or more parties in which one gave more than
   * {@code share} of it, counted from the CSV (quarters before 2026-Q3, the last complete one).
   */
  private static int heroQuarters(double share) throws IOException {
    Map<String, Map<String, Double>> given = new HashMap<>();
    try (var in = CheckOptionsTest.class.getResourceAsStream(FlowInput.SHIPPED_RESOURCE)) {
      CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();
      for (CSVRecord r : format.parse(new InputStreamReader(in, StandardCharsets.UTF_8))) {
        String t = r.get("timestamp");
        int quarter = (Integer.parseInt(t.substring(5, 7)) - 1) / 3 + 1;
        String key = r.get("kind") + " " + t.substring(0, 4) + "-Q" + quarter;
        if (key.endsWith("2026-Q3")) {
          continue;
        }
        given
            .computeIfAbsent(key, k -> new HashMap<>())
            .merge(r.get("giver"), Double.parseDouble(r.get("weight")), Double::sum);
      }
    }
    int heroes = 0;
    for (Map<String, Double> byGiver : given.values()) {
      double total = byGiver.values().stream().mapToDouble(Double::doubleValue).sum();
      double top = byGiver.values().stream().mapToDouble(Double::doubleValue).max().orElse(0);
      if (byGiver.size() >= 3 && top / total > share) {
        heroes++;
      }
    }
    return heroes;
  }

  @Test
  void everyDefaultRunsAndAHeroSeasonIsOneTheCsvShows() throws IOException {
    JsonNode root = json("review", "--format", "json");
    assertEquals(heroQuarters(0.5), heroSeasons(root).size());
    assertTrue(count(root, "CHRONIC_GIVER") > 0 && count(root, "FRAGILITY_CONTAGION") > 0);
    for (JsonNode f : root.get("findings")) {
      assertTrue(f.has("subjectKind"), f.toString());
      assertFalse(f.get("summary").asText().isBlank(), f.toString());
    }
  }

  @Test
  void aTunedCheckAndASkippedOneChangeOnlyTheirFindings() throws IOException {
    JsonNode tuned = json("review", "--format", "json", "--check", "hero:share=0.75");
    assertEquals(heroQuarters(0.75), heroSeasons(tuned).size());
    JsonNode skipped = json("review", "--format", "json", "--skip-check", "hero");
    assertEquals(0, count(skipped, "HERO"));
    assertEquals(
        count(json("review", "--format", "json"), "CHRONIC_GIVER"),
        count(skipped, "CHRONIC_GIVER"));
  }

  @Test
  void badNamesAndParametersStopBeforeReading() {
    CliRun.of("review", "--check", "heroes").assertBadInput("no balance check named", "known:");
    CliRun.of("review", "--check", "hero:sahre=0.6").assertBadInput("takes no parameter", "share");
    CliRun.of("review", "--check", "hero:share=2").assertBadInput("outside [0.0, 1.0]");
    CliRun.of("review", "--check", "hero", "--skip-check", "hero")
        .assertBadInput("both named by --check and switched off");
  }

  /** A host's provider on the class path is found by name and its findings worded by it. */
  @Test
  void aHostsProviderOnTheClassPathRunsByName() throws IOException {
    Path services = dir.resolve("META-INF/services");
    Files.createDirectories(services);
    Files.writeString(
        services.resolve("dev.reciprocity.spi.BalanceCheckProvider"),
        BottleneckProvider.class.getName() + "\n",
        StandardCharsets.UTF_8);
    Thread thread = Thread.currentThread();
    ClassLoader before = thread.getContextClassLoader();
    try (URLClassLoader host =
        new URLClassLoader(
            new URL[] {dir.toUri().toURL()}, CheckOptionsTest.class.getClassLoader())) {
      thread.setContextClassLoader(host);
      JsonNode without = json("review", "--format", "json");
      assertEquals(0, count(without, "REVIEW_BOTTLENECK"), "off unless named");
      JsonNode with = json("review", "--format", "json", "--check", "bottleneck:kind=review");
      assertTrue(count(with, "REVIEW_BOTTLENECK") > 0);
      String help = CliRun.of("review", "--help").assertOk().out();
      assertTrue(
          help.contains("bottleneck (off unless named) (REVIEW_BOTTLENECK): kind=review"), help);
    } finally {
      thread.setContextClassLoader(before);
    }
  }
}
