package dev.reciprocity.core.internal;

import dev.reciprocity.Agreement;
import dev.reciprocity.Capacities;
import dev.reciprocity.DecayedBalances;
import dev.reciprocity.DevelopmentalScores;
import dev.reciprocity.Finding;
import dev.reciprocity.FlowKind;
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
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * The door from the public factories ({@code Strategies}, {@code BalanceChecks}, {@code
 * FindingFormatters}) to the package-private implementations. Not part of the API: the module does
 * not export this package.
 */
public final class BuiltIns {

  private BuiltIns() {}

  /** See {@code BalanceChecks.hero}. */
  public static BalanceCheck hero(ReciprocityRule rule, double share, int minGivers) {
    return new HeroCheck(rule, share, minGivers);
  }

  /** See {@code BalanceChecks.dependencyLockIn}. */
  public static BalanceCheck dependencyLockIn(
      ReciprocityRule rule, double hhi, int minFlows, int seasons) {
    return DependencyChecks.lockIn(rule, hhi, minFlows, seasons);
  }

  /** See {@code BalanceChecks.fragilityContagion}. */
  public static BalanceCheck fragilityContagion(
      ReciprocityRule rule, double loss, int minDependents, int minFlows, int seasons) {
    return DependencyChecks.fragility(rule, loss, minDependents, minFlows, seasons);
  }

  /** See {@code BalanceChecks.disguisedExtraction}. */
  public static BalanceCheck disguisedExtraction(ReciprocityRule rule, int seasons, double growth) {
    return TrendChecks.extraction(rule, seasons, growth);
  }

  /** See {@code BalanceChecks.silentAccumulation}. */
  public static BalanceCheck silentAccumulation(
      ReciprocityRule rule, int seasons, long minGrowthMicros, List<Agreement> agreements) {
    return TrendChecks.accumulation(rule, seasons, minGrowthMicros, agreements);
  }

  /** See {@code BalanceChecks.depletionChurn}. */
  public static BalanceCheck depletionChurn(ReciprocityRule rule, double drop, int within) {
    return TrendChecks.churn(rule, drop, within);
  }

  /** See {@code BalanceChecks.barterDrift}. */
  public static BalanceCheck barterDrift(
      ReciprocityRule rule, Duration lag, double share, int seasons, int minFlows) {
    return new BarterDriftCheck(rule, lag, share, seasons, minFlows);
  }

  /** See {@code BalanceChecks.missedCadence}. */
  public static BalanceCheck missedCadence(List<Agreement> agreements, Duration grace) {
    return AgreementChecks.missedCadence(agreements, grace);
  }

  /** See {@code BalanceChecks.overdueReturn}. */
  public static BalanceCheck overdueReturn(
      ReciprocityRule rule,
      Function<FlowKind, Optional<Function<Instant, ScoringStrategy<?, DevelopmentalScores>>>>
          strategies,
      Set<FlowKind> kinds) {
    return AgreementChecks.overdueReturn(rule, strategies, kinds);
  }

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
