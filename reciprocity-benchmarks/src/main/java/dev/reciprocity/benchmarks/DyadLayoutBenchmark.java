package dev.reciprocity.benchmarks;

import dev.reciprocity.spi.FlowColumns;
import java.io.IOException;
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
 * The two dyad-table layouts the engine had, on the same flows ({@link FlowGenerator}, fixed seed,
 * 100k parties): <b>interleaved</b>, one array of {@code key|flags, forward, backward} per slot
 * (core's {@code PairTable}), against <b>split</b>, keys in one array and the two sums in another
 * (core's {@code RunningTables} before the engine was one). Both use the same hash (the
 * golden-ratio multiply of {@code PairTable.mix}), linear probing and a load of at most 0.7, and
 * the same read-ahead; only the memory layout differs. Milliseconds per pass over all the flows.
 *
 * <ul>
 *   <li>{@code batch*}: the columns' fill, a table sized for the flows up front and a block of 128
 *       flows' home slots read ahead before they are added (as {@code Portfolio} fills);
 *   <li>{@code incremental*}: the streaming add, one flow at a time from a table of 1,024 slots
 *       that doubles past the load (as an accumulator's {@code add} and a running add grow).
 * </ul>
 *
 * <pre>
 * java -jar reciprocity-benchmarks/target/benchmarks.jar DyadLayoutBenchmark
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 4)
@Measurement(iterations = 4, time = 4)
@Fork(value = 1, jvmArgsAppend = "-Xmx3g")
public class DyadLayoutBenchmark {

  /** The number of flows. */
  @Param({"2000000", "10000000"})
  public int rows;

  private int[] givers;
  private int[] receivers;
  private long[] micros;

  /** Creates the state; JMH calls it. */
  public DyadLayoutBenchmark() {}

  /**
   * Generates and reads the flows, and keeps their columns.
   *
   * @throws IOException if the temporary file fails
   */
  @Setup(Level.Trial)
  public void read() throws IOException {
    FlowColumns c = GeneratedFlows.snapshot(rows).columns();
    int n = c.size();
    givers = new int[n];
    receivers = new int[n];
    micros = new long[n];
    for (int row = 0; row < n; row++) {
      givers[row] = c.giver(row);
      receivers[row] = c.receiver(row);
      micros[row] = c.micros(row);
    }
  }

  private static final long FORWARD = 1L << 63;
  private static final long BACKWARD = 1L << 31;
  private static final long FLAGS = FORWARD | BACKWARD;
  private static final int BLOCK = 128;

  static long mix(long key) {
    long h = key * 0x9E37_79B9_7F4A_7C15L;
    return h ^ (h >>> 32);
  }

  static int capacityFor(int expected) {
    int capacity = Integer.highestOneBit(Math.max(16, (int) Math.min(1 << 29, expected / 0.6)));
    return capacity < expected / 0.6 ? capacity << 1 : capacity;
  }

  /** The interleaved layout: {@code key|flags, forward, backward} per slot. */
  static final class Interleaved {
    long[] slots;
    int mask;
    int size;

    Interleaved(int capacity) {
      slots = new long[3 * capacity];
      mask = capacity - 1;
    }

    long touch(long key) {
      return slots[3 * ((int) mix(key) & mask)];
    }

    void add(long key, boolean forward, long amount) {
      int i = (int) mix(key) & mask;
      long[] s = slots;
      while (true) {
        int at = 3 * i;
        long stored = s[at];
        if (stored == 0) {
          s[at] = key | (forward ? FORWARD : BACKWARD);
          s[at + (forward ? 1 : 2)] = amount;
          if (++size > 0.7 * (mask + 1)) {
            grow();
          }
          return;
        }
        if ((stored & ~FLAGS) == key) {
          s[at] = stored | (forward ? FORWARD : BACKWARD);
          s[at + (forward ? 1 : 2)] += amount;
          return;
        }
        i = (i + 1) & mask;
      }
    }

    void grow() {
      long[] old = slots;
      slots = new long[old.length * 2];
      mask = 2 * (mask + 1) - 1;
      for (int at = 0; at < old.length; at += 3) {
        long stored = old[at];
        if (stored != 0) {
          int i = (int) mix(stored & ~FLAGS) & mask;
          while (slots[3 * i] != 0) {
            i = (i + 1) & mask;
          }
          slots[3 * i] = stored;
          slots[3 * i + 1] = old[at + 1];
          slots[3 * i + 2] = old[at + 2];
        }
      }
    }

    long check() {
      long sum = size;
      for (int at = 0; at < slots.length; at += 3) {
        sum += slots[at + 1] + slots[at + 2];
      }
      return sum;
    }
  }

  /** The split layout: keys in one array, {@code forward, backward} per slot in another. */
  static final class Split {
    long[] keys;
    long[] sums;
    int mask;
    int size;

    Split(int capacity) {
      keys = new long[capacity];
      sums = new long[2 * capacity];
      mask = capacity - 1;
    }

    long touch(long key) {
      int i = (int) mix(key) & mask;
      return keys[i] + sums[2 * i];
    }

    void add(long key, boolean forward, long amount) {
      int i = (int) mix(key) & mask;
      long[] k = keys;
      while (true) {
        long stored = k[i];
        if (stored == 0) {
          k[i] = key | (forward ? FORWARD : BACKWARD);
          sums[2 * i + (forward ? 0 : 1)] = amount;
          if (++size > 0.7 * (mask + 1)) {
            grow();
          }
          return;
        }
        if ((stored & ~FLAGS) == key) {
          k[i] = stored | (forward ? FORWARD : BACKWARD);
          sums[2 * i + (forward ? 0 : 1)] += amount;
          return;
        }
        i = (i + 1) & mask;
      }
    }

    void grow() {
      long[] oldKeys = keys;
      long[] oldSums = sums;
      int capacity = 2 * oldKeys.length;
      keys = new long[capacity];
      sums = new long[2 * capacity];
      mask = capacity - 1;
      for (int j = 0; j < oldKeys.length; j++) {
        long stored = oldKeys[j];
        if (stored != 0) {
          int i = (int) mix(stored & ~FLAGS) & mask;
          while (keys[i] != 0) {
            i = (i + 1) & mask;
          }
          keys[i] = stored;
          sums[2 * i] = oldSums[2 * j];
          sums[2 * i + 1] = oldSums[2 * j + 1];
        }
      }
    }

    long check() {
      long sum = size;
      for (long s : sums) {
        sum += s;
      }
      return sum;
    }
  }

  private static long key(int g, int r) {
    return g < r ? ((long) g << 32) | r : ((long) r << 32) | g;
  }

  /**
   * Batch fill, interleaved.
   *
   * @return a checksum
   */
  @Benchmark
  public long batchInterleaved() {
    int n = givers.length;
    Interleaved t = new Interleaved(capacityFor(n));
    long touched = 0;
    for (int from = 0; from < n; from += BLOCK) {
      int to = Math.min(n, from + BLOCK);
      for (int i = from; i < to; i++) {
        touched += t.touch(key(givers[i], receivers[i]));
      }
      for (int i = from; i < to; i++) {
        t.add(key(givers[i], receivers[i]), givers[i] < receivers[i], micros[i]);
      }
    }
    return touched + t.check();
  }

  /**
   * Batch fill, split.
   *
   * @return a checksum
   */
  @Benchmark
  public long batchSplit() {
    int n = givers.length;
    Split t = new Split(capacityFor(n));
    long touched = 0;
    for (int from = 0; from < n; from += BLOCK) {
      int to = Math.min(n, from + BLOCK);
      for (int i = from; i < to; i++) {
        touched += t.touch(key(givers[i], receivers[i]));
      }
      for (int i = from; i < to; i++) {
        t.add(key(givers[i], receivers[i]), givers[i] < receivers[i], micros[i]);
      }
    }
    return touched + t.check();
  }

  /**
   * Incremental adds, interleaved.
   *
   * @return a checksum
   */
  @Benchmark
  public long incrementalInterleaved() {
    int n = givers.length;
    Interleaved t = new Interleaved(1 << 10);
    for (int i = 0; i < n; i++) {
      t.add(key(givers[i], receivers[i]), givers[i] < receivers[i], micros[i]);
    }
    return t.check();
  }

  /**
   * Incremental adds, split.
   *
   * @return a checksum
   */
  @Benchmark
  public long incrementalSplit() {
    int n = givers.length;
    Split t = new Split(1 << 10);
    for (int i = 0; i < n; i++) {
      t.add(key(givers[i], receivers[i]), givers[i] < receivers[i], micros[i]);
    }
    return t.check();
  }
}
