package dev.reciprocity.core.internal;

import dev.reciprocity.Flow;
import dev.reciprocity.PortfolioScores;

/**
 * The streaming form of the portfolio figures: parties get dense ids ({@link Parties}) and each
 * flow is added to the engine's primitive sums ({@link PortfolioSums}), so an add makes no object.
 * Merging maps the other's ids to this one's. Not thread-safe.
 */
final class PortfolioAccumulator extends Admission {

  private final Parties parties = new Parties();
  private final PortfolioSums sums = new PortfolioSums(16, 16);

  void add(Flow flow) {
    int g = parties.id(flow.giver());
    int r = parties.id(flow.receiver());
    sums.ensureParties(parties.size());
    sums.add(g, r, flow.amount().micros());
  }

  void merge(PortfolioAccumulator other) {
    int[] ids = parties.idsOf(other.parties);
    sums.ensureParties(parties.size());
    sums.merge(other.sums, ids);
  }

  boolean isEmpty() {
    return sums.isEmpty();
  }

  PortfolioScores result() {
    return sums.scores(parties::name, parties.rank());
  }
}
