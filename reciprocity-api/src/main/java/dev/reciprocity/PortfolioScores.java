package dev.reciprocity;

import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The result of portfolio (generalized) scoring: every party's balance across all its partners,
 * every dyad, and the network's reciprocity, over all flows given to the strategy. Immutable and
 * thread-safe.
 */
@Value.Immutable
public interface PortfolioScores {

  /**
   * Every party that gave or received, sorted by id.
   *
   * @return the party scores
   */
  List<PartyScore> parties();

  /**
   * Every pair of parties with a flow either way, sorted by {@code (a, b)}.
   *
   * @return the dyad scores
   */
  List<DyadScore> dyads();

  /**
   * The network's figures.
   *
   * @return the network score
   */
  NetworkScore network();

  /**
   * Looks up one party's score.
   *
   * @param party the party
   * @return its score; empty if it neither gave nor received
   */
  default Optional<PartyScore> party(PartyId party) {
    return parties().stream().filter(p -> p.party().equals(party)).findFirst();
  }

  /**
   * Returns a new builder.
   *
   * @return a builder; not thread-safe
   */
  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link PortfolioScores}; not thread-safe. */
  @SuppressWarnings("missing-explicit-ctor") // new PortfolioScores.Builder() is API
  class Builder extends ImmutablePortfolioScores.Builder {}
}
