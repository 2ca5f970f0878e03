package dev.reciprocity;

import java.util.Optional;
import java.util.OptionalDouble;
import org.immutables.value.Value;

/**
 * The part of a network's flows that runs in closed cycles ({@code A -> B -> C -> A}): what a
 * mutual-credit network could clear by multilateral set-off, leaving every party's net position
 * (out-strength minus in-strength) as it is.
 *
 * <p>Definition: with {@code w_ij} the total amount {@code i} gave {@code j} (an edge of the
 * network when positive), the minimal settlement {@code F*} is the least total {@code sum f_ij}
 * over flows {@code 0 <= f_ij <= w_ij} on the observed edges that give every party the same net
 * position as {@code w}; {@code cleared = total - F*}, and {@code w - f*} is a circulation: the
 * largest one that fits under {@code w}. A circulation's every edge lies on a cycle, so only edges
 * inside one strongly connected component can clear. Every two-party exchange clears its smaller
 * side both ways, so {@code cleared >= reciprocatedWeight} and the cleared share is at least the
 * weighted reciprocity {@code r}, equal to it when no cycle is longer than two. See docs/design.md,
 * "Network circulation", for the method and its exactness; the formulation is the minimum-cost flow
 * of Ahuja, Magnanti and Orlin, "Network Flows" (1993), chapter 9, with a unit cost per edge.
 *
 * <p>The figure is computed only up to a ceiling (a number of directed edges, and integer
 * capacities below JGraphT's {@code CAP_INF} of 10^9 after dividing a component's weights by their
 * greatest common divisor, so that the solver's 32-bit arithmetic is exact); past it, {@link
 * #cleared()} is empty and {@link #reason()} says why. Never an estimate.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public interface NetworkCirculation {

  /**
   * The total weight of the network, {@code sum_ij w_ij}.
   *
   * @return {@code >= 0}
   */
  Amount totalWeight();

  /**
   * The weight that runs in closed cycles, {@code total - F*}; empty when it was not computed, with
   * {@link #reason()}.
   *
   * @return in {@code [0, totalWeight]} when present
   */
  Optional<Amount> cleared();

  /**
   * Why {@link #cleared()} is empty (the network or a component past the ceiling, weights that the
   * solver cannot hold exactly); empty when it is present.
   *
   * @return the reason, in words
   */
  Optional<String> reason();

  /**
   * The number of directed edges of the network: ordered pairs with a positive weight.
   *
   * @return {@code >= 0}
   */
  int directedEdges();

  /**
   * The number of strongly connected components of two or more parties, the only places a cycle can
   * run; 0 when it was not computed.
   *
   * @return {@code >= 0}
   */
  int components();

  /**
   * The minimal settlement {@code F* = total - cleared}: the least weight that still has to flow to
   * settle every party's net position.
   *
   * @return in {@code [0, totalWeight]}; empty when {@link #cleared()} is
   */
  default Optional<Amount> minimalSettlement() {
    return cleared().map(c -> Amount.ofMicros(totalWeight().micros() - c.micros()));
  }

  /**
   * The cleared share {@code cleared / total}.
   *
   * @return in {@code [0, 1]}, at least the weighted reciprocity; empty when {@link #cleared()} is
   *     empty or the total weight is 0
   */
  default OptionalDouble clearedShare() {
    long total = totalWeight().micros();
    if (cleared().isEmpty() || total == 0) {
      return OptionalDouble.empty();
    }
    return OptionalDouble.of((double) cleared().get().micros() / (double) total);
  }

  /**
   * Checks that exactly one of {@link #cleared()} and {@link #reason()} is present and that the
   * figures lie in their ranges.
   *
   * @throws IllegalArgumentException if not
   */
  @Value.Check
  default void check() {
    if (cleared().isPresent() == reason().isPresent()) {
      throw new IllegalArgumentException(
          "a circulation has either a cleared weight or the reason it has none, got "
              + cleared()
              + " and "
              + reason());
    }
    long total = totalWeight().micros();
    if (total < 0 || cleared().map(c -> c.micros() < 0 || c.micros() > total).orElse(false)) {
      throw new IllegalArgumentException(
          "the cleared weight must lie in [0, total weight "
              + totalWeight()
              + "], got "
              + cleared().orElseThrow());
    }
    if (directedEdges() < 0 || components() < 0) {
      throw new IllegalArgumentException(
          "edge and component counts must not be negative, got "
              + directedEdges()
              + " and "
              + components());
    }
  }

  /**
   * Returns a new builder.
   *
   * @return a builder; not thread-safe
   */
  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link NetworkCirculation}; not thread-safe. */
  @SuppressWarnings("missing-explicit-ctor") // new NetworkCirculation.Builder() is API
  class Builder extends ImmutableNetworkCirculation.Builder {}
}
