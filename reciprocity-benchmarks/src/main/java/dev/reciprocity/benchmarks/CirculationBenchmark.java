package dev.reciprocity.benchmarks;

import dev.reciprocity.NetworkCirculation;
import dev.reciprocity.core.LedgerSnapshot;
import dev.reciprocity.core.PortfolioFigures;
import dev.reciprocity.io.FlowCsvReader;
import java.io.IOException;
import java.io.InputStream;
import java.util.Objects;
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
 * The network circulation ({@link PortfolioFigures#circulation()}) from portfolio figures already
 * computed: on the shipped git trailers ({@code data=shipped}: 9,919 flows, 3,751 directed edges,
 * solved whole) and on generated flows ({@code data=10000000}: 10M flows, about 8 million directed
 * edges, past the ceiling, so what is timed is the count of the edges that decides it).
 * Milliseconds per computation.
 *
 * <pre>
 * java -jar reciprocity-benchmarks/target/benchmarks.jar CirculationBenchmark
 * java -jar reciprocity-benchmarks/target/benchmarks.jar CirculationBenchmark -p data=shipped
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
@Fork(value = 1, jvmArgsAppend = "-Xmx4g")
public class CirculationBenchmark {

  /** {@code shipped}, or a number of generated flows. */
  @Param({"shipped", "10000000"})
  public String data = "shipped";

  private PortfolioFigures figures;

  /** Creates the state; JMH calls it. */
  public CirculationBenchmark() {}

  /**
   * Reads the flows and computes their portfolio figures.
   *
   * @throws IOException if the data cannot be read
   */
  @Setup(Level.Trial)
  public void read() throws IOException {
    LedgerSnapshot snapshot;
    if (data.equals("shipped")) {
      try (InputStream in =
          Objects.requireNonNull(
              CirculationBenchmark.class.getResourceAsStream(
                  "/dev/reciprocity/examples/git-trailers/flows.csv"),
              "the shipped data (reciprocity-examples) is not on the class path")) {
        snapshot = FlowCsvReader.builder().build().readSnapshot("git-trailers", in);
      }
    } else {
      snapshot = GeneratedFlows.snapshot(Integer.parseInt(data));
    }
    figures = PortfolioFigures.of(snapshot, CompareMain.RULE);
  }

  /**
   * The circulation.
   *
   * @return the circulation
   */
  @Benchmark
  public NetworkCirculation circulation() {
    return figures.circulation();
  }
}
