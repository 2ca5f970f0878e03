package dev.reciprocity.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.reciprocity.Amount;
import dev.reciprocity.FlowKind;
import dev.reciprocity.NetworkCirculation;
import dev.reciprocity.PartyId;
import dev.reciprocity.ReciprocityRule;
import dev.reciprocity.core.internal.Circulation;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

/**
 * The network circulation ({@link PortfolioFigures#circulation()}) against models written from its
 * definition: on networks of up to four parties, the largest circulation under the weights found by
 * trying every integer flow (no flow solver involved), and each party's part of it one that a
 * largest circulation gives; on chains, where no cycle is longer than two, the reciprocated weight;
 * and everywhere between the weighted reciprocity and 1.
 */
class CirculationProperties {

  private static final FlowKind KIND = FlowKind.of("help");
  private static final long UNIT = 1_000_000;

  /**
   * Up to four parties, each ordered pair with a weight of 0 to 2 units, as one or two flows: the
   * cleared weight is the largest {@code sum g_ij} over integer {@code 0 <= g_ij <= w_ij} that
   * balance at every party, found by enumeration (a network flow's optimum is integral).
   */
  @Property(tries = 200)
  void clearedIsTheLargestCirculationUnderTheWeights(
      @ForAll @IntRange(min = 2, max = 4) int parties,
      @ForAll @Size(16) List<@IntRange(min = 0, max = 2) Integer> weights) {
    int[][] w = new int[parties][parties];
    LedgerSnapshot.Builder flows = LedgerSnapshot.builder();
    int k = 0;
    for (int i = 0; i < parties; i++) {
      for (int j = 0; j < parties; j++) {
        int units = weights.get(k++);
        if (i == j || units == 0) {
          continue;
        }
        w[i][j] = units;
        // as several flows, so that the engine's dyad sums are exercised
        for (int u = 0; u < units; u++) {
          var unused = flows.add(party(i), party(j), KIND, UNIT, 1_700_000_000L + k + u, 0);
        }
      }
    }
    NetworkCirculation c =
        PortfolioFigures.of(flows.build(), ReciprocityRule.defaults()).circulation();
    long expected = largestCirculation(w) * UNIT;
    assertEquals(expected, c.cleared().orElseThrow().micros(), () -> "weights " + weights);
    // each party's part is what one largest circulation clears on its outgoing edges
    List<Long> parts = new ArrayList<>();
    for (int i = 0; i < parties; i++) {
      parts.add(c.clearedByParty().getOrDefault(party(i), Amount.ZERO).micros() / UNIT);
    }
    Set<List<Long>> possible = partsOfLargestCirculations(w, expected / UNIT);
    assertTrue(possible.contains(parts), () -> "parts " + parts + " not among " + possible);
  }

  /**
   * Each party's part, {@code sum_j g_ij}, of every circulation under {@code w} of size {@code
   * best}.
   */
  private static Set<List<Long>> partsOfLargestCirculations(int[][] w, long best) {
    int n = w.length;
    List<int[]> edges = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        if (w[i][j] > 0) {
          edges.add(new int[] {i, j, w[i][j]});
        }
      }
    }
    Set<List<Long>> found = new HashSet<>();
    collect(0, edges, new int[edges.size()], new long[n], n, best, found);
    return found;
  }

  private static void collect(
      int e, List<int[]> edges, int[] g, long[] balance, int n, long best, Set<List<Long>> found) {
    if (e == edges.size()) {
      long sum = 0;
      long[] part = new long[n];
      for (int k = 0; k < g.length; k++) {
        sum += g[k];
        part[edges.get(k)[0]] += g[k];
      }
      boolean balanced = true;
      for (long b : balance) {
        balanced &= b == 0;
      }
      if (balanced && sum == best) {
        List<Long> parts = new ArrayList<>();
        for (long x : part) {
          parts.add(x);
        }
        found.add(parts);
      }
      return;
    }
    int[] edge = edges.get(e);
    for (int x = 0; x <= edge[2]; x++) {
      g[e] = x;
      balance[edge[0]] += x;
      balance[edge[1]] -= x;
      collect(e + 1, edges, g, balance, n, best, found);
      balance[edge[0]] -= x;
      balance[edge[1]] += x;
    }
  }

  /**
   * A chain of parties, each exchanging only with its neighbours: every cycle has two parties, so
   * what clears is the reciprocated weight, {@code sum 2 min(w_ij, w_ji)}, to the micro.
   */
  @Property(tries = 200)
  void onAChainTheClearedWeightIsTheReciprocatedWeight(
      @ForAll("amounts") List<Long> forward, @ForAll("amounts") List<Long> backward) {
    int links = Math.min(forward.size(), backward.size());
    LedgerSnapshot.Builder flows = LedgerSnapshot.builder();
    long reciprocated = 0;
    for (int i = 0; i < links; i++) {
      long f = forward.get(i);
      long b = backward.get(i);
      if (f > 0) {
        var unused = flows.add(party(i), party(i + 1), KIND, f, 1_700_000_000L + i, 0);
      }
      if (b > 0) {
        var unused = flows.add(party(i + 1), party(i), KIND, b, 1_700_000_000L + i, 1);
      }
      reciprocated += 2 * Math.min(f, b);
    }
    if (flows.size() == 0) {
      return;
    }
    PortfolioFigures figures = PortfolioFigures.of(flows.build(), ReciprocityRule.defaults());
    NetworkCirculation c = figures.circulation();
    assertEquals(reciprocated, c.cleared().orElseThrow().micros());
    assertEquals(figures.network().reciprocatedWeight(), c.cleared().orElseThrow());
  }

  /** On any network within the ceiling: {@code r <= cleared share <= 1}. */
  @Property(tries = 200)
  void theClearedShareLiesBetweenTheWeightedReciprocityAndOne(
      @ForAll @Size(min = 1, max = 60) List<@IntRange(min = 0, max = 799) Integer> edges,
      @ForAll("amounts") List<Long> amounts) {
    LedgerSnapshot.Builder flows = LedgerSnapshot.builder();
    for (int k = 0; k < edges.size(); k++) {
      int from = edges.get(k) / 40;
      int to = edges.get(k) % 40 / 2;
      if (from == to) {
        continue;
      }
      long m = amounts.isEmpty() ? UNIT : amounts.get(k % amounts.size());
      var unused = flows.add(party(from), party(to), KIND, m, 1_700_000_000L + k, 0);
    }
    if (flows.size() == 0) {
      return;
    }
    PortfolioFigures figures = PortfolioFigures.of(flows.build(), ReciprocityRule.defaults());
    if (figures.network().totalWeight().micros() == 0) {
      // nothing flowed: no share, though the figure was computed (0 cleared)
      assertTrue(figures.circulation().clearedShare().isEmpty());
      assertEquals(0, figures.circulation().cleared().orElseThrow().micros());
      return;
    }
    double share = figures.circulation().clearedShare().orElse(Double.NaN);
    double r = figures.network().weightedReciprocity();
    assertTrue(share >= r - 1e-12 && share <= 1 + 1e-12, () -> "share " + share + ", r " + r);
  }

  @Test
  void pastTheNetworksCeilingTheFigureIsEmptyWithTheReason() {
    // a chain of exchanges both ways: one edge past the ceiling, and no cycle longer than two
    int edges = Circulation.MAX_EDGES + 1;
    LedgerSnapshot.Builder flows = LedgerSnapshot.builder();
    for (int k = 0; k < edges; k++) {
      int i = k / 2;
      boolean back = k % 2 == 1;
      var unused =
          flows.add(
              party(back ? i + 1 : i), party(back ? i : i + 1), KIND, UNIT, 1_700_000_000L + k, 0);
    }
    NetworkCirculation c =
        PortfolioFigures.of(flows.build(), ReciprocityRule.defaults()).circulation();
    assertTrue(c.cleared().isEmpty());
    assertTrue(c.clearedShare().isEmpty());
    assertEquals(edges, c.directedEdges());
    assertTrue(c.reason().orElseThrow().contains(edges + " directed edges"), c.reason()::get);
  }

  @Test
  void pastAComponentsCeilingTheFigureIsEmptyWithTheReason() {
    // a ring: one component with one edge more than a component may have inside it
    int n = Circulation.MAX_COMPONENT_EDGES + 1;
    LedgerSnapshot.Builder flows = LedgerSnapshot.builder();
    for (int i = 0; i < n; i++) {
      var unused = flows.add(party(i), party((i + 1) % n), KIND, UNIT, 1_700_000_000L + i, 0);
    }
    NetworkCirculation c =
        PortfolioFigures.of(flows.build(), ReciprocityRule.defaults()).circulation();
    assertTrue(c.cleared().isEmpty());
    assertTrue(c.reason().orElseThrow().contains(n + " directed edges inside it"), c.reason()::get);
    // one edge fewer: solved, and a ring clears whole
    LedgerSnapshot.Builder smaller = LedgerSnapshot.builder();
    for (int i = 0; i < n - 1; i++) {
      var unused = smaller.add(party(i), party((i + 1) % (n - 1)), KIND, UNIT, 1_700_000_000L, 0);
    }
    NetworkCirculation ring =
        PortfolioFigures.of(smaller.build(), ReciprocityRule.defaults()).circulation();
    assertEquals(1.0, ring.clearedShare().orElseThrow());
  }

  /**
   * Networks of up to 12 parties and 40 flows with amounts in micros: the cleared weight equals an
   * independent solver written from the definition, cycle cancelling (Klein 1967): start from no
   * circulation and, while the residual network has a cycle that adds weight (a forward edge with
   * room counts +1, undoing a unit counts -1; found with Bellman-Ford), push the most it can take
   * round it. Exact in {@code long}; no JGraphT.
   */
  @Property(tries = 300)
  void clearedEqualsCycleCancelling(
      @ForAll @Size(min = 1, max = 40) List<@IntRange(min = 0, max = 143) Integer> pairs,
      @ForAll("amounts") List<Long> amounts) {
    int n = 12;
    long[][] w = new long[n][n];
    LedgerSnapshot.Builder flows = LedgerSnapshot.builder();
    for (int k = 0; k < pairs.size(); k++) {
      int from = pairs.get(k) / n;
      int to = pairs.get(k) % n;
      long m = amounts.isEmpty() ? UNIT : amounts.get(k % amounts.size());
      if (from == to) {
        continue;
      }
      w[from][to] += m;
      var unused = flows.add(party(from), party(to), KIND, m, 1_700_000_000L + k, 0);
    }
    if (flows.size() == 0) {
      return;
    }
    NetworkCirculation c =
        PortfolioFigures.of(flows.build(), ReciprocityRule.defaults()).circulation();
    assertEquals(cycleCancelling(w), c.cleared().orElseThrow().micros());
  }

  /** The largest circulation under {@code w}, by cancelling cycles of positive gain. */
  private static long cycleCancelling(long[][] w) {
    int n = w.length;
    long[][] g = new long[n][n];
    while (true) {
      // residual arcs: i -> j with room w - g (gain 1), j -> i undoing g (gain -1); longest
      // paths by Bellman-Ford from a virtual source, as shortest paths with costs negated
      long[] dist = new long[n];
      int[] pred = new int[n];
      java.util.Arrays.fill(pred, -1);
      int changed = -1;
      for (int round = 0; round < n; round++) {
        changed = -1;
        for (int i = 0; i < n; i++) {
          for (int j = 0; j < n; j++) {
            if (w[i][j] - g[i][j] > 0 && dist[i] - 1 < dist[j]) {
              dist[j] = dist[i] - 1;
              pred[j] = i;
              changed = j;
            }
            if (g[j][i] > 0 && dist[i] + 1 < dist[j]) {
              dist[j] = dist[i] + 1;
              pred[j] = i;
              changed = j;
            }
          }
        }
        if (changed < 0) {
          break;
        }
      }
      if (changed < 0) {
        long sum = 0;
        for (long[] row : g) {
          for (long x : row) {
            sum += x;
          }
        }
        return sum;
      }
      // a vertex on the negative cycle: walk back n steps, then collect the cycle
      int v = changed;
      for (int k = 0; k < n; k++) {
        v = pred[v];
      }
      List<int[]> cycle = new java.util.ArrayList<>();
      int u = v;
      do {
        int p = pred[u];
        cycle.add(new int[] {p, u});
        u = p;
      } while (u != v);
      // each step p -> u: forward (room on p -> u) when it gains, else undo on u -> p
      long push = Long.MAX_VALUE;
      boolean[] forward = new boolean[cycle.size()];
      for (int k = 0; k < cycle.size(); k++) {
        int p = cycle.get(k)[0];
        int q = cycle.get(k)[1];
        forward[k] = w[p][q] - g[p][q] > 0;
        push = Math.min(push, forward[k] ? w[p][q] - g[p][q] : g[q][p]);
      }
      for (int k = 0; k < cycle.size(); k++) {
        int p = cycle.get(k)[0];
        int q = cycle.get(k)[1];
        if (forward[k]) {
          g[p][q] += push;
        } else {
          g[q][p] -= push;
        }
      }
    }
  }

  @Test
  void aThreePartyCycleClearsWholeAndItsShareIsOneWhereRIsZero() {
    LedgerSnapshot.Builder flows = LedgerSnapshot.builder();
    var unused =
        flows
            .add(party(0), party(1), KIND, 3 * UNIT, 1_700_000_000L, 0)
            .add(party(1), party(2), KIND, 3 * UNIT, 1_700_000_001L, 0)
            .add(party(2), party(0), KIND, 3 * UNIT, 1_700_000_002L, 0);
    PortfolioFigures figures = PortfolioFigures.of(flows.build(), ReciprocityRule.defaults());
    assertEquals(0.0, figures.network().weightedReciprocity());
    assertEquals(1.0, figures.circulation().clearedShare().orElseThrow());
    assertEquals(1, figures.circulation().components());
  }

  @Provide
  Arbitrary<List<Long>> amounts() {
    // micros, some whole units and some fine: the solver's integers are the weights over their
    // greatest common divisor
    return Arbitraries.oneOf(
            Arbitraries.longs().between(0, 5).map(u -> u * UNIT),
            Arbitraries.longs().between(0, 5_000_000))
        .list()
        .ofMaxSize(12);
  }

  private static PartyId party(int i) {
    return PartyId.of("p" + i);
  }

  /** The largest integer circulation under {@code w}, by trying every flow. */
  private static long largestCirculation(int[][] w) {
    int n = w.length;
    int[] from = new int[n * n];
    int[] to = new int[n * n];
    int[] cap = new int[n * n];
    int m = 0;
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        if (w[i][j] > 0) {
          from[m] = i;
          to[m] = j;
          cap[m] = w[i][j];
          m++;
        }
      }
    }
    return search(0, m, from, to, cap, new int[m], new long[n]);
  }

  private static long search(
      int e, int m, int[] from, int[] to, int[] cap, int[] g, long[] balance) {
    if (e == m) {
      for (long b : balance) {
        if (b != 0) {
          return -1;
        }
      }
      long sum = 0;
      for (int k = 0; k < m; k++) {
        sum += g[k];
      }
      return sum;
    }
    long best = -1;
    for (int x = 0; x <= cap[e]; x++) {
      g[e] = x;
      balance[from[e]] += x;
      balance[to[e]] -= x;
      best = Math.max(best, search(e + 1, m, from, to, cap, g, balance));
      balance[from[e]] -= x;
      balance[to[e]] += x;
    }
    return best;
  }
}
