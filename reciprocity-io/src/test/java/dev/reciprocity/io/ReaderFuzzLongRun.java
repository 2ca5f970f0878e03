package dev.reciprocity.io;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * The fuzz target of the reader ({@link ReaderFuzz}) at length: as many inputs as the system
 * property {@code fuzz.tries} says, printing its counts. Skipped without it. See the README,
 * "Fuzzing the reader":
 *
 * <pre>
 * ./mvnw -pl reciprocity-io -am verify -Dtest=ReaderFuzzLongRun -Dsurefire.failIfNoSpecifiedTests=false -Dfuzz.tries=1000000
 * </pre>
 */
class ReaderFuzzLongRun {

  @Test
  @EnabledIfSystemProperty(named = "fuzz.tries", matches = "[0-9]+")
  void fuzz() throws Exception {
    long tries = Long.parseLong(System.getProperty("fuzz.tries"));
    Map<ReaderFuzz.Outcome, Long> counts = new EnumMap<>(ReaderFuzz.Outcome.class);
    Map<String, Long> kinds = new java.util.TreeMap<>();
    long undocumented = 0;
    String firstUndocumented = null;
    Path file = Files.createTempFile("reader-fuzz", ".csv");
    ExecutorService worker = Executors.newSingleThreadExecutor();
    try {
      Iterator<ReaderFuzz.Input> inputs = ReaderFuzz.inputs().sampleStream().iterator();
      for (long n = 1; n <= tries; n++) {
        ReaderFuzz.Input input = inputs.next();
        kinds.merge(input.kind(), 1L, Long::sum);
        try {
          counts.merge(ReaderFuzzProperties.checkInTime(worker, input, file), 1L, Long::sum);
        } catch (AssertionError e) {
          undocumented++;
          if (firstUndocumented == null) {
            firstUndocumented = e.getMessage();
          }
          if (e.getMessage().startsWith("no outcome within")) {
            worker.shutdownNow();
            worker = Executors.newSingleThreadExecutor();
          }
        }
        if (n % 10_000 == 0 || n == tries) {
          System.out.printf(
              Locale.ROOT,
              "reader fuzz: %d inputs %s, accepted %d, rows rejected %d, file refused %d,"
                  + " undocumented outcomes %d (each read 16 ways)%n",
              n,
              kinds,
              counts.getOrDefault(ReaderFuzz.Outcome.ACCEPTED, 0L),
              counts.getOrDefault(ReaderFuzz.Outcome.ROWS_REJECTED, 0L),
              counts.getOrDefault(ReaderFuzz.Outcome.FILE_REFUSED, 0L),
              undocumented);
        }
      }
    } finally {
      worker.shutdownNow();
      Files.deleteIfExists(file);
    }
    if (undocumented > 0) {
      throw new AssertionError(
          undocumented + " undocumented outcomes; the first: " + firstUndocumented);
    }
  }
}
