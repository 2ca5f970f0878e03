package dev.reciprocity.benchmarks;

import dev.reciprocity.core.LedgerSnapshot;
import dev.reciprocity.core.PortfolioFigures;
import dev.reciprocity.core.SeasonalFigures;
import java.io.IOException;
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
 * The in-memory figures of a generated snapshot ({@link FlowGenerator}, fixed seed): {@link
 * #portfolio} (weighted reciprocity, per-party strengths, per-dyad weights) and {@link #seasonal}
 * (per-party quarterly balances), from the columns. Milliseconds per computation.
 *
 * <pre>
 * java -jar reciprocity-benchmarks/target/benchmarks.jar FiguresBenchmark -p rows=10000000
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
@Fork(value = 1, jvmArgsAppend = "-Xmx2g")
public class FiguresBenchmark {

  /** The number of flows. */
  @Param({"1000000", "10000000"})
  public int rows;

  private LedgerSnapshot snapshot;

  /** Creates the state; JMH calls it. */
  public FiguresBenchmark() {}

  /**
   * Generates and reads the flows.
   *
   * @throws IOException if the temporary file fails
   */
  @Setup(Level.Trial)
  public void read() throws IOException {
    snapshot = GeneratedFlows.snapshot(rows);
  }

  /**
   * Portfolio figures.
   *
   * @return the figures
   */
  @Benchmark
  public PortfolioFigures portfolio() {
    return PortfolioFigures.of(snapshot, CompareMain.RULE);
  }

  /**
   * Quarterly balances.
   *
   * @return the figures
   */
  @Benchmark
  public SeasonalFigures seasonal() {
    return SeasonalFigures.of(snapshot, CompareMain.RULE);
  }
}
