package dev.reciprocity.io;

import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/**
 * A cache from a name as written in a file (the raw characters of a cell) to a dense index read
 * from it, such as the dictionary index of a party: a file of millions of rows names a few thousand
 * parties, and each is checked and brought to canonical form once. Looked up without making an
 * object.
 *
 * <p>Open addressing with linear probing. A name of at most {@value #INLINE_CHARS} characters below
 * U+0100 (most names) is held inside the table, in the 32 bytes of its slot, so that a lookup reads
 * one place in memory; a longer one is held in a {@code char[]} of its own. Bounded: it holds at
 * most {@value #MAX_ENTRIES} names of at most {@value #MAX_KEY_LENGTH} characters, is emptied when
 * full (and fills again), and gives up on a lookup after {@value #MAX_PROBES} slots, so that names
 * made to collide cost a bounded time; a name it does not hold is simply read again. Not
 * thread-safe.
 */
final class IndexCache {

  /** The most names held: {@value}. */
  static final int MAX_ENTRIES = 1 << 20;

  /**
   * The longest name held, in characters: {@value}, the most a valid name can have before it is
   * stripped and normalised (4 times 256, plus 64).
   */
  static final int MAX_KEY_LENGTH = 4 * 256 + 64;

  /** The most slots a lookup or an insertion visits: {@value}. */
  static final int MAX_PROBES = 32;

  /** The most characters of a name held inside the table: {@value}. */
  static final int INLINE_CHARS = 16;

  /** Longs per slot: the index and hash, the length, and two longs of 8 characters each. */
  private static final int STRIDE = 4;

  /** The length word of a name held outside the table, in {@link #outside}. */
  private static final long OUTSIDE = -1;

  /**
   * Slot {@code i} is {@code slots[4i, 4i + 4)}: the hash in the high and the index plus one in the
   * low 32 bits (0 for an empty slot); the length, or {@link #OUTSIDE}; and the characters, one
   * byte each, little end first.
   */
  private long[] slots = new long[STRIDE * 64];

  /** The names held outside the table, by slot. */
  private char[] @Nullable [] outside = new char[64][];

  private final int maxEntries;
  private int size;

  /** A cache of at most {@value #MAX_ENTRIES} names. */
  IndexCache() {
    this(MAX_ENTRIES);
  }

  /** A cache of at most {@code maxEntries} names, for tests of what happens when it is full. */
  IndexCache(int maxEntries) {
    this.maxEntries = maxEntries;
  }

  /** The number of names held. */
  int size() {
    return size;
  }

  /**
   * What a lookup computes from a name's characters, computed once, possibly on another thread than
   * the lookup's (the reader's parser): its hash, its first 16 characters packed a byte each, and
   * whether it is held inside the table (at most {@value #INLINE_CHARS} characters below U+0100).
   * Not thread-safe; handed over with the row it describes.
   */
  static final class Key {
    int hash;
    long a;
    long b;
    boolean inline;

    /** Sets this key to the name {@code chars[from, to)}'s. */
    void of(char[] chars, int from, int to) {
      int length = to - from;
      long a = 0;
      long b = 0;
      int h = 0;
      boolean inline = length <= INLINE_CHARS;
      for (int i = 0; i < length; i++) {
        char c = chars[from + i];
        h = 31 * h + c;
        if (c > 0xFF) {
          inline = false;
        } else if (i < 8) {
          a |= (long) c << (8 * i);
        } else if (i < INLINE_CHARS) {
          b |= (long) c << (8 * (i - 8));
        }
      }
      this.hash = h;
      this.a = a;
      this.b = b;
      this.inline = inline;
    }
  }

  /** The first slot a lookup of a name with this hash reads, for {@link #read}. */
  int slotOf(int hash) {
    return spread(hash) & (slots.length / STRIDE - 1);
  }

  /**
   * Reads a slot found by {@link #slotOf}, with no insertion in between: a batch of names' slots is
   * found first, then read in a loop with nothing else in it, so that the cache misses overlap.
   *
   * @return a value of no meaning, for the caller to keep so that the read is not left out
   */
  long read(int slot) {
    return slots[STRIDE * slot];
  }

  /**
   * Returns the index of the name {@code chars[from, to)}, or -1 when the cache does not hold it.
   */
  int get(char[] chars, int from, int to) {
    Key key = new Key();
    key.of(chars, from, to);
    return get(chars, from, to, key);
  }

  /**
   * Returns the index of the name {@code chars[from, to)}, whose {@link Key} is {@code key}, or -1
   * when the cache does not hold it.
   */
  int get(char[] chars, int from, int to, Key key) {
    int length = to - from;
    int h = key.hash;
    long a = key.a;
    long b = key.b;
    boolean inline = key.inline;
    long[] s = slots;
    int mask = s.length / STRIDE - 1;
    int slot = spread(h) & mask;
    for (int probe = 0; probe < MAX_PROBES; probe++) {
      int at = STRIDE * slot;
      long head = s[at];
      if (head == 0) {
        return -1;
      }
      if ((int) (head >>> 32) == h) {
        if (inline) {
          if (s[at + 1] == length && s[at + 2] == a && s[at + 3] == b) {
            return (int) head - 1;
          }
        } else if (s[at + 1] == OUTSIDE) {
          char[] name = outside[slot];
          if (name != null && Arrays.equals(name, 0, name.length, chars, from, to)) {
            return (int) head - 1;
          }
        }
      }
      slot = (slot + 1) & mask;
    }
    return -1;
  }

  /**
   * Remembers the index of the name {@code chars[from, to)}, unless the name is too long.
   *
   * @param index at least 0
   */
  void put(char[] chars, int from, int to, int index) {
    if (to - from > MAX_KEY_LENGTH || index < 0 || index == Integer.MAX_VALUE) {
      return;
    }
    if (size >= maxEntries) {
      Arrays.fill(slots, 0);
      Arrays.fill(outside, null);
      size = 0;
    } else if (2 * (size + 1) > slots.length / STRIDE) {
      grow();
    }
    if (insert(slots, outside, Arrays.copyOfRange(chars, from, to), index)) {
      size++;
    }
  }

  private static boolean insert(long[] s, char[] @Nullable [] out, char[] name, int index) {
    Key key = new Key();
    key.of(name, 0, name.length);
    int h = key.hash;
    long a = key.a;
    long b = key.b;
    boolean inline = key.inline;
    int mask = s.length / STRIDE - 1;
    int slot = spread(h) & mask;
    for (int probe = 0; probe < MAX_PROBES; probe++) {
      int at = STRIDE * slot;
      if (s[at] == 0) {
        s[at] = ((long) h << 32) | ((index + 1) & 0xFFFF_FFFFL);
        if (inline) {
          s[at + 1] = name.length;
          s[at + 2] = a;
          s[at + 3] = b;
        } else {
          s[at + 1] = OUTSIDE;
          out[slot] = name;
        }
        return true;
      }
      slot = (slot + 1) & mask;
    }
    return false;
  }

  private void grow() {
    long[] old = slots;
    char[] @Nullable [] oldOutside = outside;
    long[] s = new long[old.length * 2];
    char[] @Nullable [] out = new char[s.length / STRIDE][];
    int held = 0;
    for (int slot = 0; slot < old.length / STRIDE; slot++) {
      int at = STRIDE * slot;
      long head = old[at];
      if (head != 0) {
        char[] name = old[at + 1] == OUTSIDE ? oldOutside[slot] : unpack(old, at);
        if (name != null && insert(s, out, name, (int) head - 1)) {
          held++;
        }
      }
    }
    slots = s;
    outside = out;
    size = held;
  }

  /** The characters of a name held inside the table at {@code at}. */
  private static char[] unpack(long[] s, int at) {
    char[] name = new char[(int) s[at + 1]];
    for (int i = 0; i < name.length; i++) {
      long word = i < 8 ? s[at + 2] : s[at + 3];
      name[i] = (char) ((word >>> (8 * (i % 8))) & 0xFF);
    }
    return name;
  }

  /** Fibonacci hashing: spreads the bits of a hash over the high bits, then folds them down. */
  private static int spread(int hash) {
    int h = hash * 0x9E3779B9;
    return h ^ (h >>> 16);
  }
}
