package dev.reciprocity.core.internal;

import com.google.errorprone.annotations.CanIgnoreReturnValue;

/**
 * An open-addressing hash table from a pair of {@code int} ids {@code (a, b)}, both in {@code [0,
 * 2^31)}, to two {@code long} sums, the "forward" and the "backward" one, each with a flag for
 * whether anything was added to it (an amount of 0 still counts as seen). Not thread-safe.
 *
 * <p>Why not a library map: a dyad carries two directed sums and two edge flags under one unordered
 * key. With a primitive-collections map that is two or three lookups per flow or a boxed value;
 * here it is one probe into one interleaved array ({@code key, forward, backward}), so a flow costs
 * about one cache miss. Linear probing, a multiplicative hash, sized once from the expected count
 * and doubled past a load of 0.7.
 */
final class PairTable {

  /** Flag bits inside the stored key; ids are below 2^31 so bits 63 and 31 are free. */
  static final long FORWARD = 1L << 63;

  static final long BACKWARD = 1L << 31;
  private static final long FLAGS = FORWARD | BACKWARD;

  long[] slots; // stride 3: key|flags, forward, backward; key 0 = empty (a used slot has a flag)
  int mask;
  int size;

  PairTable(int expected) {
    int capacity = Integer.highestOneBit(Math.max(16, (int) Math.min(1 << 29, expected / 0.6)));
    capacity = capacity < expected / 0.6 ? capacity << 1 : capacity;
    slots = new long[3 * capacity];
    mask = capacity - 1;
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

  /**
   * Adds {@code amount} to the forward or backward sum of {@code key}.
   *
   * @return the slot now holding the key
   */
  @CanIgnoreReturnValue
  int add(long key, boolean forward, long amount) {
    int i = (int) mix(key) & mask;
    long[] s = slots;
    while (true) {
      int at = 3 * i;
      long stored = s[at];
      if (stored == 0) {
        s[at] = key | (forward ? FORWARD : BACKWARD);
        s[at + (forward ? 1 : 2)] = amount;
        if (++size > 0.7 * (mask + 1)) {
          rehash();
          return find(key);
        }
        return i;
      }
      if ((stored & ~FLAGS) == key) {
        s[at] = stored | (forward ? FORWARD : BACKWARD);
        s[at + (forward ? 1 : 2)] += amount; // bounded by the total of amounts
        return i;
      }
      i = (i + 1) & mask;
    }
  }

  /** The slot index of {@code key}, or -1. */
  int find(long key) {
    int i = (int) mix(key) & mask;
    while (true) {
      long stored = slots[3 * i];
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
    return slots[3 * slot];
  }

  long forward(int slot) {
    return slots[3 * slot + 1];
  }

  long backward(int slot) {
    return slots[3 * slot + 2];
  }

  /** Doubles the capacity; slots move. */
  void rehash() {
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
}
