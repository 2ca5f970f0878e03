package dev.reciprocity.core;

import static dev.reciprocity.core.PortfolioModel.fits;
import static dev.reciprocity.core.PortfolioModel.total;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.reciprocity.Amount;
import dev.reciprocity.DecayedBalance;
import dev.reciprocity.DecayedBalances;
import dev.reciprocity.DyadScore;
import dev.reciprocity.Evidence;
import dev.reciprocity.Finding;
import dev.reciprocity.Flow;
import dev.reciprocity.ImmediateScores;
import dev.reciprocity.Interval;
import dev.reciprocity.LimitExceededException;
import dev.reciprocity.PartyId;
import dev.reciprocity.PortfolioScores;
import dev.reciprocity.ReciprocityReview;
import dev.reciprocity.ReciprocityRule;
import dev.reciprocity.SeasonScores;
import dev.reciprocity.SeasonalScores;
import dev.reciprocity.spi.ScoringStrategy;
import dev.reciprocity.testkit.ReciprocityArbitraries;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

/**
 * Invariant 10 (docs/design.md, section 3, Invariants), no wrap, decided at the boundary: on
 * communities whose amounts reach {@link Amount#MAX} ({@link
 * ReciprocityArbitraries#communitiesNearBound()}), every built-in strategy, the chronic imbalance
 * check, the review, the ledger and the merge of accumulators either refuse the flows with a {@link
 * LimitExceededException} whose limit is {@code totalAmount}, exactly when the {@link BigDecimal}
 * total of the flows they add up passes {@link Amount#MAX}, or give figures equal to a {@link
 * BigDecimal} model of the same flows. Never a wrapped figure, never a bare {@link
 * ArithmeticException}: either would fail here.
 */
class NoWrapProperties extends CommunityProviders {

  @Property(tries = 300)
  void everyStrategyAndTheChronicCheckRefuseOrEqualTheModel(
      @ForAll("nearBound") List<Flow> flows,
      @ForAll("rules") ReciprocityRule anyRule,
      @ForAll("evaluationInstants") Instant asOf) {
    // decaying without a half-life, where its figures are exact; k = 1 and no minimum activity,
    // so that the chronic check has findings whose evidence to compare
    ReciprocityRule rule =
        ReciprocityRule.builder()
            .from(anyRule)
            .halfLife(Optional.empty())
            .consecutiveSeasons(1)
            .minimumActivity(Amount.ZERO)
            .build();
    List<Flow> scored = flows.stream().filter(rule::applies).collect(Collectors.toList());
    boolean fits = fits(total(scored));
    Statistics.label("total of the scored flows").collect(fits ? "fits" : "passes Amount.MAX");
    Statistics.label("total of the scored flows")
        .coverage(c -> c.check("fits").percentage(p -> p > 25));
    Statistics.label("total of the scored flows")
        .coverage(c -> c.check("passes Amount.MAX").percentage(p -> p > 25));
    Map<Interval, List<Flow>> bySeason = bySeason(scored, rule);

    refusedOrElse(
        fits,
        () -> Strategies.portfolio(rule).score(flows),
        (PortfolioScores s) -> PortfolioModel.of(scored).assertFigures(s, "portfolio"));
    refusedOrElse(
        fits,
        () -> Strategies.seasonal(rule).score(flows),
        (SeasonalScores s) -> {
          assertEquals(
              List.copyOf(bySeason.keySet()),
              s.seasons().stream().map(SeasonScores::season).collect(Collectors.toList()));
          for (SeasonScores season : s.seasons()) {
            PortfolioModel.of(bySeason.get(season.season()))
                .assertFigures(season.scores(), season.season().label());
          }
        });
    refusedOrElse(
        fits,
        () -> Strategies.immediate(rule).score(flows),
        (ImmediateScores s) -> {
          ImmediateModel model = ImmediateModel.of(flows, rule);
          PortfolioModel.assertSame(model.giftWeight, s.giftWeight(), "gift weight");
          PortfolioModel.assertSame(model.returnedWeight, s.returnedWeight(), "returned weight");
        });
    refusedOrElse(
        fits,
        () -> Strategies.decaying(rule, asOf).score(flows),
        (DecayedBalances s) -> assertDecayedEqualsModel(PortfolioModel.of(scored), s));
    refusedOrElse(
        fits,
        () ->
            // a snapshot holds at most Amount.MAX in all, so the check is given the flows it scores
            BalanceChecks.chronicImbalance(rule)
                .check(LedgerSnapshot.of(scored).columns(), Instant.MAX),
        (List<Finding> findings) -> {
          for (Finding f : findings) {
            assertEvidenceEqualsModel(f, bySeason, scored);
          }
        });
  }

  /**
   * The review refuses the history when the total of all its flows passes {@link Amount#MAX} (at
   * {@link LedgerSnapshot#of}); otherwise its figures equal the model of the flows of the rule's
   * kinds in the period.
   */
  @Property(tries = 200)
  void theReviewRefusesOrEqualsTheModel(
      @ForAll("nearBound") List<Flow> flows, @ForAll("rules") ReciprocityRule rule) {
    Interval period = Interval.of(ReciprocityArbitraries.START, ReciprocityArbitraries.END, "all");
    boolean fits = fits(total(flows));
    Statistics.label("total").collect(fits ? "fits" : "passes Amount.MAX");

    refusedOrElse(
        fits,
        () -> ReciprocityReviews.builder(LedgerSnapshot.of(flows)).rule(rule).review(period),
        (ReciprocityReview r) -> {
          List<Flow> scored = flows.stream().filter(rule::applies).collect(Collectors.toList());
          PortfolioModel model = PortfolioModel.of(scored);
          model.assertParties(r.parties(), "review");
          model.assertNetwork(r.network(), "review");
          for (DyadScore d : r.reciprocalRelationships()) {
            PortfolioModel.assertSame(model.weight(d.a(), d.b()), d.aToB(), "a to b");
            PortfolioModel.assertSame(model.weight(d.b(), d.a()), d.bToA(), "b to a");
          }
          r.gaveWithoutReturn()
              .forEach(
                  p ->
                      PortfolioModel.assertSame(
                          model.net(p.party()), p.netBalance(), "net balance"));
          r.receivedWithoutGiving()
              .forEach(
                  p ->
                      PortfolioModel.assertSame(
                          model.net(p.party()), p.netBalance(), "net balance"));
          r.rebalancingExchanges()
              .forEach(
                  e -> {
                    // e.giver() received more from e.receiver() than it returned
                    PortfolioModel.assertSame(
                        model.weight(e.receiver(), e.giver()), e.received(), "received");
                    PortfolioModel.assertSame(
                        model.weight(e.giver(), e.receiver()), e.returned(), "returned");
                  });
        });
  }

  /**
   * The ledger refuses the batch whose total, with the flows it holds, would pass its {@link
   * LedgerLimits#maxTotalAmount()} (by default {@link Amount#MAX}, or a lower bound a host sets),
   * and is unchanged afterwards; a batch within it is appended whole.
   */
  @Property(tries = 300)
  void theLedgerRefusesTheBatchThatPassesItsMaxTotalAndStaysUnchanged(
      @ForAll("nearBound") List<Flow> first,
      @ForAll("nearBound") List<Flow> second,
      @ForAll("maxTotals") Amount maxTotal) {
    Ledger ledger =
        Ledger.create(LedgerLimits.defaults().toBuilder().maxTotalAmount(maxTotal).build());
    BigDecimal bound = maxTotal.toBigDecimal();
    BigDecimal held = BigDecimal.ZERO;
    int batches = 0;
    for (List<Flow> batch : List.of(first, second)) {
      List<Flow> before = ledger.snapshot().flows();
      BigDecimal after = held.add(total(batch));
      if (after.compareTo(bound) > 0) {
        LimitExceededException e =
            assertThrows(LimitExceededException.class, () -> ledger.appendAll(batch));
        assertEquals("totalAmount", e.limit());
        assertEquals(before, ledger.snapshot().flows());
        assertEquals(before.size(), ledger.size());
      } else {
        assertEquals(batch.size(), ledger.appendAll(batch));
        List<Flow> expected = new ArrayList<>(before);
        expected.addAll(batch);
        assertEquals(expected, ledger.snapshot().flows());
        held = after;
        batches++;
      }
    }
    Statistics.label("batches appended").collect(batches);
    // what the ledger holds can be scored without refusal
    PortfolioModel.of(ledger.snapshot().flows())
        .assertFigures(Strategies.portfolio().score(ledger.snapshot().flows()), "ledger");
  }

  /**
   * Two accumulators each within the bound, whose totals together pass it, refuse to merge and
   * leave the first as it was; otherwise the merge equals one pass over both parts.
   */
  @Property(tries = 200)
  void mergingAccumulatorsWhoseTotalsTogetherPassTheBoundIsRefused(
      @ForAll("nearBoundWithinIt") List<Flow> first,
      @ForAll("nearBoundWithinIt") List<Flow> second,
      @ForAll("evaluationInstants") Instant asOf) {
    ReciprocityRule rule = ReciprocityRule.defaults();
    boolean fits = fits(total(first).add(total(second)));
    Statistics.label("together").collect(fits ? "fit" : "pass Amount.MAX");
    Statistics.label("together").coverage(c -> c.check("pass Amount.MAX").percentage(p -> p > 10));
    List<Flow> both = new ArrayList<>(first);
    both.addAll(second);

    for (ScoringStrategy<?, ?> s :
        List.of(
            Strategies.portfolio(rule),
            Strategies.seasonal(rule),
            Strategies.immediate(rule),
            Strategies.decaying(rule, asOf))) {
      if (fits) {
        assertEquals(s.score(both), Accumulators.merged(s, first, second), s.name());
      } else {
        LimitExceededException e =
            Accumulators.assertMergeRefusedLeavesFirstUnchanged(
                s, first, second, LimitExceededException.class);
        assertEquals("totalAmount", e.limit(), s.name());
      }
    }
  }

  /**
   * The flow that would take an accumulator's total past {@link Amount#MAX} is refused by {@code
   * add} before anything changes: the accumulator's result is as before, and it still takes the
   * flows that fit.
   */
  @Property(tries = 200)
  void theFlowThatWouldPassTheBoundIsRefusedAndTheAccumulatorIsUnchanged(
      @ForAll("nearBound") List<Flow> flows, @ForAll("evaluationInstants") Instant asOf) {
    ReciprocityRule rule = ReciprocityRule.defaults();
    List<Flow> accepted = new ArrayList<>();
    Flow refused = null;
    List<Flow> after = new ArrayList<>();
    BigDecimal running = BigDecimal.ZERO;
    for (Flow f : flows) {
      BigDecimal next = running.add(f.amount().toBigDecimal());
      if (fits(next)) {
        (refused == null ? accepted : after).add(f);
        running = next;
      } else if (refused == null) {
        refused = f;
      }
    }
    Statistics.label("a flow passes the bound").collect(refused != null);
    Statistics.label("a flow passes the bound")
        .coverage(c -> c.check(true).percentage(p -> p > 30));
    if (refused == null) {
      return;
    }

    for (ScoringStrategy<?, ?> s :
        List.of(
            Strategies.portfolio(rule),
            Strategies.seasonal(rule),
            Strategies.immediate(rule),
            Strategies.decaying(rule, asOf))) {
      LimitExceededException e =
          Accumulators.assertAddRefusedLeavesAccumulatorUnchanged(
              s, accepted, refused, after, LimitExceededException.class);
      assertEquals("totalAmount", e.limit(), s.name());
    }
  }

  /**
   * Runs {@code scoring}: when the flows fit, checks its result; when they do not, expects a {@link
   * LimitExceededException} on the limit {@code totalAmount}. Any other exception, or a result
   * where a refusal was due, fails.
   */
  private static <R> void refusedOrElse(boolean fits, Supplier<R> scoring, Consumer<R> check) {
    if (fits) {
      check.accept(scoring.get());
    } else {
      LimitExceededException e = assertThrows(LimitExceededException.class, scoring::get);
      assertEquals("totalAmount", e.limit());
      assertTrue(e.getMessage().contains(Amount.MAX.toString()), e::getMessage);
    }
  }

  private static Map<Interval, List<Flow>> bySeason(List<Flow> scored, ReciprocityRule rule) {
    Map<Interval, List<Flow>> bySeason = new TreeMap<>();
    for (Flow f : scored) {
      bySeason.computeIfAbsent(rule.cadence().seasonOf(f.instant()), s -> new ArrayList<>()).add(f);
    }
    return bySeason;
  }

  /**
   * Without a half-life the decayed strengths are the plain ones as doubles: within two units in
   * the last place of the model's exact sum (the sum of millionths is exact; dividing it by {@code
   * 10^6} in doubles rounds twice). A wrapped sum would be off by about {@code 10^13}.
   */
  private static void assertDecayedEqualsModel(PortfolioModel model, DecayedBalances decayed) {
    assertEquals(
        List.copyOf(model.parties()),
        decayed.parties().stream().map(DecayedBalance::party).collect(Collectors.toList()));
    for (DecayedBalance d : decayed.parties()) {
      double out = model.out(d.party()).doubleValue();
      double in = model.in(d.party()).doubleValue();
      assertTrue(
          Math.abs(d.outStrength() - out) <= 2 * Math.ulp(out),
          () -> "decayed out-strength of " + d.party() + " " + d.outStrength() + " vs " + out);
      assertTrue(
          Math.abs(d.inStrength() - in) <= 2 * Math.ulp(in),
          () -> "decayed in-strength of " + d.party() + " " + d.inStrength() + " vs " + in);
    }
  }

  /**
   * A chronic finding's amounts equal the model: the subject's out- and in-strength in each season
   * of its evidence, and what it gave to and received from its counterpart over the finding's
   * period.
   */
  private static void assertEvidenceEqualsModel(
      Finding f, Map<Interval, List<Flow>> bySeason, List<Flow> scored) {
    PartyId subject = f.subject();
    for (Evidence e : f.evidence()) {
      if (e.amount().isEmpty()) {
        continue;
      }
      Amount amount = e.amount().get();
      if (e.measure().equals(Evidence.OUT_STRENGTH) || e.measure().equals(Evidence.IN_STRENGTH)) {
        PortfolioModel season = PortfolioModel.of(bySeason.get(e.period().orElseThrow()));
        PortfolioModel.assertSame(
            e.measure().equals(Evidence.OUT_STRENGTH) ? season.out(subject) : season.in(subject),
            amount,
            f.subject() + " " + e);
      } else {
        PartyId partner = e.counterpart().orElseThrow();
        PortfolioModel span =
            PortfolioModel.of(
                scored.stream()
                    .filter(fl -> f.period().contains(fl.instant()))
                    .collect(Collectors.toList()));
        PortfolioModel.assertSame(
            e.measure().equals(Evidence.GIVEN_TO_COUNTERPART)
                ? span.weight(subject, partner)
                : span.weight(partner, subject),
            amount,
            f.subject() + " " + e);
      }
    }
  }

  @Provide
  Arbitrary<List<Flow>> nearBound() {
    return ReciprocityArbitraries.communitiesNearBound();
  }

  /** Communities near the bound whose total is within it. */
  @Provide
  Arbitrary<List<Flow>> nearBoundWithinIt() {
    return ReciprocityArbitraries.communitiesNearBound().filter(flows -> fits(total(flows)));
  }

  /** {@link Amount#MAX}, or a lower bound a host might set. */
  @Provide
  Arbitrary<Amount> maxTotals() {
    return net.jqwik.api.Arbitraries.oneOf(
        List.of(
            net.jqwik.api.Arbitraries.just(Amount.MAX),
            ReciprocityArbitraries.amountsNearBound().filter(a -> a.signum() > 0)));
  }
}
