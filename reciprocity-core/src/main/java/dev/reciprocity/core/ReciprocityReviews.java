package dev.reciprocity.core;

import com.google.errorprone.annotations.CanIgnoreReturnValue;
import dev.reciprocity.Amount;
import dev.reciprocity.DyadScore;
import dev.reciprocity.Finding;
import dev.reciprocity.FlowKind;
import dev.reciprocity.Implements;
import dev.reciprocity.Interval;
import dev.reciprocity.NetworkScore;
import dev.reciprocity.PartyId;
import dev.reciprocity.PartyScore;
import dev.reciprocity.PatternComponent;
import dev.reciprocity.ReciprocityReview;
import dev.reciprocity.ReciprocityRule;
import dev.reciprocity.SuggestedExchange;
import dev.reciprocity.core.internal.BuiltIns;
import dev.reciprocity.core.internal.Circulation;
import dev.reciprocity.core.internal.Portfolio;
import dev.reciprocity.spi.BalanceCheck;
import dev.reciprocity.spi.FlowColumns;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Runs the reciprocity review: the ritual's three questions (who gave without return, who received
 * without giving, which exchanges would rebalance) and what to celebrate ("celebration renews
 * willingness": pattern text Social Reciprocity Architecture, docs/design.md, section 1.2), with
 * the findings of the balance checks. One {@link Builder} holds what a review takes; {@link
 * Builder#review(Interval)} reviews one period and {@link Builder#report()} makes the {@link
 * ReviewReport} of a selected range and its latest complete season. Thread-safe.
 *
 * <pre>{@code
 * ReciprocityReview march = ReciprocityReviews.builder(ledger.snapshot())
 *     .rule(rule)                                  // default: ReciprocityRule.defaults()
 *     .review(Cadence.monthly().seasonOf(Instant.parse("2026-03-01T00:00:00Z")));
 * ReviewReport report = ReciprocityReviews.builder(ledger.snapshot())
 *     .source("my platform")
 *     .settings(ReviewSettings.of(Cadence.quarterly()))
 *     .checks(checks)                              // default: BalanceChecks.defaults(rule)
 *     .report();
 * }</pre>
 */
@Implements(PatternComponent.RECIPROCITY_REVIEW)
public final class ReciprocityReviews {

  /** The number of entries per list of a review unless told otherwise: {@value}. */
  public static final int DEFAULT_LIMIT = 10;

  private ReciprocityReviews() {}

  /**
   * Starts a review of a snapshot.
   *
   * @param history the flows; those before a period's end feed the balance checks
   * @return a builder with the defaults: source {@code "flows"}, {@link ReciprocityRule#defaults()}
   *     (or the settings' cadence), {@link ReviewSettings#of} of the rule's cadence ({@value
   *     #DEFAULT_LIMIT} entries per list), {@link BalanceChecks#defaults} of the rule
   * @throws NullPointerException if {@code history} is null
   */
  public static Builder builder(LedgerSnapshot history) {
    return new Builder(Objects.requireNonNull(history, "history"));
  }

  /**
   * What a review takes: the flows, the settings, the rule and the checks. Each setter replaces the
   * value set before. Not thread-safe; the review and report it makes are immutable.
   */
  public static final class Builder {

    private final LedgerSnapshot history;
    private String source = "flows";
    private @Nullable ReviewSettings settings;
    private @Nullable ReciprocityRule rule;
    private @Nullable List<? extends BalanceCheck> checks;

    private Builder(LedgerSnapshot history) {
      this.history = history;
    }

    /**
     * Names the flows' source, for the report's header and for messages.
     *
     * @param source such as {@code "my platform"}; default {@code "flows"}
     * @return this builder
     * @throws NullPointerException if {@code source} is null
     */
    @CanIgnoreReturnValue
    public Builder source(String source) {
      this.source = Objects.requireNonNull(source, "source");
      return this;
    }

    /**
     * Sets the cadence, range, kinds and list length. {@link #report()} reads them all; {@link
     * #review(Interval)} reads only {@link ReviewSettings#top()}, its period being given.
     *
     * @param settings the settings; default {@link ReviewSettings#of} of the rule's cadence, with
     *     {@value #DEFAULT_LIMIT} entries per list
     * @return this builder
     * @throws NullPointerException if {@code settings} is null
     */
    @CanIgnoreReturnValue
    public Builder settings(ReviewSettings settings) {
      this.settings = Objects.requireNonNull(settings, "settings");
      return this;
    }

    /**
     * Sets the rule: kinds, cadence, tolerance band, consecutive seasons, minimum activity. Its
     * cadence must be the settings' when both are set.
     *
     * @param rule the rule; default a rule of the settings' cadence with the default band, seasons
     *     and activity, or {@link ReciprocityRule#defaults()} when no settings are set
     * @return this builder
     * @throws NullPointerException if {@code rule} is null
     */
    @CanIgnoreReturnValue
    public Builder rule(ReciprocityRule rule) {
      this.rule = Objects.requireNonNull(rule, "rule");
      return this;
    }

    /**
     * Sets the balance checks. Each runs once per review or report.
     *
     * @param checks such as {@link BalanceChecks#defaults} with a host's own added; empty for a
     *     review without findings; default {@link BalanceChecks#defaults} of the rule
     * @return this builder
     * @throws NullPointerException if {@code checks} or one of them is null
     */
    @CanIgnoreReturnValue
    public Builder checks(List<? extends BalanceCheck> checks) {
      this.checks = List.copyOf(checks);
      return this;
    }

    /**
     * Reviews one period.
     *
     * <ul>
     *   <li>Parties and network: the portfolio figures of the flows of the rule's kinds inside the
     *       period ({@link Strategies#portfolio(ReciprocityRule)}).
     *   <li>Gave without return: parties with net balance {@code > 0}, largest first; received
     *       without giving: net balance {@code < 0}, most negative first; ties by id.
     *   <li>Rebalancing exchanges: the dyads with the largest {@code |w_ab - w_ba|}, each as the
     *       return from the party that received more, in the kinds it received.
     *   <li>Reciprocal relationships: dyads with the largest reciprocated weight {@code min(w_ab,
     *       w_ba) > 0}, then the highest reciprocity index.
     *   <li>Findings: every check run once, as of the period's end, over the history of the rule's
     *       kinds before it (so seasons not yet over are not judged), keeping the findings whose
     *       span overlaps the period, most severe first, then latest.
     * </ul>
     *
     * Each list holds at most {@link ReviewSettings#top()} entries.
     *
     * @param period the period to review
     * @return the review
     * @throws NullPointerException if {@code period} is null
     * @throws IllegalArgumentException if the rule's cadence differs from the settings'
     */
    public ReciprocityReview review(Interval period) {
      Objects.requireNonNull(period, "period");
      ReciprocityRule r = rule();
      ReviewSettings s = settings(r);
      FlowColumns known = history.before(period.end()).ofKinds(r.kinds()).columns();
      List<Finding> findings = run(checks(r), known, period.end());
      return figures(history, period, r, s.top()).findings(overlapping(findings, period)).build();
    }

    /**
     * Makes the report of the selected range and of its latest complete season (see {@link
     * ReviewReport} for which flows and which season). Every check runs once, over the kept flows
     * of the rule's kinds, as of the report's horizon; each review keeps the findings whose span
     * overlaps its period.
     *
     * @return the report
     * @throws IllegalArgumentException if the rule's cadence differs from the settings'
     * @throws dev.reciprocity.ReciprocityException if there is no flow, a kind of the settings
     *     never occurs, or no flow lies in the selected range; the message says what to change
     */
    public ReviewReport report() {
      ReciprocityRule r = rule();
      return ReviewReport.run(source, history, settings(r), r, checks(r));
    }

    private ReciprocityRule rule() {
      if (rule != null) {
        return rule;
      }
      return settings == null
          ? ReciprocityRule.defaults()
          : ReciprocityRule.builder().cadence(settings.cadence()).build();
    }

    private ReviewSettings settings(ReciprocityRule r) {
      if (settings == null) {
        return ReviewSettings.of(r.cadence());
      }
      if (!r.cadence().equals(settings.cadence())) {
        throw new IllegalArgumentException(
            "the rule's cadence "
                + r.cadence()
                + " differs from the settings' "
                + settings.cadence()
                + "; give both the same cadence");
      }
      return settings;
    }

    private List<? extends BalanceCheck> checks(ReciprocityRule r) {
      return checks != null ? checks : BalanceChecks.defaults(r);
    }
  }

  /** Runs every check once over one view as of an instant; the findings of all, in check order. */
  static List<Finding> run(List<? extends BalanceCheck> checks, FlowColumns flows, Instant asOf) {
    List<Finding> findings = new ArrayList<>();
    for (BalanceCheck check : checks) {
      findings.addAll(check.check(flows, asOf));
    }
    return findings;
  }

  /** The findings whose span overlaps a period, most severe first, then latest. */
  static List<Finding> overlapping(List<Finding> findings, Interval period) {
    List<Finding> kept = new ArrayList<>();
    for (Finding f : findings) {
      if (f.period().start().isBefore(period.end()) && f.period().end().isAfter(period.start())) {
        kept.add(f);
      }
    }
    kept.sort(BuiltIns.findingOrder());
    return kept;
  }

  /**
   * The review of a period but its findings: the figures of the flows of the rule's kinds inside
   * the period, in a builder that the findings complete.
   */
  static ReciprocityReview.Builder figures(
      LedgerSnapshot history, Interval period, ReciprocityRule rule, int limit) {
    LedgerSnapshot inPeriod = history.between(period).ofKinds(rule.kinds());
    Portfolio scores = Portfolio.of(inPeriod.selection(), null);
    List<PartyScore> parties = scores.partyScores();

    List<PartyScore> givers = scores.topByNetBalance(limit, true);
    List<PartyScore> receivers = scores.topByNetBalance(limit, false);

    // the largest dyadic nets, largest first
    List<DyadScore> oneSided =
        scores.top(
            limit,
            (ab, ba) -> ab != ba,
            (ab1, ba1, ab2, ba2) -> Long.compare(Math.abs(ab2 - ba2), Math.abs(ab1 - ba1)));
    Map<List<PartyId>, Set<FlowKind>> kinds = scores.kindsEachWay(inPeriod.selection(), oneSided);
    List<SuggestedExchange> exchanges = new ArrayList<>();
    for (DyadScore d : oneSided) {
      boolean aGaveMore = d.net().signum() > 0;
      PartyId bigGiver = aGaveMore ? d.a() : d.b();
      PartyId other = aGaveMore ? d.b() : d.a();
      Amount received = aGaveMore ? d.aToB() : d.bToA();
      Amount returned = aGaveMore ? d.bToA() : d.aToB();
      exchanges.add(
          SuggestedExchange.builder()
              .giver(other)
              .receiver(bigGiver)
              .received(received)
              .returned(returned)
              .kinds(kinds.getOrDefault(List.of(bigGiver, other), Set.of()))
              .build());
    }
    // the most reciprocated weight first, then the most even exchange
    List<DyadScore> reciprocal =
        scores.top(
            limit,
            (ab, ba) -> Math.min(ab, ba) > 0,
            (ab1, ba1, ab2, ba2) -> {
              int c = Long.compare(Math.min(ab2, ba2), Math.min(ab1, ba1));
              return c != 0
                  ? c
                  : Double.compare(
                      2.0 * Math.min(ab2, ba2) / (double) (ab2 + ba2),
                      2.0 * Math.min(ab1, ba1) / (double) (ab1 + ba1));
            });

    NetworkScore network = scores.network();
    return ReciprocityReview.builder()
        .period(period)
        .network(network)
        .circulation(Circulation.of(scores, network))
        .parties(parties)
        .gaveWithoutReturn(givers)
        .receivedWithoutGiving(receivers)
        .rebalancingExchanges(exchanges)
        .reciprocalRelationships(reciprocal);
  }
}
