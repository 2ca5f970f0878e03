package dev.reciprocity.core.internal;

import dev.reciprocity.Flow;
import dev.reciprocity.FlowKind;
import dev.reciprocity.PartyId;
import java.time.Instant;
import java.util.AbstractList;
import java.util.Arrays;
import java.util.List;
import java.util.RandomAccess;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Some rows of a {@link FlowTable}: all of them, or the rows listed in ascending order. Immutable.
 * Filters make a new selection with one pass over the rows; a filter that keeps every row returns
 * the same selection.
 */
public final class FlowSelection {

  final FlowTable table;
  final int @Nullable [] rows;

  private FlowSelection(FlowTable table, int @Nullable [] rows) {
    this.table = table;
    this.rows = rows;
  }

  /** Every row of a table. */
  public static FlowSelection all(FlowTable table) {
    return new FlowSelection(table, null);
  }

  /** The table. */
  public FlowTable table() {
    return table;
  }

  /** The number of rows selected. */
  public int size() {
    return rows == null ? table.size : rows.length;
  }

  /** The table row of the {@code i}-th selected row. */
  public int row(int i) {
    return rows == null ? i : rows[i];
  }

  /** Tests a row of the table. */
  @FunctionalInterface
  interface RowTest {
    boolean keeps(int row);
  }

  /**
   * The rows that pass the test; this selection itself, with no array made, when every row does (a
   * review's whole range keeps every row of millions).
   */
  private FlowSelection where(RowTest test) {
    int n = size();
    int first = 0;
    while (first < n && test.keeps(row(first))) {
      first++;
    }
    if (first == n) {
      return this;
    }
    int[] kept = new int[n - 1];
    for (int i = 0; i < first; i++) {
      kept[i] = row(i);
    }
    int k = first;
    for (int i = first + 1; i < n; i++) {
      int row = row(i);
      if (test.keeps(row)) {
        kept[k++] = row;
      }
    }
    return new FlowSelection(table, Arrays.copyOf(kept, k));
  }

  /** The rows with {@code from <= instant < to}. */
  public FlowSelection between(Instant from, Instant to) {
    long fs = from.getEpochSecond();
    int fn = from.getNano();
    long ts = to.getEpochSecond();
    int tn = to.getNano();
    FlowTable t = table;
    return where(
        row -> {
          long s = t.second(row);
          int n = t.nano(row);
          return compare(s, n, fs, fn) >= 0 && compare(s, n, ts, tn) < 0;
        });
  }

  /** The rows with {@code instant < end}. */
  public FlowSelection before(Instant end) {
    long es = end.getEpochSecond();
    int en = end.getNano();
    FlowTable t = table;
    return where(row -> compare(t.second(row), t.nano(row), es, en) < 0);
  }

  /** The rows of the given kinds; every row when {@code kinds} is empty. */
  public FlowSelection ofKinds(Set<FlowKind> kinds) {
    if (kinds.isEmpty()) {
      return this;
    }
    boolean[] mask = kindMask(kinds);
    FlowTable t = table;
    return where(row -> mask[t.kindOf(row)]);
  }

  /** Which dictionary kinds are in {@code kinds}. */
  boolean[] kindMask(Set<FlowKind> kinds) {
    boolean[] mask = new boolean[table.kindCount];
    for (int k = 0; k < table.kindCount; k++) {
      mask[k] = kinds.contains(table.kindNames[k]);
    }
    return mask;
  }

  /** The rows a party gave or received. */
  public FlowSelection involving(PartyId party) {
    int p = table.indexOf(party);
    FlowTable t = table;
    return where(row -> p >= 0 && (t.giver(row) == p || t.receiver(row) == p));
  }

  /** The rows between two parties, either way. */
  public FlowSelection dyad(PartyId a, PartyId b) {
    int x = table.indexOf(a);
    int y = table.indexOf(b);
    FlowTable t = table;
    return where(
        row -> {
          int g = t.giver(row);
          int r = t.receiver(row);
          return x >= 0 && y >= 0 && ((g == x && r == y) || (g == y && r == x));
        });
  }

  /** The rows whose giver and receiver are both among the parties. */
  public FlowSelection among(java.util.Set<PartyId> parties) {
    boolean[] in = new boolean[table.partyCount];
    for (PartyId p : parties) {
      int i = table.indexOf(p);
      if (i >= 0) {
        in[i] = true;
      }
    }
    FlowTable t = table;
    return where(row -> in[t.giver(row)] && in[t.receiver(row)]);
  }

  /** Which parties give or receive in a selected row, by dictionary id. */
  public boolean[] partiesPresent() {
    boolean[] present = new boolean[table.partyCount];
    int n = size();
    for (int i = 0; i < n; i++) {
      int row = row(i);
      present[table.giver(row)] = true;
      present[table.receiver(row)] = true;
    }
    return present;
  }

  /** Which kinds a selected row has, by dictionary id. */
  public boolean[] kindsPresent() {
    boolean[] present = new boolean[table.kindCount];
    int n = size();
    for (int i = 0; i < n; i++) {
      present[table.kindOf(row(i))] = true;
    }
    return present;
  }

  /** The earliest instant of a selected row, or null when none is selected. */
  public @Nullable Instant firstInstant() {
    return extreme(-1);
  }

  /** The latest instant of a selected row, or null when none is selected. */
  public @Nullable Instant lastInstant() {
    return extreme(1);
  }

  private @Nullable Instant extreme(int sign) {
    int n = size();
    if (n == 0) {
      return null;
    }
    long bs = table.second(row(0));
    int bn = table.nano(row(0));
    for (int i = 1; i < n; i++) {
      int row = row(i);
      long s = table.second(row);
      int ns = table.nano(row);
      if (Integer.signum(compare(s, ns, bs, bn)) == sign) {
        bs = s;
        bn = ns;
      }
    }
    return Instant.ofEpochSecond(bs, bn);
  }

  /** The selected rows as flows, made when read. */
  public List<Flow> flows() {
    return new FlowList(this);
  }

  static int compare(long s1, int n1, long s2, int n2) {
    int c = Long.compare(s1, s2);
    return c != 0 ? c : Integer.compare(n1, n2);
  }

  /**
   * The flows of a selection as an immutable random-access list. Each {@link #get} makes a {@link
   * Flow}; the built-in strategies and checks recognise this list and read its columns instead.
   */
  public static final class FlowList extends AbstractList<Flow> implements RandomAccess {
    private final FlowSelection selection;

    FlowList(FlowSelection selection) {
      this.selection = selection;
    }

    /** The selection behind the list. */
    public FlowSelection selection() {
      return selection;
    }

    @Override
    public Flow get(int index) {
      if (index < 0 || index >= selection.size()) {
        throw new IndexOutOfBoundsException(
            "index " + index + " out of range for " + selection.size() + " flows");
      }
      return selection.table.flow(selection.row(index));
    }

    @Override
    public int size() {
      return selection.size();
    }
  }
}
