package dev.reciprocity.core;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.reciprocity.Flow;
import dev.reciprocity.FlowKind;
import dev.reciprocity.Interval;
import dev.reciprocity.testkit.ReciprocityArbitraries;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * A snapshot's period and kind queries keep exactly the flows a plain filter of the list keeps, in
 * ingest order, whether they keep every flow, none, or some (the first flow kept or not), and
 * chained: the queries share one selection code, which makes no array when every row is kept.
 */
class SnapshotQueryProperties extends CommunityProviders {

  @Property(tries = 500)
  void queriesKeepWhatAFilterOfTheFlowsKeeps(
      @ForAll("communities") List<Flow> flows,
      @ForAll("instants") Instant a,
      @ForAll("instants") Instant b,
      @ForAll("kindSets") Set<FlowKind> kinds) {
    Instant start = a.isBefore(b) ? a : b;
    // a period is never empty: at least a nanosecond
    Instant end = a.isBefore(b) ? b : a.plusNanos(1);
    LedgerSnapshot snapshot = LedgerSnapshot.of(flows);

    List<Flow> inPeriod =
        flows.stream()
            .filter(f -> !f.instant().isBefore(start) && f.instant().isBefore(end))
            .collect(Collectors.toList());
    List<Flow> beforeEnd =
        flows.stream().filter(f -> f.instant().isBefore(end)).collect(Collectors.toList());
    List<Flow> ofKinds =
        flows.stream()
            .filter(f -> kinds.isEmpty() || kinds.contains(f.kind()))
            .collect(Collectors.toList());

    assertEquals(inPeriod, snapshot.between(Interval.between(start, end)).flows());
    assertEquals(beforeEnd, snapshot.before(end).flows());
    assertEquals(ofKinds, snapshot.ofKinds(kinds).flows());
    assertEquals(
        inPeriod.stream()
            .filter(f -> kinds.isEmpty() || kinds.contains(f.kind()))
            .collect(Collectors.toList()),
        snapshot.between(Interval.between(start, end)).ofKinds(kinds).flows());
    // a period around every flow keeps them all
    assertEquals(flows, snapshot.between(Interval.between(Instant.MIN, Instant.MAX)).flows());
  }

  @Provide
  Arbitrary<Set<FlowKind>> kindSets() {
    return ReciprocityArbitraries.flowKinds().set().ofMaxSize(3);
  }
}
