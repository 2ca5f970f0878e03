package dev.reciprocity.core;

import dev.reciprocity.testkit.ReciprocityArbitraries;
import static dev.reciprocity.core.Fixtures.lastInstant;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.reciprocity.DecayedBalance;
import dev.reciprocity.DecayedBalances;
import dev.reciprocity.Flow;
import dev.reciprocity.PartyScore;
import dev.reciprocity.PortfolioScores;
import dev.reciprocity.ReciprocityRule;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Invariant 7 (DESIGN section 6), decay: without a half-life (an infinite one) every decayed out-
 * and in-strength equals the plain one exactly; with a half-life, evaluated at or after every flow,
 * no decayed strength exceeds the plain one.
 */
class DecayProperties extends CommunityProviders {

  @Property
  void withoutHalfLifeDecayedStrengthsEqualPlainStrengths(
      @ForAll("communities") List<Flow> flows, @ForAll("rules") ReciprocityRule anyRule,
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
      @ForAll("communities") List<Flow> flows, @ForAll("rules") ReciprocityRule anyRule,
      @ForAll("halfLives") Duration halfLife, @ForAll("delays") Duration delay) {
    ReciprocityRule rule = ReciprocityArbitraries.withHalfLife(anyRule, Optional.of(halfLife));
    Instant asOf = lastInstant(flows).plus(delay);

    DecayedBalances decayed = Strategies.decaying(rule, asOf).score(flows);
    PortfolioScores plain = Strategies.portfolio(rule).score(flows);

    assertEquals(plain.parties().size(), decayed.parties().size());
    for (int i = 0; i < plain.parties().size(); i++) {
      PartyScore p = plain.parties().get(i);
      DecayedBalance d = decayed.parties().get(i);
      assertEquals(p.party(), d.party());
      assertTrue(d.outStrength() >= 0 && d.outStrength() <= p.outStrength().doubleValue(),
          () -> "decayed out " + d.outStrength() + " vs plain " + p.outStrength() + " of " + p.party());
      assertTrue(d.inStrength() >= 0 && d.inStrength() <= p.inStrength().doubleValue(),
          () -> "decayed in " + d.inStrength() + " vs plain " + p.inStrength() + " of " + p.party());
    }
  }

  @Provide
  Arbitrary<Duration> halfLives() {
    return Arbitraries.oneOf(List.of(
        Arbitraries.longs().between(1, 3600).map(Duration::ofSeconds),
        Arbitraries.integers().between(1, 3650).map(Duration::ofDays)));
  }

  @Provide
  Arbitrary<Duration> delays() {
    return Arbitraries.oneOf(List.of(
        Arbitraries.just(Duration.ZERO),
        Arbitraries.longs().between(0, 3600).map(Duration::ofSeconds),
        Arbitraries.integers().between(0, 3650).map(Duration::ofDays)));
  }
}
