package dev.reciprocity.core;

import dev.reciprocity.Cadence;
import dev.reciprocity.Flow;
import dev.reciprocity.FlowKind;
import dev.reciprocity.Interval;
import dev.reciprocity.ReciprocityException;
import dev.reciprocity.ReciprocityReview;
import dev.reciprocity.ReciprocityRule;
import dev.reciprocity.spi.BalanceCheck;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedSet;

/**
 * The figures of one reciprocity review run: the selected flows' network and party figures, the
 * review of the latest complete season and the review of the whole selected range. The {@code
 * reciprocity-io} module writes it as text, Markdown or JSON. Immutable and thread-safe.
 *
 * <h2>Selection</h2>
 *
 * The flows kept are those of {@link ReviewSettings#kinds()} (all when empty) with an instant in
 * {@code [from, to)}. The review of the whole range covers them all; its chronic findings are read
 * from the kept flows only.
 *
 * <h2>Latest complete season</h2>
 *
 * A season of the chosen length is complete once the data runs past its end. The horizon is the
 * instant of the source's last flow (of any kind), or {@code to} when that comes earlier, since
 * then the source holds data beyond {@code to}. The latest complete season is the latest season
 * that ends at or before the horizon; it must start at or after {@code from} and end after the
 * first kept flow, otherwise there is none yet.
 *
 * @param source the name of the flows' source, for the report's header
 * @param settings the settings the run used
 * @param firstFlow the instant of the first kept flow
 * @param lastFlow the instant of the last kept flow
 * @param flowCount the number of kept flows
 * @param partyCount the number of parties that gave or received in the kept flows
 * @param kindsPresent the kinds of the kept flows
 * @param rule the rule both reviews applied: the settings' cadence and the default tolerance band,
 *     consecutive seasons and minimum activity
 * @param latestSeason the review of the latest complete season; empty when there is none yet
 * @param wholeRange the review of the whole selected range: its network and parties are the figures
 *     of every kept flow
 */
public record ReviewReport(
    String source,
    ReviewSettings settings,
    Instant firstFlow,
    Instant lastFlow,
    long flowCount,
    int partyCount,
    SortedSet<FlowKind> kindsPresent,
    ReciprocityRule rule,
    Optional<ReciprocityReview> latestSeason,
    ReciprocityReview wholeRange) {

  /**
   * Checks the components.
   *
   * @throws NullPointerException if a component is null
   */
  public ReviewReport {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(settings, "settings");
    Objects.requireNonNull(firstFlow, "firstFlow");
    Objects.requireNonNull(lastFlow, "lastFlow");
    Objects.requireNonNull(kindsPresent, "kindsPresent");
    Objects.requireNonNull(rule, "rule");
    Objects.requireNonNull(latestSeason, "latestSeason");
    Objects.requireNonNull(wholeRange, "wholeRange");
  }

  /**
   * Runs the review of some flows with the built-in balance checks.
   *
   * @param source the name of the flows' source, for the report and for messages
   * @param flows the flows, in any order
   * @param settings cadence, range, kinds and list length
   * @return the report
   * @throws ReciprocityException if there is no flow, a kind of {@code settings} never occurs, or
   *     no flow lies in the selected range; the message says what to change
   * @throws dev.reciprocity.LimitExceededException if the flows pass a limit of a default {@link
   *     Ledger}
   */
  public static ReviewReport of(String source, Collection<Flow> flows, ReviewSettings settings) {
    Ledger ledger = Ledger.create();
    ledger.appendAll(flows);
    return of(
        source,
        ledger.snapshot(),
        settings,
        BalanceChecks.defaults(ReciprocityRule.builder().cadence(settings.cadence()).build()));
  }

  /**
   * Runs the review of a snapshot with the given balance checks.
   *
   * @param source the name of the flows' source, for the report and for messages
   * @param all the flows
   * @param settings cadence, range, kinds and list length
   * @param checks the balance checks both reviews run, such as {@link BalanceChecks#defaults} with
   *     a host's own added
   * @return the report
   * @throws ReciprocityException if there is no flow, a kind of {@code settings} never occurs, or
   *     no flow lies in the selected range; the message says what to change
   */
  public static ReviewReport of(
      String source,
      LedgerSnapshot all,
      ReviewSettings settings,
      List<? extends BalanceCheck> checks) {
    return of(
        source,
        all,
        settings,
        ReciprocityRule.builder().cadence(settings.cadence()).build(),
        checks);
  }

  /**
   * Runs the review of a snapshot under a rule of the caller's (tolerance band, consecutive
   * seasons, minimum activity, kinds) with the given balance checks, which should be made from the
   * same rule, such as {@code BalanceChecks.defaults(rule)}.
   *
   * @param source the name of the flows' source, for the report and for messages
   * @param all the flows
   * @param settings cadence, range, kinds and list length
   * @param rule the rule both reviews apply and the report states; its cadence is the settings'
   * @param checks the balance checks both reviews run
   * @return the report
   * @throws IllegalArgumentException if the rule's cadence differs from the settings'
   * @throws ReciprocityException if there is no flow, a kind of {@code settings} never occurs, or
   *     no flow lies in the selected range; the message says what to change
   */
  public static ReviewReport of(
      String source,
      LedgerSnapshot all,
      ReviewSettings settings,
      ReciprocityRule rule,
      List<? extends BalanceCheck> checks) {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(all, "all");
    Objects.requireNonNull(settings, "settings");
    Objects.requireNonNull(rule, "rule");
    Objects.requireNonNull(checks, "checks");
    if (!rule.cadence().equals(settings.cadence())) {
      throw new IllegalArgumentException(
          "the rule's cadence "
              + rule.cadence()
              + " differs from the settings' "
              + settings.cadence()
              + "; give both the same cadence");
    }
    LedgerSnapshot kept = settings.select(source, all);
    Optional<Instant> from = settings.from();
    Optional<Instant> to = settings.to();
    Instant sourceLast = all.lastInstant().orElseThrow();
    Instant first = kept.firstInstant().orElseThrow();
    Instant last = kept.lastInstant().orElseThrow();

    Cadence cadence = settings.cadence();
    Instant lastDay = to.map(t -> t.minusNanos(1)).orElse(last);
    Interval range =
        Interval.of(
            from.orElse(first),
            to.orElse(afterLast(last)),
            day(from.orElse(first)) + " to " + day(lastDay));
    ReciprocityReview whole = ReciprocityReviews.review(kept, range, rule, settings.top(), checks);

    Instant horizon = to.filter(t -> t.isBefore(sourceLast)).orElse(sourceLast);
    Optional<Interval> season =
        Optional.of(cadence.lastCompleteSeason(horizon))
            .filter(s -> from.map(f -> !s.start().isBefore(f)).orElse(true))
            .filter(s -> s.end().isAfter(first));
    Optional<ReciprocityReview> latest =
        season.map(s -> ReciprocityReviews.review(kept, s, rule, settings.top(), checks));

    return new ReviewReport(
        source,
        settings,
        first,
        last,
        kept.size(),
        whole.network().partyCount(),
        kept.kinds(),
        rule,
        latest,
        whole);
  }

  /** The UTC day of an instant, {@code 2026-03-01}. */
  private static String day(Instant instant) {
    return instant.atZone(java.time.ZoneOffset.UTC).toLocalDate().toString();
  }

  /** The first whole second after an instant: an exclusive end that keeps the instant. */
  private static Instant afterLast(Instant last) {
    return last.truncatedTo(ChronoUnit.SECONDS).plusSeconds(1);
  }
}
