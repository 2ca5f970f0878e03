package dev.reciprocity.benchmarks;

import dev.reciprocity.Flow;
import dev.reciprocity.PartyId;
import dev.reciprocity.core.Ledger;
import dev.reciprocity.core.LedgerSnapshot;
import dev.reciprocity.core.RunningFigures;
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
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Adding one flow to live figures and to a live ledger, in nanoseconds per flow. The figures
 * ({@link RunningFigures}) already hold {@value #PRELOADED} generated flows over 100k parties, so
 * each add updates tables of realistic size (dyads, parties, party-seasons); the flows added cycle
 * through another {@value #STREAM} generated flows, in time order like an event stream, each with
 * party ids of its own, as a host that parses each event makes them.
 *
 * <pre>
 * java -jar reciprocity-benchmarks/target/benchmarks.jar IncrementalBenchmark
 * </pre>
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = "-Xmx4g")
public class IncrementalBenchmark {

  /** The flows the figures hold before measuring. */
  public static final int PRELOADED = 1_000_000;

  /** The flows added in turn. */
  public static final int STREAM = 1_000_000;

  private List<Flow> stream;
  private RunningFigures figures;
  private Ledger ledger;
  private int next;

  /** Creates the state; JMH calls it. */
  public IncrementalBenchmark() {}

  /**
   * Generates the flows and fills the figures.
   *
   * @throws IOException if the temporary file fails
   */
  @Setup(Level.Trial)
  public void fill() throws IOException {
    LedgerSnapshot all = GeneratedFlows.snapshot(PRELOADED + STREAM);
    figures = RunningFigures.create(CompareMain.RULE);
    List<Flow> flows = all.flows();
    for (int i = 0; i < PRELOADED; i++) {
      figures.add(flows.get(i));
    }
    stream = new ArrayList<>(STREAM);
    for (Flow f : flows.subList(PRELOADED, PRELOADED + STREAM)) {
      stream.add(
          Flow.builder()
              .from(f)
              .giver(PartyId.of(f.giver().value()))
              .receiver(PartyId.of(f.receiver().value()))
              .build());
    }
  }

  /** A new ledger for each iteration, so that its growth is measured but memory stays bounded. */
  @Setup(Level.Iteration)
  public void newLedger() {
    ledger = Ledger.create();
  }

  /**
   * Adds the next flow to the running figures.
   *
   * @return whether it was counted
   */
  @Benchmark
  public boolean addToFigures() {
    Flow flow = stream.get(next);
    next = next + 1 == STREAM ? 0 : next + 1;
    return figures.add(flow);
  }

  /**
   * Appends the next flow to a ledger (which grows through the iteration).
   *
   * @return whether it was appended
   */
  @Benchmark
  public boolean appendToLedger() {
    Flow flow = stream.get(next);
    next = next + 1 == STREAM ? 0 : next + 1;
    return ledger.append(flow);
  }
}
