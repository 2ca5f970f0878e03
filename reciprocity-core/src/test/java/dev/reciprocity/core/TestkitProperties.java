package dev.reciprocity.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.reciprocity.Flow;
import dev.reciprocity.FlowKind;
import dev.reciprocity.PortfolioScores;
import dev.reciprocity.ReciprocityRule;
import dev.reciprocity.testkit.ReciprocityArbitraries;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

/** The published generators give a host communities of its own kinds, which it can score. */
class TestkitProperties {

  private static final List<FlowKind> OWN = List.of(FlowKind.of("review"), FlowKind.of("pairing"));

  @Provide
  Arbitrary<List<Flow>> ownKinds() {
    return ReciprocityArbitraries.communities(OWN);
  }

  @Property(tries = 300)
  void communitiesOfAHostsKindsHoldOnlyThoseKindsAndScoreUnderARuleOfThem(
      @ForAll("ownKinds") List<Flow> flows) {
    Set<FlowKind> seen = flows.stream().map(Flow::kind).collect(Collectors.toSet());
    assertTrue(OWN.containsAll(seen), seen::toString);
    ReciprocityRule rule = ReciprocityRule.builder().kinds(OWN).build();
    PortfolioScores scores = Strategies.portfolio(rule).score(flows);
    assertEquals(flows.size(), scores.network().flowCount());
    Statistics.label("kinds").collect(seen.size());
  }

  @Example
  void kindsOfTwoUnitsOrNoneAreRefused() {
    assertThrows(
        IllegalArgumentException.class, () -> ReciprocityArbitraries.communities(List.of()));
    assertThrows(
        IllegalArgumentException.class,
        () ->
            ReciprocityArbitraries.communities(
                List.of(FlowKind.of("review"), FlowKind.of("money", "EUR"))));
  }

  /**
   * {@code concatenated} puts 2 to 3 lists of 1 to 2 flows together: every flow of every list, so
   * its length is 2 to 6; bad bounds are refused.
   */
  @Property(tries = 200)
  void concatenatedListsHoldEveryFlowOfEveryList(@ForAll("concatenated") List<Flow> flows) {
    assertTrue(flows.size() >= 2 && flows.size() <= 6, "size " + flows.size());
  }

  @Provide
  Arbitrary<List<Flow>> concatenated() {
    return ReciprocityArbitraries.concatenated(
        ReciprocityArbitraries.flows().list().ofMinSize(1).ofMaxSize(2), 2, 3);
  }

  @Example
  void concatenatedRefusesBadBounds() {
    Arbitrary<List<Flow>> lists = ReciprocityArbitraries.communities();
    assertThrows(
        IllegalArgumentException.class, () -> ReciprocityArbitraries.concatenated(lists, 0, 2));
    assertThrows(
        IllegalArgumentException.class, () -> ReciprocityArbitraries.concatenated(lists, 3, 2));
  }
}
