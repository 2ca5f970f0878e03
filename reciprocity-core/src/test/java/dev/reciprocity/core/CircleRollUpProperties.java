package dev.reciprocity.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.reciprocity.Circles;
import dev.reciprocity.Flow;
import dev.reciprocity.Membership;
import dev.reciprocity.PartyId;
import dev.reciprocity.testkit.ReciprocityArbitraries;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * The roll-up to circles conserves the weight (between circles plus cancelled inside them is the
 * total), cancels every flow inside a circle and nothing else, and gives each circle the net
 * balance of its members added up; two levels roll up through circles of circles.
 */
class CircleRollUpProperties extends CommunityProviders {

  @Property(tries = 300)
  void rollUpConservesFlowsAndCancelsInsideACircle(
      @ForAll("communities") List<Flow> flows, @ForAll("memberships") Circles circles) {
    LedgerSnapshot snapshot = LedgerSnapshot.of(flows);
    CircleRollUp up = CircleRollUp.of(snapshot, circles, 1);

    BigDecimal total = BigDecimal.ZERO;
    BigDecimal inside = BigDecimal.ZERO;
    long insideFlows = 0;
    Map<PartyId, BigDecimal> net = new HashMap<>();
    for (Flow f : flows) {
      PartyId g = circles.rollUp(f.giver(), f.instant(), 1);
      PartyId r = circles.rollUp(f.receiver(), f.instant(), 1);
      BigDecimal a = f.amount().toBigDecimal();
      total = total.add(a);
      if (g.equals(r)) {
        inside = inside.add(a);
        insideFlows++;
      } else {
        net.merge(g, a, BigDecimal::add);
        net.merge(r, a.negate(), BigDecimal::add);
      }
    }
    assertEquals(0, inside.compareTo(up.cancelled().toBigDecimal()));
    assertEquals(insideFlows, up.cancelledFlows());
    assertEquals(flows.size() - insideFlows, up.between().size());
    BigDecimal between =
        up.between().flows().stream()
            .map(f -> f.amount().toBigDecimal())
            .reduce(BigDecimal.ZERO, BigDecimal::add);
    assertEquals(0, total.compareTo(between.add(up.cancelled().toBigDecimal())));
    Map<PartyId, BigDecimal> rolledNet = new HashMap<>();
    for (Flow f : up.between().flows()) {
      assertNotEquals(f.giver(), f.receiver());
      rolledNet.merge(f.giver(), f.amount().toBigDecimal(), BigDecimal::add);
      rolledNet.merge(f.receiver(), f.amount().toBigDecimal().negate(), BigDecimal::add);
    }
    for (Map.Entry<PartyId, BigDecimal> e : net.entrySet()) {
      assertEquals(
          0,
          e.getValue().compareTo(rolledNet.getOrDefault(e.getKey(), BigDecimal.ZERO)),
          e.getKey()::toString);
    }
  }

  /**
   * The pool's parties spread over three circles, one of them joining another halfway, and the
   * circles in an organisation: memberships that change over time.
   */
  @Provide
  Arbitrary<Circles> memberships() {
    List<PartyId> pool = ReciprocityArbitraries.partyPool(ReciprocityArbitraries.MAX_POOL_SIZE);
    Instant half = ReciprocityArbitraries.START.plusSeconds(500L * 86_400);
    return Arbitraries.integers()
        .between(0, 3)
        .list()
        .ofSize(pool.size())
        .map(
            which -> {
              List<Membership> all = new ArrayList<>();
              for (int i = 0; i < pool.size(); i++) {
                int w = which.get(i);
                if (w == 3) {
                  continue; // in no circle
                }
                if (w == 2) {
                  all.add(member(pool.get(i), "circle-0").effectiveTo(half).build());
                  all.add(member(pool.get(i), "circle-1").effectiveFrom(half).build());
                } else {
                  all.add(member(pool.get(i), "circle-" + w).build());
                }
              }
              all.add(member(PartyId.of("circle-0"), "org").build());
              all.add(member(PartyId.of("circle-1"), "org").build());
              return Circles.of(all);
            });
  }

  private static Membership.Builder member(PartyId member, String circle) {
    return Membership.builder().member(member).circle(PartyId.of(circle));
  }

  @Test
  void twoLevelsRollUpThroughCirclesOfCircles() {
    Circles circles =
        Circles.of(
            List.of(
                member(PartyId.of("ada"), "team-a").build(),
                member(PartyId.of("bob"), "team-b").build(),
                member(PartyId.of("team-a"), "org").build(),
                member(PartyId.of("team-b"), "org").build()));
    Instant t = Instant.parse("2024-01-01T00:00:00Z");
    assertEquals(PartyId.of("team-a"), circles.rollUp(PartyId.of("ada"), t, 1));
    assertEquals(PartyId.of("org"), circles.rollUp(PartyId.of("ada"), t, 2));
    assertEquals(PartyId.of("org"), circles.rollUp(PartyId.of("ada"), t, 5));
    assertEquals(PartyId.of("cy"), circles.rollUp(PartyId.of("cy"), t, 2));
  }

  @Test
  void circlesRefuseTwoAtOnceAndCycles() {
    IllegalArgumentException twice =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                Circles.of(
                    List.of(
                        member(PartyId.of("ada"), "a").build(),
                        member(PartyId.of("ada"), "b").build())));
    assertTrue(twice.getMessage().contains("two circles at once"), twice.getMessage());
    IllegalArgumentException cycle =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                Circles.of(
                    List.of(
                        member(PartyId.of("a"), "b").build(),
                        member(PartyId.of("b"), "c").build(),
                        member(PartyId.of("c"), "a")
                            .effectiveFrom(Instant.parse("2024-01-01T00:00:00Z"))
                            .build())));
    assertTrue(cycle.getMessage().contains("cycle"), cycle.getMessage());
    assertThrows(IllegalArgumentException.class, () -> member(PartyId.of("a"), "a").build());
  }
}
