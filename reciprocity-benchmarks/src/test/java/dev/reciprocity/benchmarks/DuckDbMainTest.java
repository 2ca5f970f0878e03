package dev.reciprocity.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.reciprocity.core.LedgerSnapshot;
import dev.reciprocity.io.FlowCsvReader;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** DuckDB's figures on a tiny file equal the library's: the comparison is of equal work. */
class DuckDbMainTest {

  private static final String CSV =
      "timestamp,giver,receiver,kind,weight\n"
          + "2021-01-10T00:00:00Z,p000000,p000001,review,2\n"
          + "2021-02-10T00:00:00Z,p000001,p000000,review,0.5\n"
          + "2021-03-31T23:59:59Z,p000000,p000042,labour,3\n"
          + "2021-04-11T00:00:00Z,p000000,p000001,mentoring,1.25\n"
          + "2021-04-12T00:00:00Z,p000042,p000001,mentoring,0.001\n";

  @Test
  void figuresEqualTheLibrarys(@TempDir Path dir) throws Exception {
    Path csv = Files.writeString(dir.resolve("flows.csv"), CSV);
    Map<String, Object> duck = DuckDbMain.run(csv);
    LedgerSnapshot flows = FlowCsvReader.builder().build().readSnapshot(csv);
    Map<String, Object> lib =
        CompareMain.figures(CompareMain.portfolio(flows), CompareMain.seasonal(flows));
    Map<String, Object> libFigures = new LinkedHashMap<>();
    Map<String, Object> duckFigures = new LinkedHashMap<>();
    for (String key : lib.keySet()) {
      libFigures.put(key, String.valueOf(lib.get(key)));
      duckFigures.put(key, String.valueOf(duck.get(key)));
    }
    assertEquals(libFigures, duckFigures);
    // by hand: w_01 = 3.25, w_10 = 0.5, w_0,42 = 3, w_42,1 = 0.001; the quarter is UTC's
    assertEquals("1", duck.get("reciprocatedWeight"));
    assertEquals("6.751", duck.get("totalWeight"));
    assertEquals("3.251", duck.get("in:p000001"));
    // 2021-Q1: p000000 +4.5, p000001 -1.5, p000042 -3; Q2: +1.25, -1.251, +0.001
    assertEquals(2L, duck.get("quarters"));
    assertEquals(6L, duck.get("partyQuarters"));
    assertEquals("11.502", duck.get("sumAbsNetBalance"));
  }

  @Test
  void decimalsArePlainWithoutTrailingZeros() {
    assertEquals("3", DuckDbMain.plain(new BigDecimal("3.000000")));
    assertEquals("30", DuckDbMain.plain(new BigDecimal("30.000")));
    assertEquals("0.25", DuckDbMain.plain(new BigDecimal("0.250000")));
    assertEquals("0", DuckDbMain.plain(new BigDecimal("0.000000")));
  }
}
