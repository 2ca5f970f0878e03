package dev.reciprocity.io;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * The fuzz target of the reader ({@link ReaderFuzz}), briefly in every build: a few thousand
 * hostile files, each read by every entry point within {@value #SECONDS_PER_INPUT} seconds.
 */
class ReaderFuzzProperties {

  /** The most time one input may take over all its entry points; a hang fails the property. */
  static final int SECONDS_PER_INPUT = 10;

  private static ExecutorService worker;
  private static Path file;

  @BeforeContainer
  static void start() throws IOException {
    worker =
        Executors.newSingleThreadExecutor(
            r -> {
              Thread t = new Thread(r, "reader-fuzz");
              t.setDaemon(true);
              return t;
            });
    file = Files.createTempFile("reader-fuzz", ".csv");
  }

  @AfterContainer
  static void stop() throws IOException {
    worker.shutdownNow();
    Files.deleteIfExists(file);
  }

  @Provide
  Arbitrary<ReaderFuzz.Input> hostileFiles() {
    return ReaderFuzz.inputs();
  }

  /**
   * Runs one check within the time bound.
   *
   * @throws AssertionError for an undocumented outcome or a hang
   */
  static ReaderFuzz.Outcome checkInTime(ExecutorService worker, ReaderFuzz.Input input, Path file)
      throws InterruptedException {
    Future<ReaderFuzz.Outcome> done = worker.submit(() -> ReaderFuzz.check(input, file));
    try {
      return done.get(SECONDS_PER_INPUT, TimeUnit.SECONDS);
    } catch (TimeoutException e) {
      done.cancel(true);
      throw new AssertionError("no outcome within " + SECONDS_PER_INPUT + " s: " + input, e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof AssertionError a) {
        throw new AssertionError(a.getMessage() + " for " + input, a);
      }
      throw new AssertionError("undocumented " + e.getCause() + " for " + input, e.getCause());
    }
  }

  @Property(tries = 2000)
  void everyEntryPointGivesTheSameDocumentedOutcome(@ForAll("hostileFiles") ReaderFuzz.Input input)
      throws InterruptedException {
    var unused = checkInTime(worker, input, file);
  }
}
