package dev.reciprocity.core.internal;

import dev.reciprocity.Flow;
import java.time.Instant;

/**
 * The streaming form of the strategies whose result needs every flow, not sums (immediate matching,
 * decay): the admitted flows kept as rows of primitive columns ({@link FlowTable.Builder}: giver,
 * receiver and kind as dense ids into one party and one kind dictionary, the amount in micros, the
 * instant as epoch second and nanosecond), so an add makes no object. The result is the engine's,
 * run on a column view of the rows ({@link #columns()}): one implementation of each algorithm for
 * both forms. Merging appends the other's rows, its ids mapped to this one's; the order of rows
 * does not change a result. Flow ids and tags are not kept. Not thread-safe.
 */
final class AdmittedRows extends Admission {

  // a stream processor holds many accumulators, most of a few flows: start at 16 rows
  private final FlowTable.Builder rows = new FlowTable.Builder(16);

  /** Appends an admitted flow. */
  void add(Flow flow) {
    Instant t = flow.instant();
    rows.add(
        rows.intern(flow.giver()),
        rows.intern(flow.receiver()),
        rows.intern(flow.kind()),
        flow.amount().micros(),
        t.getEpochSecond(),
        t.getNano());
  }

  /** Appends the rows of an accumulator whose admission this one has admitted. */
  void merge(AdmittedRows other) {
    rows.addRows(other.rows);
  }

  /**
   * The engine's view of the rows so far: O(chunks), no row copied; adds after it do not change it.
   */
  SelectionColumns columns() {
    return SelectionColumns.of(FlowSelection.all(rows.freeze()));
  }
}
