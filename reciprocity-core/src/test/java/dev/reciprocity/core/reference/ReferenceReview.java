package dev.reciprocity.core.reference;

import dev.reciprocity.Amount;
import dev.reciprocity.DyadScore;
import dev.reciprocity.Finding;
import dev.reciprocity.Flow;
import dev.reciprocity.FlowKind;
import dev.reciprocity.Interval;
import dev.reciprocity.PartyId;
import dev.reciprocity.PartyScore;
import dev.reciprocity.PortfolioScores;
import dev.reciprocity.ReciprocityReview;
import dev.reciprocity.ReciprocityRule;
import dev.reciprocity.SuggestedExchange;
import dev.reciprocity.core.LedgerSnapshot;
import dev.reciprocity.core.Strategies;
import dev.reciprocity.spi.BalanceCheck;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Assembles the reciprocity review of a period: the ritual's three questions (who gave without
 * return, who received without giving, which exchanges would rebalance) and what to celebrate
 * ("celebration renews willingness": pattern text Social Reciprocity Architecture, docs/design.md,
 * section 1.2). Thread-safe.
 *
 * <pre>{@code
 * ReciprocityReview review = ReciprocityReviews.builder(ledger.snapshot())
 *     .review(Cadence.quarterly().seasonOf(Instant.now()));
 * review.gaveWithoutReturn().forEach(p -> System.out.println(p.party() + " " + p.netBalance()));
 * }</pre>
 */
/**
 * The reciprocity review as it was written over {@link Flow} objects (portfolio strategy, sorted
 * streams), before the columnar data path: kept in test code as the reference the fast path is held
 * to.
 */
public final class ReferenceReview {

  private ReferenceReview() {}

  public static ReciprocityReview review(
      List<Flow> history,
      Interval period,
      ReciprocityRule rule,
      int limit,
      List<? extends BalanceCheck> checks) {
    Objects.requireNonNull(checks, "checks");
    Objects.requireNonNull(history, "history");
    Objects.requireNonNull(period, "period");
    Objects.requireNonNull(rule, "rule");
    if (limit < 1) {
      throw new IllegalArgumentException("limit must be at least 1, got " + limit);
    }
    List<Flow> inPeriod =
        history.stream()
            .filter(f -> period.contains(f.instant()) && rule.applies(f))
            .collect(Collectors.toList());
    PortfolioScores scores = Strategies.portfolio(rule).score(inPeriod);

    Comparator<PartyScore> byId = Comparator.comparing(PartyScore::party);
    List<PartyScore> givers =
        scores.parties().stream()
            .filter(p -> p.netBalance().signum() > 0)
            .sorted(Comparator.comparing(PartyScore::netBalance).reversed().thenComparing(byId))
            .limit(limit)
            .collect(Collectors.toList());
    List<PartyScore> receivers =
        scores.parties().stream()
            .filter(p -> p.netBalance().signum() < 0)
            .sorted(Comparator.comparing(PartyScore::netBalance).thenComparing(byId))
            .limit(limit)
            .collect(Collectors.toList());

    Map<List<PartyId>, Set<FlowKind>> kinds = new HashMap<>();
    for (Flow f : inPeriod) {
      kinds.computeIfAbsent(List.of(f.giver(), f.receiver()), k -> new TreeSet<>()).add(f.kind());
    }
    Comparator<DyadScore> dyadIds = Comparator.comparing(DyadScore::a).thenComparing(DyadScore::b);
    List<SuggestedExchange> exchanges =
        scores.dyads().stream()
            .filter(d -> !d.net().isZero())
            .sorted(
                Comparator.comparing(
                        (DyadScore d) -> d.net().signum() < 0 ? d.net().negate() : d.net())
                    .reversed()
                    .thenComparing(dyadIds))
            .limit(limit)
            .map(
                d -> {
                  boolean aGaveMore = d.net().signum() > 0;
                  PartyId bigGiver = aGaveMore ? d.a() : d.b();
                  PartyId other = aGaveMore ? d.b() : d.a();
                  Amount received = aGaveMore ? d.aToB() : d.bToA();
                  Amount returned = aGaveMore ? d.bToA() : d.aToB();
                  return SuggestedExchange.builder()
                      .giver(other)
                      .receiver(bigGiver)
                      .received(received)
                      .returned(returned)
                      .kinds(kinds.getOrDefault(List.of(bigGiver, other), Set.of()))
                      .build();
                })
            .collect(Collectors.toList());
    List<DyadScore> reciprocal =
        scores.dyads().stream()
            .filter(d -> d.reciprocatedWeight().signum() > 0)
            .sorted(
                Comparator.comparing(DyadScore::reciprocatedWeight)
                    .reversed()
                    .thenComparing(
                        Comparator.comparingDouble(DyadScore::reciprocityIndex).reversed())
                    .thenComparing(dyadIds))
            .limit(limit)
            .collect(Collectors.toList());

    List<Flow> known =
        history.stream()
            .filter(f -> f.instant().isBefore(period.end()) && rule.applies(f))
            .collect(Collectors.toList());
    List<Finding> findings = new ArrayList<>();
    for (BalanceCheck check : checks) {
      for (Finding f : check.check(LedgerSnapshot.of(known).columns(), period.end())) {
        if (f.period().start().isBefore(period.end()) && f.period().end().isAfter(period.start())) {
          findings.add(f);
        }
      }
    }
    findings.sort(ReferenceChronicCheck.FINDING_ORDER);

    return ReciprocityReview.builder()
        .period(period)
        .network(scores.network())
        .parties(scores.parties())
        .gaveWithoutReturn(givers)
        .receivedWithoutGiving(receivers)
        .rebalancingExchanges(exchanges)
        .reciprocalRelationships(reciprocal)
        .findings(findings)
        .build();
  }
}
