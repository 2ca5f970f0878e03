package dev.reciprocity.benchmarks;

import dev.reciprocity.core.FindingFormatters;
import dev.reciprocity.core.LedgerSnapshot;
import dev.reciprocity.core.ReviewReport;
import dev.reciprocity.io.ReportFormat;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;

/**
 * Where one cold {@code reciprocity review --format json} spends its time: the command's steps done
 * as the command does them, in a new JVM, with a clock around each, for {@code
 * benchmarks/compare.sh}'s profile and by hand.
 *
 * <p>The phases, printed to standard error as one JSON line: {@code startSeconds} from the
 * process's start (as the operating system records it, to the millisecond or coarser) to {@code
 * main}; {@code readSeconds} the CSV to a snapshot ({@link CompareMain#readFlows}); {@code
 * reviewSeconds} the review report ({@link CompareMain#review}); {@code writeSeconds} the JSON
 * written to standard output through a {@code PrintWriter} over {@code System.out}, as the command
 * line writes it. The report goes to standard output: send it to {@code /dev/null} or a file.
 *
 * <pre>
 * java -XX:+UseParallelGC -cp reciprocity-benchmarks/target/benchmarks.jar \
 *     dev.reciprocity.benchmarks.PhasesMain flows.csv &gt; /dev/null
 * </pre>
 */
public final class PhasesMain {

  private PhasesMain() {}

  /**
   * Reviews a CSV as {@code reciprocity review --format json} does and prints the phases' seconds.
   *
   * @param args the CSV file
   * @throws IOException if the report cannot be written
   */
  public static void main(String[] args) throws IOException {
    long t0 = System.nanoTime();
    Instant started = ProcessHandle.current().info().startInstant().orElse(Instant.now());
    double start = Duration.between(started, Instant.now()).toNanos() / 1e9;
    if (args.length != 1) {
      System.err.println("usage: PhasesMain FLOWS.csv > /dev/null");
      System.exit(2);
    }
    Path csv = Path.of(args[0]);
    LedgerSnapshot flows = CompareMain.readFlows(csv);
    long t1 = System.nanoTime();
    ReviewReport report = CompareMain.review(csv.toString(), flows);
    long t2 = System.nanoTime();
    PrintWriter out =
        new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
    ReportFormat.JSON.write(report, FindingFormatters.english(), out);
    out.flush();
    long t3 = System.nanoTime();
    System.err.printf(
        "{\"startSeconds\":%.3f,\"readSeconds\":%.3f,\"reviewSeconds\":%.3f,"
            + "\"writeSeconds\":%.3f,\"rows\":%d}%n",
        start, (t1 - t0) / 1e9, (t2 - t1) / 1e9, (t3 - t2) / 1e9, flows.size());
  }
}
