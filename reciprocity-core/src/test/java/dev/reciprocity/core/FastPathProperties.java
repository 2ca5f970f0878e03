package dev.reciprocity.core;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.reciprocity.Amount;
import dev.reciprocity.Cadence;
import dev.reciprocity.Finding;
import dev.reciprocity.Flow;
import dev.reciprocity.FlowKind;
import dev.reciprocity.Interval;
import dev.reciprocity.PartyId;
import dev.reciprocity.ReciprocityReview;
import dev.reciprocity.ReciprocityRule;
import dev.reciprocity.core.reference.ReferenceChronicCheck;
import dev.reciprocity.core.reference.ReferenceReview;
import dev.reciprocity.testkit.ReciprocityArbitraries;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * The columnar fast path against the reference: the review and the chronic check as they were
 * written over {@link Flow} objects before the columnar ledger (kept in test code, {@code
 * dev.reciprocity.core.reference}), on random ledgers. Every figure, list and finding must be
 * equal, not close.
 */
class FastPathProperties extends CommunityProviders {

  @Property
  void theChronicCheckOverColumnsEqualsTheReference(
      @ForAll("communities") List<Flow> flows,
      @ForAll("rules") ReciprocityRule rule,
      @ForAll("asOf") Instant asOf) {
    List<Finding> expected = new ReferenceChronicCheck(rule).check(flows, asOf);
    // from a snapshot's columns, and from a plain list put into columns
    assertEquals(
        expected,
        BalanceChecks.chronicImbalance(rule).check(LedgerSnapshot.of(flows).columns(), asOf));
    assertEquals(
        expected,
        BalanceChecks.chronicImbalance(rule).check(LedgerSnapshot.of(flows).columns(), asOf));
  }

  @Property
  void theReviewOverColumnsEqualsTheReference(
      @ForAll("communities") List<Flow> flows,
      @ForAll("rules") ReciprocityRule rule,
      @ForAll("periods") Interval period,
      @ForAll @IntRange(min = 1, max = 6) int limit) {
    ReciprocityReview expected =
        ReferenceReview.review(flows, period, rule, limit, BalanceChecks.defaults(rule));
    Ledger ledger = Ledger.create();
    ledger.appendAll(flows);
    ReciprocityReview review =
        ReciprocityReviews.builder(ledger.snapshot())
            .rule(rule)
            .settings(ReviewSettings.of(rule.cadence()).withTop(limit))
            .review(period);
    assertEquals(expected, withoutCirculation(review));
    // the circulation is the portfolio figures' of the same flows (CirculationProperties holds
    // those to models of their own)
    assertEquals(
        PortfolioFigures.of(ledger.snapshot().between(period), rule).circulation(),
        review.circulation().orElseThrow());
  }

  /**
   * The review without its circulation, which the reference does not compute: {@link
   * CirculationProperties} holds it to a brute-force and a cycle-cancelling model.
   */
  static ReciprocityReview withoutCirculation(ReciprocityReview review) {
    return ReciprocityReview.builder().from(review).circulation(Optional.empty()).build();
  }

  @Property
  void snapshotQueriesKeepTheFlowsAListFilterKeeps(
      @ForAll("communities") List<Flow> flows,
      @ForAll("periods") Interval period,
      @ForAll("rules") ReciprocityRule rule) {
    LedgerSnapshot all = LedgerSnapshot.of(flows);
    assertEquals(flows, all.flows());
    assertEquals(filter(flows, f -> period.contains(f.instant())), all.between(period).flows());
    assertEquals(
        filter(flows, f -> f.instant().isBefore(period.end())), all.before(period.end()).flows());
    assertEquals(filter(flows, rule::applies), all.ofKinds(rule.kinds()).flows());
    if (!flows.isEmpty()) {
      PartyId a = flows.get(0).giver();
      PartyId b = flows.get(flows.size() - 1).receiver();
      assertEquals(
          filter(flows, f -> f.giver().equals(a) || f.receiver().equals(a)),
          all.involving(a).flows());
      assertEquals(
          filter(
              flows,
              f ->
                  (f.giver().equals(a) && f.receiver().equals(b))
                      || (f.giver().equals(b) && f.receiver().equals(a))),
          all.dyad(a, b).flows());
    }
  }

  @Property
  void aLedgerFedFromASnapshotHoldsWhatOneFedFlowByFlowHolds(
      @ForAll("communities") List<Flow> first, @ForAll("communities") List<Flow> second) {
    Ledger byFlows = Ledger.create();
    byFlows.appendAll(first);
    for (Flow f : second) {
      byFlows.append(f);
    }
    Ledger bySnapshots = Ledger.create();
    bySnapshots.appendAll(LedgerSnapshot.of(first));
    bySnapshots.appendAll(LedgerSnapshot.of(second));
    assertEquals(byFlows.snapshot().flows(), bySnapshots.snapshot().flows());
    List<Flow> all = new ArrayList<>(first);
    all.addAll(second);
    assertEquals(all, bySnapshots.snapshot().flows());
  }

  /**
   * A ledger large enough for the parallel path (both cores, {@code 2^16} rows and more), many
   * parties and seasons: the fast review equals the reference.
   */
  @Example
  void aLargeLedgerReviewsAsTheReferenceDoes() {
    List<Flow> flows = largeLedger(150_000, 2_000, 42);
    Ledger ledger = Ledger.create();
    ledger.appendAll(flows);
    for (Cadence cadence : List.of(Cadence.quarterly(), Cadence.monthly())) {
      ReciprocityRule rule = ReciprocityRule.builder().cadence(cadence).build();
      Interval whole = Interval.between(ReciprocityArbitraries.START, ReciprocityArbitraries.END);
      Interval season = cadence.seasonOf(Instant.parse("2024-05-17T00:00:00Z"));
      for (Interval period : List.of(whole, season)) {
        assertEquals(
            ReferenceReview.review(flows, period, rule, 10, BalanceChecks.defaults(rule)),
            withoutCirculation(
                ReciprocityReviews.builder(ledger.snapshot()).rule(rule).review(period)));
      }
    }
  }

  /**
   * Few flows among many parties over many seasons: the per-party season sums and the streaks'
   * cells no longer fit a dense {@code parties x seasons} array and go to hash tables; with an
   * hourly custom cadence over decades, the seasons are far more than the flows and each flow asks
   * the cadence for its season. Both paths equal the reference.
   */
  @Example
  void sparseSeasonsCheckAsTheReferenceDoes() {
    List<Flow> flows = spreadOut(6_000, 3_000, 30, 11);
    Instant asOf = Instant.parse("2053-01-01T00:00:00Z");
    for (Cadence cadence :
        List.of(
            Cadence.weekly(),
            Cadence.every(java.time.Duration.ofHours(1), Instant.parse("2020-01-01T00:00:00Z")))) {
      ReciprocityRule rule =
          ReciprocityRule.builder().cadence(cadence).consecutiveSeasons(1).build();
      List<Finding> expected = new ReferenceChronicCheck(rule).check(flows, asOf);
      assertEquals(
          expected,
          BalanceChecks.chronicImbalance(rule).check(LedgerSnapshot.of(flows).columns(), asOf));
      assertEquals(false, expected.isEmpty());
    }
  }

  /** {@code count} flows among {@code parties} parties, spread over {@code years} from 2020. */
  static List<Flow> spreadOut(int count, int parties, int years, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    long start = Instant.parse("2020-01-01T00:00:00Z").getEpochSecond();
    long span = years * 365L * 86_400;
    List<Flow> flows = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      int g = random.nextInt(parties);
      int r = (g + 1 + random.nextInt(parties - 1)) % parties;
      flows.add(
          Flow.builder()
              .giver(PartyId.of("p" + g))
              .receiver(PartyId.of("p" + r))
              .kind(ReciprocityArbitraries.KINDS.get(0))
              .amount(Amount.ofMicros(1 + random.nextLong(5_000_000L)))
              .instant(Instant.ofEpochSecond(start + random.nextLong(span)))
              .build());
    }
    return flows;
  }

  /**
   * Flows with skewed givers (a few give much), about 30% reversing an earlier flow, amounts with
   * fractions and zeros, three kinds, over {@link ReciprocityArbitraries#START} to {@code END}.
   */
  static List<Flow> largeLedger(int count, int parties, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    List<FlowKind> kinds = ReciprocityArbitraries.KINDS.subList(0, 3);
    long span =
        ReciprocityArbitraries.END.getEpochSecond() - ReciprocityArbitraries.START.getEpochSecond();
    List<Flow> flows = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      int g;
      int r;
      if (i > 0 && random.nextInt(10) < 3) {
        Flow earlier = flows.get(random.nextInt(i));
        g = Integer.parseInt(earlier.receiver().value().substring(1));
        r = Integer.parseInt(earlier.giver().value().substring(1));
      } else {
        double u = random.nextDouble();
        g = (int) (parties * u * u * u);
        r = random.nextInt(parties);
        if (r == g) {
          r = (r + 1) % parties;
        }
      }
      flows.add(
          Flow.builder()
              .giver(PartyId.of("p" + g))
              .receiver(PartyId.of("p" + r))
              .kind(kinds.get(random.nextInt(kinds.size())))
              .amount(Amount.ofMicros(random.nextInt(8) == 0 ? 0 : random.nextLong(5_000_000L)))
              .instant(
                  Instant.ofEpochSecond(
                      ReciprocityArbitraries.START.getEpochSecond() + random.nextLong(span)))
              .build());
    }
    return flows;
  }

  @Provide
  Arbitrary<Instant> asOf() {
    return Arbitraries.oneOf(Arbitraries.just(Instant.MAX), ReciprocityArbitraries.instants());
  }

  @Provide
  Arbitrary<Interval> periods() {
    return ReciprocityArbitraries.instants()
        .tuple2()
        .filter(t -> !t.get1().equals(t.get2()))
        .map(
            t ->
                t.get1().isBefore(t.get2())
                    ? Interval.between(t.get1(), t.get2())
                    : Interval.between(t.get2(), t.get1()));
  }

  private static List<Flow> filter(List<Flow> flows, java.util.function.Predicate<Flow> keep) {
    return flows.stream().filter(keep).collect(Collectors.toList());
  }
}
