package dev.reciprocity.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.reciprocity.Amount;
import dev.reciprocity.Cadence;
import dev.reciprocity.Finding;
import dev.reciprocity.Flow;
import dev.reciprocity.Interval;
import dev.reciprocity.ReciprocityReview;
import dev.reciprocity.ReciprocityRule;
import dev.reciprocity.SeasonScores;
import dev.reciprocity.SeasonalScores;
import dev.reciprocity.testkit.ReciprocityArbitraries;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.RandomDistribution;
import net.jqwik.api.statistics.Statistics;

/**
 * Invariant 12 (docs/design.md, section 3, Invariants), cost follows content: flows up to 8,000
 * years apart, anywhere in the supported time range (years 0001 to 9999), cut into weekly seasons,
 * give as many seasons as there are distinct weeks with a flow, never one per week of the span
 * (some 400,000); the chronic imbalance check and the review run over them and see the quiet
 * millennia in between as quiet. Nothing here measures time or memory: a strategy that allocated
 * one season per week of the span would give the wrong number of seasons (and run out of a test's
 * heap first).
 */
class TimeRangeProperties {

  private static final Duration CLUSTER = Duration.ofDays(35);
  private static final Instant YEAR_2000 = Instant.parse("2000-01-01T00:00:00Z");

  /** Two clusters of flows, each within 5 weeks, the second up to 8,000 years after the first. */
  record FarApart(List<Flow> early, List<Flow> late) {
    List<Flow> all() {
      List<Flow> all = new ArrayList<>(early);
      all.addAll(late);
      return all;
    }
  }

  @Property(tries = 60)
  void seasonsChronicFindingsAndReviewFollowTheFlowsNotTheSpan(@ForAll("farApart") FarApart f) {
    List<Flow> flows = f.all();
    // k = 1 weekly season, every season judged: a one-sided week is a finding, and a streak
    // taken across the quiet millennia would be one longer than a cluster
    ReciprocityRule rule =
        ReciprocityRule.builder()
            .cadence(Cadence.weekly())
            .consecutiveSeasons(1)
            .minimumActivity(Amount.ZERO)
            .build();
    Cadence weekly = Cadence.weekly();
    long weeks = flows.stream().map(fl -> weekly.seasonOf(fl.instant())).distinct().count();
    Duration span = Duration.between(f.early().get(0).instant(), f.late().get(0).instant());
    Statistics.label("millennia apart").collect(span.toDays() / 365_000);

    SeasonalScores seasonal = Strategies.seasonal(rule).score(flows);
    List<Finding> findings =
        BalanceChecks.chronicImbalance(rule).check(LedgerSnapshot.of(flows).columns(), Flow.LATEST);
    Interval everything = Interval.of(Flow.EARLIEST, Flow.LATEST.plusNanos(1), "all");
    ReciprocityReview review =
        ReciprocityReviews.builder(LedgerSnapshot.of(flows)).rule(rule).review(everything);

    assertEquals(weeks, seasonal.seasons().size());
    long scored = 0;
    for (SeasonScores s : seasonal.seasons()) {
      scored += s.scores().network().flowCount();
    }
    assertEquals(flows.size(), scored);
    // no streak runs across the quiet millennia: each finding lies within one cluster
    Statistics.label("findings").collect(findings.isEmpty() ? "none" : "some");
    Statistics.label("findings").coverage(c -> c.check("some").percentage(p -> p > 50));
    for (Finding finding : findings) {
      Duration length = finding.period().length();
      assertTrue(
          length.compareTo(CLUSTER.plusDays(14)) <= 0,
          () -> finding.period() + " spans more than a cluster");
    }
    // the review runs every default check: its chronic findings are the chronic check's
    assertEquals(
        findings,
        review.findings().stream()
            .filter(
                x ->
                    x.type().equals(dev.reciprocity.FindingType.CHRONIC_GIVER)
                        || x.type().equals(dev.reciprocity.FindingType.CHRONIC_RECEIVER))
            .toList());

    assertEquals(Strategies.portfolio(rule).score(flows).parties(), review.parties());
  }

  @Provide
  Arbitrary<FarApart> farApart() {
    Arbitrary<Instant> firstStarts = ReciprocityArbitraries.instants(Flow.EARLIEST, YEAR_2000);
    Arbitrary<Long> gapsInDays =
        Arbitraries.longs()
            .between(CLUSTER.toDays(), 8_000L * 365)
            .withDistribution(RandomDistribution.uniform());
    return Combinators.combine(firstStarts, gapsInDays)
        .as(
            (start, gap) -> {
              Instant second = start.plus(Duration.ofDays(gap));
              Instant lastStart = Flow.LATEST.minus(CLUSTER);
              return List.of(start, second.isAfter(lastStart) ? lastStart : second);
            })
        .withoutEdgeCases()
        .flatMap(
            starts ->
                Combinators.combine(cluster(starts.get(0)), cluster(starts.get(1)))
                    .as(FarApart::new));
  }

  /**
   * One to 12 flows between two parties within {@link #CLUSTER} from {@code start}, the first at
   * {@code start}. With two parties, weeks of one-sided giving, and so findings, are frequent.
   */
  private static Arbitrary<List<Flow>> cluster(Instant start) {
    Arbitrary<Flow> flows =
        ReciprocityArbitraries.flows(
            2,
            ReciprocityArbitraries.amounts(),
            ReciprocityArbitraries.instants(start, start.plus(CLUSTER)));
    return Combinators.combine(flows, flows.list().ofMaxSize(11))
        .as(
            (first, rest) -> {
              List<Flow> all = new ArrayList<>();
              all.add(Flow.builder().from(first).instant(start).build());
              all.addAll(rest);
              return all;
            });
  }
}
