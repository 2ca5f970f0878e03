package dev.reciprocity.core.internal;

import java.util.Arrays;

/**
 * Each party's out- and in-strength in each of the first {@code seasons} occupied seasons: a dense
 * {@code seasons x parties} array where that is at most about one cell per row (or 4M cells),
 * otherwise a {@link PairTable} keyed by {@code (party, season)} holding only the cells with flows.
 * The dense array is season-major: rows come mostly in time order, so a pass adds to one season's
 * cells at a time, a slab that stays in the processor's cache.
 */
final class SeasonSums {

  /** Receives one party's seasons with flows, in time order. */
  @FunctionalInterface
  interface PartySeasons {
    void accept(int party, int[] seasons, long[] outs, long[] ins, int count);
  }

  private final int parties;
  private final long[] out;
  private final long[] in;
  private final PairTable sparse;

  private SeasonSums(int parties, long[] out, long[] in, PairTable sparse) {
    this.parties = parties;
    this.out = out;
    this.in = in;
    this.sparse = sparse;
  }

  /** Rows per block of {@link #fillDense}. */
  private static final int BLOCK = 128;

  /**
   * Adds the part's cells, a block of rows at a time: a first pass picks the cells the block adds
   * to, a second reads them ahead ({@link ReadAhead}), and the third adds the amounts.
   */
  private static void fillDense(
      FlowSelection selection,
      int[] seasonOf,
      int count,
      int part,
      int partCount,
      long[] out,
      long[] in) {
    FlowTable t = selection.table;
    int n = selection.size();
    int parties = t.partyCount;
    // the part's parties: a range, so that two parts never write to one cache line
    int low = (int) ((long) parties * part / partCount);
    int high = (int) ((long) parties * (part + 1) / partCount);
    int[] outCells = new int[BLOCK];
    long[] outAmounts = new long[BLOCK];
    int[] inCells = new int[BLOCK];
    long[] inAmounts = new long[BLOCK];
    long touched = 0;
    for (int from = 0; from < n; from += BLOCK) {
      int to = Math.min(n, from + BLOCK);
      int outs = 0;
      int ins = 0;
      for (int i = from; i < to; i++) {
        int s = seasonOf[i];
        if (s < 0 || s >= count) {
          continue;
        }
        int row = selection.row(i);
        int c = row >>> FlowTable.SHIFT;
        int j = row & FlowTable.MASK;
        int g = t.givers[c][j];
        int r = t.receivers[c][j];
        long m = t.micros[c][j];
        if (g >= low && g < high) {
          outCells[outs] = s * parties + g;
          outAmounts[outs++] = m;
        }
        if (r >= low && r < high) {
          inCells[ins] = s * parties + r;
          inAmounts[ins++] = m;
        }
      }
      for (int k = 0; k < outs; k++) {
        touched += out[outCells[k]];
      }
      for (int k = 0; k < ins; k++) {
        touched += in[inCells[k]];
      }
      for (int k = 0; k < outs; k++) {
        out[outCells[k]] += outAmounts[k];
      }
      for (int k = 0; k < ins; k++) {
        in[inCells[k]] += inAmounts[k];
      }
    }
    ReadAhead.keep(touched);
  }

  /** Sums the selected rows whose season index is in {@code [0, count)}. */
  static SeasonSums of(FlowSelection selection, Seasons of, int count) {
    FlowTable t = selection.table;
    int parties = t.partyCount;
    int n = selection.size();
    int[] seasonOf = of.seasonOf;
    if ((long) parties * count <= Math.max(1 << 22, n)) {
      long[] out = new long[parties * count];
      long[] in = new long[parties * count];
      int partCount = n < Portfolio.PARALLEL_ROWS ? 1 : Portfolio.parallelism();
      Runnable[] work = new Runnable[partCount];
      for (int k = 0; k < partCount; k++) {
        int part = k;
        // each part owns a range of parties: no cell is shared
        work[k] = () -> fillDense(selection, seasonOf, count, part, partCount, out, in);
      }
      Portfolio.runAll(work);
      return new SeasonSums(parties, out, in, new PairTable(0));
    }
    PairTable cells = new PairTable(Math.min(n, 1 << 24));
    for (int i = 0; i < n; i++) {
      int s = seasonOf[i];
      if (s < 0 || s >= count) {
        continue;
      }
      int row = selection.row(i);
      long m = t.micros(row);
      cells.add(PairTable.key(t.giver(row), s), true, m);
      cells.add(PairTable.key(t.receiver(row), s), false, m);
    }
    return new SeasonSums(parties, new long[0], new long[0], cells);
  }

  /** The party's out-strength in the season, in micros. */
  long out(int party, int season) {
    if (out.length > 0) {
      return out[season * parties + party];
    }
    int slot = sparse.find(PairTable.key(party, season));
    return slot < 0 ? 0 : sparse.forward(slot);
  }

  /** The party's in-strength in the season, in micros. */
  long in(int party, int season) {
    if (out.length > 0) {
      return in[season * parties + party];
    }
    int slot = sparse.find(PairTable.key(party, season));
    return slot < 0 ? 0 : sparse.backward(slot);
  }

  /**
   * Calls {@code each} for every party with a flow in the first {@code limit} seasons, with those
   * seasons only, in dictionary order.
   */
  void forEachParty(int limit, PartySeasons each) {
    int[] ss = new int[limit];
    long[] outs = new long[limit];
    long[] ins = new long[limit];
    if (sparse.size == 0) {
      // a block of parties at a time, read season by season along the season-major array
      int block = 256;
      long[] blockOut = new long[block * limit];
      long[] blockIn = new long[block * limit];
      for (int first = 0; first < parties && out.length > 0; first += block) {
        int size = Math.min(block, parties - first);
        for (int s = 0; s < limit; s++) {
          System.arraycopy(out, s * parties + first, blockOut, s * block, size);
          System.arraycopy(in, s * parties + first, blockIn, s * block, size);
        }
        for (int q = 0; q < size; q++) {
          int k = 0;
          for (int s = 0; s < limit; s++) {
            long o = blockOut[s * block + q];
            long i = blockIn[s * block + q];
            if (o != 0 || i != 0) {
              ss[k] = s;
              outs[k] = o;
              ins[k] = i;
              k++;
            }
          }
          if (k > 0) {
            each.accept(first + q, ss, outs, ins, k);
          }
        }
      }
      return;
    }
    long[] keys = new long[sparse.size];
    int used = 0;
    for (int slot = 0; slot < sparse.capacity(); slot++) {
      long stored = sparse.stored(slot);
      if (stored != 0) {
        keys[used++] = (stored & ~(PairTable.FORWARD | PairTable.BACKWARD));
      }
    }
    Arrays.sort(keys);
    int k = 0;
    int party = -1;
    for (int e = 0; e <= used; e++) {
      int p = e < used ? PairTable.first(keys[e]) : -1;
      if (p != party && k > 0) {
        each.accept(party, ss, outs, ins, k);
        k = 0;
      }
      if (e == used) {
        break;
      }
      party = p;
      if (PairTable.second(keys[e]) >= limit) {
        continue;
      }
      int slot = sparse.find(keys[e]);
      ss[k] = PairTable.second(keys[e]);
      outs[k] = sparse.forward(slot);
      ins[k] = sparse.backward(slot);
      k++;
    }
  }
}
