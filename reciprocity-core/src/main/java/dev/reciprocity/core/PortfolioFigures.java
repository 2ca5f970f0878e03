package dev.reciprocity.core;

import dev.reciprocity.DyadScore;
import dev.reciprocity.Implements;
import dev.reciprocity.NetworkCirculation;
import dev.reciprocity.NetworkScore;
import dev.reciprocity.PartyId;
import dev.reciprocity.PartyScore;
import dev.reciprocity.PatternComponent;
import dev.reciprocity.ReciprocityRule;
import dev.reciprocity.core.internal.Circulation;
import dev.reciprocity.core.internal.Portfolio;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The portfolio figures of a snapshot, computed from its columns: the network's weighted
 * reciprocity, every party's out-strength, in-strength and reciprocated strength, every dyad's
 * weights. The same figures as {@link Strategies#portfolio(ReciprocityRule)}, without a {@link
 * DyadScore} or {@link PartyScore} object per dyad or party: scores are made when read.
 *
 * <p>Definitions (Squartini, Picciolo, Ruzzenenti and Garlaschelli 2013, "Reciprocity of weighted
 * networks", Sci. Rep. 3, 2729): with {@code w_ij} the total amount {@code i} gave {@code j},
 * out-strength {@code s_i^out = sum_j w_ij}, in-strength {@code s_i^in = sum_j w_ji}, reciprocated
 * weight {@code sum_{i != j} min(w_ij, w_ji)} and weighted reciprocity {@code r = reciprocated
 * weight / total weight}. Amounts are exact: sums of micros in {@code long}, which cannot wrap
 * because a snapshot holds at most {@link dev.reciprocity.Amount#MAX} in all.
 *
 * <p>A view over the engine (docs/design.md, "One engine"): the sums are those of the snapshot's
 * column view ({@link LedgerSnapshot#columns()}), the same that {@link
 * Strategies#portfolio(ReciprocityRule)} scores on a column view and the review reads.
 *
 * <p>Cost: one pass over the flows into the engine's dyad table keyed by the unordered dyad, split
 * over two cores for large snapshots; about 24 bytes per dyad slot and 33 per party while
 * computing. On the benchmark machine (2 cores) 10M flows over 100k parties take well under a
 * second (see the README's Performance section). Immutable and thread-safe.
 *
 * <pre>{@code
 * PortfolioFigures figures = PortfolioFigures.of(ledger.snapshot(), ReciprocityRule.defaults());
 * double r = figures.network().weightedReciprocity();
 * Optional<PartyScore> ada = figures.party(PartyId.of("ada"));
 * }</pre>
 */
@Implements(PatternComponent.PORTFOLIO_RECIPROCITY)
public final class PortfolioFigures {

  private final Portfolio portfolio;

  private PortfolioFigures(Portfolio portfolio) {
    this.portfolio = portfolio;
  }

  /**
   * Computes the figures of the snapshot's flows that the rule applies to (its kinds; every flow
   * when it names none).
   *
   * @param flows the flows
   * @param rule the rule; only its kinds are read
   * @return the figures
   * @throws NullPointerException if an argument is null
   * @throws dev.reciprocity.UnitMismatchException if the kinds scored have more than one unit
   */
  public static PortfolioFigures of(LedgerSnapshot flows, ReciprocityRule rule) {
    Objects.requireNonNull(flows, "flows");
    Objects.requireNonNull(rule, "rule");
    return new PortfolioFigures(Portfolio.of(flows.ofKinds(rule.kinds()).selection(), null));
  }

  /**
   * The network figures: flows, parties, total and reciprocated weight, edges, Gini coefficient of
   * out-strength.
   *
   * @return the network score
   */
  public NetworkScore network() {
    return portfolio.network();
  }

  /**
   * The network circulation: the part of the flows that runs in closed cycles ({@code A -> B -> C
   * -> A}), what multilateral set-off would clear, computed from the dyad sums by a minimum-cost
   * flow per strongly connected component (JGraphT). Its cleared share lies between the weighted
   * reciprocity and 1.
   *
   * <p>Cost: computed on each call. A network of more than {@value
   * dev.reciprocity.core.internal.Circulation#MAX_EDGES} directed edges, or with a component of
   * more than {@value dev.reciprocity.core.internal.Circulation#MAX_COMPONENT_EDGES} edges inside
   * it, is not solved: its cleared weight is empty with the reason, never an estimate; so is one
   * whose weights the solver cannot hold exactly (see {@link NetworkCirculation}). The shipped git
   * trailers (3,751 edges) take well under a second.
   *
   * @return the circulation
   */
  public NetworkCirculation circulation() {
    return Circulation.of(portfolio, portfolio.network());
  }

  /**
   * The number of parties that gave or received.
   *
   * @return {@code >= 0}
   */
  public int partyCount() {
    return portfolio.network().partyCount();
  }

  /**
   * The number of dyads: unordered pairs of parties with a flow either way.
   *
   * @return {@code >= 0}
   */
  public long dyadCount() {
    return portfolio.dyadCount();
  }

  /**
   * Every party's score, sorted by party id; made on each call (O(parties log parties)).
   *
   * @return the scores
   */
  public List<PartyScore> parties() {
    return portfolio.partyScores();
  }

  /**
   * One party's score.
   *
   * @param party the party
   * @return its score; empty when it neither gave nor received
   * @throws NullPointerException if {@code party} is null
   */
  public Optional<PartyScore> party(PartyId party) {
    int i = portfolio.indexOf(Objects.requireNonNull(party, "party"));
    return i < 0 ? Optional.empty() : Optional.of(portfolio.partyScore(i));
  }

  /**
   * One dyad's score.
   *
   * @param a one party
   * @param b the other party
   * @return the score, with {@code a} and {@code b} in id order; empty when nothing flowed between
   *     them
   * @throws NullPointerException if a party is null
   */
  public Optional<DyadScore> dyad(PartyId a, PartyId b) {
    int x = portfolio.indexOf(Objects.requireNonNull(a, "a"));
    int y = portfolio.indexOf(Objects.requireNonNull(b, "b"));
    return x < 0 || y < 0 ? Optional.empty() : Optional.ofNullable(portfolio.dyad(x, y));
  }

  @Override
  public String toString() {
    return "PortfolioFigures[" + portfolio.network() + "]";
  }
}
