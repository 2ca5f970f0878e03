package dev.reciprocity.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.reciprocity.Flow;
import dev.reciprocity.ReciprocityRule;
import dev.reciprocity.SeasonScores;
import dev.reciprocity.SeasonalScores;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

/**
 * The shape of seasonal scores, from their documentation: the seasons of the rule's cadence that
 * hold a scored flow, in order, no empty one, each holding the portfolio figures of exactly the
 * flows inside it.
 */
class SeasonalProperties extends CommunityProviders {

  @Property
  void everySeasonWithAFlowAndNoOtherInOrderEachScoringItsOwnFlows(
      @ForAll("communities") List<Flow> flows, @ForAll("rules") ReciprocityRule rule) {
    List<Flow> scored = flows.stream().filter(rule::applies).collect(Collectors.toList());

    SeasonalScores seasonal = Strategies.seasonal(rule).score(flows);

    assertEquals(rule.cadence(), seasonal.cadence());
    List<SeasonScores> seasons = seasonal.seasons();
    if (scored.isEmpty()) {
      assertEquals(List.of(), seasons);
      return;
    }
    Instant first = scored.stream().map(Flow::instant).min(Comparator.naturalOrder()).orElseThrow();
    Instant last = scored.stream().map(Flow::instant).max(Comparator.naturalOrder()).orElseThrow();
    assertTrue(
        seasons.get(0).season().contains(first), () -> seasons.get(0).season() + " vs " + first);
    assertTrue(seasons.get(seasons.size() - 1).season().contains(last));
    for (int i = 1; i < seasons.size(); i++) {
      assertTrue(!seasons.get(i - 1).season().end().isAfter(seasons.get(i).season().start()));
    }
    // exactly the seasons of the scored flows: none empty, none missing
    assertEquals(
        scored.stream().map(f -> rule.cadence().seasonOf(f.instant())).distinct().count(),
        seasons.size());
    for (SeasonScores s : seasons) {
      assertTrue(s.scores().network().flowCount() > 0, () -> s.season().label());
      List<Flow> inside =
          flows.stream().filter(f -> s.season().contains(f.instant())).collect(Collectors.toList());
      assertEquals(Strategies.portfolio(rule).score(inside), s.scores(), () -> s.season().label());
    }
  }
}
