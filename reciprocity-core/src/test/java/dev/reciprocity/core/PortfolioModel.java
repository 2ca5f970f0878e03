package dev.reciprocity.core;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.reciprocity.Amount;
import dev.reciprocity.DyadScore;
import dev.reciprocity.Flow;
import dev.reciprocity.NetworkScore;
import dev.reciprocity.PartyId;
import dev.reciprocity.PartyScore;
import dev.reciprocity.PortfolioScores;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The portfolio figures of docs/design.md, section 2 (Definitions), over a set of flows, written
 * from the definitions with {@link BigDecimal} sums, which cannot wrap: {@code w_ij}, out-strength
 * {@code sum_j w_ij}, in-strength {@code sum_j w_ji}, reciprocated strength {@code sum_j min(w_ij,
 * w_ji)}, net balance, total and reciprocated weight, directed and reciprocated edges (an ordered
 * pair with at least one flow, even of amount 0). The caller picks the flows (a rule's kinds, a
 * season).
 */
final class PortfolioModel {

  private final Map<PartyId, Map<PartyId, BigDecimal>> w = new TreeMap<>();
  private final TreeSet<PartyId> parties = new TreeSet<>();
  private final long flowCount;

  private PortfolioModel(Collection<Flow> flows) {
    for (Flow f : flows) {
      w.computeIfAbsent(f.giver(), g -> new TreeMap<>())
          .merge(f.receiver(), f.amount().toBigDecimal(), BigDecimal::add);
      parties.add(f.giver());
      parties.add(f.receiver());
    }
    this.flowCount = flows.size();
  }

  static PortfolioModel of(Collection<Flow> flows) {
    return new PortfolioModel(flows);
  }

  /** The total of the amounts of some flows, exact. */
  static BigDecimal total(Collection<Flow> flows) {
    BigDecimal t = BigDecimal.ZERO;
    for (Flow f : flows) {
      t = t.add(f.amount().toBigDecimal());
    }
    return t;
  }

  /** Tells whether a total fits the range of exact figures: at most {@link Amount#MAX}. */
  static boolean fits(BigDecimal total) {
    return total.compareTo(Amount.MAX.toBigDecimal()) <= 0;
  }

  SortedSet<PartyId> parties() {
    return parties;
  }

  BigDecimal weight(PartyId i, PartyId j) {
    return w.getOrDefault(i, Map.of()).getOrDefault(j, BigDecimal.ZERO);
  }

  boolean hasFlow(PartyId i, PartyId j) {
    return w.getOrDefault(i, Map.of()).containsKey(j);
  }

  BigDecimal out(PartyId i) {
    BigDecimal s = BigDecimal.ZERO;
    for (PartyId j : parties) {
      s = s.add(weight(i, j));
    }
    return s;
  }

  BigDecimal in(PartyId i) {
    BigDecimal s = BigDecimal.ZERO;
    for (PartyId j : parties) {
      s = s.add(weight(j, i));
    }
    return s;
  }

  BigDecimal reciprocated(PartyId i) {
    BigDecimal s = BigDecimal.ZERO;
    for (PartyId j : parties) {
      s = s.add(weight(i, j).min(weight(j, i)));
    }
    return s;
  }

  BigDecimal net(PartyId i) {
    return out(i).subtract(in(i));
  }

  BigDecimal totalWeight() {
    BigDecimal s = BigDecimal.ZERO;
    for (PartyId i : parties) {
      s = s.add(out(i));
    }
    return s;
  }

  BigDecimal reciprocatedWeight() {
    BigDecimal s = BigDecimal.ZERO;
    for (PartyId i : parties) {
      s = s.add(reciprocated(i));
    }
    return s;
  }

  /** Every pair {@code a < b} with a flow either way, as {@code [a, b, w_ab, w_ba]}. */
  List<List<Object>> dyads() {
    List<List<Object>> dyads = new ArrayList<>();
    for (PartyId a : parties) {
      for (PartyId b : parties.tailSet(a, false)) {
        if (hasFlow(a, b) || hasFlow(b, a)) {
          dyads.add(List.of(a, b, weight(a, b), weight(b, a)));
        }
      }
    }
    return dyads;
  }

  /**
   * Asserts that every figure of the scores equals the model: each party's out-, in- and
   * reciprocated strength and net balance, each dyad's two weights, and the network's counts, total
   * weight, reciprocated weight and weighted reciprocity.
   */
  void assertFigures(PortfolioScores scores, String where) {
    assertParties(scores.parties(), where);
    assertDyads(scores.dyads(), where);
    assertNetwork(scores.network(), where);
  }

  /** Asserts each party's out-, in- and reciprocated strength and net balance. */
  void assertParties(List<PartyScore> scores, String where) {
    List<PartyId> ids = new ArrayList<>();
    for (PartyScore p : scores) {
      ids.add(p.party());
    }
    assertEquals(List.copyOf(parties), ids, () -> where + ": parties");
    for (PartyScore p : scores) {
      String who = where + ", " + p.party();
      assertSame(out(p.party()), p.outStrength(), who + ": out-strength");
      assertSame(in(p.party()), p.inStrength(), who + ": in-strength");
      assertSame(reciprocated(p.party()), p.reciprocatedStrength(), who + ": reciprocated");
      assertSame(net(p.party()), p.netBalance(), who + ": net balance");
    }
  }

  /** Asserts every dyad's two weights and total. */
  void assertDyads(List<DyadScore> scores, String where) {
    List<List<Object>> expected = dyads();
    assertEquals(expected.size(), scores.size(), () -> where + ": dyads");
    for (int k = 0; k < expected.size(); k++) {
      DyadScore d = scores.get(k);
      List<Object> e = expected.get(k);
      String dyad = where + ", dyad " + d.a() + "-" + d.b();
      assertEquals(List.of(e.get(0), e.get(1)), List.of(d.a(), d.b()), dyad);
      assertSame((BigDecimal) e.get(2), d.aToB(), dyad + ": a to b");
      assertSame((BigDecimal) e.get(3), d.bToA(), dyad + ": b to a");
      assertSame(((BigDecimal) e.get(2)).add((BigDecimal) e.get(3)), d.total(), dyad + ": total");
    }
  }

  /** Asserts the network's counts, total and reciprocated weight, and {@code r}. */
  void assertNetwork(NetworkScore n, String where) {
    assertEquals(flowCount, n.flowCount(), () -> where + ": flows");
    assertEquals(parties.size(), n.partyCount(), () -> where + ": parties");
    BigDecimal total = totalWeight();
    BigDecimal reciprocated = reciprocatedWeight();
    assertSame(total, n.totalWeight(), where + ": total weight");
    assertSame(reciprocated, n.reciprocatedWeight(), where + ": reciprocated weight");
    int directed = 0;
    int mutual = 0;
    for (PartyId i : parties) {
      for (PartyId j : parties) {
        if (hasFlow(i, j)) {
          directed++;
          mutual += hasFlow(j, i) ? 1 : 0;
        }
      }
    }
    assertEquals(directed, n.directedEdges(), () -> where + ": directed edges");
    assertEquals(mutual, n.reciprocatedEdges(), () -> where + ": reciprocated edges");
    if (total.signum() > 0) {
      double r = reciprocated.divide(total, MathContext.DECIMAL128).doubleValue();
      assertEquals(r, n.weightedReciprocity(), 1e-15, () -> where + ": r");
    } else {
      assertEquals(Double.NaN, n.weightedReciprocity(), () -> where + ": r");
    }
  }

  static void assertSame(BigDecimal expected, Amount actual, String what) {
    assertEquals(
        0,
        expected.compareTo(actual.toBigDecimal()),
        () -> what + " is " + actual + ", the model says " + expected.toPlainString());
  }
}
