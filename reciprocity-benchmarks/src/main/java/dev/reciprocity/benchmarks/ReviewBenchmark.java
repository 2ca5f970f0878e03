package dev.reciprocity.benchmarks;

import dev.reciprocity.Flow;
import dev.reciprocity.core.BalanceChecks;
import dev.reciprocity.core.Ledger;
import dev.reciprocity.core.LedgerSnapshot;
import dev.reciprocity.core.ReviewReport;
import dev.reciprocity.io.FlowCsvReader;
import dev.reciprocity.io.ReportFormat;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The full review of a generated ledger ({@link FlowGenerator}, fixed seed, {@code rows} flows):
 * {@link #review} builds the {@link ReviewReport} of a snapshot filled in setup, as {@code
 * reciprocity review} does with the default settings (quarters, every flow, top 10); {@link
 * #reviewJson} renders it as JSON too. Seconds per review.
 *
 * <p>The rows are 1,000,000 and 10,000,000 unless told otherwise; with today's object-per-flow
 * ledger 10 million flows need a large heap and take long, so run one size at a time and give the
 * heap room:
 *
 * <pre>
 * java -jar reciprocity-benchmarks/target/benchmarks.jar ReviewBenchmark -p rows=1000000
 * java -jar reciprocity-benchmarks/target/benchmarks.jar ReviewBenchmark -p rows=10000000 \
 *     -jvmArgsAppend -Xmx16g
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 1, time = 10)
@Measurement(iterations = 3, time = 10)
@Fork(value = 1, jvmArgsAppend = "-Xmx8g")
public class ReviewBenchmark {

  /** The number of flows of the ledger. */
  @Param({"1000000", "10000000"})
  public int rows;

  private LedgerSnapshot snapshot;

  /** Creates the state; JMH calls it. */
  public ReviewBenchmark() {}

  /**
   * Generates the flows into a temporary file, reads them and fills a ledger; the file is deleted
   * once read.
   *
   * @throws IOException if the file cannot be written, read or deleted
   */
  @Setup(Level.Trial)
  public void fillLedger() throws IOException {
    Path dir = Files.createTempDirectory("reciprocity-review");
    Path csv = dir.resolve("flows.csv");
    List<Flow> flows;
    try {
      FlowGenerator.write(csv, rows);
      flows = FlowCsvReader.read(csv);
    } finally {
      Files.deleteIfExists(csv);
      Files.deleteIfExists(dir);
    }
    Ledger ledger = Ledger.create();
    ledger.appendAll(flows);
    snapshot = ledger.snapshot();
  }

  /**
   * The review report of the ledger's snapshot.
   *
   * @return the report
   */
  @Benchmark
  public ReviewReport review() {
    return reviewOf(snapshot);
  }

  /**
   * The review report of the ledger's snapshot, rendered as JSON.
   *
   * @return the JSON document
   */
  @Benchmark
  public String reviewJson() {
    return ReportFormat.JSON.render(reviewOf(snapshot));
  }

  private static ReviewReport reviewOf(LedgerSnapshot snapshot) {
    return ReviewReport.of(
        "generated",
        snapshot,
        CompareMain.SETTINGS,
        CompareMain.RULE,
        BalanceChecks.defaults(CompareMain.RULE));
  }
}
