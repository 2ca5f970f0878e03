package dev.reciprocity.core;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.reciprocity.Amount;
import dev.reciprocity.Cadence;
import dev.reciprocity.DyadScore;
import dev.reciprocity.Flow;
import dev.reciprocity.Interval;
import dev.reciprocity.NetworkScore;
import dev.reciprocity.PartyId;
import dev.reciprocity.PartyScore;
import dev.reciprocity.PortfolioScores;
import dev.reciprocity.ReciprocityRule;
import dev.reciprocity.SeasonScores;
import dev.reciprocity.SeasonalScores;
import dev.reciprocity.spi.FlowColumns;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The portfolio and seasonal figures of docs/design.md, computed from a {@code List<Flow>} with
 * {@link BigDecimal} and plain collections only: no strategy, table or figure class of the library
 * is called (the only library code read is the flows' values, {@link ReciprocityRule#applies} for
 * the rule's kinds and {@link dev.reciprocity.Cadence#seasonOf} for the seasons, which {@code
 * CadenceProperties} holds to the calendar).
 *
 * <p>Each figure is computed the most direct way, from the flows, not from another figure: a
 * party's out-strength is the sum of the amounts it gave, its in-strength the sum of the amounts it
 * received, so a code that adds a flow to the wrong side (giver and receiver swapped) differs from
 * the model as soon as one party gave and received different totals. Reciprocated strength is
 * {@code sum_j min(w_ij, w_ji)} over the dyad weights; a directed edge is an ordered pair with at
 * least one flow (even of amount 0); {@code r} is reciprocated weight over total weight; the Gini
 * coefficient of out-strength is the mean absolute difference over twice the mean.
 *
 * <p>The {@code assert...} methods compare every figure of a result of the library with the model
 * and fail naming the figure, the party or dyad, and both values.
 */
final class BigDecimalModel {

  private final long flowCount;
  private final SortedSet<PartyId> parties = new TreeSet<>();
  private final Map<PartyId, BigDecimal> out = new HashMap<>();
  private final Map<PartyId, BigDecimal> in = new HashMap<>();
  // w_ij: giver -> receiver -> total; an entry exists for every ordered pair with a flow
  private final Map<PartyId, Map<PartyId, BigDecimal>> w = new HashMap<>();
  private final SortedMap<Interval, BigDecimalModel> seasons;

  private BigDecimalModel(
      List<Flow> flows, @org.jspecify.annotations.Nullable ReciprocityRule rule) {
    long count = 0;
    Map<Interval, List<Flow>> bySeason = new TreeMap<>();
    for (Flow f : flows) {
      if (rule != null && !rule.applies(f)) {
        continue;
      }
      count++;
      BigDecimal a = f.amount().toBigDecimal();
      parties.add(f.giver());
      parties.add(f.receiver());
      out.merge(f.giver(), a, BigDecimal::add);
      in.merge(f.receiver(), a, BigDecimal::add);
      w.computeIfAbsent(f.giver(), g -> new HashMap<>()).merge(f.receiver(), a, BigDecimal::add);
      if (rule != null) {
        bySeason
            .computeIfAbsent(rule.cadence().seasonOf(f.instant()), s -> new ArrayList<>())
            .add(f);
      }
    }
    this.flowCount = count;
    this.seasons = new TreeMap<>();
    bySeason.forEach((season, list) -> seasons.put(season, new BigDecimalModel(list, null)));
  }

  /** The model of every flow; no seasons. */
  static BigDecimalModel of(List<Flow> flows) {
    return new BigDecimalModel(flows, null);
  }

  /** The model of the flows the rule applies to, with their seasons in the rule's cadence. */
  static BigDecimalModel of(List<Flow> flows, ReciprocityRule rule) {
    return new BigDecimalModel(flows, rule);
  }

  long flowCount() {
    return flowCount;
  }

  SortedSet<PartyId> parties() {
    return parties;
  }

  /** The seasons that hold a flow, in time order, each with the model of its flows. */
  SortedMap<Interval, BigDecimalModel> seasons() {
    return seasons;
  }

  BigDecimal out(PartyId p) {
    return out.getOrDefault(p, BigDecimal.ZERO);
  }

  BigDecimal in(PartyId p) {
    return in.getOrDefault(p, BigDecimal.ZERO);
  }

  BigDecimal net(PartyId p) {
    return out(p).subtract(in(p));
  }

  BigDecimal weight(PartyId i, PartyId j) {
    return w.getOrDefault(i, Map.of()).getOrDefault(j, BigDecimal.ZERO);
  }

  boolean hasFlow(PartyId i, PartyId j) {
    return w.getOrDefault(i, Map.of()).containsKey(j);
  }

  BigDecimal reciprocated(PartyId i) {
    BigDecimal s = BigDecimal.ZERO;
    for (PartyId j : w.getOrDefault(i, Map.of()).keySet()) {
      s = s.add(weight(i, j).min(weight(j, i)));
    }
    return s;
  }

  /** The total of the amounts, summed flow by flow. */
  BigDecimal totalWeight() {
    BigDecimal s = BigDecimal.ZERO;
    for (BigDecimal v : out.values()) {
      s = s.add(v);
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

  int directedEdges() {
    int n = 0;
    for (Map<PartyId, BigDecimal> row : w.values()) {
      n += row.size();
    }
    return n;
  }

  int reciprocatedEdges() {
    int n = 0;
    for (Map.Entry<PartyId, Map<PartyId, BigDecimal>> row : w.entrySet()) {
      for (PartyId j : row.getValue().keySet()) {
        n += hasFlow(j, row.getKey()) ? 1 : 0;
      }
    }
    return n;
  }

  /** {@code r}, or NaN without weight. */
  double weightedReciprocity() {
    BigDecimal total = totalWeight();
    return total.signum() == 0
        ? Double.NaN
        : reciprocatedWeight().divide(total, MathContext.DECIMAL128).doubleValue();
  }

  /** {@code sum_i sum_j |x_i - x_j| / (2 n^2 mean)} over every party's out-strength; NaN at 0. */
  double outStrengthGini() {
    BigDecimal sum = totalWeight();
    if (sum.signum() == 0) {
      return Double.NaN;
    }
    BigDecimal diffs = BigDecimal.ZERO;
    for (PartyId i : parties) {
      for (PartyId j : parties) {
        diffs = diffs.add(out(i).subtract(out(j)).abs());
      }
    }
    return diffs
        .divide(sum.multiply(BigDecimal.valueOf(2L * parties.size())), MathContext.DECIMAL128)
        .doubleValue();
  }

  /** Every pair {@code a < b} with a flow either way. */
  List<PartyId[]> dyads() {
    List<PartyId[]> dyads = new ArrayList<>();
    for (PartyId a : parties) {
      for (PartyId b : parties.tailSet(a)) {
        if (!a.equals(b) && (hasFlow(a, b) || hasFlow(b, a))) {
          dyads.add(new PartyId[] {a, b});
        }
      }
    }
    return dyads;
  }

  // ---- assertions -------------------------------------------------------------------------

  /** Every figure of portfolio scores: parties, dyads, network. */
  void assertScores(PortfolioScores scores, String where) {
    List<PartyId> ids = new ArrayList<>();
    for (PartyScore p : scores.parties()) {
      ids.add(p.party());
      assertParty(p, where);
    }
    assertEquals(List.copyOf(parties), ids, () -> where + ": parties");
    List<DyadScore> dyads = scores.dyads();
    List<PartyId[]> expected = dyads();
    assertEquals(expected.size(), dyads.size(), () -> where + ": dyads");
    for (int k = 0; k < expected.size(); k++) {
      PartyId[] e = expected.get(k);
      assertDyad(e[0], e[1], Optional.of(dyads.get(k)), where);
    }
    assertNetwork(scores.network(), where);
  }

  /** Seasonal scores: the same seasons, each equal to its model. */
  void assertSeasonal(SeasonalScores scores, String where) {
    List<Interval> actual = new ArrayList<>();
    for (SeasonScores s : scores.seasons()) {
      actual.add(s.season());
    }
    assertEquals(List.copyOf(seasons.keySet()), actual, () -> where + ": seasons");
    for (SeasonScores s : scores.seasons()) {
      seasons.get(s.season()).assertScores(s.scores(), where + ", " + s.season().label());
    }
  }

  /** The engine's portfolio figures. */
  void assertFigures(PortfolioFigures figures, String where) {
    assertEquals(parties.size(), figures.partyCount(), () -> where + ": party count");
    assertEquals((long) dyads().size(), figures.dyadCount(), () -> where + ": dyad count");
    assertScoresOfParties(figures.parties(), where);
    for (PartyId p : parties) {
      assertParty(figures.party(p).orElseThrow(), where);
    }
    for (PartyId[] d : dyads()) {
      assertDyad(d[0], d[1], figures.dyad(d[0], d[1]), where);
      assertDyad(d[0], d[1], figures.dyad(d[1], d[0]), where + " (asked b, a)");
    }
    assertNetwork(figures.network(), where);
  }

  /** The engine's seasonal figures: seasons, flow count, each party's strengths per season. */
  void assertFigures(SeasonalFigures figures, String where) {
    assertEquals(List.copyOf(seasons.keySet()), figures.seasons(), () -> where + ": seasons");
    assertEquals(flowCount, figures.flowCount(), () -> where + ": flows");
    for (Map.Entry<Interval, BigDecimalModel> e : seasons.entrySet()) {
      BigDecimalModel m = e.getValue();
      for (PartyId p : parties) {
        String who = where + ", " + e.getKey().label() + ", " + p;
        assertSame(m.out(p), figures.outStrength(p, e.getKey()), who + ": out-strength");
        assertSame(m.in(p), figures.inStrength(p, e.getKey()), who + ": in-strength");
        assertSame(m.net(p), figures.netBalance(p, e.getKey()), who + ": net balance");
      }
    }
  }

  /** Running figures: network, every party and dyad, and every party's strengths per season. */
  void assertFigures(RunningFigures figures, String where) {
    assertNetwork(figures.network(), where);
    for (PartyId p : parties) {
      assertParty(
          figures.party(p).orElseThrow(() -> new AssertionError(where + ": no " + p)), where);
    }
    for (PartyId[] d : dyads()) {
      assertDyad(d[0], d[1], figures.dyad(d[0], d[1]), where);
    }
    assertEquals(List.copyOf(seasons.keySet()), figures.seasons(), () -> where + ": seasons");
    for (Map.Entry<Interval, BigDecimalModel> e : seasons.entrySet()) {
      BigDecimalModel m = e.getValue();
      for (PartyId p : parties) {
        String who = where + ", " + e.getKey().label() + ", " + p;
        assertSame(m.out(p), figures.outStrength(p, e.getKey()), who + ": out-strength");
        assertSame(m.in(p), figures.inStrength(p, e.getKey()), who + ": in-strength");
        assertSame(m.net(p), figures.netBalance(p, e.getKey()), who + ": net balance");
      }
    }
  }

  /** A column view's sums on demand: party sums, dyad sums and the network. */
  void assertColumns(FlowColumns columns, String where) {
    FlowColumns.PartySums sums = columns.partySums();
    int present = 0;
    for (int id = 0; id < columns.partyCount(); id++) {
      if (!sums.present(id)) {
        continue;
      }
      present++;
      PartyId p = columns.party(id);
      String who = where + ", " + p;
      assertSame(out(p), Amount.ofMicros(sums.outStrength(id)), who + ": out-strength");
      assertSame(in(p), Amount.ofMicros(sums.inStrength(id)), who + ": in-strength");
      assertSame(
          reciprocated(p), Amount.ofMicros(sums.reciprocatedStrength(id)), who + ": reciprocated");
    }
    assertEquals(parties.size(), present, () -> where + ": parties present");
    FlowColumns.DyadSums dyadSums = columns.dyadSums();
    assertEquals((long) dyads().size(), dyadSums.count(), () -> where + ": dyads");
    for (PartyId i : parties) {
      for (PartyId j : parties) {
        if (!i.equals(j)) {
          assertSame(
              weight(i, j),
              Amount.ofMicros(dyadSums.weight(columns.partyIndex(i), columns.partyIndex(j))),
              where + ": w(" + i + ", " + j + ")");
        }
      }
    }
    assertNetwork(columns.network(), where);
  }

  /**
   * A column view's season sums on demand: the seasons with a flow, in order, each row's season,
   * and each party's out- and in-strength in each season.
   */
  void assertSeasons(FlowColumns columns, Cadence cadence, String where) {
    FlowColumns.Seasons s = columns.seasons(cadence);
    List<Interval> actual = new ArrayList<>();
    for (int i = 0; i < s.count(); i++) {
      actual.add(s.season(i));
    }
    assertEquals(List.copyOf(seasons.keySet()), actual, () -> where + ": seasons");
    for (int row = 0; row < columns.size(); row++) {
      assertEquals(
          cadence.seasonOf(columns.instant(row)),
          s.season(s.seasonOf(row)),
          where + ": season of row " + row);
    }
    for (int i = 0; i < s.count(); i++) {
      BigDecimalModel m = seasons.get(s.season(i));
      for (PartyId p : parties) {
        int id = columns.partyIndex(p);
        String who = where + ", " + s.season(i).label() + ", " + p;
        assertSame(m.out(p), Amount.ofMicros(s.outStrength(id, i)), who + ": out-strength");
        assertSame(m.in(p), Amount.ofMicros(s.inStrength(id, i)), who + ": in-strength");
      }
    }
  }

  private void assertScoresOfParties(List<PartyScore> scores, String where) {
    List<PartyId> ids = new ArrayList<>();
    for (PartyScore p : scores) {
      ids.add(p.party());
      assertParty(p, where);
    }
    assertEquals(List.copyOf(parties), ids, () -> where + ": parties");
  }

  private void assertParty(PartyScore p, String where) {
    String who = where + ", " + p.party();
    assertSame(out(p.party()), p.outStrength(), who + ": out-strength");
    assertSame(in(p.party()), p.inStrength(), who + ": in-strength");
    assertSame(reciprocated(p.party()), p.reciprocatedStrength(), who + ": reciprocated");
    assertSame(net(p.party()), p.netBalance(), who + ": net balance");
  }

  private void assertDyad(PartyId a, PartyId b, Optional<DyadScore> actual, String where) {
    String dyad = where + ", dyad " + a + "-" + b;
    DyadScore d = actual.orElseThrow(() -> new AssertionError(dyad + ": missing"));
    assertEquals(List.of(a, b), List.of(d.a(), d.b()), dyad);
    assertSame(weight(a, b), d.aToB(), dyad + ": a to b");
    assertSame(weight(b, a), d.bToA(), dyad + ": b to a");
  }

  private void assertNetwork(NetworkScore n, String where) {
    assertEquals(flowCount, n.flowCount(), () -> where + ": flows");
    assertEquals(parties.size(), n.partyCount(), () -> where + ": parties");
    assertSame(totalWeight(), n.totalWeight(), where + ": total weight");
    assertSame(reciprocatedWeight(), n.reciprocatedWeight(), where + ": reciprocated weight");
    assertEquals(directedEdges(), n.directedEdges(), () -> where + ": directed edges");
    assertEquals(reciprocatedEdges(), n.reciprocatedEdges(), () -> where + ": reciprocated edges");
    assertEquals(weightedReciprocity(), n.weightedReciprocity(), 1e-15, () -> where + ": r");
    assertEquals(outStrengthGini(), n.outStrengthGini(), 1e-12, () -> where + ": Gini");
  }

  static void assertSame(BigDecimal expected, Amount actual, String what) {
    assertEquals(
        0,
        expected.compareTo(actual.toBigDecimal()),
        () -> what + " is " + actual + ", the model says " + expected.toPlainString());
  }
}
