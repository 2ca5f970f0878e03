package dev.reciprocity.core.internal;

import com.google.errorprone.annotations.CanIgnoreReturnValue;
import dev.reciprocity.spi.FlowColumns;
import org.jspecify.annotations.Nullable;

/**
 * The engine's one dyad table: an open-addressing hash table from a pair of {@code int} ids {@code
 * (a, b)}, both in {@code [0, 2^31)}, to two {@code long} sums, the "forward" and the "backward"
 * one, each with a flag for whether anything was added to it (an amount of 0 still counts as seen).
 * The review, {@code PortfolioFigures}, the season sums, the streaming accumulators and {@code
 * RunningFigures} all keep their dyads (or {@code (party, season)} cells) in it. Not thread-safe.
 *
 * <p>Layout: the keys (with the flags) in one array of 8-byte slots, the two sums of slot {@code i}
 * at {@code 2i} and {@code 2i + 1} of a second array, rather than keys and sums interleaved in one
 * array ({@code key, forward, backward} per slot, this table's layout before): linear probing past
 * the home slot stays in the home slot's cache line, and a batch reads both arrays ahead. {@code
 * DyadLayoutBenchmark} compares the two; on a shared machine its runs did not settle the choice
 * (docs/design.md, "One engine"), so it is provisional and kept to this class.
 *
 * <p>Why not a library map: a dyad carries two directed sums and two edge flags under one unordered
 * key. With a primitive-collections map that is two or three lookups per flow or a boxed value;
 * here it is one probe. Linear probing, a multiplicative hash, sized once from the expected count
 * and doubled past a load of 0.7.
 */
final class PairTable {

  /** Flag bits inside the stored key; ids are below 2^31 so bits 63 and 31 are free. */
  static final long FORWARD = 1L << 63;

  static final long BACKWARD = 1L << 31;
  static final long FLAGS = FORWARD | BACKWARD;

  /** Per slot the key with its flags; 0 when empty (a used slot has a flag, or a claimed key). */
  long[] keys;

  /** Per slot {@code i}: the forward sum at {@code 2i}, the backward sum at {@code 2i + 1}. */
  long[] sums;

  int mask;
  int size;

  PairTable(int expected) {
    this(capacityFor(expected), true);
  }

  private PairTable(int capacity, boolean unused) {
    keys = new long[capacity];
    sums = new long[2 * capacity];
    mask = capacity - 1;
  }

  /** A table of exactly {@code capacity} slots, a power of two. */
  static PairTable ofCapacity(int capacity) {
    if (Integer.bitCount(capacity) != 1) {
      throw new IllegalArgumentException("capacity must be a power of two, got " + capacity);
    }
    return new PairTable(capacity, true);
  }

  private static int capacityFor(int expected) {
    int capacity = Integer.highestOneBit(Math.max(16, (int) Math.min(1 << 29, expected / 0.6)));
    return capacity < expected / 0.6 ? capacity << 1 : capacity;
  }

  static long key(int a, int b) {
    return ((long) a << 32) | b;
  }

  static int first(long stored) {
    return (int) ((stored & ~FLAGS) >>> 32);
  }

  static int second(long stored) {
    return (int) (stored & 0x7fff_ffffL);
  }

  static long mix(long key) {
    long h = key * 0x9E37_79B9_7F4A_7C15L;
    return h ^ (h >>> 32);
  }

  /** The home slot of a key. */
  int home(long key) {
    return (int) mix(key) & mask;
  }

  /**
   * Reads what an add of {@code key} will read first (its home slot's key and sums), so that a
   * batch's cache misses overlap when called in a loop with nothing else in it ({@link ReadAhead}).
   */
  long touch(long key) {
    int i = home(key);
    return keys[i] + sums[2 * i];
  }

  /**
   * Adds {@code amount} to the forward or backward sum of {@code key}.
   *
   * @return the slot now holding the key
   */
  @CanIgnoreReturnValue
  int add(long key, boolean forward, long amount) {
    int i = home(key);
    long[] k = keys;
    while (true) {
      long stored = k[i];
      if (stored == 0) {
        k[i] = key | (forward ? FORWARD : BACKWARD);
        sums[2 * i + (forward ? 0 : 1)] = amount;
        if (++size > 0.7 * (mask + 1)) {
          rehash();
          return find(key);
        }
        return i;
      }
      if ((stored & ~FLAGS) == key) {
        k[i] = stored | (forward ? FORWARD : BACKWARD);
        sums[2 * i + (forward ? 0 : 1)] += amount; // bounded by the total of amounts
        return i;
      }
      i = (i + 1) & mask;
    }
  }

  /** Doubles the table until {@code more} new keys fit under the load; slots move. */
  void ensureRoom(int more) {
    while (size + more > 0.7 * (mask + 1)) {
      rehash();
    }
  }

  /**
   * The slot of {@code key}, claimed with the key and no flag when new; there must be room ({@link
   * #ensureRoom}).
   */
  int claim(long key) {
    int i = home(key);
    long[] k = keys;
    while (true) {
      long stored = k[i];
      if (stored == 0) {
        k[i] = key;
        size++;
        return i;
      }
      if ((stored & ~FLAGS) == key) {
        return i;
      }
      i = (i + 1) & mask;
    }
  }

  /** The slot index of {@code key}, or -1. */
  int find(long key) {
    int i = home(key);
    while (true) {
      long stored = keys[i];
      if (stored == 0) {
        return -1;
      }
      if ((stored & ~FLAGS) == key) {
        return i;
      }
      i = (i + 1) & mask;
    }
  }

  int capacity() {
    return mask + 1;
  }

  long stored(int slot) {
    return keys[slot];
  }

  long forward(int slot) {
    return sums[2 * slot];
  }

  long backward(int slot) {
    return sums[2 * slot + 1];
  }

  /** Doubles the capacity; slots move. */
  void rehash() {
    long[] oldKeys = keys;
    long[] oldSums = sums;
    int capacity = 2 * oldKeys.length;
    long[] k = new long[capacity];
    long[] s = new long[2 * capacity];
    int m = capacity - 1;
    for (int j = 0; j < oldKeys.length; j++) {
      long stored = oldKeys[j];
      if (stored != 0) {
        int i = (int) mix(stored & ~FLAGS) & m;
        while (k[i] != 0) {
          i = (i + 1) & m;
        }
        k[i] = stored;
        s[2 * i] = oldSums[2 * j];
        s[2 * i + 1] = oldSums[2 * j + 1];
      }
    }
    keys = k;
    sums = s;
    mask = m;
  }

  /**
   * The network sums of the dyads held, the one place both the batch engine ({@link Portfolio}) and
   * the streaming sums ({@link PortfolioSums}) compute them: adds each dyad's reciprocated weight
   * {@code min(w_ab, w_ba)} to both parties' entries of {@code reciprocated}, passes each dyad to
   * {@code each} when given, and returns {@code {total weight, reciprocated weight, directed edges,
   * reciprocated edges}}. Sums are bounded by the admitted total of amounts.
   */
  long[] summarize(long[] reciprocated, FlowColumns.@Nullable DyadVisitor each) {
    long total = 0;
    long reciprocatedWeight = 0;
    long directed = 0;
    long mutual = 0;
    for (int slot = 0; slot < keys.length; slot++) {
      long stored = keys[slot];
      if (stored == 0) {
        continue;
      }
      long f = sums[2 * slot];
      long b = sums[2 * slot + 1];
      long min = Math.min(f, b);
      int a = first(stored);
      int z = second(stored);
      reciprocated[a] += min;
      reciprocated[z] += min;
      total += f + b;
      reciprocatedWeight += 2 * min;
      boolean fw = (stored & FORWARD) != 0;
      boolean bw = (stored & BACKWARD) != 0;
      directed += (fw ? 1 : 0) + (bw ? 1 : 0);
      if (fw && bw) {
        mutual += 2;
      }
      if (each != null) {
        each.visit(a, z, f, b);
      }
    }
    return new long[] {total, reciprocatedWeight, directed, mutual};
  }
}
