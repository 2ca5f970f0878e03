package dev.reciprocity.core.internal;

import dev.reciprocity.Amount;
import dev.reciprocity.DyadScore;
import dev.reciprocity.Flow;
import dev.reciprocity.NetworkScore;
import dev.reciprocity.PartyId;
import dev.reciprocity.PartyScore;
import dev.reciprocity.PortfolioScores;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Exact per-edge sums {@code w_ij} (in millionths) and the set of parties: everything the portfolio
 * figures need. Every sum is bounded by the admitted total, so none can overflow. Not thread-safe.
 */
final class PortfolioAccumulator extends Admission {

  private final Map<Edge, long[]> weights = new HashMap<>();
  private final Set<PartyId> parties = new HashSet<>();
  private long flowCount;

  void add(Flow flow) {
    long[] w = weights.computeIfAbsent(new Edge(flow.giver(), flow.receiver()), e -> new long[1]);
    w[0] += flow.amount().micros(); // bounded by the admitted total
    parties.add(flow.giver());
    parties.add(flow.receiver());
    flowCount++;
  }

  void merge(PortfolioAccumulator other) {
    other.weights.forEach(
        (edge, w) -> {
          long[] mine = weights.computeIfAbsent(edge, e -> new long[1]);
          mine[0] += w[0]; // bounded by the admitted total
        });
    parties.addAll(other.parties);
    flowCount += other.flowCount;
  }

  boolean isEmpty() {
    return flowCount == 0;
  }

  private long weight(Edge edge) {
    long[] w = weights.get(edge);
    return w == null ? 0 : w[0];
  }

  PortfolioScores result() {
    // per party: out, in, reciprocated (millionths)
    Map<PartyId, long[]> strengths = new TreeMap<>();
    for (PartyId p : parties) {
      strengths.put(p, new long[3]);
    }
    Map<Edge, DyadScore> dyads =
        new TreeMap<>(
            (x, y) -> {
              int c = x.giver().compareTo(y.giver());
              return c != 0 ? c : x.receiver().compareTo(y.receiver());
            });
    long total = 0;
    long reciprocated = 0;
    int directedEdges = 0;
    int reciprocatedEdges = 0;
    for (Map.Entry<Edge, long[]> e : weights.entrySet()) {
      Edge edge = e.getKey();
      long wij = e.getValue()[0];
      long wji = weight(edge.reversed());
      long min = Math.min(wij, wji);
      strengths.get(edge.giver())[0] += wij;
      strengths.get(edge.receiver())[1] += wij;
      strengths.get(edge.giver())[2] += min;
      total += wij;
      reciprocated += min;
      // an edge is an observed relation: any flow, even of amount 0, as a graph built from the
      // flows would have it (networkx DiGraph.add_edge)
      directedEdges++;
      if (weights.containsKey(edge.reversed())) {
        reciprocatedEdges++;
      }
      Edge key = edge.undirected();
      if (!dyads.containsKey(key)) {
        dyads.put(
            key,
            DyadScore.of(
                edge.giver(), edge.receiver(), Amount.ofMicros(wij), Amount.ofMicros(wji)));
      }
    }
    PortfolioScores.Builder result = PortfolioScores.builder();
    long[] outs = new long[strengths.size()];
    int i = 0;
    for (Map.Entry<PartyId, long[]> e : strengths.entrySet()) {
      long[] s = e.getValue();
      outs[i++] = s[0];
      result.addParties(
          PartyScore.builder()
              .party(e.getKey())
              .outStrength(Amount.ofMicros(s[0]))
              .inStrength(Amount.ofMicros(s[1]))
              .reciprocatedStrength(Amount.ofMicros(s[2]))
              .build());
    }
    result.addAllDyads(dyads.values());
    result.network(
        NetworkScore.builder()
            .flowCount(flowCount)
            .partyCount(parties.size())
            .totalWeight(Amount.ofMicros(total))
            .reciprocatedWeight(Amount.ofMicros(reciprocated))
            .directedEdges(directedEdges)
            .reciprocatedEdges(reciprocatedEdges)
            .outStrengthGini(Gini.of(outs))
            .build());
    return result.build();
  }
}
