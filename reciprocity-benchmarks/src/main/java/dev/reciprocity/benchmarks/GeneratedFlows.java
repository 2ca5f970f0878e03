package dev.reciprocity.benchmarks;

import dev.reciprocity.core.LedgerSnapshot;
import dev.reciprocity.io.FlowCsvReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The generated flows of a benchmark's setup, read into a snapshot. */
final class GeneratedFlows {

  private GeneratedFlows() {}

  /**
   * Generates {@code rows} flows ({@link FlowGenerator}, fixed seed) into a temporary file, reads
   * them and deletes the file.
   */
  static LedgerSnapshot snapshot(int rows) throws IOException {
    Path dir = Files.createTempDirectory("reciprocity-bench");
    Path csv = dir.resolve("flows.csv");
    try {
      FlowGenerator.write(csv, rows);
      return FlowCsvReader.builder().build().readSnapshot(csv);
    } finally {
      Files.deleteIfExists(csv);
      Files.deleteIfExists(dir);
    }
  }
}
