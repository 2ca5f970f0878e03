package dev.reciprocity.benchmarks;

import dev.reciprocity.core.LedgerSnapshot;
import dev.reciprocity.io.FlowCsvReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
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
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * CSV ingest speed: {@link FlowCsvReader#readSnapshot(Path)} of a generated file of {@value #ROWS}
 * flows ({@link FlowGenerator}, fixed seed). One operation is one row, so the score reads as rows
 * per second.
 *
 * <pre>
 * java -jar reciprocity-benchmarks/target/benchmarks.jar IngestBenchmark
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 10)
@Measurement(iterations = 3, time = 10)
@Fork(value = 1, jvmArgsAppend = "-Xmx8g")
public class IngestBenchmark {

  /** The rows of the file read; fixed, since the operations per invocation are a constant. */
  public static final int ROWS = 1_000_000;

  private static final FlowCsvReader READER = FlowCsvReader.builder().build();

  private Path dir;
  private Path csv;

  /** Creates the state; JMH calls it. */
  public IngestBenchmark() {}

  /**
   * Writes the file into a temporary directory.
   *
   * @throws IOException if it cannot be written
   */
  @Setup(Level.Trial)
  public void writeFile() throws IOException {
    dir = Files.createTempDirectory("reciprocity-ingest");
    csv = dir.resolve("flows.csv");
    FlowGenerator.write(csv, ROWS);
  }

  /**
   * Deletes the file and its directory.
   *
   * @throws IOException if they cannot be deleted
   */
  @TearDown(Level.Trial)
  public void deleteFile() throws IOException {
    Files.deleteIfExists(csv);
    Files.deleteIfExists(dir);
  }

  /**
   * Reads every flow of the file.
   *
   * @return the flows, so that the work is not eliminated
   */
  @Benchmark
  @OperationsPerInvocation(ROWS)
  public LedgerSnapshot readCsv() {
    return READER.readSnapshot(csv);
  }
}
