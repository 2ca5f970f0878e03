package dev.reciprocity.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.reciprocity.core.LedgerSnapshot;
import dev.reciprocity.io.FlowCsvReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CompareMainTest {

  private static final String CSV =
      "timestamp,giver,receiver,kind,weight\n"
          + "2021-01-10T00:00:00Z,a,b,review,2\n"
          + "2021-02-10T00:00:00Z,b,a,review,0.5\n"
          + "2021-04-10T00:00:00Z,a,c,labour,3\n"
          + "2021-04-11T00:00:00Z,a,b,mentoring,1\n";

  @Test
  void figuresWorkedByHand() {
    LedgerSnapshot flows =
        LedgerSnapshot.of(
            FlowCsvReader.builder()
                .build()
                .read("test", new ByteArrayInputStream(CSV.getBytes(StandardCharsets.UTF_8))));
    Map<String, Object> f =
        CompareMain.figures(CompareMain.portfolio(flows), CompareMain.seasonal(flows));
    // w_ab = 2 + 1 = 3, w_ba = 0.5, w_ac = 3: total 6.5; min(3, 0.5) counted both ways: 1
    assertEquals(1 / 6.5, (double) f.get("weightedReciprocity"), 1e-15);
    assertEquals("1", f.get("reciprocatedWeight"));
    assertEquals("6.5", f.get("totalWeight"));
    assertEquals(3, f.get("directedEdges"));
    assertEquals(2, f.get("reciprocatedEdges"));
    assertEquals(2 / 3.0, (double) f.get("unweightedReciprocity"), 1e-15);
    assertEquals(3, f.get("parties"));
    assertEquals("6", f.get("maxOutStrength")); // a gives 2 + 3 + 1
    // 2021-Q1: a +1.5, b -1.5; 2021-Q2: a +4, b -1, c -3: five pairs, |net| sum 3 + 8
    assertEquals(2, f.get("quarters"));
    assertEquals(5L, f.get("partyQuarters"));
    assertEquals("11", f.get("sumAbsNetBalance"));
  }

  @Test
  void firstLinesKeepsTheHeaderAndTheFirstRows(@TempDir Path dir) throws IOException {
    Path csv = Files.writeString(dir.resolve("f.csv"), CSV);
    assertEquals(
        "timestamp,giver,receiver,kind,weight\n2021-01-10T00:00:00Z,a,b,review,2\n",
        new String(CompareMain.firstLines(csv, 2), StandardCharsets.UTF_8));
    assertEquals(CSV, new String(CompareMain.firstLines(csv, 99), StandardCharsets.UTF_8));
  }

  @Test
  void runMeasuresOnceAndPrintsTheFiguresWhenRepeatIsOne(@TempDir Path dir) throws IOException {
    Path csv = Files.writeString(dir.resolve("f.csv"), CSV);
    Map<String, Object> out = CompareMain.run(csv, 1);
    assertEquals(1, out.get("repeat"));
    assertEquals("6.5", out.get("totalWeight"));
    assertTrue((double) out.get("portfolioSeconds") < Double.MAX_VALUE);
  }

  @Test
  void runRefusesARepeatBelowOne(@TempDir Path dir) throws IOException {
    Path csv = Files.writeString(dir.resolve("f.csv"), CSV);
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> CompareMain.run(csv, 0));
    assertEquals(
        "REPEAT is 0, must be at least 1. Fix: give 1 or more, or leave it out (3)",
        e.getMessage());
  }

  @Test
  void jsonWritesNumbersStringsAndNaNAsNull() {
    Map<String, Object> values = new LinkedHashMap<>();
    values.put("n", 3);
    values.put("x", 0.25);
    values.put("none", Double.NaN);
    values.put("s", "a \"b\" \\c");
    assertEquals(
        "{\"n\":3,\"x\":0.25,\"none\":null,\"s\":\"a \\\"b\\\" \\\\c\"}",
        CompareMain.toJson(values));
  }
}
