package dev.reciprocity.core;

import com.google.common.collect.ImmutableList;
import com.google.errorprone.annotations.CanIgnoreReturnValue;
import dev.reciprocity.Amount;
import dev.reciprocity.ConflictingFlowException;
import dev.reciprocity.Flow;
import dev.reciprocity.LimitExceededException;
import dev.reciprocity.PartyId;
import dev.reciprocity.internal.Texts;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * An in-memory, append-only record of flows.
 *
 * <p>Ingest is all-or-nothing per batch: {@link #appendAll(Collection)} either appends every new
 * flow of the batch or, when one is refused, none. It is idempotent by {@link Flow#id()}: a flow
 * whose id the ledger already holds, with the same content, is not counted again; one with the same
 * id and different content is refused with a {@link ConflictingFlowException}. Flows without id are
 * always appended.
 *
 * <p>Bounded: the ledger holds its flows to its {@link LedgerLimits} (the most flows, parties and
 * characters of a name, a time range, and a total of amounts that exact figures can hold), checked
 * before a batch is applied. Because the total of all amounts stays within {@link Amount#MAX}, no
 * figure computed from a ledger's flows can wrap.
 *
 * <p>Thread-safe: appends are serialized, and {@link #snapshot()} returns an immutable view that
 * later appends do not change.
 *
 * <pre>{@code
 * Ledger ledger = Ledger.create();
 * ledger.appendAll(flows);
 * LedgerSnapshot now = ledger.snapshot();
 * }</pre>
 */
public final class Ledger {

  private final LedgerLimits limits;
  private final List<Flow> flows = new ArrayList<>();
  private final Map<String, Flow> byId = new HashMap<>();
  private final Set<PartyId> parties = new HashSet<>();
  private long totalMicros;
  private ImmutableList<Flow> lastSnapshot = ImmutableList.of();

  private Ledger(LedgerLimits limits) {
    this.limits = limits;
  }

  /**
   * Creates an empty ledger with the default limits ({@link LedgerLimits#defaults()}).
   *
   * @return a new, empty ledger
   */
  public static Ledger create() {
    return new Ledger(LedgerLimits.defaults());
  }

  /**
   * Creates an empty ledger with the given limits.
   *
   * @param limits the limits
   * @return a new, empty ledger
   * @throws NullPointerException if {@code limits} is null
   */
  public static Ledger create(LedgerLimits limits) {
    return new Ledger(Objects.requireNonNull(limits, "limits"));
  }

  /**
   * The limits this ledger holds its flows to.
   *
   * @return the limits
   */
  public LedgerLimits limits() {
    return limits;
  }

  /**
   * Appends one flow.
   *
   * @param flow the flow
   * @return true if appended; false if the ledger already held a flow with the same id and content
   * @throws NullPointerException if {@code flow} is null
   * @throws ConflictingFlowException if the ledger holds a different flow under the same id
   * @throws LimitExceededException if the flow would pass one of the ledger's limits
   */
  @CanIgnoreReturnValue
  public boolean append(Flow flow) {
    return appendAll(List.of(flow)) == 1;
  }

  /**
   * Appends a batch of flows, all or nothing.
   *
   * @param batch the flows, in any order
   * @return how many flows were appended: the batch size less the flows already held (by id)
   * @throws NullPointerException if {@code batch} or one of its flows is null; nothing is appended
   * @throws ConflictingFlowException if two flows with the same id differ, within the batch or
   *     against the ledger; nothing is appended
   * @throws LimitExceededException if the batch would pass one of the ledger's {@link
   *     LedgerLimits}: a name too long, an instant outside the time range, too many flows or
   *     parties, or a total of amounts beyond {@link LedgerLimits#maxTotalAmount()}; nothing is
   *     appended
   */
  @CanIgnoreReturnValue
  public synchronized int appendAll(Collection<? extends Flow> batch) {
    Objects.requireNonNull(batch, "batch");
    Map<String, Flow> newIds = new HashMap<>();
    List<Flow> toAppend = new ArrayList<>(Math.min(batch.size(), 1 << 16));
    Set<PartyId> newParties = new HashSet<>();
    long total = totalMicros;
    long maxTotal = limits.maxTotalAmount().micros();
    int position = -1;
    for (Flow flow : batch) {
      position++;
      if (flow == null) {
        throw new NullPointerException(
            "flow at position " + position + " of the batch is null; nothing was appended");
      }
      if (flow.id().isPresent()) {
        String id = flow.id().get();
        Flow known = byId.getOrDefault(id, newIds.get(id));
        if (known != null) {
          if (!known.equals(flow)) {
            throw new ConflictingFlowException(
                "flow id "
                    + Texts.quote(id, 24)
                    + " at position "
                    + position
                    + " of the batch is taken by a flow that differs in "
                    + differences(known, flow)
                    + ". Nothing was appended. Fix: give the new flow its"
                    + " own id; to correct the earlier flow, record a correcting flow (ledgers are"
                    + " append-only).");
          }
          continue;
        }
        newIds.put(id, flow);
      }
      checkFlow(flow, position);
      if (flows.size() + toAppend.size() >= limits.maxFlows()) {
        throw limit(
            "maxFlows",
            "the flow at position "
                + position
                + " of the batch would be"
                + " flow number "
                + (flows.size() + toAppend.size() + 1L)
                + ", past the ledger's"
                + " limit of "
                + limits.maxFlows()
                + " flows",
            "start a new ledger for later flows, or" + " raise LedgerLimits.maxFlows");
      }
      for (PartyId p : List.of(flow.giver(), flow.receiver())) {
        if (!parties.contains(p)
            && newParties.add(p)
            && parties.size() + newParties.size() > limits.maxParties()) {
          throw limit(
              "maxParties",
              "the flow at position "
                  + position
                  + " of the batch brings"
                  + " party number "
                  + (parties.size() + newParties.size())
                  + ", "
                  + Texts.quote(p.value())
                  + ", past the ledger's limit of "
                  + limits.maxParties()
                  + " parties",
              "raise LedgerLimits.maxParties, or split the community into ledgers");
        }
      }
      long micros = flow.amount().micros();
      if (micros > maxTotal - total) {
        boolean figures = limits.maxTotalAmount().equals(Amount.MAX);
        throw limit(
            "totalAmount",
            "flow "
                + position
                + " of the batch ("
                + Texts.describe(flow)
                + ") would take the total of amounts past "
                + limits.maxTotalAmount()
                + (figures ? ", the most exact figures hold" : ", LedgerLimits.maxTotalAmount"),
            "split the flows into several ledgers or record them in a larger unit"
                + (figures ? "" : ", or raise LedgerLimits.maxTotalAmount"));
      }
      total += micros;
      toAppend.add(flow);
    }
    flows.addAll(toAppend);
    byId.putAll(newIds);
    parties.addAll(newParties);
    totalMicros = total;
    return toAppend.size();
  }

  private void checkFlow(Flow flow, int position) {
    for (PartyId p : List.of(flow.giver(), flow.receiver())) {
      if (p.value().length() > limits.maxNameLength()) {
        throw limit(
            "maxNameLength",
            "the party "
                + Texts.quote(p.value())
                + " of the flow at"
                + " position "
                + position
                + " of the batch is longer than the ledger's limit of "
                + limits.maxNameLength()
                + " characters",
            "shorten the name or give an id instead," + " or raise LedgerLimits.maxNameLength");
      }
    }
    Instant t = flow.instant();
    if (t.isBefore(limits.earliest()) || t.isAfter(limits.latest())) {
      throw limit(
          "timeRange",
          "the flow at position "
              + position
              + " of the batch ("
              + Texts.describe(flow)
              + ") lies outside the ledger's time range "
              + limits.earliest()
              + " to "
              + limits.latest(),
          "check the flow's year, or widen LedgerLimits.earliest" + " and latest");
    }
  }

  private static LimitExceededException limit(String name, String what, String fix) {
    return new LimitExceededException(
        name, what + "; nothing of the batch was appended. Fix: " + fix + ".");
  }

  /** The attributes in which two flows differ, for a message: {@code amount (1 vs 2)}. */
  private static String differences(Flow a, Flow b) {
    List<String> d = new ArrayList<>();
    if (!a.giver().equals(b.giver())) {
      d.add(
          "giver ("
              + Texts.quote(a.giver().value(), 24)
              + " vs "
              + Texts.quote(b.giver().value(), 24)
              + ")");
    }
    if (!a.receiver().equals(b.receiver())) {
      d.add(
          "receiver ("
              + Texts.quote(a.receiver().value(), 24)
              + " vs "
              + Texts.quote(b.receiver().value(), 24)
              + ")");
    }
    if (!a.kind().equals(b.kind())) {
      d.add(
          "kind ("
              + Texts.quote(a.kind().name(), 24)
              + " vs "
              + Texts.quote(b.kind().name(), 24)
              + ")");
    }
    if (!a.amount().equals(b.amount())) {
      d.add("amount (" + a.amount() + " vs " + b.amount() + ")");
    }
    if (!a.instant().equals(b.instant())) {
      d.add("instant (" + a.instant() + " vs " + b.instant() + ")");
    }
    if (!a.tags().equals(b.tags())) {
      d.add("tags");
    }
    return String.join(", ", d);
  }

  /**
   * Returns the number of flows held.
   *
   * @return {@code >= 0}
   */
  public synchronized int size() {
    return flows.size();
  }

  /**
   * Returns an immutable snapshot of the flows held now, in ingest order.
   *
   * @return the snapshot; later appends do not change it
   */
  public synchronized LedgerSnapshot snapshot() {
    if (lastSnapshot.size() != flows.size()) {
      lastSnapshot = ImmutableList.copyOf(flows);
    }
    return LedgerSnapshot.of(lastSnapshot);
  }
}
