package dev.reciprocity.io;

import dev.reciprocity.core.LedgerSnapshot;
import java.io.InputStream;
import org.apache.commons.io.input.ProxyInputStream;
import org.jspecify.annotations.Nullable;

/**
 * Counts the input a {@link FlowCsvReader} reads and tells its progress listener. The input is
 * counted on the thread that parses ({@link #add}), the listener told on the thread that checks the
 * rows ({@link #report}); one thread each.
 */
final class ReadCounter {
  private final FlowCsvReader.Progress progress;
  private volatile long read;
  private LedgerSnapshot.@Nullable Builder flows;

  ReadCounter(FlowCsvReader.Progress progress) {
    this.progress = progress;
  }

  /** Sets the flows counted. */
  void counting(LedgerSnapshot.Builder builder) {
    this.flows = builder;
  }

  /** Counts {@code n} more bytes read; only the parsing thread calls it. */
  @SuppressWarnings("NonAtomicVolatileUpdate") // one writer
  void add(long n) {
    if (n > 0) {
      read += n;
    }
  }

  void report() {
    progress.update(read, flows == null ? 0 : flows.size());
  }

  /** Counts the bytes read through it. */
  InputStream counting(InputStream in) {
    return new ProxyInputStream(in) {
      @Override
      protected void afterRead(int n) {
        add(n); // -1 at the end, which add ignores
      }
    };
  }
}
