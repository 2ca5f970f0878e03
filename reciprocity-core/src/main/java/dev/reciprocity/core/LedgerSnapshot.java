package dev.reciprocity.core;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedSet;
import dev.reciprocity.Flow;
import dev.reciprocity.FlowKind;
import dev.reciprocity.Interval;
import dev.reciprocity.PartyId;
import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.function.Predicate;

/**
 * An immutable set of flows with the queries a review needs: by period, party, dyad and kind.
 * Obtained from {@link Ledger#snapshot()} or {@link #of(Collection)}. Immutable and thread-safe.
 */
public final class LedgerSnapshot {

  private final ImmutableList<Flow> flows;

  private LedgerSnapshot(ImmutableList<Flow> flows) {
    this.flows = flows;
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
    ImmutableList<Flow> copy = ImmutableList.copyOf(flows);
    long total = 0;
    for (Flow f : copy) {
      long micros = f.amount().micros();
      if (micros > Long.MAX_VALUE - total) {
        throw new dev.reciprocity.LimitExceededException(
            "totalAmount",
            "the amounts of the "
                + copy.size()
                + " flows add up to more than "
                + dev.reciprocity.Amount.MAX
                + ", the"
                + " most the figures can hold exactly. Fix: split the flows into several snapshots"
                + " (by period or community), or record them in a larger unit.");
      }
      total += micros;
    }
    return new LedgerSnapshot(copy);
  }

  /**
   * The flows, in ingest order.
   *
   * @return an immutable list
   */
  public List<Flow> flows() {
    return flows;
  }

  /**
   * Returns the number of flows.
   *
   * @return {@code >= 0}
   */
  public int size() {
    return flows.size();
  }

  /**
   * The flows inside a period.
   *
   * @param period the period {@code [start, end)}
   * @return the snapshot of the flows with {@code period.contains(instant)}
   */
  public LedgerSnapshot between(Interval period) {
    return filter(f -> period.contains(f.instant()));
  }

  /**
   * The flows before an instant.
   *
   * @param end the first instant excluded
   * @return the snapshot of the flows with {@code instant < end}
   */
  public LedgerSnapshot before(Instant end) {
    return filter(f -> f.instant().isBefore(end));
  }

  /**
   * The flows a party gave or received.
   *
   * @param party the party
   * @return the snapshot of its flows
   */
  public LedgerSnapshot involving(PartyId party) {
    return filter(f -> f.giver().equals(party) || f.receiver().equals(party));
  }

  /**
   * The flows between two parties, either way.
   *
   * @param a one party
   * @param b the other party
   * @return the snapshot of the flows {@code a -> b} and {@code b -> a}
   */
  public LedgerSnapshot dyad(PartyId a, PartyId b) {
    return filter(
        f ->
            (f.giver().equals(a) && f.receiver().equals(b))
                || (f.giver().equals(b) && f.receiver().equals(a)));
  }

  /**
   * The flows of some kinds.
   *
   * @param kinds the kinds to keep; empty keeps every flow
   * @return the snapshot of the flows of those kinds
   */
  public LedgerSnapshot ofKinds(Set<FlowKind> kinds) {
    return kinds.isEmpty() ? this : filter(f -> kinds.contains(f.kind()));
  }

  /**
   * Every party that gave or received.
   *
   * @return the parties, sorted by id
   */
  public SortedSet<PartyId> parties() {
    ImmutableSortedSet.Builder<PartyId> b = ImmutableSortedSet.naturalOrder();
    for (Flow f : flows) {
      b.add(f.giver(), f.receiver());
    }
    return b.build();
  }

  /**
   * Every kind that flowed.
   *
   * @return the kinds, sorted by name and unit
   */
  public SortedSet<FlowKind> kinds() {
    return flows.stream()
        .map(Flow::kind)
        .collect(ImmutableSortedSet.toImmutableSortedSet(Comparator.naturalOrder()));
  }

  /**
   * The instant of the earliest flow.
   *
   * @return the instant; empty when the snapshot holds no flow
   */
  public Optional<Instant> firstInstant() {
    return flows.stream().map(Flow::instant).min(Comparator.naturalOrder());
  }

  /**
   * The instant of the latest flow.
   *
   * @return the instant; empty when the snapshot holds no flow
   */
  public Optional<Instant> lastInstant() {
    return flows.stream().map(Flow::instant).max(Comparator.naturalOrder());
  }

  private LedgerSnapshot filter(Predicate<Flow> keep) {
    return new LedgerSnapshot(flows.stream().filter(keep).collect(ImmutableList.toImmutableList()));
  }

  @Override
  public String toString() {
    return "LedgerSnapshot[" + flows.size() + " flows]";
  }
}
