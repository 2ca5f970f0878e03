package dev.reciprocity.core;

import com.google.errorprone.annotations.CanIgnoreReturnValue;
import dev.reciprocity.Amount;
import dev.reciprocity.Flow;
import dev.reciprocity.FlowKind;
import dev.reciprocity.Interval;
import dev.reciprocity.PartyId;
import dev.reciprocity.core.internal.FlowSelection;
import dev.reciprocity.core.internal.FlowTable;
import dev.reciprocity.core.internal.SelectionColumns;
import dev.reciprocity.internal.Texts;
import dev.reciprocity.spi.FlowColumns;
import java.time.Instant;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * An immutable set of flows with the queries a review needs: by period, party, dyad and kind.
 * Obtained from {@link Ledger#snapshot()}, {@link #of(Collection)} or a {@link Builder}. Immutable
 * and thread-safe.
 *
 * <p>Held as columns: parties and kinds as dense ids into one dictionary each, amounts and instants
 * as primitive columns, 28 to 32 bytes a flow. A snapshot taken from a ledger shares the ledger's
 * columns (nothing is copied), and a query such as {@link #between(Interval)} keeps a list of the
 * selected rows (4 bytes a selected flow). {@link #flows()} makes a {@link Flow} each time one is
 * read; the built-in strategies, checks and reviews read the columns instead.
 */
public final class LedgerSnapshot {

  private final FlowSelection selection;

  private LedgerSnapshot(FlowSelection selection) {
    this.selection = selection;
  }

  static LedgerSnapshot of(FlowSelection selection) {
    return new LedgerSnapshot(selection);
  }

  FlowSelection selection() {
    return selection;
  }

  /**
   * Returns a snapshot of the given flows. Like a {@link Ledger}, a snapshot holds a total of
   * amounts that exact figures can hold.
   *
   * @param flows the flows, kept in the given order
   * @return the snapshot
   * @throws NullPointerException if {@code flows} or one of them is null
   * @throws dev.reciprocity.LimitExceededException if the amounts add up to more than {@link
   *     dev.reciprocity.Amount#MAX}
   */
  public static LedgerSnapshot of(Collection<? extends Flow> flows) {
    Objects.requireNonNull(flows, "flows");
    if (flows instanceof FlowSelection.FlowList list) {
      return new LedgerSnapshot(list.selection());
    }
    Builder b = builder();
    for (Flow f : flows) {
      b.add(Objects.requireNonNull(f, "flow"));
    }
    return b.build();
  }

  /**
   * Returns a builder that appends flows straight into columns, for readers of large inputs.
   *
   * @return a new, empty builder; not thread-safe
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link LedgerSnapshot} row by row, without a {@link Flow} object per row. Not
   * thread-safe. Each row is checked as a {@link Flow} would be, and refused before anything of it
   * is kept.
   *
   * <pre>{@code
   * LedgerSnapshot.Builder b = LedgerSnapshot.builder();
   * b.add(PartyId.of("ada"), PartyId.of("grace"), FlowKind.of("review"), 2_500_000, 1_700_000_000L, 0);
   * LedgerSnapshot snapshot = b.build();
   * }</pre>
   */
  public static final class Builder {
    private final FlowTable.Builder table = new FlowTable.Builder();

    private Builder() {}

    /**
     * Appends a flow, with its id and tags.
     *
     * @param flow the flow
     * @return this builder
     * @throws NullPointerException if {@code flow} is null
     * @throws dev.reciprocity.LimitExceededException if the total of amounts would pass {@link
     *     Amount#MAX}; the flow is not appended
     */
    @CanIgnoreReturnValue
    public Builder add(Flow flow) {
      checkTotal(flow.amount().micros());
      table.add(flow);
      return this;
    }

    /**
     * Appends a flow given as its columns.
     *
     * @param giver who gave
     * @param receiver who received; not {@code giver}
     * @param kind the kind
     * @param amountMicros the amount in millionths of the kind's unit, {@code >= 0}
     * @param epochSecond the instant's seconds since 1970-01-01T00:00:00Z
     * @param nano the instant's nanoseconds, {@code 0} to {@code 999_999_999}
     * @return this builder
     * @throws NullPointerException if a party or the kind is null
     * @throws IllegalArgumentException if giver and receiver are equal, the amount is negative, or
     *     the instant lies outside {@link Flow#EARLIEST} to {@link Flow#LATEST}
     * @throws dev.reciprocity.LimitExceededException if the total of amounts would pass {@link
     *     Amount#MAX}; the flow is not appended
     */
    @CanIgnoreReturnValue
    public Builder add(
        PartyId giver,
        PartyId receiver,
        FlowKind kind,
        long amountMicros,
        long epochSecond,
        int nano) {
      Objects.requireNonNull(giver, "giver");
      Objects.requireNonNull(receiver, "receiver");
      Objects.requireNonNull(kind, "kind");
      if (giver.equals(receiver)) {
        throw new IllegalArgumentException(
            "giver and receiver must differ, both are "
                + Texts.quote(giver.value())
                + ": a party cannot give to itself");
      }
      checkAmountAndInstant(amountMicros, epochSecond, nano);
      checkTotal(amountMicros);
      table.add(
          table.intern(giver),
          table.intern(receiver),
          table.intern(kind),
          amountMicros,
          epochSecond,
          nano);
      return this;
    }

    /**
     * The index of a party in this builder's dictionary, adding the party when it is new, for
     * {@link #addIndexed}: a reader that maps each name it reads to an index once appends its rows
     * without looking a party up per row. Indexes are dense, from 0, in the order the parties were
     * first added.
     *
     * @param party the party
     * @return its index, {@code >= 0}
     * @throws NullPointerException if {@code party} is null
     */
    public int partyIndex(PartyId party) {
      return table.intern(Objects.requireNonNull(party, "party"));
    }

    /**
     * The index of a kind in this builder's dictionary, adding the kind when it is new, for {@link
     * #addIndexed}. Indexes are dense, from 0, in the order the kinds were first added.
     *
     * @param kind the kind
     * @return its index, {@code >= 0}
     * @throws NullPointerException if {@code kind} is null
     */
    public int kindIndex(FlowKind kind) {
      return table.intern(Objects.requireNonNull(kind, "kind"));
    }

    /**
     * Appends a flow given as its columns, its parties and kind given by their indexes ({@link
     * #partyIndex}, {@link #kindIndex}); checked as {@link #add(PartyId, PartyId, FlowKind, long,
     * long, int)} is.
     *
     * @param giver the index of who gave
     * @param receiver the index of who received; not {@code giver}
     * @param kind the index of the kind
     * @param amountMicros the amount in millionths of the kind's unit, {@code >= 0}
     * @param epochSecond the instant's seconds since 1970-01-01T00:00:00Z
     * @param nano the instant's nanoseconds, {@code 0} to {@code 999_999_999}
     * @return this builder
     * @throws IndexOutOfBoundsException if an index was not returned by this builder
     * @throws IllegalArgumentException if giver and receiver are equal, the amount is negative, or
     *     the instant lies outside {@link Flow#EARLIEST} to {@link Flow#LATEST}
     * @throws dev.reciprocity.LimitExceededException if the total of amounts would pass {@link
     *     Amount#MAX}; the flow is not appended
     */
    @CanIgnoreReturnValue
    public Builder addIndexed(
        int giver, int receiver, int kind, long amountMicros, long epochSecond, int nano) {
      Objects.checkIndex(giver, table.partyCount());
      Objects.checkIndex(receiver, table.partyCount());
      Objects.checkIndex(kind, table.kindCount());
      if (giver == receiver) {
        throw new IllegalArgumentException(
            "giver and receiver must differ, both are "
                + Texts.quote(table.party(giver).value())
                + ": a party cannot give to itself");
      }
      checkAmountAndInstant(amountMicros, epochSecond, nano);
      checkTotal(amountMicros);
      table.add(giver, receiver, kind, amountMicros, epochSecond, nano);
      return this;
    }

    private static void checkAmountAndInstant(long amountMicros, long epochSecond, int nano) {
      if (amountMicros < 0) {
        throw new IllegalArgumentException(
            "amount must not be negative, got "
                + Amount.ofMicros(amountMicros)
                + "; record a flow in the other direction instead");
      }
      if (nano < 0
          || nano > 999_999_999
          || epochSecond < Flow.EARLIEST.getEpochSecond()
          || epochSecond > Flow.LATEST.getEpochSecond()
          || (epochSecond == Flow.LATEST.getEpochSecond() && nano > Flow.LATEST.getNano())) {
        throw new IllegalArgumentException(
            "instant "
                + epochSecond
                + "s "
                + nano
                + "ns lies outside the supported time range "
                + Flow.EARLIEST
                + " to "
                + Flow.LATEST
                + "; check the year");
      }
    }

    private void checkTotal(long micros) {
      if (micros > Long.MAX_VALUE - table.total()) {
        throw new dev.reciprocity.LimitExceededException(
            "totalAmount",
            "flow number "
                + (table.size() + 1L)
                + " would take the total of amounts past "
                + Amount.MAX
                + ", the most the figures can hold exactly; it was not added. Fix: split the"
                + " flows into several snapshots (by period or community), or record them in a"
                + " larger unit.");
      }
    }

    /**
     * The number of flows appended so far.
     *
     * @return {@code >= 0}
     */
    public int size() {
      return table.size();
    }

    /**
     * Returns a snapshot of the flows appended so far. Appending may go on; the snapshot does not
     * change.
     *
     * @return the snapshot; O(1) in the number of flows, no flow is copied
     */
    public LedgerSnapshot build() {
      return new LedgerSnapshot(FlowSelection.all(table.freeze()));
    }
  }

  /**
   * The flows, in ingest order.
   *
   * @return an immutable list; each element is made when read
   */
  public List<Flow> flows() {
    return selection.flows();
  }

  /**
   * The flows as a column view, the form every scoring strategy ({@link
   * dev.reciprocity.spi.ScoringStrategy#score(FlowColumns)}) and balance check reads. The view
   * shares this snapshot's columns; the sums it offers are computed on first request and kept by
   * the view, so ask once and pass the same view to every strategy and check that should share
   * them.
   *
   * @return a new view of this snapshot's flows, in ingest order; immutable and thread-safe
   */
  public FlowColumns columns() {
    return SelectionColumns.of(selection);
  }

  /**
   * Returns the number of flows.
   *
   * @return {@code >= 0}
   */
  public int size() {
    return selection.size();
  }

  /**
   * The flows inside a period.
   *
   * @param period the period {@code [start, end)}
   * @return the snapshot of the flows with {@code period.contains(instant)}
   */
  public LedgerSnapshot between(Interval period) {
    return new LedgerSnapshot(selection.between(period.start(), period.end()));
  }

  /**
   * The flows before an instant.
   *
   * @param end the first instant excluded
   * @return the snapshot of the flows with {@code instant < end}
   */
  public LedgerSnapshot before(Instant end) {
    return new LedgerSnapshot(selection.before(end));
  }

  /**
   * The flows a party gave or received.
   *
   * @param party the party
   * @return the snapshot of its flows
   */
  public LedgerSnapshot involving(PartyId party) {
    return new LedgerSnapshot(selection.involving(party));
  }

  /**
   * The flows between two parties, either way.
   *
   * @param a one party
   * @param b the other party
   * @return the snapshot of the flows {@code a -> b} and {@code b -> a}
   */
  public LedgerSnapshot dyad(PartyId a, PartyId b) {
    return new LedgerSnapshot(selection.dyad(a, b));
  }

  /**
   * The flows among some parties: those whose giver and receiver are both among them, such as the
   * parties of an agreement.
   *
   * @param parties the parties
   * @return the snapshot of the flows among them
   * @throws NullPointerException if {@code parties} or one of them is null
   */
  public LedgerSnapshot among(Set<PartyId> parties) {
    return new LedgerSnapshot(selection.among(Set.copyOf(parties)));
  }

  /**
   * The flows of some kinds.
   *
   * @param kinds the kinds to keep; empty keeps every flow
   * @return the snapshot of the flows of those kinds
   */
  public LedgerSnapshot ofKinds(Set<FlowKind> kinds) {
    return kinds.isEmpty() ? this : new LedgerSnapshot(selection.ofKinds(kinds));
  }

  /**
   * Every party that gave or received.
   *
   * @return the parties, sorted by id; unmodifiable
   */
  public SortedSet<PartyId> parties() {
    boolean[] present = selection.partiesPresent();
    FlowTable t = selection.table();
    SortedSet<PartyId> b = new TreeSet<>();
    for (int p = 0; p < present.length; p++) {
      if (present[p]) {
        b.add(t.party(p));
      }
    }
    return Collections.unmodifiableSortedSet(b);
  }

  /**
   * Every kind that flowed.
   *
   * @return the kinds, sorted by name and unit; unmodifiable
   */
  public SortedSet<FlowKind> kinds() {
    boolean[] present = selection.kindsPresent();
    FlowTable t = selection.table();
    SortedSet<FlowKind> b = new TreeSet<>();
    for (int k = 0; k < present.length; k++) {
      if (present[k]) {
        b.add(t.kind(k));
      }
    }
    return Collections.unmodifiableSortedSet(b);
  }

  /**
   * The instant of the earliest flow.
   *
   * @return the instant; empty when the snapshot holds no flow
   */
  public Optional<Instant> firstInstant() {
    return Optional.ofNullable(selection.firstInstant());
  }

  /**
   * The instant of the latest flow.
   *
   * @return the instant; empty when the snapshot holds no flow
   */
  public Optional<Instant> lastInstant() {
    return Optional.ofNullable(selection.lastInstant());
  }

  @Override
  public String toString() {
    return "LedgerSnapshot[" + selection.size() + " flows]";
  }
}
