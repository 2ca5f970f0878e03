package dev.reciprocity.benchmarks;

import dev.reciprocity.core.FindingFormatters;
import dev.reciprocity.core.Ledger;
import dev.reciprocity.core.LedgerSnapshot;
import dev.reciprocity.core.ReciprocityReviews;
import dev.reciprocity.core.ReviewReport;
import dev.reciprocity.io.ReportFormat;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
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
 * <p>The rows are 1,000,000 and 10,000,000 unless told otherwise; the JSON is streamed to a sink
 * that counts the bytes. Both sizes run in a 2 GB heap:
 *
 * <pre>
 * java -jar reciprocity-benchmarks/target/benchmarks.jar ReviewBenchmark -p rows=1000000
 * java -jar reciprocity-benchmarks/target/benchmarks.jar ReviewBenchmark -p rows=10000000 \
 *     -jvmArgsAppend -Xmx2g
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 1, time = 10)
@Measurement(iterations = 3, time = 10)
@Fork(value = 1, jvmArgsAppend = "-Xmx2g")
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
    Ledger ledger = Ledger.create();
    ledger.appendAll(GeneratedFlows.snapshot(rows));
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
   * The review report of the ledger's snapshot, written as JSON.
   *
   * @return the bytes written
   * @throws IOException never: the sink drops the bytes
   */
  @Benchmark
  public long reviewJson() throws IOException {
    CountingSink sink = new CountingSink();
    try (Writer out =
        new BufferedWriter(new OutputStreamWriter(sink, StandardCharsets.UTF_8), 1 << 16)) {
      ReportFormat.JSON.write(reviewOf(snapshot), FindingFormatters.english(), out);
    }
    return sink.count;
  }

  private static ReviewReport reviewOf(LedgerSnapshot snapshot) {
    return ReciprocityReviews.builder(snapshot)
        .source("generated")
        .settings(CompareMain.SETTINGS)
        .rule(CompareMain.RULE)
        .report();
  }
}
