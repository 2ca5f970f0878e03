package dev.reciprocity.examples.cli;

import dev.reciprocity.FlowKind;
import java.util.Set;
import java.util.stream.Collectors;

/** Kinds as the flows CSV reads them: by name, in {@value FlowKind#DEFAULT_UNIT}. */
final class CsvKinds {

  private CsvKinds() {}

  /** The same kinds by name, in the unit the CSV reader gives every kind. */
  static Set<FlowKind> asRead(Set<FlowKind> kinds) {
    return kinds.stream().map(k -> FlowKind.of(k.name())).collect(Collectors.toSet());
  }
}
