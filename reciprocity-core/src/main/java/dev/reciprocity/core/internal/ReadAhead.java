package dev.reciprocity.core.internal;

/**
 * Where the bulk and running paths keep what they read ahead. With millions of dyads or cells, each
 * row's slot in a table is a cache miss, and a loop that reads a slot and updates it waits for each
 * miss in turn. These paths therefore take a block of rows at a time: a first loop finds the
 * block's slots, a second only reads them (with nothing else in it, so that the processor has many
 * of those reads under way at once), and a third updates them, finding them in cache. The second
 * loop sums what it read and hands the sum here, so that the compiler cannot drop its reads as
 * unused.
 */
public final class ReadAhead {

  // written, never read: the reads that made the sum must happen
  @SuppressWarnings("UnusedVariable")
  private static volatile long sink;

  private ReadAhead() {}

  /** Keeps the sum of a read-ahead loop. */
  public static void keep(long sum) {
    sink = sum;
  }
}
