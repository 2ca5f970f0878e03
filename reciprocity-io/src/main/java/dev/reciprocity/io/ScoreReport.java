package dev.reciprocity.io;

import dev.reciprocity.DecayedBalances;
import dev.reciprocity.FlowKind;
import dev.reciprocity.ImmediateScores;
import dev.reciprocity.PortfolioScores;
import dev.reciprocity.SeasonalScores;
import dev.reciprocity.core.ReviewSettings;
import java.time.Instant;
import java.util.Collections;
import java.util.Objects;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * The result of one scoring strategy over some flows, with what the run looked at, for {@link
 * ReportFormat#render(ScoreReport)}. Immutable and thread-safe when the result is (the built-in
 * results are).
 *
 * <pre>{@code
 * Object result = StrategyLookup.create().find("portfolio", rule).score(flows);
 * String text = ReportFormat.TEXT.render(new ScoreReport("my platform", "portfolio",
 *     ReviewSettings.of(Cadence.quarterly()), flows.size(), first, last, kinds, result));
 * }</pre>
 *
 * @param source the name of the flows' source, for the report's header
 * @param strategy the strategy as it was named, such as {@code "decaying:halfLife=P90D"}
 * @param settings the selection the run used (range and kinds), the cadence of seasonal scores and
 *     {@link ReviewSettings#top()}, the most rows per table in text and Markdown
 * @param flowCount the number of flows scored, at least 0
 * @param firstFlow the instant of the first flow scored
 * @param lastFlow the instant of the last flow scored
 * @param kindsPresent the kinds of the flows scored
 * @param result what the strategy returned: {@link PortfolioScores}, {@link SeasonalScores}, {@link
 *     ImmediateScores}, {@link DecayedBalances} or a host's own type, which text and Markdown show
 *     by its {@code toString()}
 */
public record ScoreReport(
    String source,
    String strategy,
    ReviewSettings settings,
    long flowCount,
    Instant firstFlow,
    Instant lastFlow,
    SortedSet<FlowKind> kindsPresent,
    Object result) {

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
    if (flowCount < 0) {
      throw new IllegalArgumentException("flowCount must not be negative, got " + flowCount);
    }
    if (lastFlow.isBefore(firstFlow)) {
      throw new IllegalArgumentException(
          "lastFlow " + lastFlow + " must not be before firstFlow " + firstFlow);
    }
  }

  /**
   * Tells whether the result is of a built-in result type, which {@link ReportFormat#JSON} can
   * write: {@link PortfolioScores}, {@link SeasonalScores}, {@link ImmediateScores} or {@link
   * DecayedBalances}.
   *
   * @return true for a built-in result type
   */
  public boolean hasBuiltInResult() {
    return result instanceof PortfolioScores
        || result instanceof SeasonalScores
        || result instanceof ImmediateScores
        || result instanceof DecayedBalances;
  }

  /**
   * The name of the result's type for a person: the built-in result type's simple name (not the
   * name of its generated implementation), or the full class name of any other.
   */
  String resultTypeName() {
    if (result instanceof PortfolioScores) {
      return PortfolioScores.class.getSimpleName();
    } else if (result instanceof SeasonalScores) {
      return SeasonalScores.class.getSimpleName();
    } else if (result instanceof ImmediateScores) {
      return ImmediateScores.class.getSimpleName();
    } else if (result instanceof DecayedBalances) {
      return DecayedBalances.class.getSimpleName();
    }
    return result.getClass().getName();
  }
}
