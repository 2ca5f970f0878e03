package dev.reciprocity.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.reciprocity.Amount;
import dev.reciprocity.Capacities;
import dev.reciprocity.Capacity;
import dev.reciprocity.Flow;
import dev.reciprocity.Interval;
import dev.reciprocity.PartyId;
import dev.reciprocity.ProportionalScore;
import dev.reciprocity.ProportionalScores;
import dev.reciprocity.ReciprocityRule;
import dev.reciprocity.spi.ScoringStrategy;
import dev.reciprocity.spi.StrategyParameterException;
import dev.reciprocity.testkit.ReciprocityArbitraries;
import java.math.BigDecimal;
import java.math.MathContext;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.TreeMap;
import java.util.TreeSet;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * The proportional strategy against a model written from the javadoc of {@link
 * Strategies#proportional} with {@link BigDecimal} sums, in each of its forms; and the capacity
 * table's own rules.
 */
class ProportionalProperties extends CommunityProviders {

  @Property(tries = 300)
  void proportionalScoresEqualTheModelOfTheirJavadoc(
      @ForAll("communities") List<Flow> flows,
      @ForAll("rules") ReciprocityRule rule,
      @ForAll("capacities") Capacities capacities) {
    ProportionalScores model = model(flows, rule, capacities);
    ScoringStrategy<?, ProportionalScores> proportional = Strategies.proportional(rule, capacities);
    assertClose(model, proportional.score(flows));
    assertClose(model, flows.parallelStream().collect(proportional.collector()));
    assertClose(model, proportional.score(LedgerSnapshot.of(flows).columns()));
  }

  /**
   * The model: for each season of the rule's cadence that holds a flow of its kinds, each party
   * named in the flows or the capacities with a capacity in effect at the season's start, its given
   * (out-strength), its shares and what the others gave.
   */
  private static ProportionalScores model(
      List<Flow> flows, ReciprocityRule rule, Capacities capacities) {
    Map<Instant, Interval> seasons = new TreeMap<>();
    Map<Instant, Map<PartyId, BigDecimal>> given = new TreeMap<>();
    TreeSet<PartyId> parties = new TreeSet<>();
    for (Capacity c : capacities.all()) {
      parties.add(c.party());
    }
    for (Flow f : flows) {
      if (!rule.kinds().isEmpty() && !rule.kinds().contains(f.kind())) {
        continue;
      }
      parties.add(f.giver());
      parties.add(f.receiver());
      Interval season = rule.cadence().seasonOf(f.instant());
      seasons.put(season.start(), season);
      given
          .computeIfAbsent(season.start(), k -> new TreeMap<>())
          .merge(f.giver(), f.amount().toBigDecimal(), BigDecimal::add);
    }
    ProportionalScores.Builder result = ProportionalScores.builder();
    for (Interval season : seasons.values()) {
      Map<PartyId, BigDecimal> g = given.get(season.start());
      BigDecimal without = BigDecimal.ZERO;
      BigDecimal totalGiven = BigDecimal.ZERO;
      double totalCapacity = 0;
      List<PartyId> declared = new ArrayList<>();
      for (PartyId p : parties) {
        BigDecimal out = g.getOrDefault(p, BigDecimal.ZERO);
        OptionalDouble c = capacities.at(p, season.start());
        if (c.isEmpty()) {
          without = without.add(out);
        } else {
          declared.add(p);
          totalGiven = totalGiven.add(out);
          totalCapacity += c.getAsDouble();
        }
      }
      ProportionalScores.Season.Builder s =
          ProportionalScores.Season.builder()
              .period(season)
              .givenWithoutCapacity(Amount.of(without));
      for (PartyId p : declared) {
        BigDecimal out = g.getOrDefault(p, BigDecimal.ZERO);
        double c = capacities.at(p, season.start()).getAsDouble();
        s.addParties(
            ProportionalScore.builder()
                .party(p)
                .given(Amount.of(out))
                .capacity(c)
                .giveShare(
                    totalGiven.signum() == 0
                        ? Double.NaN
                        : out.divide(totalGiven, MathContext.DECIMAL64).doubleValue())
                .capacityShare(c / totalCapacity)
                .build());
      }
      result.addSeasons(s.build());
    }
    return result.build();
  }

  private static void assertClose(ProportionalScores expected, ProportionalScores actual) {
    assertEquals(expected.seasons().size(), actual.seasons().size());
    for (int k = 0; k < expected.seasons().size(); k++) {
      ProportionalScores.Season e = expected.seasons().get(k);
      ProportionalScores.Season a = actual.seasons().get(k);
      assertEquals(e.period(), a.period());
      assertEquals(e.givenWithoutCapacity(), a.givenWithoutCapacity());
      assertEquals(e.parties().size(), a.parties().size(), () -> e.period().label());
      for (int i = 0; i < e.parties().size(); i++) {
        ProportionalScore x = e.parties().get(i);
        ProportionalScore y = a.parties().get(i);
        assertEquals(x.party(), y.party());
        assertEquals(x.given(), y.given());
        assertEquals(x.capacity(), y.capacity());
        assertEquals(x.capacityShare(), y.capacityShare(), 1e-12);
        if (Double.isNaN(x.giveShare())) {
          assertTrue(Double.isNaN(y.giveShare()));
        } else {
          assertEquals(x.giveShare(), y.giveShare(), 1e-12);
          assertEquals(x.ratio(), y.ratio(), 1e-9 * Math.max(1, x.ratio()));
        }
      }
    }
  }

  /**
   * Capacities for some of the pool's parties, some in two periods split at an instant inside the
   * generated range, and one for a party that never appears in the flows.
   */
  @Provide
  Arbitrary<Capacities> capacities() {
    List<PartyId> pool = ReciprocityArbitraries.partyPool(ReciprocityArbitraries.MAX_POOL_SIZE);
    Instant split = ReciprocityArbitraries.START.plusSeconds(400L * 86_400);
    return Arbitraries.integers()
        .between(1, 1000)
        .list()
        .ofSize(pool.size())
        .map(
            caps -> {
              List<Capacity> all = new ArrayList<>();
              for (int i = 0; i < pool.size(); i++) {
                int c = caps.get(i);
                if (c % 3 == 0) {
                  continue; // no capacity declared
                }
                if (c % 3 == 1) {
                  all.add(Capacity.builder().party(pool.get(i)).capacity(c).build());
                } else {
                  all.add(
                      Capacity.builder().party(pool.get(i)).capacity(c).effectiveTo(split).build());
                  all.add(
                      Capacity.builder()
                          .party(pool.get(i))
                          .capacity(c / 2.0)
                          .effectiveFrom(split)
                          .build());
                }
              }
              all.add(Capacity.builder().party(PartyId.of("never-gives")).capacity(7).build());
              return Capacities.of(all);
            });
  }

  @Test
  void aPartyThatGivesInProportionHasARatioOfOne() {
    PartyId ada = PartyId.of("ada");
    PartyId bob = PartyId.of("bob");
    Instant t = Instant.parse("2024-02-01T00:00:00Z");
    List<Flow> flows =
        List.of(
            Flow.builder()
                .giver(ada)
                .receiver(bob)
                .kind(dev.reciprocity.FlowKind.of("help"))
                .amount(Amount.of(30))
                .instant(t)
                .build(),
            Flow.builder()
                .giver(bob)
                .receiver(ada)
                .kind(dev.reciprocity.FlowKind.of("help"))
                .amount(Amount.of(10))
                .instant(t)
                .build());
    Capacities caps =
        Capacities.of(
            List.of(
                Capacity.builder().party(ada).capacity(3).build(),
                Capacity.builder().party(bob).capacity(1).build()));
    ProportionalScores s = Strategies.proportional(ReciprocityRule.defaults(), caps).score(flows);
    ProportionalScore first = s.seasons().get(0).parties().get(0);
    assertEquals(ada, first.party());
    assertEquals(0.75, first.giveShare());
    assertEquals(0.75, first.capacityShare());
    assertEquals(1.0, first.ratio());
    assertEquals(10.0, first.contributionPerUnit());
  }

  @Test
  void capacitiesRefuseTwoInEffectAtOnceAndFindTheOneInEffect() {
    PartyId ada = PartyId.of("ada");
    Instant split = Instant.parse("2024-01-01T00:00:00Z");
    Capacity before = Capacity.builder().party(ada).capacity(1).effectiveTo(split).build();
    Capacity after = Capacity.builder().party(ada).capacity(2).effectiveFrom(split).build();
    Capacities caps = Capacities.of(List.of(before, after));
    assertEquals(1.0, caps.at(ada, split.minusNanos(1)).getAsDouble());
    assertEquals(2.0, caps.at(ada, split).getAsDouble());
    assertTrue(caps.at(PartyId.of("bob"), split).isEmpty());
    IllegalArgumentException both =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                Capacities.of(List.of(before, Capacity.builder().party(ada).capacity(3).build())));
    assertTrue(both.getMessage().contains("in effect at once"), both.getMessage());
    assertThrows(
        IllegalArgumentException.class, () -> Capacity.builder().party(ada).capacity(0).build());
    assertThrows(
        IllegalArgumentException.class,
        () ->
            Capacity.builder()
                .party(ada)
                .capacity(1)
                .effectiveFrom(split)
                .effectiveTo(split)
                .build());
  }

  @Test
  void theProviderNeedsCapacities() {
    StrategyParameterException none =
        assertThrows(
            StrategyParameterException.class,
            () -> StrategyLookup.create().find("proportional", ReciprocityRule.defaults()));
    assertTrue(none.getMessage().contains("--capacities"), none.getMessage());
    Capacities caps =
        Capacities.of(List.of(Capacity.builder().party(PartyId.of("ada")).capacity(1).build()));
    assertEquals(
        "proportional",
        StrategyLookup.create()
            .withCapacities(caps)
            .find("proportional", ReciprocityRule.defaults())
            .name());
  }
}
