package dev.reciprocity.benchmarks;

import dev.reciprocity.Flow;
import dev.reciprocity.PartyId;
import dev.reciprocity.core.Ledger;
import dev.reciprocity.core.LedgerSnapshot;
import dev.reciprocity.core.RunningFigures;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Adding flows to live figures and to a live ledger, in nanoseconds per flow.
 *
 * <p>Each measurement starts from figures ({@link RunningFigures}) that already hold the first
 * {@value #PRELOADED} of {@value #PRELOADED} + {@value #STREAM} generated flows over 100k parties
 * (made afresh before each iteration, not timed), and adds the next {@value #STREAM} in time order,
 * as an event stream brings them; each flow has party ids and names of its own, as a host that
 * parses each event makes them. The measured span takes the dyad table from about 1M to about 1.7M
 * dyads, so it includes the table's doubling, which an add pays for in amortised time. The last
 * call of each measurement reads the figures, which applies the adds still buffered: every add's
 * work is timed.
 *
 * <p>{@link #addWithKeptIds} adds the same stream with the {@code PartyId} objects of the preloaded
 * flows, as a host that keeps one per member hands them. {@link #addLateFlows} adds, instead,
 * copies of the first {@value #STREAM} flows again: every one lands in a season earlier than its
 * parties' latest, the path of a backfill. {@link #appendToLedger} appends the stream to a new
 * {@link Ledger}.
 *
 * <pre>
 * java -jar reciprocity-benchmarks/target/benchmarks.jar IncrementalBenchmark
 * </pre>
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 4)
@Measurement(iterations = 8)
@Fork(value = 1, jvmArgsAppend = "-Xmx4g")
public class IncrementalBenchmark {

  /** The flows the figures hold before measuring. */
  public static final int PRELOADED = 1_000_000;

  /** The flows added in one measurement. */
  public static final int STREAM = 1_000_000;

  private List<Flow> preloaded;
  private List<Flow> stream;
  private List<Flow> streamOfKeptIds;
  private List<Flow> late;
  private RunningFigures figures;
  private Ledger ledger;

  /** Creates the state; JMH calls it. */
  public IncrementalBenchmark() {}

  /**
   * Generates the flows.
   *
   * @throws IOException if the temporary file fails
   */
  @Setup(Level.Trial)
  public void generate() throws IOException {
    LedgerSnapshot all = GeneratedFlows.snapshot(PRELOADED + STREAM);
    List<Flow> flows = all.flows();
    preloaded = new ArrayList<>(flows.subList(0, PRELOADED));
    stream = withIds(flows.subList(PRELOADED, PRELOADED + STREAM), IncrementalBenchmark::parsed);
    late = withIds(flows.subList(0, STREAM), IncrementalBenchmark::parsed);
    // a host that keeps one PartyId per member and hands the same object with each event
    Map<String, PartyId> kept = new HashMap<>();
    for (Flow f : preloaded) {
      kept.putIfAbsent(f.giver().value(), f.giver());
      kept.putIfAbsent(f.receiver().value(), f.receiver());
    }
    streamOfKeptIds =
        withIds(
            flows.subList(PRELOADED, PRELOADED + STREAM),
            name -> kept.computeIfAbsent(name, PartyId::of));
  }

  /**
   * A party id that is a new object over a new string, as parsing an event makes it: looking a
   * party up then reads its name, not only its reference.
   */
  private static PartyId parsed(String name) {
    return PartyId.of(new String(name.toCharArray()));
  }

  /** Copies of the flows with the party ids {@code id} gives for their names. */
  private static List<Flow> withIds(List<Flow> flows, Function<String, PartyId> id) {
    List<Flow> copies = new ArrayList<>(flows.size());
    for (Flow f : flows) {
      copies.add(
          Flow.builder()
              .from(f)
              .giver(id.apply(f.giver().value()))
              .receiver(id.apply(f.receiver().value()))
              .build());
    }
    return copies;
  }

  /** New figures holding the preloaded flows, and a new ledger, before each iteration. */
  @Setup(Level.Iteration)
  public void preload() {
    figures = RunningFigures.create(CompareMain.RULE);
    for (Flow f : preloaded) {
      figures.add(f);
    }
    var unused = figures.network();
    ledger = Ledger.create();
  }

  /**
   * Adds the stream to the figures, then reads a party's figures.
   *
   * @return the figures
   */
  @Benchmark
  @OperationsPerInvocation(STREAM)
  public Object addToFigures() {
    return addAll(stream);
  }

  /**
   * Adds the same stream with the party ids a host keeps: the same {@code PartyId} objects as the
   * preloaded flows', so looking a party up compares references, not names.
   *
   * @return the figures
   */
  @Benchmark
  @OperationsPerInvocation(STREAM)
  public Object addWithKeptIds() {
    return addAll(streamOfKeptIds);
  }

  /**
   * Adds the first flows again, each to a season earlier than its parties' latest.
   *
   * @return the figures
   */
  @Benchmark
  @OperationsPerInvocation(STREAM)
  public Object addLateFlows() {
    return addAll(late);
  }

  private Object addAll(List<Flow> flows) {
    for (Flow f : flows) {
      figures.add(f);
    }
    Flow last = flows.get(flows.size() - 1);
    return figures.party(last.giver()).orElseThrow();
  }

  /**
   * Appends the stream to a new ledger.
   *
   * @return the ledger's size
   */
  @Benchmark
  @OperationsPerInvocation(STREAM)
  public int appendToLedger() {
    for (Flow f : stream) {
      ledger.append(f);
    }
    return ledger.size();
  }
}
