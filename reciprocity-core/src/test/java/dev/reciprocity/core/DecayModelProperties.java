package dev.reciprocity.core;

import static dev.reciprocity.core.Fixtures.lastInstant;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.reciprocity.DecayedBalance;
import dev.reciprocity.DecayedBalances;
import dev.reciprocity.Flow;
import dev.reciprocity.PartyId;
import dev.reciprocity.ReciprocityRule;
import dev.reciprocity.core.DecayModel.Strengths;
import dev.reciprocity.spi.ScoringStrategy;
import dev.reciprocity.testkit.ReciprocityArbitraries;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

/**
 * The decaying strategy against {@link DecayModel}, written from its javadoc, in each of its forms:
 * one pass ({@code score(Iterable)}), a parallel {@code collector()} (parts accumulated apart and
 * merged) and the engine's {@code score(FlowColumns)}. The same parties in party order; without a
 * half-life every strength equals the model's exact sum, to the last bit; with one, within a
 * relative {@code 1e-9} (the strategy adds {@code double}s, the model exact products). The
 * metamorphic properties of {@link DecayProperties} (halving, bounds) would hold for a strategy
 * that decayed the wrong flows' amounts or gave them to the wrong side; these would not.
 */
class DecayModelProperties extends CommunityProviders {

  private static final long YEAR_SECONDS = 365L * 86_400;

  @Property(tries = 300)
  void decayedBalancesEqualTheModelInEveryForm(
      @ForAll("communities") List<Flow> flows,
      @ForAll("rulesWithShortOrLongHalfLives") ReciprocityRule rule,
      @ForAll("evaluationInstants") Instant asOf) {
    Statistics.label("half-life").collect(rule.halfLife().isPresent() ? "some" : "none");
    assertEveryFormEqualsTheModel(flows, rule, asOf);
  }

  /**
   * Flows centuries apart (half of them moved 300 to 2,000 years back), more than the 272 years one
   * sort key of second and nanosecond holds: the engine orders them by another sort, and the result
   * still equals the model.
   */
  @Property(tries = 100)
  void flowsCenturiesApartEqualTheModelInEveryForm(
      @ForAll("centuriesApart") List<Flow> flows,
      @ForAll("rulesWithShortOrLongHalfLives") ReciprocityRule rule,
      @ForAll("delays") Duration delay) {
    Instant asOf = lastInstant(flows).plus(delay);
    assertEveryFormEqualsTheModel(flows, rule, asOf);
    // bit for bit whatever the order of the flows: the other sort orders them in time too
    List<Flow> reversed = new ArrayList<>(flows);
    Collections.reverse(reversed);
    ScoringStrategy<?, DecayedBalances> decaying = Strategies.decaying(rule, asOf);
    assertEquals(decaying.score(flows), decaying.score(reversed), "reversed");
  }

  private static void assertEveryFormEqualsTheModel(
      List<Flow> flows, ReciprocityRule rule, Instant asOf) {
    DecayModel model = DecayModel.of(flows, rule, asOf);
    ScoringStrategy<?, DecayedBalances> decaying = Strategies.decaying(rule, asOf);
    assertEqualsModel(model, rule, asOf, decaying.score(flows), "score(Iterable)");
    assertEqualsModel(
        model,
        rule,
        asOf,
        flows.parallelStream().collect(decaying.collector()),
        "parallel collector");
    assertEqualsModel(
        model,
        rule,
        asOf,
        decaying.score(LedgerSnapshot.of(flows).columns()),
        "score(FlowColumns)");
  }

  private static void assertEqualsModel(
      DecayModel model, ReciprocityRule rule, Instant asOf, DecayedBalances d, String form) {
    assertEquals(asOf, d.asOf(), form);
    assertEquals(rule.halfLife(), d.halfLife(), form);
    List<PartyId> parties = new ArrayList<>();
    for (DecayedBalance b : d.parties()) {
      parties.add(b.party());
    }
    assertEquals(new ArrayList<>(model.parties.keySet()), parties, form + ": parties");
    for (DecayedBalance b : d.parties()) {
      Strengths m = model.parties.get(b.party());
      String what = form + ", " + b.party();
      if (rule.halfLife().isEmpty()) {
        assertEquals(m.out().doubleValue(), b.outStrength(), what + ": out-strength");
        assertEquals(m.in().doubleValue(), b.inStrength(), what + ": in-strength");
      } else {
        assertClose(m.out(), b.outStrength(), what + ": out-strength");
        assertClose(m.in(), b.inStrength(), what + ": in-strength");
      }
    }
  }

  private static void assertClose(BigDecimal model, double actual, String what) {
    double expected = model.doubleValue();
    assertTrue(
        Math.abs(actual - expected) <= 1e-9 * expected + 1e-300,
        () -> what + ": " + actual + ", model " + model);
  }

  /**
   * Generated rules (70% with a half-life of 1 to 365 days), and a quarter of them with a half-life
   * of 1 second to 2 days, not a whole number of seconds.
   */
  @Provide
  Arbitrary<ReciprocityRule> rulesWithShortOrLongHalfLives() {
    return Arbitraries.oneOf(
        List.of(
            ReciprocityArbitraries.rules(),
            ReciprocityArbitraries.rules(),
            ReciprocityArbitraries.rules(),
            Combinators.combine(
                    ReciprocityArbitraries.rules(),
                    Arbitraries.longs().between(1, 2 * 86_400),
                    Arbitraries.integers().between(1, 999_999_999))
                .as(
                    (rule, seconds, nanos) ->
                        ReciprocityArbitraries.withHalfLife(
                            rule, Optional.of(Duration.ofSeconds(seconds, nanos))))));
  }

  @Provide
  Arbitrary<List<Flow>> centuriesApart() {
    return Combinators.combine(
            ReciprocityArbitraries.communities(), Arbitraries.longs().between(300, 2_000))
        .as(
            (flows, years) -> {
              List<Flow> moved = new ArrayList<>(flows.size());
              for (int i = 0; i < flows.size(); i++) {
                Flow f = flows.get(i);
                moved.add(
                    i % 2 == 0
                        ? f
                        : Flow.builder()
                            .from(f)
                            .instant(f.instant().minusSeconds(years * YEAR_SECONDS))
                            .build());
              }
              return moved;
            });
  }

  @Provide
  Arbitrary<Duration> delays() {
    return Arbitraries.oneOf(
        List.of(
            Arbitraries.just(Duration.ZERO),
            Arbitraries.integers().between(0, 3650).map(Duration::ofDays)));
  }
}
