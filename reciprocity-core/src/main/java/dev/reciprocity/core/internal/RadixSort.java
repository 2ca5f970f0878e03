package dev.reciprocity.core.internal;

/**
 * A stable sort of {@code long} keys, each carrying an {@code int}: least significant byte first,
 * skipping the bytes in which every key agrees. O(n) per byte sorted, no object per element; keys
 * compare as unsigned. Used where the engine orders rows (by time, by party, by dyad) and a
 * comparator over objects would cost an object per row.
 */
final class RadixSort {

  private RadixSort() {}

  /**
   * Sorts the first {@code n} keys ascending (unsigned), moving each key's value with it; equal
   * keys keep their order.
   *
   * @param keys the keys, sorted in place
   * @param values the values, moved with their keys
   * @param n how many to sort
   */
  static void sort(long[] keys, int[] values, int n) {
    if (n < 2) {
      return;
    }
    boolean sorted = true;
    for (int i = 1; i < n && sorted; i++) {
      sorted = Long.compareUnsigned(keys[i - 1], keys[i]) <= 0;
    }
    if (sorted) {
      return;
    }
    int[][] counts = new int[8][256];
    for (int i = 0; i < n; i++) {
      long k = keys[i];
      for (int b = 0; b < 8; b++) {
        counts[b][(int) (k >>> (8 * b)) & 0xff]++;
      }
    }
    long[] k1 = keys;
    int[] v1 = values;
    long[] k2 = new long[n];
    int[] v2 = new int[n];
    for (int b = 0; b < 8; b++) {
      int[] c = counts[b];
      if (c[(int) (k1[0] >>> (8 * b)) & 0xff] == n) {
        continue; // every key has this byte
      }
      int at = 0;
      for (int d = 0; d < 256; d++) {
        int x = c[d];
        c[d] = at;
        at += x;
      }
      int shift = 8 * b;
      for (int i = 0; i < n; i++) {
        long k = k1[i];
        int to = c[(int) (k >>> shift) & 0xff]++;
        k2[to] = k;
        v2[to] = v1[i];
      }
      long[] tk = k1;
      k1 = k2;
      k2 = tk;
      int[] tv = v1;
      v1 = v2;
      v2 = tv;
    }
    if (k1 != keys) {
      System.arraycopy(k1, 0, keys, 0, n);
      System.arraycopy(v1, 0, values, 0, n);
    }
  }
}
