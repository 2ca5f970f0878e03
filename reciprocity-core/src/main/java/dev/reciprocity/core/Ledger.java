package dev.reciprocity.core;

import com.google.common.collect.ImmutableList;
import dev.reciprocity.ConflictingFlowException;
import dev.reciprocity.Flow;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * An in-memory, append-only record of flows.
 *
 * <p>Ingest is all-or-nothing per batch: {@link #appendAll(Collection)} either appends every new
 * flow of the batch or, when one conflicts, none. It is idempotent by {@link Flow#id()}: a flow
 * whose id the ledger already holds, with the same content, is not counted again; one with the
 * same id and different content is refused with a {@link ConflictingFlowException}. Flows without
 * id are always appended.
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

  private final List<Flow> flows = new ArrayList<>();
  private final Map<String, Flow> byId = new HashMap<>();
  private ImmutableList<Flow> lastSnapshot = ImmutableList.of();

  private Ledger() {}

  /**
   * Creates an empty ledger.
   *
   * @return a new, empty ledger
   */
  public static Ledger create() {
    return new Ledger();
  }

  /**
   * Appends one flow.
   *
   * @param flow the flow
   * @return true if appended; false if the ledger already held a flow with the same id and content
   * @throws NullPointerException if {@code flow} is null
   * @throws ConflictingFlowException if the ledger holds a different flow under the same id
   */
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
   */
  public synchronized int appendAll(Collection<? extends Flow> batch) {
    Objects.requireNonNull(batch, "batch");
    Map<String, Flow> newIds = new HashMap<>();
    List<Flow> toAppend = new ArrayList<>(batch.size());
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
            throw new ConflictingFlowException("flow id '" + id + "' at position " + position
                + " of the batch is already taken by a different flow: " + known + " vs " + flow
                + ". Nothing of the batch was appended; give the new flow its own id, or drop it"
                + " if it corrects the earlier one (ledgers are append-only: record a correcting flow"
                + " instead).");
          }
          continue;
        }
        newIds.put(id, flow);
      }
      toAppend.add(flow);
    }
    flows.addAll(toAppend);
    byId.putAll(newIds);
    return toAppend.size();
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
