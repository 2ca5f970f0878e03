package dev.reciprocity.benchmarks;

import dev.reciprocity.DecayedBalances;
import dev.reciprocity.Flow;
import dev.reciprocity.ImmediateScores;
import dev.reciprocity.ReciprocityRule;
import dev.reciprocity.core.LedgerSnapshot;
import dev.reciprocity.core.Strategies;
import dev.reciprocity.spi.FlowColumns;
import dev.reciprocity.spi.ScoringStrategy;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
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
 * The immediate and the decaying strategy on generated flows ({@link FlowGenerator}, fixed seed),
 * in their two forms: the streaming accumulator ({@code collector()} over a sequential stream of
 * {@link Flow} objects, as a host or a stream processor feeds it) and the engine ({@code
 * score(FlowColumns)} over a snapshot's columns). Milliseconds per computation.
 *
 * <pre>
 * java -jar reciprocity-benchmarks/target/benchmarks.jar StrategyBenchmark -p rows=1000000
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
@Fork(value = 1, jvmArgsAppend = "-Xmx2g")
public class StrategyBenchmark {

  /** The rule: quarterly seasons, every kind, a 30-day window, a half-life of 90 days. */
  static final ReciprocityRule RULE =
      ReciprocityRule.builder()
          .from(CompareMain.RULE)
          .window(Duration.ofDays(30))
          .halfLife(Duration.ofDays(90))
          .build();

  /** The number of flows. */
  @Param({"200000"})
  public int rows;

  private List<Flow> flows;
  private FlowColumns columns;
  private ScoringStrategy<?, ImmediateScores> immediate;
  private ScoringStrategy<?, DecayedBalances> decaying;

  /** Creates the state; JMH calls it. */
  public StrategyBenchmark() {}

  /**
   * Generates and reads the flows, and makes them objects once.
   *
   * @throws IOException if the temporary file fails
   */
  @Setup(Level.Trial)
  public void read() throws IOException {
    LedgerSnapshot snapshot = GeneratedFlows.snapshot(rows);
    flows = new ArrayList<>(snapshot.flows());
    columns = snapshot.columns();
    immediate = Strategies.immediate(RULE);
    decaying = Strategies.decaying(RULE, FlowGenerator.END);
  }

  /**
   * The immediate strategy's accumulator.
   *
   * @return the scores
   */
  @Benchmark
  public ImmediateScores immediateCollector() {
    return flows.stream().collect(immediate.collector());
  }

  /**
   * The immediate strategy on the engine.
   *
   * @return the scores
   */
  @Benchmark
  public ImmediateScores immediateColumns() {
    return immediate.score(columns);
  }

  /**
   * The decaying strategy's accumulator.
   *
   * @return the balances
   */
  @Benchmark
  public DecayedBalances decayingCollector() {
    return flows.stream().collect(decaying.collector());
  }

  /**
   * The decaying strategy on the engine.
   *
   * @return the balances
   */
  @Benchmark
  public DecayedBalances decayingColumns() {
    return decaying.score(columns);
  }
}
