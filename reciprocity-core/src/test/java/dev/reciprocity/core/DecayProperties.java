package dev.reciprocity.core;

import static dev.reciprocity.core.Fixtures.lastInstant;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.reciprocity.DecayedBalance;
import dev.reciprocity.DecayedBalances;
import dev.reciprocity.Flow;
import dev.reciprocity.PartyScore;
import dev.reciprocity.PortfolioScores;
import dev.reciprocity.ReciprocityRule;
import dev.reciprocity.testkit.ReciprocityArbitraries;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Invariant 7 (docs/design.md, section 3, Invariants), decay: without a half-life (an infinite one)
 * every decayed out- and in-strength equals the plain one exactly; with a half-life, evaluated at
 * or after every flow, no decayed strength exceeds the plain one, and one half-life later every one
 * is halved.
 */
class DecayProperties extends CommunityProviders {

  @Property
  void withoutHalfLifeDecayedStrengthsEqualPlainStrengths(
      @ForAll("communities") List<Flow> flows,
      @ForAll("rules") ReciprocityRule anyRule,
      @ForAll("evaluationInstants") Instant asOf) {
    ReciprocityRule rule = ReciprocityArbitraries.withHalfLife(anyRule, Optional.empty());

    DecayedBalances decayed = Strategies.decaying(rule, asOf).score(flows);
    PortfolioScores plain = Strategies.portfolio(rule).score(flows);

    assertEquals(Optional.empty(), decayed.halfLife());
    assertEquals(plain.parties().size(), decayed.parties().size());
    for (int i = 0; i < plain.parties().size(); i++) {
      PartyScore p = plain.parties().get(i);
      DecayedBalance d = decayed.parties().get(i);
      assertEquals(p.party(), d.party());
      // exact double equality: no tolerance
      assertEquals(p.outStrength().doubleValue(), d.outStrength(), () -> "out of " + p.party());
      assertEquals(p.inStrength().doubleValue(), d.inStrength(), () -> "in of " + p.party());
    }
  }

  @Property
  void withHalfLifeDecayedStrengthsNeverExceedPlainOnesAtOrAfterEveryFlow(
      @ForAll("communities") List<Flow> flows,
      @ForAll("rules") ReciprocityRule anyRule,
      @ForAll("halfLives") Duration halfLife,
      @ForAll("delays") Duration delay) {
    ReciprocityRule rule = ReciprocityArbitraries.withHalfLife(anyRule, Optional.of(halfLife));
    Instant asOf = lastInstant(flows).plus(delay);

    DecayedBalances decayed = Strategies.decaying(rule, asOf).score(flows);
    PortfolioScores plain = Strategies.portfolio(rule).score(flows);

    assertEquals(plain.parties().size(), decayed.parties().size());
    for (int i = 0; i < plain.parties().size(); i++) {
      PartyScore p = plain.parties().get(i);
      DecayedBalance d = decayed.parties().get(i);
      assertEquals(p.party(), d.party());
      // (not negative is DecayedBalance's own check)
      assertTrue(
          d.outStrength() <= p.outStrength().doubleValue(),
          () ->
              "decayed out "
                  + d.outStrength()
                  + " vs plain "
                  + p.outStrength()
                  + " of "
                  + p.party());
      assertTrue(
          d.inStrength() <= p.inStrength().doubleValue(),
          () ->
              "decayed in " + d.inStrength() + " vs plain " + p.inStrength() + " of " + p.party());
    }
  }

  /**
   * A flow of amount {@code a} at {@code t} counts {@code a * 2^(-(T - t) / h)} at {@code T}; at
   * {@code T + h} it counts {@code a * 2^(-(T - t) / h - 1)}, exactly half. So shifting the
   * evaluation instant by one half-life halves every decayed out- and in-strength, whatever the
   * flows. The strategy computes doubles: equal within a relative {@code 1e-12}.
   *
   * <p>The half-lives are at least a week, so that every flow (at most 3 years before the last one,
   * which is at most 10 years before {@code asOf}) is less than 700 half-lives old and its decay
   * factor a normal double: below {@code 2^-1022} doubles lose precision, and halving them is no
   * longer exact to twelve digits.
   */
  @Property
  void shiftingAsOfByExactlyOneHalfLifeHalvesEveryDecayedStrength(
      @ForAll("communities") List<Flow> flows,
      @ForAll("rules") ReciprocityRule anyRule,
      @ForAll("halfLivesOfAWeekOrMore") Duration halfLife,
      @ForAll("delays") Duration delay) {
    ReciprocityRule rule = ReciprocityArbitraries.withHalfLife(anyRule, Optional.of(halfLife));
    Instant asOf = lastInstant(flows).plus(delay);

    DecayedBalances now = Strategies.decaying(rule, asOf).score(flows);
    DecayedBalances later = Strategies.decaying(rule, asOf.plus(halfLife)).score(flows);

    assertEquals(asOf.plus(halfLife), later.asOf());
    assertEquals(now.parties().size(), later.parties().size());
    for (int i = 0; i < now.parties().size(); i++) {
      DecayedBalance n = now.parties().get(i);
      DecayedBalance l = later.parties().get(i);
      assertEquals(n.party(), l.party());
      assertHalf(n.outStrength(), l.outStrength(), "out-strength of " + n.party());
      assertHalf(n.inStrength(), l.inStrength(), "in-strength of " + n.party());
    }
  }

  private static void assertHalf(double now, double later, String what) {
    double half = now / 2;
    assertTrue(
        Math.abs(later - half) <= 1e-12 * half,
        () -> what + ": " + later + " one half-life later, expected half of " + now);
  }

  @Provide
  Arbitrary<Duration> halfLivesOfAWeekOrMore() {
    return Arbitraries.oneOf(
        List.of(
            Arbitraries.integers().between(7, 3650).map(Duration::ofDays),
            // not a whole number of seconds
            Combinators.combine(
                    Arbitraries.longs().between(7 * 86_400, 3650L * 86_400),
                    Arbitraries.integers().between(1, 999_999_999))
                .as((seconds, nanos) -> Duration.ofSeconds(seconds, nanos))));
  }

  @Provide
  Arbitrary<Duration> halfLives() {
    return Arbitraries.oneOf(
        List.of(
            Arbitraries.longs().between(1, 3600).map(Duration::ofSeconds),
            Arbitraries.integers().between(1, 3650).map(Duration::ofDays)));
  }

  @Provide
  Arbitrary<Duration> delays() {
    return Arbitraries.oneOf(
        List.of(
            Arbitraries.just(Duration.ZERO),
            Arbitraries.longs().between(0, 3600).map(Duration::ofSeconds),
            Arbitraries.integers().between(0, 3650).map(Duration::ofDays)));
  }
}
