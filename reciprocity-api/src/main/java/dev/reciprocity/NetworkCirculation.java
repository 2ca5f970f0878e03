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
@Implements({PatternComponent.PORTFOLIO_RECIPROCITY, PatternComponent.RECEIVING_WITHOUT_DEBT})
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
   * Each party's part of the cleared weight: the weight of its outgoing edges that the set-off
   * clears, {@code sum_j (w_ij - f*_ij)}, which equals that of its incoming edges, since what is
   * cleared is a circulation. The parts add up to {@link #cleared()}. Only parties with a positive
   * part are present; the map is empty when {@link #cleared()} is.
   *
   * <p>The cleared total is unique, but how it falls on the parties need not be: where several
   * settlements reach the same least total (two loops of equal length through different parties,
   * say), each clears a different party's flows. The parts given are those of the settlement the
   * solver finds, the same for the same flows; a property checks that it is a least settlement (it
   * keeps every edge within its weight, settles every net position, and totals {@code F*}).
   *
   * @return the parts by party, in the order of the parties' ids; each in {@code (0, cleared]}
   */
  @Value.NaturalOrder
  java.util.SortedMap<PartyId, Amount> clearedByParty();

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
    long parts = 0;
    for (Amount part : clearedByParty().values()) {
      if (part.signum() <= 0) {
        throw new IllegalArgumentException("a party's part of the cleared weight must be positive");
      }
      parts += part.micros(); // each at most the cleared weight, and they add up to it: no wrap
    }
    if (parts != cleared().map(Amount::micros).orElse(0L)) {
      throw new IllegalArgumentException(
          "the parties' parts of the cleared weight must add up to it, got "
              + Amount.ofMicros(parts)
              + " for "
              + cleared().map(Amount::toString).orElse("none"));
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
