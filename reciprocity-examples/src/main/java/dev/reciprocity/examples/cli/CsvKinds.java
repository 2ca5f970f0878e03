package dev.reciprocity.examples.cli;

import dev.reciprocity.FlowKind;
import dev.reciprocity.core.LedgerSnapshot;
import java.util.List;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * Kinds named on the command line ({@code --kind}, {@code --rule}, an agreement's rules) found in
 * the flows read: by name, in the unit the flows count them in. The command line names kinds
 * without units; a flows file counts each kind in one unit ({@value FlowKind#DEFAULT_UNIT}, or its
 * {@code unit} column's), and a valuation counts every kind in its own.
 */
final class CsvKinds {

  private CsvKinds() {}

  /**
   * The kind of {@code flows} with the name of {@code named}; {@code named} itself when the flows
   * hold it, or hold no kind or several kinds of that name (the selection then says which kinds
   * they hold).
   */
  static FlowKind resolve(LedgerSnapshot flows, FlowKind named) {
    SortedSet<FlowKind> present = flows.kinds();
    if (present.contains(named)) {
      return named;
    }
    List<FlowKind> same = present.stream().filter(k -> k.name().equals(named.name())).toList();
    return same.size() == 1 ? same.get(0) : named;
  }

  /**
   * Each kind of {@code named} resolved in {@code flows}, as {@link #resolve(LedgerSnapshot,
   * FlowKind)}.
   */
  static SortedSet<FlowKind> resolve(LedgerSnapshot flows, Set<FlowKind> named) {
    SortedSet<FlowKind> kinds = new TreeSet<>();
    named.forEach(k -> kinds.add(resolve(flows, k)));
    return kinds;
  }
}
