package dev.reciprocity.core.internal;

import dev.reciprocity.Amount;
import dev.reciprocity.NetworkCirculation;
import dev.reciprocity.NetworkScore;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jgrapht.Graph;
import org.jgrapht.alg.connectivity.KosarajuStrongConnectivityInspector;
import org.jgrapht.alg.flow.mincost.CapacityScalingMinimumCostFlow;
import org.jgrapht.alg.flow.mincost.MinimumCostFlowProblem;
import org.jgrapht.alg.interfaces.MinimumCostFlowAlgorithm;
import org.jgrapht.graph.DefaultDirectedWeightedGraph;
import org.jgrapht.graph.DefaultWeightedEdge;

/**
 * The network circulation ({@link NetworkCirculation}) of a {@link Portfolio}'s dyad sums: never
 * from flows. JGraphT finds the strongly connected components (Kosaraju) and, in each component of
 * two or more parties, the minimal settlement: a minimum-cost flow (capacity scaling) with every
 * internal edge's weight as its capacity, a unit cost per edge, and each party's net position
 * inside the component as its supply. Edges between components carry their whole weight in any
 * settlement, so they clear nothing. A party's part of the cleared weight is what the solver's
 * settlement clears on its outgoing edges.
 *
 * <p>Exactness: JGraphT's flows are {@code int} capacities and {@code double} costs, and a capacity
 * of {@link CapacityScalingMinimumCostFlow#CAP_INF} (10^9) or more counts as infinite. Each
 * component's weights in micros are divided by their greatest common divisor (exact; whole-unit
 * weights become counts), and the component is solved only when the sum of the divided weights is
 * below 10^9: then every capacity, supply and partial sum fits an {@code int} below the solver's
 * infinity, the least cost is a whole number below 2^53 and so exact in a {@code double}, and a
 * minimum-cost flow with integer capacities has an integer optimum. Otherwise the figure is empty
 * with the reason. Networks with more than {@link #MAX_EDGES} directed edges are not solved either:
 * JGraphT keeps objects per vertex and edge, and its solver's time grows faster than linearly.
 */
public final class Circulation {

  /**
   * The most directed edges a network may have for its circulation to be computed: {@value}.
   * JGraphT's graph and its component search took 0.5 s at 50,000 edges on the benchmark machine
   * and 1.8 s at 200,000 (docs/design.md, "Network circulation").
   */
  public static final int MAX_EDGES = 50_000;

  /**
   * The most directed edges inside one strongly connected component for it to be solved: {@value}.
   * The capacity-scaling solver took 0.4 s on a component of 3,566 edges, 8 s on one of 22,286 and
   * 377 s on one of 100,418 (docs/design.md, "Network circulation"); the shipped git trailers'
   * whole network has 3,751.
   */
  public static final int MAX_COMPONENT_EDGES = 5_000;

  private Circulation() {}

  /**
   * The circulation of the portfolio's network, within {@link #MAX_EDGES} and {@link
   * #MAX_COMPONENT_EDGES}.
   */
  public static NetworkCirculation of(Portfolio portfolio, NetworkScore network) {
    return of(portfolio, network, MAX_EDGES, MAX_COMPONENT_EDGES);
  }

  /** The circulation of the portfolio's network, within the ceilings given. */
  static NetworkCirculation of(
      Portfolio portfolio, NetworkScore network, int maxEdges, int maxComponentEdges) {
    NetworkCirculation.Builder result = NetworkCirculation.builder();
    result.totalWeight(network.totalWeight());
    // an edge of weight 0 (flows of amount 0) is seen but carries nothing: not an edge here
    Graph<Integer, DefaultWeightedEdge> graph =
        new DefaultDirectedWeightedGraph<>(DefaultWeightedEdge.class);
    Map<DefaultWeightedEdge, Long> weights = new HashMap<>();
    int[] edges = {0};
    portfolio.forEachDyad(
        (a, b, ab, ba) -> {
          if (ab > 0) {
            edges[0]++;
          }
          if (ba > 0) {
            edges[0]++;
          }
        });
    result.directedEdges(edges[0]);
    if (edges[0] > maxEdges) {
      return result
          .components(0)
          .reason(
              "the network has "
                  + edges[0]
                  + " directed edges, more than the "
                  + maxEdges
                  + " its circulation is computed for; review a shorter period or fewer kinds")
          .build();
    }
    portfolio.forEachDyad(
        (a, b, ab, ba) -> {
          if (ab > 0) {
            add(graph, weights, a, b, ab);
          }
          if (ba > 0) {
            add(graph, weights, b, a, ba);
          }
        });
    List<Set<Integer>> components =
        new KosarajuStrongConnectivityInspector<>(graph).stronglyConnectedSets();
    long cleared = 0;
    int solved = 0;
    long[] parts = new long[portfolio.table.parties.length];
    for (Set<Integer> component : components) {
      if (component.size() < 2) {
        continue;
      }
      solved++;
      List<long[]> inside = edgesInside(graph, weights, component);
      if (inside.size() > maxComponentEdges) {
        return result
            .components(solved)
            .reason(
                "a strongly connected component of "
                    + component.size()
                    + " parties has "
                    + inside.size()
                    + " directed edges inside it, more than the "
                    + maxComponentEdges
                    + " one is solved for; review a shorter period or fewer kinds")
            .build();
      }
      long c = cleared(inside, parts);
      if (c < 0) {
        return result
            .components(solved)
            .reason(
                "a strongly connected component of "
                    + component.size()
                    + " parties has weights too fine or too large for the flow solver's exact"
                    + " integers (their sum over their greatest common divisor is 10^9 or more);"
                    + " record the weights in a coarser unit")
            .build();
      }
      cleared += c;
    }
    for (int party = 0; party < parts.length; party++) {
      if (parts[party] > 0) {
        result.putClearedByParty(portfolio.table.parties[party], Amount.ofMicros(parts[party]));
      }
    }
    return result.components(solved).cleared(Amount.ofMicros(cleared)).build();
  }

  private static void add(
      Graph<Integer, DefaultWeightedEdge> graph,
      Map<DefaultWeightedEdge, Long> weights,
      int from,
      int to,
      long micros) {
    graph.addVertex(from);
    graph.addVertex(to);
    weights.put(graph.addEdge(from, to), micros);
  }

  /** The edges inside one strongly connected component: from, to, weight in micros. */
  private static List<long[]> edgesInside(
      Graph<Integer, DefaultWeightedEdge> graph,
      Map<DefaultWeightedEdge, Long> weights,
      Set<Integer> component) {
    List<long[]> inside = new ArrayList<>();
    for (int v : component) {
      for (DefaultWeightedEdge e : graph.outgoingEdgesOf(v)) {
        int to = graph.getEdgeTarget(e);
        if (component.contains(to)) {
          inside.add(
              new long[] {v, to, Objects.requireNonNull(weights.get(e), "an edge without weight")});
        }
      }
    }
    return inside;
  }

  /**
   * The weight cleared inside one strongly connected component, given its edges, in micros; -1 when
   * its weights cannot be held exactly by the solver. Adds what each edge clears to its giver's
   * part in {@code parts}.
   */
  private static long cleared(List<long[]> inside, long[] parts) {
    long gcd = 0;
    long sum = 0;
    for (long[] edge : inside) {
      gcd = gcd(gcd, edge[2]);
      sum += edge[2]; // at most the snapshot's total, below Amount.MAX: cannot wrap
    }
    if (sum / gcd >= CapacityScalingMinimumCostFlow.CAP_INF) {
      return -1;
    }
    // the component alone, weights divided by their divisor; the edge weight is the cost (1)
    Graph<Integer, DefaultWeightedEdge> sub =
        new DefaultDirectedWeightedGraph<>(DefaultWeightedEdge.class);
    Map<DefaultWeightedEdge, Integer> capacity = new HashMap<>();
    Map<Integer, Integer> supply = new HashMap<>();
    for (long[] edge : inside) {
      int from = (int) edge[0];
      int to = (int) edge[1];
      int units = (int) (edge[2] / gcd);
      sub.addVertex(from);
      sub.addVertex(to);
      DefaultWeightedEdge e = sub.addEdge(from, to);
      sub.setEdgeWeight(e, 1.0);
      capacity.put(e, units);
      // a net giver supplies flow
      supply.merge(from, units, Integer::sum);
      supply.merge(to, -units, Integer::sum);
    }
    MinimumCostFlowAlgorithm.MinimumCostFlow<DefaultWeightedEdge> flow =
        new CapacityScalingMinimumCostFlow<Integer, DefaultWeightedEdge>()
            .getMinimumCostFlow(
                new MinimumCostFlowProblem.MinimumCostFlowProblemImpl<>(
                    sub, v -> supply.getOrDefault(v, 0), capacity::get));
    // a whole number below 10^9: exact in a double
    long settlement = Math.round(flow.getCost());
    // each edge's flow is a whole number of units at most its capacity (below 10^9): exact too
    for (DefaultWeightedEdge e : sub.edgeSet()) {
      long units = Objects.requireNonNull(capacity.get(e), "an edge without capacity");
      parts[sub.getEdgeSource(e)] += (units - Math.round(flow.getFlow(e))) * gcd;
    }
    return (sum / gcd - settlement) * gcd;
  }

  private static long gcd(long a, long b) {
    while (b != 0) {
      long t = a % b;
      a = b;
      b = t;
    }
    return a;
  }
}
