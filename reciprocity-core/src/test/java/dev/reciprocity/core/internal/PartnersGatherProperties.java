package dev.reciprocity.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.reciprocity.Finding;
import dev.reciprocity.Flow;
import dev.reciprocity.ReciprocityRule;
import dev.reciprocity.core.CommunityProviders;
import dev.reciprocity.core.LedgerSnapshot;
import dev.reciprocity.core.reference.ReferenceChronicCheck;
import dev.reciprocity.testkit.ReciprocityArbitraries;
import java.time.Instant;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * The chronic check's suggestion partners gathered in small batches of streaks (one pass over the
 * rows per batch) equal the reference, as in one batch: the batching that bounds memory on large
 * ledgers changes no finding.
 */
class PartnersGatherProperties extends CommunityProviders {

  @Property
  void partnersGatheredInSmallBatchesEqualTheReference(
      @ForAll("communities") List<Flow> flows,
      @ForAll("rules") ReciprocityRule rule,
      @ForAll("asOf") Instant asOf,
      @ForAll @IntRange(min = 1, max = 40) int gatherLimit) {
    List<Finding> expected = new ReferenceChronicCheck(rule).check(flows, asOf);
    assertEquals(
        expected,
        new ChronicImbalanceCheck(rule, gatherLimit)
            .check(LedgerSnapshot.of(flows).columns(), asOf));
  }

  @Provide
  Arbitrary<Instant> asOf() {
    return Arbitraries.oneOf(Arbitraries.just(Instant.MAX), ReciprocityArbitraries.instants());
  }
}
