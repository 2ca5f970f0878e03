package dev.reciprocity.io;

import de.siegmar.fastcsv.reader.CsvCallbackHandler;
import de.siegmar.fastcsv.reader.RecordType;
import java.util.Arrays;

/**
 * The row FastCSV has just parsed, as {@link FlowCsvReader} reads it: the physical line it starts
 * on, how many values it has, and the characters of the first {@link #keep} values (unquoted, with
 * doubled quotes made single, surrounding spaces kept). One instance serves a whole file: each row
 * overwrites the previous one, so that reading a row allocates nothing.
 *
 * <p>FastCSV hands each value as a range of its own buffer, valid only during the call; this
 * handler copies it, so that the reader checks the row after FastCSV has returned, where its
 * exceptions are its own. Not thread-safe.
 */
final class CsvRow extends CsvCallbackHandler<CsvRow> {

  /** The physical line the row starts on, from 1. */
  long line;

  /** The number of values of the row; 0 for an empty line. */
  long count;

  /** How many values are kept; the header keeps all, a row one more than the header has. */
  int keep = Integer.MAX_VALUE;

  /**
   * The most characters kept of a row, all values together; a row past it keeps none of the rest
   * and says so in {@link #overflow}. Bounds the header.
   */
  int maxKept = Integer.MAX_VALUE;

  /** The longest value allowed, in any column, kept or not. */
  int maxValueLength = Integer.MAX_VALUE;

  /** Whether the row had more than {@link #maxKept} characters. */
  boolean overflow;

  /** The length of the first value of the row longer than {@link #maxValueLength}, or -1. */
  long tooLong = -1;

  /** The position (from 0) of that value. */
  long tooLongValue;

  /**
   * The lookup keys of the names of the row (giver, receiver, kind), computed by {@link #keyNames}
   * where the row is parsed, so that the checks only probe the caches.
   */
  private final IndexCache.Key[] keys = {
    new IndexCache.Key(), new IndexCache.Key(), new IndexCache.Key()
  };

  /** The value each key was computed from, or -1. */
  private final int[] keyed = {-1, -1, -1};

  private boolean empty;
  private char[] chars = new char[256];
  private int used;
  private int[] bounds = new int[16];

  /** The characters of the kept values; value {@code i} is {@code [start(i), end(i))}. */
  char[] chars() {
    return chars;
  }

  int start(int value) {
    return bounds[2 * value];
  }

  int end(int value) {
    return bounds[2 * value + 1];
  }

  /** The kept value {@code i} as written, surrounding spaces included. */
  String text(int value) {
    return new String(chars, start(value), end(value) - start(value));
  }

  /**
   * Computes the lookup keys of the giver, receiver and kind values (their positions; a position
   * the row does not hold is passed over), for {@link #key}.
   */
  void keyNames(int giver, int receiver, int kind) {
    keyName(0, giver);
    keyName(1, receiver);
    keyName(2, kind);
  }

  private void keyName(int slot, int value) {
    if (value < Math.min(count, keep)) {
      keys[slot].of(chars, start(value), end(value));
      keyed[slot] = value;
    } else {
      keyed[slot] = -1;
    }
  }

  /**
   * The lookup key of value {@code value}, kept in key slot {@code slot} (0 giver, 1 receiver, 2
   * kind): the one {@link #keyNames} computed, or computed now when it did not.
   */
  IndexCache.Key key(int slot, int value) {
    if (keyed[slot] != value) {
      keys[slot].of(chars, start(value), end(value));
      keyed[slot] = value;
    }
    return keys[slot];
  }

  /** Whether the row is one value of white space only, which carries no flow. */
  boolean isBlank() {
    if (count != 1) {
      return false;
    }
    for (int i = start(0); i < end(0); i++) {
      if (!Character.isWhitespace(chars[i])) {
        return false;
      }
    }
    return true;
  }

  /**
   * Copies this row into {@code target} (which must not be a handler FastCSV writes into), reusing
   * its arrays where they are large enough: the reader keeps a block of rows this way.
   */
  void copyTo(CsvRow target) {
    target.keyed[0] = -1;
    target.keyed[1] = -1;
    target.keyed[2] = -1;
    target.line = line;
    target.count = count;
    target.keep = keep;
    target.empty = empty;
    if (target.chars.length < used) {
      target.chars = new char[Math.max(used, 2 * target.chars.length)];
    }
    System.arraycopy(chars, 0, target.chars, 0, used);
    target.used = used;
    int values = (int) Math.min(count, keep);
    if (target.bounds.length < 2 * values) {
      target.bounds = new int[Math.max(2 * values, 2 * target.bounds.length)];
    }
    System.arraycopy(bounds, 0, target.bounds, 0, 2 * values);
  }

  @Override
  protected RecordType getRecordType() {
    return empty ? RecordType.EMPTY : RecordType.DATA;
  }

  @Override
  protected int getFieldCount() {
    return (int) Math.min(count, Integer.MAX_VALUE);
  }

  @Override
  protected void beginRecord(long startingLineNumber) {
    keyed[0] = -1;
    keyed[1] = -1;
    keyed[2] = -1;
    line = startingLineNumber;
    count = 0;
    used = 0;
    empty = false;
    overflow = false;
    tooLong = -1;
  }

  @Override
  protected void addField(char[] buf, int offset, int len, boolean quoted) {
    if (len > maxValueLength && tooLong < 0) {
      tooLong = len;
      tooLongValue = count;
    }
    if (count < keep) {
      int value = (int) count;
      if (len > maxKept - used) {
        overflow = true;
        len = 0;
      }
      if (2 * value + 2 > bounds.length) {
        bounds = Arrays.copyOf(bounds, grown(bounds.length, 2 * value + 2));
      }
      if (len > chars.length - used) {
        chars = Arrays.copyOf(chars, grown(chars.length, (long) used + len));
      }
      System.arraycopy(buf, offset, chars, used, len);
      bounds[2 * value] = used;
      used += len;
      bounds[2 * value + 1] = used;
    }
    count++;
  }

  /**
   * A length at least {@code needed}, doubling; past the largest array a row cannot be held and the
   * copy fails, which FastCSV reports as a parse error of the row.
   */
  private static int grown(int length, long needed) {
    return (int) Math.min(Math.max(needed, 2L * length), Integer.MAX_VALUE - 8);
  }

  @Override
  protected void setComment(char[] buf, int offset, int len) {
    // comments are off (RFC 4180 has none): a line starting with # is a row like any other
    throw new IllegalStateException("comments are not read");
  }

  @Override
  protected void setEmpty() {
    empty = true;
  }

  @Override
  protected CsvRow buildRecord() {
    return this;
  }
}
