package dev.reciprocity.core.internal;

import dev.reciprocity.Amount;
import dev.reciprocity.Flow;
import dev.reciprocity.FlowKind;
import dev.reciprocity.PartyId;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Flows held as primitive columns: giver, receiver and kind as dense {@code int} ids into one
 * dictionary of parties and one of kinds, the amount in micros, the instant as epoch second plus
 * nanosecond. Immutable: a frozen view of a {@link Builder}'s rows {@code [0, size)}.
 *
 * <p>Rows live in chunks of {@value #CHUNK} rows, so that appending never copies the rows already
 * held and a frozen table shares them with the builder it came from. Retained per row: 4 + 4 + 4
 * (giver, receiver, kind) + 8 (amount) + 8 (epoch second) = 28 bytes, plus 4 for the nanoseconds
 * only in chunks that hold an instant with a fraction of a second, plus the id and tags of the few
 * flows that carry them (kept sparse, per chunk).
 *
 * <p>The total of all amounts is at most {@link Amount#MAX}: the builder refuses a row that would
 * pass it, so a sum over any rows is a plain {@code long} that cannot wrap.
 */
public final class FlowTable {

  // 32,768 rows: a chunk of longs (256 KiB) stays below G1's humongous-object threshold (half a
  // region, 512 KiB in heaps from 2 GB), where a 512 KiB array would take a whole 1 MiB region
  static final int SHIFT = 15;
  static final int CHUNK = 1 << SHIFT;
  static final int MASK = CHUNK - 1;

  private static final int FIRST_CAPACITY = 1024;

  final int size;
  final int[][] givers;
  final int[][] receivers;
  final int[][] kinds;
  final long[][] micros;
  final long[][] seconds;
  final int[] @Nullable [] nanos;
  final @Nullable String[] @Nullable [] ids;
  final @Nullable Set<String>[] @Nullable [] tags;
  final PartyId[] parties;
  final int partyCount;
  final FlowKind[] kindNames;
  final int kindCount;
  final long total;
  private volatile int @Nullable [] rank;
  private volatile @Nullable PartyIndex index;

  private FlowTable(Builder b) {
    int chunks = (b.size + MASK) >>> SHIFT;
    this.size = b.size;
    this.givers = Arrays.copyOf(b.givers, chunks);
    this.receivers = Arrays.copyOf(b.receivers, chunks);
    this.kinds = Arrays.copyOf(b.kinds, chunks);
    this.micros = Arrays.copyOf(b.micros, chunks);
    this.seconds = Arrays.copyOf(b.seconds, chunks);
    this.nanos = Arrays.copyOf(b.nanos, chunks);
    this.ids = Arrays.copyOf(b.ids, chunks);
    this.tags = Arrays.copyOf(b.tags, chunks);
    this.parties = b.parties;
    this.partyCount = b.partyCount;
    this.kindNames = b.kindNames;
    this.kindCount = b.kindCount;
    this.total = b.total;
  }

  /** The number of rows. */
  public int size() {
    return size;
  }

  /** The number of parties in the dictionary; some may have no row in a selection. */
  public int partyCount() {
    return partyCount;
  }

  /** The number of kinds in the dictionary. */
  public int kindCount() {
    return kindCount;
  }

  /** The party with dictionary id {@code index}. */
  public PartyId party(int index) {
    return parties[index];
  }

  /** The kind with dictionary id {@code index}. */
  public FlowKind kind(int index) {
    return kindNames[index];
  }

  /**
   * Each party's rank in {@link PartyId} order among all parties of the dictionary, computed once
   * per table: comparing ranks orders parties as comparing their ids does.
   */
  int[] rank() {
    int[] r = rank;
    if (r == null) {
      int[] order = new int[partyCount];
      Integer[] boxed = new Integer[partyCount];
      for (int p = 0; p < partyCount; p++) {
        boxed[p] = p;
      }
      Arrays.sort(boxed, (x, y) -> parties[x].compareTo(parties[y]));
      r = new int[partyCount];
      for (int q = 0; q < partyCount; q++) {
        order[q] = boxed[q];
        r[order[q]] = q;
      }
      rank = r;
    }
    return r;
  }

  /**
   * The dictionary id of a party, or -1 when the table does not name it. The index is built on the
   * first lookup, once per table, and only read after.
   */
  public int indexOf(PartyId party) {
    PartyIndex i = index;
    if (i == null) {
      i = new PartyIndex();
      for (int p = 0; p < partyCount; p++) {
        i.put(parties[p], p);
      }
      index = i;
    }
    return i.get(party);
  }

  /** The total of all amounts, in micros; at most {@link Amount#MAX}. */
  public long total() {
    return total;
  }

  public int giver(int row) {
    return givers[row >>> SHIFT][row & MASK];
  }

  public int receiver(int row) {
    return receivers[row >>> SHIFT][row & MASK];
  }

  public int kindOf(int row) {
    return kinds[row >>> SHIFT][row & MASK];
  }

  public long micros(int row) {
    return micros[row >>> SHIFT][row & MASK];
  }

  public long second(int row) {
    return seconds[row >>> SHIFT][row & MASK];
  }

  public int nano(int row) {
    int[] n = nanos[row >>> SHIFT];
    return n == null ? 0 : n[row & MASK];
  }

  /** The row as a {@link Flow}: made on each call; bulk paths read the columns instead. */
  public Flow flow(int row) {
    int c = row >>> SHIFT;
    int i = row & MASK;
    Flow.Builder b =
        Flow.builder()
            .giver(parties[givers[c][i]])
            .receiver(parties[receivers[c][i]])
            .kind(kindNames[kinds[c][i]])
            .amount(Amount.ofMicros(micros[c][i]))
            .instant(Instant.ofEpochSecond(seconds[c][i], nanos[c] == null ? 0 : nanos[c][i]));
    String[] idChunk = ids[c];
    if (idChunk != null && idChunk[i] != null) {
      b.id(idChunk[i]);
    }
    Set<String>[] tagChunk = tags[c];
    if (tagChunk != null && tagChunk[i] != null) {
      b.tags(tagChunk[i]);
    }
    return b.build();
  }

  /** Whether the row carries an id or tags, which the bulk paths do not read. */
  public boolean hasIdOrTags(int row) {
    int c = row >>> SHIFT;
    int i = row & MASK;
    return (ids[c] != null && ids[c][i] != null) || (tags[c] != null && tags[c][i] != null);
  }

  /**
   * Appends rows into columns; not thread-safe. {@link #freeze()} returns an immutable view of the
   * rows so far, and appending may go on after it without changing that view.
   */
  public static final class Builder {
    int size;
    int[][] givers = new int[0][];
    int[][] receivers = new int[0][];
    int[][] kinds = new int[0][];
    long[][] micros = new long[0][];
    long[][] seconds = new long[0][];
    int[] @Nullable [] nanos = new int[0][];
    @Nullable String[] @Nullable [] ids = new String[0][];

    @SuppressWarnings({"unchecked", "rawtypes"})
    @Nullable Set<String>[] @Nullable [] tags = new Set[0][];

    PartyId[] parties = new PartyId[16];
    int partyCount;
    final PartyIndex partyIndex = new PartyIndex();
    FlowKind[] kindNames = new FlowKind[4];
    int kindCount;
    final Map<FlowKind, Integer> kindIndex = new HashMap<>();
    long total;
    private final int firstCapacity;

    /** A builder whose first chunk starts at 1,024 rows. */
    public Builder() {
      this(FIRST_CAPACITY);
    }

    /**
     * A builder whose first chunk starts at {@code firstCapacity} rows and doubles as it fills: a
     * small one for the many small accumulators of a stream processor.
     *
     * @param firstCapacity a power of two in {@code [1, CHUNK]}
     */
    Builder(int firstCapacity) {
      if (firstCapacity < 1 || firstCapacity > CHUNK || Integer.bitCount(firstCapacity) != 1) {
        throw new IllegalArgumentException(
            "firstCapacity must be a power of two in [1, " + CHUNK + "], got " + firstCapacity);
      }
      this.firstCapacity = firstCapacity;
    }

    /** The number of rows appended. */
    public int size() {
      return size;
    }

    /** The total of amounts appended, in micros. */
    public long total() {
      return total;
    }

    /** The number of distinct parties appended. */
    public int partyCount() {
      return partyCount;
    }

    /** The number of distinct kinds appended. */
    public int kindCount() {
      return kindCount;
    }

    /** The party with dictionary id {@code index}, which is below {@link #partyCount()}. */
    public PartyId party(int index) {
      return parties[index];
    }

    /** The dictionary id of a party, or -1 when no row names it. */
    public int partyIndexOf(PartyId party) {
      return partyIndex.get(party);
    }

    /** The dictionary id of a party, adding it when new. */
    public int intern(PartyId party) {
      int known = partyIndex.get(party);
      if (known >= 0) {
        return known;
      }
      if (partyCount == parties.length) {
        parties = Arrays.copyOf(parties, partyCount * 2);
      }
      parties[partyCount] = party;
      partyIndex.put(party, partyCount);
      return partyCount++;
    }

    /** The dictionary id of a kind, adding it when new. */
    public int intern(FlowKind kind) {
      // most ledgers hold a handful of kinds: a scan beats hashing the name and unit
      if (kindCount <= 8) {
        for (int k = 0; k < kindCount; k++) {
          if (kindNames[k] == kind) {
            return k;
          }
        }
        for (int k = 0; k < kindCount; k++) {
          if (kindNames[k].equals(kind)) {
            return k;
          }
        }
      }
      Integer known = kindIndex.get(kind);
      if (known != null) {
        return known;
      }
      if (kindCount == kindNames.length) {
        kindNames = Arrays.copyOf(kindNames, kindCount * 2);
      }
      kindNames[kindCount] = kind;
      kindIndex.put(kind, kindCount);
      return kindCount++;
    }

    /**
     * Appends a row of interned ids. The caller has checked the row: distinct parties, an amount
     * {@code >= 0} that keeps {@link #total()} within {@link Amount#MAX}, an instant in range.
     */
    public void add(int giver, int receiver, int kind, long amountMicros, long second, int nano) {
      int c = size >>> SHIFT;
      int i = size & MASK;
      if (c == givers.length || i == givers[c].length) {
        grow(c);
      }
      givers[c][i] = giver;
      receivers[c][i] = receiver;
      kinds[c][i] = kind;
      micros[c][i] = amountMicros;
      seconds[c][i] = second;
      if (nano != 0) {
        int[] n = nanos[c];
        if (n == null) {
          n = new int[givers[c].length];
          nanos[c] = n;
        }
        n[i] = nano;
      }
      total += amountMicros;
      size++;
    }

    /** Appends a flow, interning its parties and kind, with its id and tags. */
    public void add(Flow flow) {
      add(flow, intern(flow.giver()), intern(flow.receiver()));
    }

    /** Appends a flow whose parties are already interned as {@code giver} and {@code receiver}. */
    public void add(Flow flow, int giver, int receiver) {
      Instant t = flow.instant();
      int row = size;
      add(
          giver,
          receiver,
          intern(flow.kind()),
          flow.amount().micros(),
          t.getEpochSecond(),
          t.getNano());
      if (flow.id().isPresent()) {
        id(row, flow.id().get());
      }
      if (!flow.tags().isEmpty()) {
        tags(row, flow.tags());
      }
    }

    /**
     * Appends every row of another builder, with its ids and tags, its party and kind ids mapped to
     * this one's (new parties and kinds interned): O(its rows + its parties + its kinds), no object
     * per row. The caller has checked that the total stays within {@link Amount#MAX}.
     */
    public void addRows(Builder other) {
      int n = other.size;
      int[] partyIds = new int[other.partyCount];
      for (int p = 0; p < partyIds.length; p++) {
        partyIds[p] = intern(other.parties[p]);
      }
      int[] kindIds = new int[other.kindCount];
      for (int k = 0; k < kindIds.length; k++) {
        kindIds[k] = intern(other.kindNames[k]);
      }
      for (int row = 0; row < n; row++) {
        int c = row >>> SHIFT;
        int i = row & MASK;
        int[] nano = other.nanos[c];
        int at = size;
        add(
            partyIds[other.givers[c][i]],
            partyIds[other.receivers[c][i]],
            kindIds[other.kinds[c][i]],
            other.micros[c][i],
            other.seconds[c][i],
            nano == null ? 0 : nano[i]);
        String[] idChunk = other.ids[c];
        if (idChunk != null && idChunk[i] != null) {
          id(at, idChunk[i]);
        }
        Set<String>[] tagChunk = other.tags[c];
        if (tagChunk != null && tagChunk[i] != null) {
          tags(at, tagChunk[i]);
        }
      }
    }

    private void id(int row, String id) {
      int c = row >>> SHIFT;
      String[] chunk = ids[c];
      if (chunk == null) {
        chunk = new String[givers[c].length];
        ids[c] = chunk;
      }
      chunk[row & MASK] = id;
    }

    private void tags(int row, Set<String> rowTags) {
      int c = row >>> SHIFT;
      Set<String>[] chunk = tags[c];
      if (chunk == null) {
        @SuppressWarnings({"unchecked", "rawtypes"})
        Set<String>[] made = new Set[givers[c].length];
        chunk = made;
        tags[c] = chunk;
      }
      chunk[row & MASK] = rowTags;
    }

    private void grow(int c) {
      if (c == givers.length) {
        int chunks = c + 1;
        givers = Arrays.copyOf(givers, chunks);
        receivers = Arrays.copyOf(receivers, chunks);
        kinds = Arrays.copyOf(kinds, chunks);
        micros = Arrays.copyOf(micros, chunks);
        seconds = Arrays.copyOf(seconds, chunks);
        nanos = Arrays.copyOf(nanos, chunks);
        ids = Arrays.copyOf(ids, chunks);
        tags = Arrays.copyOf(tags, chunks);
        // the first chunk starts small so that a small ledger stays small; later ones are full
        int capacity = c == 0 ? firstCapacity : CHUNK;
        givers[c] = new int[capacity];
        receivers[c] = new int[capacity];
        kinds[c] = new int[capacity];
        micros[c] = new long[capacity];
        seconds[c] = new long[capacity];
        return;
      }
      // the chunk is full below CHUNK rows: double it; frozen views keep the old arrays
      int capacity = Math.min(CHUNK, givers[c].length * 2);
      givers[c] = Arrays.copyOf(givers[c], capacity);
      receivers[c] = Arrays.copyOf(receivers[c], capacity);
      kinds[c] = Arrays.copyOf(kinds[c], capacity);
      micros[c] = Arrays.copyOf(micros[c], capacity);
      seconds[c] = Arrays.copyOf(seconds[c], capacity);
      if (nanos[c] != null) {
        nanos[c] = Arrays.copyOf(nanos[c], capacity);
      }
      if (ids[c] != null) {
        ids[c] = Arrays.copyOf(ids[c], capacity);
      }
      if (tags[c] != null) {
        tags[c] = Arrays.copyOf(tags[c], capacity);
      }
    }

    /** An immutable view of the rows appended so far; O(chunks), no row is copied. */
    public FlowTable freeze() {
      return new FlowTable(this);
    }
  }
}
