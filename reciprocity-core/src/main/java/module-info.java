/**
 * The reciprocity engine ({@link dev.reciprocity.core}): the in-memory ledger, the built-in scoring
 * strategies, balance checks and the reciprocity review.
 *
 * <p>The implementation package {@code dev.reciprocity.core.internal} is not exported. The built-in
 * strategies are offered as {@link dev.reciprocity.spi.ScoringStrategyProvider}s both here ({@code
 * provides}, for the module path) and in {@code META-INF/services} (for the class path), and {@link
 * dev.reciprocity.core.StrategyLookup} finds a host's own providers the same ways.
 */
module dev.reciprocity.core {
  // the API's types are in this module's signatures
  requires transitive dev.reciprocity;
  requires static org.jspecify;
  requires static com.google.errorprone.annotations;
  requires org.jgrapht.core;

  exports dev.reciprocity.core;

  uses dev.reciprocity.spi.ScoringStrategyProvider;
  uses dev.reciprocity.spi.BalanceCheckProvider;

  provides dev.reciprocity.spi.BalanceCheckProvider with
      dev.reciprocity.core.internal.CheckProviders.Chronic,
      dev.reciprocity.core.internal.CheckProviders.Hero,
      dev.reciprocity.core.internal.CheckProviders.LockIn,
      dev.reciprocity.core.internal.CheckProviders.Fragility,
      dev.reciprocity.core.internal.CheckProviders.Extraction,
      dev.reciprocity.core.internal.CheckProviders.BarterDrift,
      dev.reciprocity.core.internal.CheckProviders.Accumulation,
      dev.reciprocity.core.internal.CheckProviders.Churn,
      dev.reciprocity.core.internal.CheckProviders.MissedCadence,
      dev.reciprocity.core.internal.CheckProviders.OverdueReturn;
  provides dev.reciprocity.spi.ScoringStrategyProvider with
      dev.reciprocity.core.internal.StrategyProviders.Portfolio,
      dev.reciprocity.core.internal.StrategyProviders.Seasonal,
      dev.reciprocity.core.internal.StrategyProviders.Immediate,
      dev.reciprocity.core.internal.StrategyProviders.Decaying,
      dev.reciprocity.core.internal.StrategyProviders.Developmental,
      dev.reciprocity.core.internal.StrategyProviders.Proportional;
}
