package dev.reciprocity.benchmarks;

import dev.reciprocity.FlowKind;
import dev.reciprocity.core.BalanceChecks;
import dev.reciprocity.core.Ledger;
import dev.reciprocity.core.LedgerSnapshot;
import dev.reciprocity.core.ReciprocityReviews;
import dev.reciprocity.core.ReviewReport;
import dev.reciprocity.examples.HeroCheck;
import dev.reciprocity.spi.BalanceCheck;
import java.io.IOException;
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
 * What a host's balance check written against the column view adds to the review: the review report
 * of a generated ledger ({@link FlowGenerator}, fixed seed, {@code rows} flows) with the built-in
 * checks ({@link #builtInChecks}) and with the examples' {@link HeroCheck} beside them ({@link
 * #withHostCheck}), as {@code reciprocity review} makes it; the difference of the two is the host
 * check's cost. Seconds per review.
 *
 * <pre>
 * java -jar reciprocity-benchmarks/target/benchmarks.jar HostCheckBenchmark
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 5)
@Measurement(iterations = 5, time = 5)
@Fork(value = 1, jvmArgsAppend = "-Xmx4g")
public class HostCheckBenchmark {

  /** The number of flows of the ledger. */
  @Param({"2000000"})
  public int rows;

  private LedgerSnapshot snapshot;
  private List<BalanceCheck> builtIn;
  private List<BalanceCheck> withHero;

  /** Creates the state; JMH calls it. */
  public HostCheckBenchmark() {}

  /**
   * Fills the ledger and makes the two lists of checks.
   *
   * @throws IOException if the generated flows cannot be written or read
   */
  @Setup(Level.Trial)
  public void fillLedger() throws IOException {
    Ledger ledger = Ledger.create();
    ledger.appendAll(GeneratedFlows.snapshot(rows));
    snapshot = ledger.snapshot();
    builtIn = List.copyOf(BalanceChecks.defaults(CompareMain.RULE));
    List<BalanceCheck> checks = new ArrayList<>(builtIn);
    checks.add(new HeroCheck(CompareMain.RULE, FlowKind.of("review")));
    withHero = List.copyOf(checks);
  }

  /**
   * The review report with the built-in checks.
   *
   * @return the report
   */
  @Benchmark
  public ReviewReport builtInChecks() {
    return reviewOf(builtIn);
  }

  /**
   * The review report with the built-in checks and the host's hero check.
   *
   * @return the report
   */
  @Benchmark
  public ReviewReport withHostCheck() {
    return reviewOf(withHero);
  }

  private ReviewReport reviewOf(List<BalanceCheck> checks) {
    return ReciprocityReviews.builder(snapshot)
        .source("generated")
        .settings(CompareMain.SETTINGS)
        .rule(CompareMain.RULE)
        .checks(checks)
        .report();
  }
}
