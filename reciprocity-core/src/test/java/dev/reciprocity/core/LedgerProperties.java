package dev.reciprocity.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.reciprocity.Amount;
import dev.reciprocity.ConflictingFlowException;
import dev.reciprocity.Flow;
import dev.reciprocity.testkit.ReciprocityArbitraries;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * Ingest (docs/design.md, section 3, invariant 13): flow ids make ingest idempotent, and a batch is
 * appended all or nothing.
 */
class LedgerProperties extends CommunityProviders {

  @Property
  void appendingTheSameBatchTwiceCountsItOnce(@ForAll("communities") List<Flow> flows) {
    List<Flow> batch = ReciprocityArbitraries.withIds(flows);
    Ledger ledger = Ledger.create();

    assertEquals(batch.size(), ledger.appendAll(batch));
    assertEquals(0, ledger.appendAll(batch));
    assertEquals(batch, ledger.snapshot().flows());
  }

  @Property
  void aBatchHoldingTheSameFlowTwiceCountsItOnce(@ForAll("communities") List<Flow> flows) {
    List<Flow> batch = ReciprocityArbitraries.withIds(flows);
    List<Flow> doubled = new ArrayList<>(batch);
    doubled.addAll(batch);
    Ledger ledger = Ledger.create();

    assertEquals(batch.size(), ledger.appendAll(doubled));
    assertEquals(batch, ledger.snapshot().flows());
  }

  /**
   * A batch that reuses an id the ledger holds, for a different flow, throws and appends nothing;
   * afterwards the same batch without the conflicting flow is accepted whole, so the failed batch
   * left no trace (not even its new ids).
   */
  @Property
  void aBatchConflictingWithTheLedgerThrowsAndLeavesTheLedgerUnchanged(
      @ForAll("nonEmptyCommunities") List<Flow> held,
      @ForAll("communities") List<Flow> fresh,
      @ForAll @IntRange(min = 0, max = 1000) int which,
      @ForAll @IntRange(min = 0, max = 1000) int at) {
    Ledger ledger = Ledger.create();
    List<Flow> heldWithIds = ReciprocityArbitraries.withIds(held);
    ledger.appendAll(heldWithIds);
    List<Flow> before = ledger.snapshot().flows();
    List<Flow> freshWithIds = withIds(fresh, "g");
    List<Flow> batch = new ArrayList<>(freshWithIds);
    batch.add(at % (batch.size() + 1), conflicting(heldWithIds.get(which % heldWithIds.size())));

    assertThrows(ConflictingFlowException.class, () -> ledger.appendAll(batch));

    assertEquals(before, ledger.snapshot().flows());
    assertEquals(before.size(), ledger.size());
    assertEquals(freshWithIds.size(), ledger.appendAll(freshWithIds));
  }

  @Property
  void aBatchConflictingWithItselfThrowsAndLeavesTheLedgerUnchanged(
      @ForAll("communities") List<Flow> held,
      @ForAll("nonEmptyCommunities") List<Flow> fresh,
      @ForAll @IntRange(min = 0, max = 1000) int which,
      @ForAll @IntRange(min = 0, max = 1000) int at) {
    Ledger ledger = Ledger.create();
    ledger.appendAll(ReciprocityArbitraries.withIds(held));
    List<Flow> before = ledger.snapshot().flows();
    List<Flow> freshWithIds = withIds(fresh, "g");
    List<Flow> batch = new ArrayList<>(freshWithIds);
    batch.add(at % (batch.size() + 1), conflicting(freshWithIds.get(which % freshWithIds.size())));

    assertThrows(ConflictingFlowException.class, () -> ledger.appendAll(batch));

    assertEquals(before, ledger.snapshot().flows());
    assertEquals(freshWithIds.size(), ledger.appendAll(freshWithIds));
  }

  /** The same id with a different amount. */
  private static Flow conflicting(Flow flow) {
    return Flow.builder().from(flow).amount(flow.amount().plus(Amount.ONE)).build();
  }

  private static List<Flow> withIds(List<Flow> flows, String prefix) {
    return ReciprocityArbitraries.withIds(flows).stream()
        .map(f -> Flow.builder().from(f).id(prefix + f.id().orElseThrow()).build())
        .collect(Collectors.toList());
  }

  @Provide
  Arbitrary<List<Flow>> nonEmptyCommunities() {
    return ReciprocityArbitraries.communities().filter(flows -> !flows.isEmpty());
  }
}
