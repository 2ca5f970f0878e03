package dev.reciprocity.core;

import dev.reciprocity.FlowKind;
import dev.reciprocity.spi.ResultWriter;
import dev.reciprocity.spi.ScoringStrategy;
import java.time.Instant;
import java.util.Collections;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * The result of one scoring strategy over some flows, with what the run looked at and the writer
 * the strategy offers for its result: a value, which {@code reciprocity-io} renders as text,
 * Markdown or JSON ({@code ReportFormat.render(ScoreReport)}), as it renders a {@link
 * ReviewReport}. Immutable and thread-safe when the result is (the built-in results are).
 *
 * <pre>{@code
 * LedgerSnapshot kept = settings.select("my platform", snapshot);
 * ScoreReport<?> report = ScoreReport.of("my platform", "portfolio", settings, kept,
 *     StrategyLookup.create().find("portfolio", rule));
 * String json = ReportFormat.JSON.render(report);
 * }</pre>
 *
 * @param <R> the result type
 * @param source the name of the flows' source, for the report's header
 * @param strategy the strategy as it was named, such as {@code "decaying:halfLife=P90D"}
 * @param settings the selection the run used (range and kinds), the cadence of seasonal scores and
 *     {@link ReviewSettings#top()}, the most rows per table in text and Markdown
 * @param flowCount the number of flows scored, at least 0
 * @param firstFlow the instant of the first flow scored
 * @param lastFlow the instant of the last flow scored
 * @param kindsPresent the kinds of the flows scored
 * @param result what the strategy returned
 * @param writer the strategy's writer of its result ({@link ScoringStrategy#writer()}); empty when
 *     it offers none: text and Markdown then show the result by its {@code toString()} and JSON is
 *     refused
 */
public record ScoreReport<R>(
    String source,
    String strategy,
    ReviewSettings settings,
    long flowCount,
    Instant firstFlow,
    Instant lastFlow,
    SortedSet<FlowKind> kindsPresent,
    R result,
    Optional<ResultWriter<R>> writer) {

  /**
   * Checks and copies the components.
   *
   * @throws NullPointerException if a component is null
   * @throws IllegalArgumentException if {@code flowCount} is negative or {@code lastFlow} is before
   *     {@code firstFlow}
   */
  public ScoreReport {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(strategy, "strategy");
    Objects.requireNonNull(settings, "settings");
    Objects.requireNonNull(firstFlow, "firstFlow");
    Objects.requireNonNull(lastFlow, "lastFlow");
    kindsPresent =
        Collections.unmodifiableSortedSet(
            new TreeSet<>(Objects.requireNonNull(kindsPresent, "kindsPresent")));
    Objects.requireNonNull(result, "result");
    Objects.requireNonNull(writer, "writer");
    if (flowCount < 0) {
      throw new IllegalArgumentException("flowCount must not be negative, got " + flowCount);
    }
    if (lastFlow.isBefore(firstFlow)) {
      throw new IllegalArgumentException(
          "lastFlow " + lastFlow + " must not be before firstFlow " + firstFlow);
    }
  }

  /**
   * Scores the selected flows with a strategy ({@link ScoringStrategy#score(
   * dev.reciprocity.spi.FlowColumns)} of {@code kept.columns()}) and keeps the strategy's writer.
   *
   * @param <R> the result type
   * @param source the name of the flows' source
   * @param name the strategy as it was named, such as {@code "decaying:halfLife=P90D"}
   * @param settings the settings that selected {@code kept}
   * @param kept the flows to score, such as {@link ReviewSettings#select}; not empty
   * @param strategy the strategy
   * @return the report
   * @throws IllegalArgumentException if {@code kept} is empty, or the strategy cannot score a flow
   *     as configured (such as a flow after the decaying strategy's {@code asOf})
   * @throws dev.reciprocity.UnitMismatchException if the flows hold more than one unit
   * @throws dev.reciprocity.LimitExceededException if their total exceeds the range of {@link
   *     dev.reciprocity.Amount}
   */
  public static <R> ScoreReport<R> of(
      String source,
      String name,
      ReviewSettings settings,
      LedgerSnapshot kept,
      ScoringStrategy<?, R> strategy) {
    Objects.requireNonNull(kept, "kept");
    Objects.requireNonNull(strategy, "strategy");
    if (kept.size() == 0) {
      throw new IllegalArgumentException("no flow to score in " + source);
    }
    R result = strategy.score(kept.columns());
    return new ScoreReport<>(
        source,
        name,
        settings,
        kept.size(),
        kept.firstInstant().orElseThrow(),
        kept.lastInstant().orElseThrow(),
        kept.kinds(),
        result,
        strategy.writer());
  }

  /**
   * The name of the result's type for a person: the writer's {@link ResultWriter#typeName()}, or
   * the full class name of a result without a writer.
   *
   * @return such as {@code PortfolioScores}
   */
  public String resultTypeName() {
    return writer.map(ResultWriter::typeName).orElse(result.getClass().getName());
  }
}
