package dev.reciprocity.core.internal;

import dev.reciprocity.Capacities;
import dev.reciprocity.DecayedBalances;
import dev.reciprocity.DevelopmentalScores;
import dev.reciprocity.Finding;
import dev.reciprocity.ImmediateScores;
import dev.reciprocity.PortfolioScores;
import dev.reciprocity.ProportionalScores;
import dev.reciprocity.ReciprocityRule;
import dev.reciprocity.SeasonalScores;
import dev.reciprocity.spi.BalanceCheck;
import dev.reciprocity.spi.FindingFormatter;
import dev.reciprocity.spi.ScoringStrategy;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;

/**
 * The door from the public factories ({@code Strategies}, {@code BalanceChecks}, {@code
 * FindingFormatters}) to the package-private implementations. Not part of the API: the module does
 * not export this package.
 */
public final class BuiltIns {

  private BuiltIns() {}

  /** See {@code Strategies.portfolio}. */
  public static ScoringStrategy<?, PortfolioScores> portfolio(ReciprocityRule rule) {
    return new PortfolioStrategy(rule);
  }

  /** See {@code Strategies.seasonal}. */
  public static ScoringStrategy<?, SeasonalScores> seasonal(ReciprocityRule rule) {
    return new SeasonalStrategy(rule);
  }

  /** See {@code Strategies.immediate}. */
  public static ScoringStrategy<?, ImmediateScores> immediate(ReciprocityRule rule) {
    return new ImmediateStrategy(rule);
  }

  /** The proportional strategy. */
  public static ScoringStrategy<?, ProportionalScores> proportional(
      ReciprocityRule rule, Capacities capacities) {
    return new ProportionalStrategy(rule, capacities);
  }

  /** The developmental strategy. */
  public static ScoringStrategy<?, DevelopmentalScores> developmental(
      ReciprocityRule rule, Duration lag, DevelopmentalScores.ReturnFrom returnFrom) {
    return new DevelopmentalStrategy(rule, lag, returnFrom);
  }

  /** See {@code Strategies.decaying}. */
  public static ScoringStrategy<?, DecayedBalances> decaying(ReciprocityRule rule, Instant asOf) {
    return new DecayingStrategy(rule, asOf);
  }

  /** See {@code BalanceChecks.chronicImbalance}. */
  public static BalanceCheck chronicImbalance(ReciprocityRule rule) {
    return new ChronicImbalanceCheck(rule);
  }

  /** See {@code FindingFormatters.english}. */
  public static FindingFormatter english() {
    return EnglishFindingFormatter.INSTANCE;
  }

  /** Most severe first, then latest end, then subject, then type. */
  public static Comparator<Finding> findingOrder() {
    return ChronicImbalanceCheck.FINDING_ORDER;
  }
}
