package dev.reciprocity;

import org.immutables.value.Value;

/**
 * Figures of a whole network of flows (a season, a range, the ledger).
 *
 * <p>Weighted reciprocity {@code r = sum_ij min(w_ij, w_ji) / sum_ij w_ij} (Squartini, Picciolo,
 * Ruzzenenti, Garlaschelli, "Reciprocity of weighted networks", Sci. Rep. 3, 2729, 2013);
 * unweighted reciprocity: the share of directed edges {@code i -> j} whose reverse edge exists, as
 * networkx {@code overall_reciprocity} computes it on the directed graph of the flows. A directed
 * edge is an ordered pair with at least one flow, whatever its amount: a flow of amount 0 is an
 * observed relation with no weight. Immutable and thread-safe.
 */
@Value.Immutable
public interface NetworkScore {

  /**
   * Number of flows scored.
   *
   * @return {@code >= 0}
   */
  long flowCount();

  /**
   * Number of distinct parties that gave or received.
   *
   * @return {@code >= 0}
   */
  int partyCount();

  /**
   * Total weight {@code sum_ij w_ij}.
   *
   * @return {@code >= 0}
   */
  Amount totalWeight();

  /**
   * Reciprocated weight of the network {@code sum_ij min(w_ij, w_ji)}, each reciprocated pair
   * counted in both directions.
   *
   * @return in {@code [0, totalWeight]}
   */
  Amount reciprocatedWeight();

  /**
   * Number of directed edges: ordered pairs {@code (i, j)} with at least one flow {@code i -> j}.
   *
   * @return {@code >= 0}
   */
  int directedEdges();

  /**
   * Number of directed edges whose reverse edge exists (twice the number of mutual pairs).
   *
   * @return in {@code [0, directedEdges]}
   */
  int reciprocatedEdges();

  /**
   * Gini coefficient of out-strength over every party of the network (parties that only receive
   * count as 0): {@code G = 2 sum_k k x_k / (n sum x) - (n + 1) / n} over the ascending values
   * {@code x_1..x_n}. 0 when everyone gives alike; close to 1 when one party gives everything.
   *
   * @return in {@code [0, 1)}; {@code NaN} when nothing was given
   */
  @Implements(PatternComponent.SHARED_VALUE_METRIC)
  double outStrengthGini();

  /**
   * Weighted reciprocity {@code r = reciprocatedWeight / totalWeight}.
   *
   * @return in {@code [0, 1]}; {@code NaN} when the total weight is 0
   */
  default double weightedReciprocity() {
    long total = totalWeight().micros();
    return total == 0 ? Double.NaN : (double) reciprocatedWeight().micros() / (double) total;
  }

  /**
   * Unweighted reciprocity {@code reciprocatedEdges / directedEdges}.
   *
   * @return in {@code [0, 1]}; {@code NaN} when there is no edge
   */
  default double overallReciprocity() {
    return directedEdges() == 0 ? Double.NaN : (double) reciprocatedEdges() / directedEdges();
  }

  /**
   * Returns a new builder.
   *
   * @return a builder; not thread-safe
   */
  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link NetworkScore}; not thread-safe. */
  @SuppressWarnings("missing-explicit-ctor") // new NetworkScore.Builder() is API
  class Builder extends ImmutableNetworkScore.Builder {}

  /**
   * Rejects negative counts and weights, more reciprocated than total, and a Gini coefficient
   * outside {@code [0, 1]}.
   *
   * @throws IllegalArgumentException naming the attribute and the value
   */
  @Value.Check
  default void check() {
    if (flowCount() < 0 || partyCount() < 0 || directedEdges() < 0 || reciprocatedEdges() < 0) {
      throw new IllegalArgumentException(
          "counts must not be negative: flows "
              + flowCount()
              + ", parties "
              + partyCount()
              + ", edges "
              + directedEdges()
              + ", reciprocated edges "
              + reciprocatedEdges());
    }
    if (reciprocatedEdges() > directedEdges()) {
      throw new IllegalArgumentException(
          "reciprocated edges "
              + reciprocatedEdges()
              + " must not exceed directed edges "
              + directedEdges());
    }
    if (totalWeight().signum() < 0
        || reciprocatedWeight().signum() < 0
        || reciprocatedWeight().compareTo(totalWeight()) > 0) {
      throw new IllegalArgumentException(
          "weights must satisfy 0 <= reciprocated <= total, got "
              + reciprocatedWeight()
              + " and "
              + totalWeight());
    }
    double g = outStrengthGini();
    if (!Double.isNaN(g) && !(g >= 0 && g <= 1)) {
      throw new IllegalArgumentException("Gini coefficient must lie in [0, 1] or be NaN, got " + g);
    }
  }
}
