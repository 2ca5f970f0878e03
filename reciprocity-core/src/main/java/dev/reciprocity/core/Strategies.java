package dev.reciprocity.core;

import dev.reciprocity.DecayedBalances;
import dev.reciprocity.ImmediateScores;
import dev.reciprocity.PortfolioScores;
import dev.reciprocity.ReciprocityRule;
import dev.reciprocity.SeasonalScores;
import dev.reciprocity.UnknownStrategyException;
import dev.reciprocity.core.internal.DecayingStrategy;
import dev.reciprocity.core.internal.ImmediateStrategy;
import dev.reciprocity.core.internal.PortfolioStrategy;
import dev.reciprocity.core.internal.SeasonalStrategy;
import dev.reciprocity.spi.ScoringStrategy;
import dev.reciprocity.spi.ScoringStrategyProvider;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.ServiceLoader;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Static factories for the built-in scoring strategies, from transaction level to portfolio.
 *
 * <p>Every strategy is a mergeable accumulator (see {@link ScoringStrategy}): its result depends
 * only on the multiset of flows added, and any partition of the flows accumulated apart and
 * merged equals one pass. Amounts are summed exactly. Strategies are immutable and thread-safe;
 * their accumulators are not. Each ignores flows of kinds its rule does not score
 * ({@link ReciprocityRule#kinds()}).
 *
 * <pre>{@code
 * PortfolioScores scores = Strategies.portfolio().score(ledger.snapshot().flows());
 * double r = scores.network().weightedReciprocity();
 * }</pre>
 */
public final class Strategies {

  private Strategies() {}

  /**
   * Portfolio (generalized) reciprocity over every kind: each party's out-strength
   * {@code s_out = sum_j w_ij}, in-strength {@code s_in = sum_j w_ji}, reciprocated strength
   * {@code s<-> = sum_j min(w_ij, w_ji)}, the unreciprocated out- and in-strength, each dyad's
   * reciprocity index, and the network's weighted reciprocity
   * {@code r = sum_ij min(w_ij, w_ji) / sum_ij w_ij} (Squartini, Picciolo, Ruzzenenti,
   * Garlaschelli, "Reciprocity of weighted networks", Sci. Rep. 3, 2729, 2013) and unweighted
   * reciprocity (share of directed edges whose reverse exists, as networkx
   * {@code overall_reciprocity}).
   *
   * <p>Cost: one hash update per flow; memory one entry per directed edge.
   *
   * @return the strategy
   */
  public static ScoringStrategy<?, PortfolioScores> portfolio() {
    return portfolio(ReciprocityRule.defaults());
  }

  /**
   * Portfolio reciprocity over the kinds of a rule; see {@link #portfolio()}.
   *
   * @param rule the rule; only {@link ReciprocityRule#kinds()} is used
   * @return the strategy
   * @throws NullPointerException if {@code rule} is null
   */
  public static ScoringStrategy<?, PortfolioScores> portfolio(ReciprocityRule rule) {
    return new PortfolioStrategy(Objects.requireNonNull(rule, "rule"));
  }

  /**
   * Seasonal reciprocity: the portfolio figures of each season of the rule's cadence, from the
   * first flow's season to the last flow's, empty seasons included. A balance check reads chronic
   * imbalance from it: a give share outside the tolerance band in {@code k} consecutive seasons
   * ("a one-time imbalance is tolerable; a chronic imbalance is toxic", seed: Social Reciprocity
   * Architecture).
   *
   * @param rule the rule; {@link ReciprocityRule#cadence()} and {@link ReciprocityRule#kinds()}
   *     are used
   * @return the strategy
   * @throws NullPointerException if {@code rule} is null
   */
  public static ScoringStrategy<?, SeasonalScores> seasonal(ReciprocityRule rule) {
    return new SeasonalStrategy(Objects.requireNonNull(rule, "rule"));
  }

  /**
   * Immediate (transaction-level) reciprocity. Within each dyad, flows are taken in time order
   * (ties broken by content, so ingest order does not matter); a flow {@code j -> i} first returns
   * the open gifts {@code i -> j} made at most {@link ReciprocityRule#window()} before it, oldest
   * first, settling as much as its amount allows; what is left of it becomes a gift
   * {@code j -> i} awaiting return. Returns may be of any kind the rule scores. The result gives
   * the returned share {@code returned / gifts} and every open obligation with its age at the
   * latest flow scored; an obligation older than the window is overdue.
   *
   * <p>Source: the transaction-level granularity of DESIGN section 3 ("a gift counts as returned
   * when a reverse flow arrives within a window"). Memory: every flow is kept until the result.
   *
   * @param rule the rule; {@link ReciprocityRule#window()} and {@link ReciprocityRule#kinds()} are
   *     used
   * @return the strategy
   * @throws NullPointerException if {@code rule} is null
   */
  public static ScoringStrategy<?, ImmediateScores> immediate(ReciprocityRule rule) {
    return new ImmediateStrategy(Objects.requireNonNull(rule, "rule"));
  }

  /**
   * Decaying balances: a flow of amount {@code a} at time {@code t} counts
   * {@code a * 2^(-(T - t) / h)} at the evaluation instant {@code T}, with half-life
   * {@code h = rule.halfLife()} ("memory without hoarding", DESIGN section 3). Without a
   * half-life there is no decay and the balances equal the plain, exact ones. Flows after
   * {@code asOf} weigh more than their amount, so evaluate at or after the last flow.
   *
   * <p>The decayed sums are computed in time order at the end, so the result is the same bit for
   * bit whatever the order of adds and merges.
   *
   * @param rule the rule; {@link ReciprocityRule#halfLife()} and {@link ReciprocityRule#kinds()}
   *     are used
   * @param asOf the evaluation instant {@code T}
   * @return the strategy
   * @throws NullPointerException if an argument is null
   */
  public static ScoringStrategy<?, DecayedBalances> decaying(ReciprocityRule rule, Instant asOf) {
    return new DecayingStrategy(Objects.requireNonNull(rule, "rule"), Objects.requireNonNull(asOf, "asOf"));
  }

  /**
   * Finds a strategy by name among the {@link ScoringStrategyProvider}s on the class path
   * ({@link ServiceLoader}): the built-ins {@code "portfolio"}, {@code "seasonal"},
   * {@code "immediate"} and {@code "decaying"} (evaluated now), and any a host registers.
   *
   * @param name the strategy's name
   * @param rule the rule that configures it
   * @return the strategy
   * @throws UnknownStrategyException if no provider, or more than one, offers the name
   */
  public static ScoringStrategy<?, ?> byName(String name, ReciprocityRule rule) {
    List<ScoringStrategyProvider> providers = ServiceLoader.load(ScoringStrategyProvider.class)
        .stream().map(ServiceLoader.Provider::get).collect(Collectors.toList());
    List<ScoringStrategyProvider> matches = providers.stream()
        .filter(p -> p.name().equals(name)).collect(Collectors.toList());
    if (matches.size() == 1) {
      return matches.get(0).create(rule);
    }
    if (matches.isEmpty()) {
      TreeSet<String> known = providers.stream().map(ScoringStrategyProvider::name)
          .collect(Collectors.toCollection(TreeSet::new));
      throw new UnknownStrategyException("no scoring strategy named '" + name + "'; known: "
          + known + ". Register a ScoringStrategyProvider under"
          + " META-INF/services/dev.reciprocity.spi.ScoringStrategyProvider to add one.");
    }
    throw new UnknownStrategyException("more than one provider offers the strategy '" + name + "': "
        + matches.stream().map(p -> p.getClass().getName()).collect(Collectors.joining(", "))
        + ". Remove one from the class path or rename it.");
  }
}
