package dev.reciprocity.core;

import dev.reciprocity.Capacities;
import dev.reciprocity.DecayedBalances;
import dev.reciprocity.DevelopmentalScores;
import dev.reciprocity.ImmediateScores;
import dev.reciprocity.Implements;
import dev.reciprocity.PatternComponent;
import dev.reciprocity.PortfolioScores;
import dev.reciprocity.ProportionalScores;
import dev.reciprocity.ReciprocityRule;
import dev.reciprocity.SeasonalScores;
import dev.reciprocity.UnknownStrategyException;
import dev.reciprocity.core.internal.BuiltIns;
import dev.reciprocity.spi.ScoringStrategy;
import dev.reciprocity.spi.ScoringStrategyProvider;
import dev.reciprocity.spi.StrategyParameters;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * Static factories for the built-in scoring strategies, from transaction level to portfolio.
 *
 * <p>Every strategy is a mergeable accumulator (see {@link ScoringStrategy}): its result depends
 * only on the multiset of flows added, and any partition of the flows accumulated apart and merged
 * equals one pass. Amounts are summed exactly. Strategies are immutable and thread-safe; their
 * accumulators are not. Each ignores flows of kinds its rule does not score ({@link
 * ReciprocityRule#kinds()}).
 *
 * <pre>{@code
 * PortfolioScores scores = Strategies.portfolio().score(ledger.snapshot().flows());
 * double r = scores.network().weightedReciprocity();
 * }</pre>
 */
public final class Strategies {

  private Strategies() {}

  /**
   * Portfolio (generalized) reciprocity over every kind: each party's out-strength {@code s_out =
   * sum_j w_ij}, in-strength {@code s_in = sum_j w_ji}, reciprocated strength {@code s<-> = sum_j
   * min(w_ij, w_ji)}, the unreciprocated out- and in-strength, each dyad's reciprocity index, and
   * the network's weighted reciprocity {@code r = sum_ij min(w_ij, w_ji) / sum_ij w_ij} (Squartini,
   * Picciolo, Ruzzenenti, Garlaschelli, "Reciprocity of weighted networks", Sci. Rep. 3, 2729,
   * 2013) and unweighted reciprocity (share of directed edges whose reverse exists, as networkx
   * {@code overall_reciprocity}).
   *
   * <p>Cost: on a column view ({@code score(FlowColumns)}, what {@code reciprocity score} and a
   * host holding a snapshot call) the figures are the view's engine sums, one pass over the rows
   * into the dyad table (docs/design.md, "The data path: columns, not objects"), then one {@link
   * dev.reciprocity.PartyScore} per party and one {@link dev.reciprocity.DyadScore} per dyad, put
   * in id order by a radix sort on the parties' ranks. One flow at a time ({@code add}, {@code
   * collector()}, the streaming form) an add is an amortised O(1) update of primitive tables: the
   * party dictionary and the same dyad table (about 24 bytes per dyad slot and 24 per party), with
   * no object per flow or per edge. Both give the same result (docs/design.md, "One engine").
   *
   * @return the strategy
   */
  @Implements(PatternComponent.PORTFOLIO_RECIPROCITY)
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
  @Implements(PatternComponent.PORTFOLIO_RECIPROCITY)
  public static ScoringStrategy<?, PortfolioScores> portfolio(ReciprocityRule rule) {
    return BuiltIns.portfolio(Objects.requireNonNull(rule, "rule"));
  }

  /**
   * Seasonal reciprocity: the portfolio figures of each season of the rule's cadence that has a
   * flow; seasons without flows are left out, so memory follows the seasons with flows, never the
   * calendar span. A balance check reads chronic imbalance from it: a give share outside the
   * tolerance band in {@code k} consecutive seasons ("a one-time imbalance is tolerable; a chronic
   * imbalance is toxic", pattern text Social Reciprocity Architecture, docs/design.md, section
   * 1.2).
   *
   * <p>Cost: on a column view, the rows are grouped by the view's season of each row (a counting
   * sort), and each season's rows are added to one set of primitive sums that is reset for the next
   * season: O(flows) plus the scores made. One flow at a time, one party dictionary and a dyad
   * table per season with flows.
   *
   * @param rule the rule; {@link ReciprocityRule#cadence()} and {@link ReciprocityRule#kinds()} are
   *     used
   * @return the strategy
   * @throws NullPointerException if {@code rule} is null
   */
  @Implements(PatternComponent.SEASONAL_RECIPROCITY)
  public static ScoringStrategy<?, SeasonalScores> seasonal(ReciprocityRule rule) {
    return BuiltIns.seasonal(Objects.requireNonNull(rule, "rule"));
  }

  /**
   * Immediate (transaction-level) reciprocity. Within each dyad, flows are taken in time order
   * (ties broken by content, so ingest order does not matter); a flow {@code j -> i} first returns
   * the open gifts {@code i -> j} made at most {@link ReciprocityRule#window()} before it, oldest
   * first, settling as much as its amount allows; what is left of it becomes a gift {@code j -> i}
   * awaiting return. Returns may be of any kind the rule scores. The result gives the returned
   * share {@code returned / gifts} and every open obligation with its age at the latest flow
   * scored; an obligation older than the window is overdue.
   *
   * <p>Source: the transaction-level granularity of docs/design.md, "Immediate reciprocity" ("a
   * gift counts as returned when a reverse flow arrives within a window"). Memory: one flow at a
   * time, every flow is kept until the result, as a row of primitive columns (about 28 bytes, 32
   * with a fraction of a second; not its id and tags), and the result is the matching below run on
   * those rows. On a column view nothing is copied: the rows are grouped by dyad (a radix sort on
   * the pair of party ids), each dyad's rows sorted by time, and the open gifts of each direction
   * kept in primitive queues read from a head that only moves forward: O(flows log flows), no
   * object per flow (docs/design.md, section 4.10).
   *
   * @param rule the rule; {@link ReciprocityRule#window()} and {@link ReciprocityRule#kinds()} are
   *     used
   * @return the strategy
   * @throws NullPointerException if {@code rule} is null
   */
  @Implements(PatternComponent.IMMEDIATE_RECIPROCITY)
  public static ScoringStrategy<?, ImmediateScores> immediate(ReciprocityRule rule) {
    return BuiltIns.immediate(Objects.requireNonNull(rule, "rule"));
  }

  /**
   * Proportional reciprocity ("reciprocity does not mean symmetry; it means natural balance",
   * Collaborative Reciprocity): per season of the rule's cadence that holds flows, every party with
   * a {@link dev.reciprocity.Capacity} in effect at the season's start, whether it gave or not,
   * with its out-strength {@code g_i}, its capacity {@code c_i}, its give share {@code g_i / sum g}
   * and capacity share {@code c_i / sum c} (sums over those parties), and their ratio: 1 when it
   * gave in proportion to its capacity. What parties without a capacity gave is reported apart and
   * left out of the shares. A view over the engine's season sums; the flows are kept as rows until
   * the result, as for {@link #immediate(ReciprocityRule)}.
   *
   * @param rule the rule; {@link ReciprocityRule#cadence()} and {@link ReciprocityRule#kinds()} are
   *     used
   * @param capacities the declared capacities
   * @return the strategy
   * @throws NullPointerException if an argument is null
   */
  @Implements(PatternComponent.PROPORTIONAL_RECIPROCITY)
  public static ScoringStrategy<?, ProportionalScores> proportional(
      ReciprocityRule rule, Capacities capacities) {
    return BuiltIns.proportional(
        Objects.requireNonNull(rule, "rule"), Objects.requireNonNull(capacities, "capacities"));
  }

  /**
   * Developmental reciprocity: a gift is expected back after a lag, within the rule's window
   * (mentoring now, role inversion after the cycle). A gift made at {@code t} is due from {@code t
   * + lag} to {@code t + lag + window} (inclusive); in time order, each flow first returns the
   * gifts due from it, oldest first, as far as its amount goes: gifts its receiver gave its giver
   * ({@link DevelopmentalScores.ReturnFrom#DYAD}), or any gift its giver received ({@link
   * DevelopmentalScores.ReturnFrom#NETWORK}: the receiver pays it forward, to anyone). What is left
   * of the flow is a gift awaiting return. The result gives the returned share and every open
   * obligation with its age at the latest flow scored, its due span, and whether that has passed
   * (overdue). Flows at the same instant are taken in the order of giver, receiver, kind and
   * amount, so the result does not depend on the order of the flows. With a lag of 0 and {@code
   * DYAD}, the gift weight, returned weight and open obligations are those of {@link
   * #immediate(ReciprocityRule)}.
   *
   * <p>Source: the reciprocity rule's developmental granularity (Symbiotic Alignment;
   * docs/design.md, section 2.7). Memory: every flow is kept until the result, as for {@link
   * #immediate(ReciprocityRule)}, plus a queue per dyad (or party) that is owed a return.
   *
   * @param rule the rule; {@link ReciprocityRule#window()} and {@link ReciprocityRule#kinds()} are
   *     used
   * @param lag how long after a gift its return is due, from {@code PT0S} to 10,000 years
   * @param returnFrom whose flows return a gift
   * @return the strategy
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the lag is negative or longer than 10,000 years
   */
  @Implements({PatternComponent.DEVELOPMENTAL_RECIPROCITY, PatternComponent.RECEIVING_WITHOUT_DEBT})
  public static ScoringStrategy<?, DevelopmentalScores> developmental(
      ReciprocityRule rule, Duration lag, DevelopmentalScores.ReturnFrom returnFrom) {
    return BuiltIns.developmental(
        Objects.requireNonNull(rule, "rule"),
        Objects.requireNonNull(lag, "lag"),
        Objects.requireNonNull(returnFrom, "returnFrom"));
  }

  /**
   * Decaying balances: a flow of amount {@code a} at time {@code t} counts {@code a * 2^(-(T - t) /
   * h)} at the evaluation instant {@code T}, with half-life {@code h = rule.halfLife()} ("memory
   * without hoarding", docs/design.md, section 2.6). Without a half-life there is no decay and the
   * balances equal the plain, exact ones. Every decay factor is at most 1: a flow after {@code
   * asOf} would weigh more than its amount and is refused ({@link IllegalArgumentException} from
   * {@code add}), so evaluate at or after the last flow.
   *
   * <p>The decayed sums are computed in time order at the end, so the result is the same bit for
   * bit whatever the order of adds and merges. Memory: one flow at a time, every flow is kept until
   * the result, as a row of primitive columns (about 28 bytes, 32 with a fraction of a second), and
   * the result is the computation below run on those rows.
   *
   * <p>Cost: on a column view, the rows are sorted by time (a radix sort; a comparison sort when
   * they span more than 272 years) and grouped by giver and by receiver (counting sorts), and each
   * instant's factor is computed once: O(flows), no object per flow (docs/design.md, "Decay").
   *
   * @param rule the rule; {@link ReciprocityRule#halfLife()} and {@link ReciprocityRule#kinds()}
   *     are used
   * @param asOf the evaluation instant {@code T}
   * @return the strategy
   * @throws NullPointerException if an argument is null
   */
  @Implements(PatternComponent.MEMORY_WITHOUT_HOARDING)
  public static ScoringStrategy<?, DecayedBalances> decaying(ReciprocityRule rule, Instant asOf) {
    return BuiltIns.decaying(
        Objects.requireNonNull(rule, "rule"), Objects.requireNonNull(asOf, "asOf"));
  }

  /**
   * Finds a strategy by name among the {@link ScoringStrategyProvider}s on the class path, typed by
   * its result: the built-ins {@code "portfolio"} ({@link PortfolioScores}), {@code "seasonal"}
   * ({@link SeasonalScores}), {@code "immediate"} ({@link ImmediateScores}), {@code
   * "developmental"} ({@link DevelopmentalScores}), {@code "proportional"} ({@link
   * ProportionalScores}, with the lookup's capacities) and any a host registers. For parameters, a
   * class loader or a clock, use {@link StrategyLookup}.
   *
   * <pre>{@code
   * ScoringStrategy<?, PortfolioScores> s = Strategies.byName("portfolio", rule, PortfolioScores.class);
   * }</pre>
   *
   * @param <R> the result type
   * @param name the strategy's name
   * @param rule the rule that configures it
   * @param resultType the result type the caller expects
   * @return the strategy
   * @throws UnknownStrategyException if no provider, or more than one, offers the name, or its
   *     results are not of {@code resultType}
   * @throws dev.reciprocity.spi.StrategyParameterException if the strategy needs a parameter (such
   *     as {@code "decaying"}'s {@code asOf}): use {@link StrategyLookup}
   */
  public static <R> ScoringStrategy<?, R> byName(
      String name, ReciprocityRule rule, Class<R> resultType) {
    return StrategyLookup.create().find(name, resultType, rule, StrategyParameters.none());
  }
}
