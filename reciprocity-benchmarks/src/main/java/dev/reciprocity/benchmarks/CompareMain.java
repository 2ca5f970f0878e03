package dev.reciprocity.benchmarks;

import dev.reciprocity.Amount;
import dev.reciprocity.Cadence;
import dev.reciprocity.Interval;
import dev.reciprocity.NetworkScore;
import dev.reciprocity.PartyScore;
import dev.reciprocity.ReciprocityRule;
import dev.reciprocity.core.FindingFormatters;
import dev.reciprocity.core.LedgerSnapshot;
import dev.reciprocity.core.PortfolioFigures;
import dev.reciprocity.core.ReciprocityReviews;
import dev.reciprocity.core.ReviewReport;
import dev.reciprocity.core.ReviewSettings;
import dev.reciprocity.core.SeasonalFigures;
import dev.reciprocity.io.FlowCsvReader;
import dev.reciprocity.io.ReportFormat;
import java.io.BufferedWriter;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The library's side of {@code benchmarks/compare.sh}: times the library on one flows CSV and
 * prints one JSON line of seconds and figures, which the script checks against pandas, igraph and
 * networkx.
 *
 * <ul>
 *   <li>{@code reviewFromCsvSeconds}: the CSV to the full review in JSON, as {@code reciprocity
 *       review --format json} does it ({@link FlowCsvReader#readSnapshot(Path)}, {@link
 *       ReciprocityReviews.Builder#report()}, {@link ReportFormat#JSON} written as UTF-8 to a sink
 *       that drops the bytes); {@code readSeconds} is its reading part alone;
 *   <li>{@code figuresFromMemorySeconds}: from flows already read, the portfolio figures (weighted
 *       reciprocity, edges, per-party out- and in-strength: {@code portfolioSeconds}) and the
 *       quarterly per-party figures (net balance per party and quarter: {@code seasonalSeconds}).
 * </ul>
 *
 * Before timing, the whole run is done once on the first {@value #WARM_UP_ROWS} rows, so that the
 * JIT has compiled the paths measured. Each measurement is then taken {@code repeat} times (default
 * 3) and the best time kept. Times come from {@link System#nanoTime()}.
 *
 * <p>Figures: {@code weightedReciprocity} {@code r = sum_ij min(w_ij, w_ji) / sum_ij w_ij}, {@code
 * directedEdges} (ordered pairs with a flow), {@code reciprocatedEdges} (directed edges whose
 * reverse exists), {@code unweightedReciprocity} (their ratio), {@code totalWeight}, {@code
 * parties}, {@code maxOutStrength}, {@code partyQuarters} (pairs of a party and a quarter in which
 * it gave or received) and {@code sumAbsNetBalance} (the sum over those pairs of the absolute net
 * balance), and the out- and in-strengths of the parties of {@link DuckDbMain#SAMPLE_PARTIES}
 * ({@code out:NAME}, {@code in:NAME}). Amounts are written as exact decimal strings.
 *
 * <p>The measured calls sit in small methods ({@link #reviewJson}, {@link #readFlows}, {@link
 * #portfolio}, {@link #seasonal}) so that they can be switched to another API without touching the
 * timing.
 *
 * <pre>
 * java -Xmx12g -cp reciprocity-benchmarks/target/benchmarks.jar \
 *     dev.reciprocity.benchmarks.CompareMain flows.csv [repeat]
 * </pre>
 */
public final class CompareMain {

  /** The rows of the warm-up run. */
  public static final int WARM_UP_ROWS = 50_000;

  /** The settings of {@code reciprocity review} without options: quarters, every flow, top 10. */
  static final ReviewSettings SETTINGS = ReviewSettings.of(Cadence.quarterly()).withTop(10);

  /** The rule of the in-memory figures: quarterly seasons, every kind. */
  static final ReciprocityRule RULE =
      ReciprocityRule.builder().cadence(Cadence.quarterly()).build();

  private CompareMain() {}

  /**
   * Times the library on a CSV and prints the JSON line to standard output.
   *
   * @param args the CSV file, and optionally how many times each measurement is taken (default 3)
   * @throws IOException if the file cannot be read
   */
  public static void main(String[] args) throws IOException {
    if (args.length < 1 || args.length > 2) {
      System.err.println("usage: CompareMain FLOWS.csv [REPEAT]");
      System.exit(2);
    }
    Path csv = Path.of(args[0]);
    int repeat = args.length == 2 ? Integer.parseInt(args[1]) : 3;
    System.out.println(toJson(run(csv, repeat)));
  }

  /**
   * Warms up, then measures and computes the figures.
   *
   * @param csv the flows file
   * @param repeat how many times each measurement is taken, at least 1
   * @return the seconds and figures, in the order printed
   * @throws IOException if the file cannot be read
   * @throws IllegalArgumentException if {@code repeat} is less than 1
   */
  static Map<String, Object> run(Path csv, int repeat) throws IOException {
    if (repeat < 1) {
      throw new IllegalArgumentException(
          "REPEAT is " + repeat + ", must be at least 1. Fix: give 1 or more, or leave it out (3)");
    }
    byte[] prefix = firstLines(csv, WARM_UP_ROWS + 1);
    LedgerSnapshot warm =
        FlowCsvReader.builder().build().readSnapshot("warm-up", new ByteArrayInputStream(prefix));
    reviewJson("warm-up", warm);
    portfolio(warm);
    seasonal(warm);

    double bestRead = Double.MAX_VALUE;
    double bestReview = Double.MAX_VALUE;
    long reportBytes = 0;
    LedgerSnapshot flows = LedgerSnapshot.of(List.of());
    for (int i = 0; i < repeat; i++) {
      flows = LedgerSnapshot.of(List.of()); // let the previous run's flows go before reading again
      long t0 = System.nanoTime();
      flows = readFlows(csv);
      long t1 = System.nanoTime();
      reportBytes = reviewJson(csv.toString(), flows);
      long t2 = System.nanoTime();
      bestRead = Math.min(bestRead, (t1 - t0) / 1e9);
      bestReview = Math.min(bestReview, (t2 - t0) / 1e9);
    }

    double bestPortfolio = Double.MAX_VALUE;
    double bestSeasonal = Double.MAX_VALUE;
    double bestFigures = Double.MAX_VALUE;
    PortfolioFigures portfolio;
    SeasonalFigures seasonal;
    int i = 0;
    do { // at least once: the figures of the last run are printed
      long t0 = System.nanoTime();
      portfolio = portfolio(flows);
      long t1 = System.nanoTime();
      seasonal = seasonal(flows);
      long t2 = System.nanoTime();
      bestPortfolio = Math.min(bestPortfolio, (t1 - t0) / 1e9);
      bestSeasonal = Math.min(bestSeasonal, (t2 - t1) / 1e9);
      bestFigures = Math.min(bestFigures, (t2 - t0) / 1e9);
    } while (++i < repeat);

    Map<String, Object> out = new LinkedHashMap<>();
    out.put("tool", "reciprocity");
    out.put("csv", csv.toString());
    out.put("rows", flows.size());
    out.put("repeat", repeat);
    out.put("java", System.getProperty("java.version"));
    out.put("maxHeapBytes", Runtime.getRuntime().maxMemory());
    out.put("readSeconds", bestRead);
    out.put("reviewFromCsvSeconds", bestReview);
    out.put("reportBytes", reportBytes);
    out.put("portfolioSeconds", bestPortfolio);
    out.put("seasonalSeconds", bestSeasonal);
    out.put("figuresFromMemorySeconds", bestFigures);
    out.putAll(figures(portfolio, seasonal));
    return out;
  }

  /**
   * The figures of the portfolio and quarterly scores, as printed.
   *
   * @param portfolio the portfolio scores of the flows
   * @param seasonal the quarterly scores of the same flows
   * @return the figures by key
   */
  static Map<String, Object> figures(PortfolioFigures portfolio, SeasonalFigures seasonal) {
    NetworkScore network = portfolio.network();
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("weightedReciprocity", network.weightedReciprocity());
    out.put("reciprocatedWeight", network.reciprocatedWeight().toString());
    out.put("totalWeight", network.totalWeight().toString());
    out.put("directedEdges", network.directedEdges());
    out.put("reciprocatedEdges", network.reciprocatedEdges());
    out.put("unweightedReciprocity", network.overallReciprocity());
    List<PartyScore> parties = portfolio.parties();
    out.put("parties", parties.size());
    long maxOut = 0;
    for (PartyScore p : parties) {
      maxOut = Math.max(maxOut, p.outStrength().micros());
    }
    out.put("maxOutStrength", Amount.ofMicros(maxOut).toString());
    for (PartyScore p : parties) {
      if (DuckDbMain.SAMPLE_PARTIES.contains(p.party().value())) {
        out.put("out:" + p.party().value(), p.outStrength().toString());
        out.put("in:" + p.party().value(), p.inStrength().toString());
      }
    }
    long partyQuarters = 0;
    long sumAbsNet = 0;
    for (Interval season : seasonal.seasons()) {
      for (PartyScore p : parties) {
        Amount given = seasonal.outStrength(p.party(), season);
        Amount received = seasonal.inStrength(p.party(), season);
        // the generator's amounts are positive: a party with a flow in the quarter has a sum
        if (given.signum() > 0 || received.signum() > 0) {
          partyQuarters++;
          sumAbsNet += Math.abs(given.micros() - received.micros());
        }
      }
    }
    out.put("quarters", seasonal.seasons().size());
    out.put("partyQuarters", partyQuarters);
    out.put("sumAbsNetBalance", Amount.ofMicros(sumAbsNet).toString());
    return out;
  }

  /** Reads the flows of the CSV into columns: the first step of {@code reciprocity review}. */
  static LedgerSnapshot readFlows(Path csv) {
    return FlowCsvReader.builder().build().readSnapshot(csv);
  }

  /**
   * The rest of {@code reciprocity review --format json}: the review report of the snapshot,
   * written as JSON in UTF-8 to a sink that counts and drops the bytes.
   *
   * @return the number of bytes of the report
   */
  static long reviewJson(String source, LedgerSnapshot flows) throws IOException {
    ReviewReport report = review(source, flows);
    CountingSink sink = new CountingSink();
    try (Writer out =
        new BufferedWriter(new OutputStreamWriter(sink, StandardCharsets.UTF_8), 1 << 16)) {
      ReportFormat.JSON.write(report, FindingFormatters.english(), out);
    }
    return sink.count;
  }

  /** The review report of {@code reciprocity review} without options, of flows read. */
  static ReviewReport review(String source, LedgerSnapshot flows) {
    return ReciprocityReviews.builder(flows).source(source).settings(SETTINGS).rule(RULE).report();
  }

  /** Weighted reciprocity, edges and per-party out- and in-strengths of flows in memory. */
  static PortfolioFigures portfolio(LedgerSnapshot flows) {
    return PortfolioFigures.of(flows, RULE);
  }

  /** Per-party out- and in-strength in each quarter, of flows in memory. */
  static SeasonalFigures seasonal(LedgerSnapshot flows) {
    return SeasonalFigures.of(flows, RULE);
  }

  /** The header and the first rows of a file, at most {@code lines} lines. */
  static byte[] firstLines(Path csv, int lines) throws IOException {
    try (InputStream in = Files.newInputStream(csv)) {
      byte[] buffer = new byte[1 << 16];
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      int seen = 0;
      int n;
      while (seen < lines && (n = in.read(buffer)) > 0) {
        int end = n;
        for (int i = 0; i < n; i++) {
          if (buffer[i] == '\n' && ++seen == lines) {
            end = i + 1;
            break;
          }
        }
        out.write(buffer, 0, end);
      }
      return out.toByteArray();
    }
  }

  /** One JSON object on one line: numbers as numbers (NaN as null), everything else as strings. */
  static String toJson(Map<String, Object> values) {
    StringBuilder s = new StringBuilder("{");
    for (Map.Entry<String, Object> e : values.entrySet()) {
      if (s.length() > 1) {
        s.append(',');
      }
      s.append('"').append(e.getKey()).append("\":");
      Object v = e.getValue();
      if (v instanceof Double d && (d.isNaN() || d.isInfinite())) {
        s.append("null");
      } else if (v instanceof Number) {
        s.append(v);
      } else {
        s.append('"')
            .append(String.valueOf(v).replace("\\", "\\\\").replace("\"", "\\\""))
            .append('"');
      }
    }
    return s.append('}').toString();
  }
}
