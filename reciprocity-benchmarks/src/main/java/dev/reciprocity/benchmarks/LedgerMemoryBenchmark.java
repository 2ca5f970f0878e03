package dev.reciprocity.benchmarks;

import dev.reciprocity.core.Ledger;
import dev.reciprocity.core.LedgerSnapshot;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.AuxCounters;
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
 * The heap a ledger retains per flow: a ledger of {@code rows} generated flows (100k parties) is
 * filled from a snapshot, and the heap in use after a full collection is compared with the heap
 * before. Reported as the auxiliary counter {@code bytesPerFlow}, which charges everything the
 * ledger holds (columns, chunk slack, the dictionary of 100k parties) to the flows; the time score
 * is the fill time.
 *
 * <pre>
 * java -jar reciprocity-benchmarks/target/benchmarks.jar LedgerMemoryBenchmark -p rows=10000000
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 1)
@Measurement(
    iterations = 1) // an auxiliary counter of events is summed over iterations: one reads as it is
@Fork(value = 1, jvmArgsAppend = "-Xmx2g")
public class LedgerMemoryBenchmark {

  /** The number of flows. */
  @Param({"10000000"})
  public int rows;

  private LedgerSnapshot source;

  /** Creates the state; JMH calls it. */
  public LedgerMemoryBenchmark() {}

  /** What one fill retained, per flow; JMH reports the fields as counters. */
  @State(Scope.Thread)
  @AuxCounters(AuxCounters.Type.EVENTS)
  public static class Retained {
    /** Heap retained by the whole ledger, per flow. */
    public double bytesPerFlow;

    /** Creates the counters; JMH calls it. */
    public Retained() {}
  }

  /**
   * Generates and reads the flows once.
   *
   * @throws IOException if the temporary file fails
   */
  @Setup(Level.Trial)
  public void read() throws IOException {
    source = GeneratedFlows.snapshot(rows);
  }

  /**
   * Fills a ledger with every flow and measures what it retains.
   *
   * @param retained the counters
   * @return the ledger, kept alive until measured
   */
  @Benchmark
  public Ledger fill(Retained retained) {
    MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    long before = used(memory);
    Ledger ledger = Ledger.create();
    var unused = ledger.appendAll(source);
    long after = used(memory);
    retained.bytesPerFlow = (after - before) / (double) rows;
    return ledger;
  }

  private static long used(MemoryMXBean memory) {
    for (int i = 0; i < 3; i++) {
      System.gc();
    }
    return memory.getHeapMemoryUsage().getUsed();
  }
}
