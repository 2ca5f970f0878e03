package dev.reciprocity.core;

import com.google.errorprone.annotations.CanIgnoreReturnValue;
import dev.reciprocity.Amount;
import dev.reciprocity.ConflictingFlowException;
import dev.reciprocity.Flow;
import dev.reciprocity.Implements;
import dev.reciprocity.LimitExceededException;
import dev.reciprocity.PartyId;
import dev.reciprocity.PatternComponent;
import dev.reciprocity.core.internal.FlowSelection;
import dev.reciprocity.core.internal.FlowTable;
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
import org.jspecify.annotations.Nullable;

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
 * characters of a name, the most tags of a flow and characters of a tag, a time range, and a total
 * of amounts that exact figures can hold), checked before a flow or batch is applied. Because the
 * total of all amounts stays within {@link Amount#MAX}, no figure computed from a ledger's flows
 * can wrap.
 *
 * <p>Held as columns (see {@link LedgerSnapshot}): 28 bytes a flow without id or tags, 32 when
 * instants carry fractions of a second, plus the id and the flow kept for idempotence of each flow
 * that has an id. Appending one flow without id is amortised O(1).
 *
 * <p>Thread-safe: appends are serialized, and {@link #snapshot()} returns an immutable view that
 * later appends do not change; taking it copies no flow.
 *
 * <pre>{@code
 * Ledger ledger = Ledger.create();
 * ledger.appendAll(flows);
 * LedgerSnapshot now = ledger.snapshot();
 * }</pre>
 */
@Implements(PatternComponent.VISIBLE_FLOWS)
public final class Ledger {

  private final LedgerLimits limits;
  private final FlowTable.Builder table = new FlowTable.Builder();
  private final Map<String, Flow> byId = new HashMap<>();
  private @Nullable LedgerSnapshot lastSnapshot;

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
   * @throws LimitExceededException if the flow would pass one of the ledger's limits (tags
   *     included); the flow is not appended, and the message speaks of the flow, not of a batch
   */
  @CanIgnoreReturnValue
  public synchronized boolean append(Flow flow) {
    Objects.requireNonNull(flow, "flow");
    if (flow.id().isPresent()) {
      // the general path keeps the id index; flows without id take the short path below
      return appendBatch(List.of(flow), SINGLE) == 1;
    }
    int g = table.partyIndexOf(flow.giver());
    int r = table.partyIndexOf(flow.receiver());
    if (g < 0 || r < 0) {
      checkFlow(flow, SINGLE); // names are checked once, when their party is new
    } else {
      checkTime(flow, SINGLE);
      checkTags(flow, SINGLE);
    }
    checkCount(SINGLE, 0);
    int newParties = (g < 0 ? 1 : 0) + (r < 0 ? 1 : 0);
    if (newParties > 0 && table.partyCount() + newParties > limits.maxParties()) {
      throw tooManyParties(
          SINGLE, table.partyCount() + newParties, g < 0 ? flow.giver() : flow.receiver());
    }
    checkTotal(flow, SINGLE, table.total());
    table.add(
        flow, g >= 0 ? g : table.intern(flow.giver()), r >= 0 ? r : table.intern(flow.receiver()));
    return true;
  }

  /**
   * Appends a batch of flows, all or nothing. The batch is checked flow by flow in its order, and
   * the first problem found is the one thrown: a flow past a limit before a later flow's
   * conflicting id, and the other way round.
   *
   * @param batch the flows, in any order
   * @return how many flows were appended: the batch size less the flows already held (by id)
   * @throws NullPointerException if {@code batch} or one of its flows is null; nothing is appended
   * @throws ConflictingFlowException if two flows with the same id differ, within the batch or
   *     against the ledger; nothing is appended
   * @throws LimitExceededException if the batch would pass one of the ledger's {@link
   *     LedgerLimits}: a name too long, too many tags or a tag too long, an instant outside the
   *     time range, too many flows or parties, or a total of amounts beyond {@link
   *     LedgerLimits#maxTotalAmount()}; nothing is appended; the message names the flow by its
   *     position in the batch
   */
  @CanIgnoreReturnValue
  public synchronized int appendAll(Collection<? extends Flow> batch) {
    Objects.requireNonNull(batch, "batch");
    return appendBatch(batch, 0);
  }

  /**
   * The position {@link #append(Flow)} gives its one flow, so that a refusal speaks of the flow
   * rather than of a batch.
   */
  private static final int SINGLE = -1;

  /**
   * Appends a batch, all or nothing; {@code first} is the position of its first flow in messages,
   * or {@link #SINGLE} for the one flow of {@link #append(Flow)}.
   */
  private int appendBatch(Collection<? extends Flow> batch, int first) {
    Map<String, Flow> newIds = new HashMap<>();
    List<Flow> toAppend = new ArrayList<>(Math.min(batch.size(), 1 << 16));
    Set<PartyId> newParties = new HashSet<>();
    long total = table.total();
    int position = first == SINGLE ? SINGLE - 1 : first - 1;
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
                    + (position == SINGLE ? "" : " at position " + position + " of the batch")
                    + " is taken by a flow that differs in "
                    + differences(known, flow)
                    + (position == SINGLE
                        ? ". The flow was not appended."
                        : ". Nothing was appended.")
                    + " Fix: give the new flow its"
                    + " own id; to correct the earlier flow, record a correcting flow (ledgers are"
                    + " append-only).");
          }
          continue;
        }
        newIds.put(id, flow);
      }
      checkFlow(flow, position);
      checkCount(position, toAppend.size());
      for (PartyId p : List.of(flow.giver(), flow.receiver())) {
        if (table.partyIndexOf(p) < 0
            && newParties.add(p)
            && table.partyCount() + newParties.size() > limits.maxParties()) {
          throw tooManyParties(position, table.partyCount() + newParties.size(), p);
        }
      }
      checkTotal(flow, position, total);
      long micros = flow.amount().micros();
      total += micros;
      toAppend.add(flow);
    }
    for (Flow f : toAppend) {
      table.add(f);
    }
    byId.putAll(newIds);
    return toAppend.size();
  }

  /**
   * Appends every flow of a snapshot, all or nothing: the bulk path for readers that build
   * snapshots straight from columns (a CSV reader, a stream). Flows with an id go through {@link
   * #appendAll(Collection)}'s idempotence; the others are copied column by column.
   *
   * @param batch the flows
   * @return how many flows were appended
   * @throws NullPointerException if {@code batch} is null
   * @throws ConflictingFlowException if a flow's id is taken by a different flow; nothing is
   *     appended
   * @throws LimitExceededException if the batch would pass one of the ledger's {@link
   *     LedgerLimits}; nothing is appended
   */
  @CanIgnoreReturnValue
  public synchronized int appendAll(LedgerSnapshot batch) {
    Objects.requireNonNull(batch, "batch");
    FlowSelection selection = batch.selection();
    FlowTable t = selection.table();
    int n = selection.size();
    for (int i = 0; i < n; i++) {
      if (t.hasIdOrTags(selection.row(i))) {
        return appendAll(batch.flows());
      }
    }
    if (n == 0) {
      return 0;
    }
    // check the whole batch against the limits before anything is appended
    boolean[] present = selection.partiesPresent();
    int newParties = 0;
    for (int p = 0; p < present.length; p++) {
      if (present[p]) {
        PartyId party = t.party(p);
        if (party.value().length() > limits.maxNameLength()) {
          Flow example = firstFlowOf(selection, p);
          checkFlow(example, positionOf(selection, p));
        }
        if (table.partyIndexOf(party) < 0
            && table.partyCount() + ++newParties > limits.maxParties()) {
          throw tooManyParties(positionOf(selection, p), table.partyCount() + newParties, party);
        }
      }
    }
    Instant first = Objects.requireNonNull(selection.firstInstant());
    Instant last = Objects.requireNonNull(selection.lastInstant());
    if (first.isBefore(limits.earliest()) || last.isAfter(limits.latest())) {
      for (int i = 0; i < n; i++) {
        checkFlow(t.flow(selection.row(i)), i);
      }
    }
    // the first flow of the batch past the limit: checkCount refuses it
    int fitting = limits.maxFlows() - table.size();
    if (n > fitting) {
      checkCount(fitting, fitting);
    }
    long total = table.total();
    for (int i = 0; i < n; i++) {
      int row = selection.row(i);
      if (t.micros(row) > limits.maxTotalAmount().micros() - total) {
        checkTotal(t.flow(row), i, total);
      }
      total += t.micros(row);
    }
    int[] remap = new int[t.partyCount()];
    for (int p = 0; p < present.length; p++) {
      remap[p] = present[p] ? table.intern(t.party(p)) : -1;
    }
    int[] kinds = new int[t.kindCount()];
    for (int k = 0; k < kinds.length; k++) {
      kinds[k] = table.intern(t.kind(k));
    }
    for (int i = 0; i < n; i++) {
      int row = selection.row(i);
      table.add(
          remap[t.giver(row)],
          remap[t.receiver(row)],
          kinds[t.kindOf(row)],
          t.micros(row),
          t.second(row),
          t.nano(row));
    }
    return n;
  }

  private static Flow firstFlowOf(FlowSelection selection, int party) {
    return selection.table().flow(selection.row(positionOf(selection, party)));
  }

  private static int positionOf(FlowSelection selection, int party) {
    FlowTable t = selection.table();
    for (int i = 0; i < selection.size(); i++) {
      int row = selection.row(i);
      if (t.giver(row) == party || t.receiver(row) == party) {
        return i;
      }
    }
    throw new IllegalStateException("party " + party + " has no flow in the batch");
  }

  private void checkCount(int position, int pending) {
    if (table.size() + pending >= limits.maxFlows()) {
      throw limit(
          "maxFlows",
          position,
          theFlow(position)
              + " would be"
              + " flow number "
              + (table.size() + pending + 1L)
              + ", past the ledger's"
              + " limit of "
              + limits.maxFlows()
              + " flows",
          "start a new ledger for later flows, or" + " raise LedgerLimits.maxFlows");
    }
  }

  private LimitExceededException tooManyParties(int position, int number, PartyId p) {
    return limit(
        "maxParties",
        position,
        theFlow(position)
            + " brings"
            + " party number "
            + number
            + ", "
            + Texts.quote(p.value())
            + ", past the ledger's limit of "
            + limits.maxParties()
            + " parties",
        "raise LedgerLimits.maxParties, or split the community into ledgers");
  }

  private void checkTotal(Flow flow, int position, long total) {
    long micros = flow.amount().micros();
    if (micros > limits.maxTotalAmount().micros() - total) {
      boolean figures = limits.maxTotalAmount().equals(Amount.MAX);
      throw limit(
          "totalAmount",
          position,
          theFlow(position)
              + " ("
              + Texts.describe(flow)
              + ") would take the total of amounts past "
              + limits.maxTotalAmount()
              + (figures ? ", the most exact figures hold" : ", LedgerLimits.maxTotalAmount"),
          "split the flows into several ledgers or record them in a larger unit"
              + (figures ? "" : ", or raise LedgerLimits.maxTotalAmount"));
    }
  }

  private void checkFlow(Flow flow, int position) {
    checkName(flow.giver(), position);
    checkName(flow.receiver(), position);
    checkTime(flow, position);
    checkTags(flow, position);
  }

  /** Refuses more tags than {@link LedgerLimits#maxTags()} or a tag longer than its bound. */
  private void checkTags(Flow flow, int position) {
    Set<String> tags = flow.tags();
    if (tags.isEmpty()) {
      return;
    }
    if (tags.size() > limits.maxTags()) {
      throw limit(
          "maxTags",
          position,
          theFlow(position)
              + " ("
              + Texts.describe(flow)
              + ") has "
              + tags.size()
              + " tags, more than the ledger's limit of "
              + limits.maxTags(),
          "keep fewer tags (a project, a channel) or raise LedgerLimits.maxTags");
    }
    for (String tag : tags) {
      if (tag.length() > limits.maxTagLength()) {
        throw limit(
            "maxTagLength",
            position,
            "the tag "
                + Texts.quote(tag, 24)
                + " of "
                + theFlow(position)
                + " is longer than the ledger's limit of "
                + limits.maxTagLength()
                + " characters",
            "shorten the tag or raise LedgerLimits.maxTagLength");
      }
    }
  }

  /** {@code "the flow"} for a single append, {@code "the flow at position 3 of the batch"}. */
  private static String theFlow(int position) {
    return position == SINGLE ? "the flow" : "the flow at position " + position + " of the batch";
  }

  private void checkName(PartyId p, int position) {
    if (p.value().length() > limits.maxNameLength()) {
      throw limit(
          "maxNameLength",
          position,
          "the party "
              + Texts.quote(p.value())
              + " of "
              + theFlow(position)
              + " is longer than the ledger's limit of "
              + limits.maxNameLength()
              + " characters",
          "shorten the name or give an id instead," + " or raise LedgerLimits.maxNameLength");
    }
  }

  private void checkTime(Flow flow, int position) {
    Instant t = flow.instant();
    if (t.isBefore(limits.earliest()) || t.isAfter(limits.latest())) {
      throw limit(
          "timeRange",
          position,
          theFlow(position)
              + " ("
              + Texts.describe(flow)
              + ") lies outside the ledger's time range "
              + limits.earliest()
              + " to "
              + limits.latest(),
          "check the flow's year, or widen LedgerLimits.earliest" + " and latest");
    }
  }

  private static LimitExceededException limit(String name, int position, String what, String fix) {
    return new LimitExceededException(
        name,
        what
            + (position == SINGLE
                ? "; the flow was not appended. Fix: "
                : "; nothing of the batch was appended. Fix: ")
            + fix
            + ".");
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
    return table.size();
  }

  /**
   * Returns an immutable snapshot of the flows held now, in ingest order.
   *
   * @return the snapshot; later appends do not change it
   */
  public synchronized LedgerSnapshot snapshot() {
    LedgerSnapshot last = lastSnapshot;
    if (last == null || last.size() != table.size()) {
      last = LedgerSnapshot.of(FlowSelection.all(table.freeze()));
      lastSnapshot = last;
    }
    return last;
  }
}
