package dev.reciprocity.io;

import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/**
 * A cache from a name as written in a file (the raw characters of a cell) to the value read from
 * it, such as a {@link dev.reciprocity.PartyId}, looked up without making a {@code String}: a file
 * of millions of rows names a few thousand parties, and each is checked and brought to canonical
 * form once.
 *
 * <p>Open addressing with linear probing. Bounded: it holds at most {@value #MAX_ENTRIES} names of
 * at most {@value #MAX_KEY_LENGTH} characters, is emptied when full (and fills again), and gives up
 * on a lookup after {@value #MAX_PROBES} slots, so that names made to collide cost a bounded time;
 * a name it does not hold is simply read again. Not thread-safe.
 *
 * @param <V> the value read from a name
 */
final class NameCache<V> {

  /** The most names held: {@value}. */
  static final int MAX_ENTRIES = 1 << 20;

  /**
   * The longest name held, in characters: {@value}, the most a valid name can have before it is
   * stripped and normalised (4 times 256, plus 64).
   */
  static final int MAX_KEY_LENGTH = 4 * 256 + 64;

  /** The most slots a lookup or an insertion visits: {@value}. */
  static final int MAX_PROBES = 32;

  /**
   * Slot {@code i} holds its name at {@code 2 * i} (a {@code char[]}) and its value at {@code 2 * i
   * + 1}, so that a lookup reads one line of memory before it compares the name.
   */
  private @Nullable Object[] table = new Object[128];

  private int size;

  /**
   * Returns the value of the name {@code chars[from, to)}, or null when the cache does not hold it.
   */
  @Nullable V get(char[] chars, int from, int to) {
    @Nullable Object[] t = table;
    int mask = (t.length >>> 1) - 1;
    int slot = spread(hash(chars, from, to)) & mask;
    for (int probe = 0; probe < MAX_PROBES; probe++) {
      Object key = t[2 * slot];
      if (key == null) {
        return null;
      }
      char[] name = (char[]) key;
      if (name.length == to - from && Arrays.equals(name, 0, name.length, chars, from, to)) {
        @SuppressWarnings("unchecked")
        V value = (V) t[2 * slot + 1];
        return value;
      }
      slot = (slot + 1) & mask;
    }
    return null;
  }

  /** Remembers the value of the name {@code chars[from, to)}, unless the name is too long. */
  void put(char[] chars, int from, int to, V value) {
    if (to - from > MAX_KEY_LENGTH) {
      return;
    }
    if (size >= MAX_ENTRIES) {
      Arrays.fill(table, null);
      size = 0;
    } else if (4 * (size + 1) > table.length) {
      grow();
    }
    if (insert(table, Arrays.copyOfRange(chars, from, to), value)) {
      size++;
    }
  }

  private static boolean insert(@Nullable Object[] t, char[] name, Object value) {
    int mask = (t.length >>> 1) - 1;
    int slot = spread(hash(name, 0, name.length)) & mask;
    for (int probe = 0; probe < MAX_PROBES; probe++) {
      if (t[2 * slot] == null) {
        t[2 * slot] = name;
        t[2 * slot + 1] = value;
        return true;
      }
      slot = (slot + 1) & mask;
    }
    return false;
  }

  private void grow() {
    @Nullable Object[] old = table;
    @Nullable Object[] t = new Object[old.length * 2];
    int held = 0;
    for (int i = 0; i < old.length; i += 2) {
      Object name = old[i];
      Object value = old[i + 1];
      if (name != null && value != null && insert(t, (char[]) name, value)) {
        held++;
      }
    }
    table = t;
    size = held;
  }

  /** The hash of {@link String#hashCode()}, over a range of characters. */
  private static int hash(char[] chars, int from, int to) {
    int h = 0;
    for (int i = from; i < to; i++) {
      h = 31 * h + chars[i];
    }
    return h;
  }

  /** Fibonacci hashing: spreads the bits of a hash over the high bits, then folds them down. */
  private static int spread(int hash) {
    int h = hash * 0x9E3779B9;
    return h ^ (h >>> 16);
  }
}
