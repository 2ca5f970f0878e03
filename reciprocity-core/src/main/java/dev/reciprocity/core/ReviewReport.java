package dev.reciprocity.core;

import dev.reciprocity.Cadence;
import dev.reciprocity.Finding;
import dev.reciprocity.FlowKind;
import dev.reciprocity.Implements;
import dev.reciprocity.Interval;
import dev.reciprocity.PatternComponent;
import dev.reciprocity.ReciprocityReview;
import dev.reciprocity.ReciprocityRule;
import dev.reciprocity.spi.BalanceCheck;
import dev.reciprocity.spi.FlowColumns;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedSet;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinTask;

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
 * <h2>Findings: each check once</h2>
 *
 * Every balance check runs once per report, over the kept flows of the rule's kinds, as of the
 * horizon: the seasons it judges are those over by the horizon, so the last season judged is the
 * latest complete season, and no season the data has not run past is judged. The whole range keeps
 * the findings whose span overlaps the range, the latest complete season those that overlap the
 * season. For the built-in chronic check this gives the latest season exactly the findings a review
 * of that season alone finds (judged as of its end): no later season is judged, so every streak
 * ends where it would end then. A host check that reads flows past the season's end (up to the
 * horizon, in the next season, not yet complete) may find more for the latest season than a review
 * of the season alone, since it sees those flows.
 *
 * <p>Made by {@link ReciprocityReviews.Builder#report()}.
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
@Implements(PatternComponent.RECIPROCITY_REVIEW)
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
   * Runs the review of a snapshot: see {@link ReciprocityReviews.Builder#report()}, which checks
   * the arguments and fills in the defaults.
   */
  static ReviewReport run(
      String source,
      LedgerSnapshot all,
      ReviewSettings settings,
      ReciprocityRule rule,
      List<? extends BalanceCheck> checks) {
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
    Instant horizon = to.filter(t -> t.isBefore(sourceLast)).orElse(sourceLast);
    Optional<Interval> season =
        Optional.of(cadence.lastCompleteSeason(horizon))
            .filter(s -> from.map(f -> !s.start().isBefore(f)).orElse(true))
            .filter(s -> s.end().isAfter(first));

    // Every check once, over one view (its sums computed once), as of the horizon: every kept
    // flow is known by then, and the seasons judged are those over by the horizon, the latest
    // being the latest complete season. Each review keeps the findings that overlap its period.
    // The reviews' figures do not depend on the findings: they are computed in the common pool
    // while the checks run on this thread, and the findings are added after.
    ForkJoinTask<ReciprocityReview.Builder> wholeFigures =
        ForkJoinPool.commonPool()
            .submit(() -> ReciprocityReviews.figures(kept, range, rule, settings.top()));
    ForkJoinTask<Optional<ReciprocityReview.Builder>> latestFigures =
        ForkJoinPool.commonPool()
            .submit(
                () -> season.map(s -> ReciprocityReviews.figures(kept, s, rule, settings.top())));
    List<Finding> findings;
    try {
      FlowColumns known = kept.ofKinds(rule.kinds()).columns();
      findings = ReciprocityReviews.run(checks, known, horizon);
    } catch (RuntimeException | Error e) {
      // the figures are not wanted: wait for them all the same, so that nothing of this review
      // runs after it has thrown
      wholeFigures.quietlyJoin();
      latestFigures.quietlyJoin();
      throw e;
    }
    ReciprocityReview whole =
        joined(wholeFigures).findings(ReciprocityReviews.overlapping(findings, range)).build();
    Optional<ReciprocityReview.Builder> latestBuilder = joined(latestFigures);
    Optional<ReciprocityReview> latest =
        season.map(
            s ->
                latestBuilder
                    .orElseThrow()
                    .findings(ReciprocityReviews.overlapping(findings, s))
                    .build());

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

  /** The result of a task, its exception thrown as it was thrown in the task. */
  private static <T> T joined(ForkJoinTask<T> task) {
    try {
      return task.get();
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof RuntimeException r) {
        throw r;
      }
      if (cause instanceof Error error) {
        throw error;
      }
      throw new IllegalStateException(cause);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while the review's figures were computed", e);
    }
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
