package dev.reciprocity.core.internal;

import dev.reciprocity.Flow;
import java.util.Collection;
import java.util.Objects;
import java.util.function.Predicate;

/** Columns for any collection of flows. */
final class FlowSelections {

  private FlowSelections() {}

  /**
   * The selection behind a snapshot's flow list, without copying; for any other collection, its
   * flows that {@code keep} accepts put into new columns (O(n), about 30 bytes a flow), their total
   * bounded by {@link dev.reciprocity.Amount#MAX}.
   */
  static FlowSelection of(Collection<? extends Flow> flows, Predicate<Flow> keep) {
    if (flows instanceof FlowSelection.FlowList list) {
      return list.selection();
    }
    FlowTable.Builder b = new FlowTable.Builder();
    for (Flow f : flows) {
      Objects.requireNonNull(f, "flow");
      if (!keep.test(f)) {
        continue;
      }
      if (f.amount().micros() > Long.MAX_VALUE - b.total()) {
        throw Admission.totalExceeded("the flow " + dev.reciprocity.internal.Texts.describe(f));
      }
      b.add(f);
    }
    return FlowSelection.all(b.freeze());
  }
}
