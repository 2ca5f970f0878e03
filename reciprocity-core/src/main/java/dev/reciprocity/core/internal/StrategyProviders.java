package dev.reciprocity.core.internal;

import dev.reciprocity.ReciprocityRule;
import dev.reciprocity.spi.ScoringStrategy;
import dev.reciprocity.spi.ScoringStrategyProvider;
import java.time.Instant;

/** The built-in strategies as {@link ScoringStrategyProvider}s, registered for ServiceLoader. */
public final class StrategyProviders {

  private StrategyProviders() {}

  /** Offers {@code "portfolio"}. */
  public static final class Portfolio implements ScoringStrategyProvider {
    @Override
    public String name() {
      return "portfolio";
    }

    @Override
    public ScoringStrategy<?, ?> create(ReciprocityRule rule) {
      return new PortfolioStrategy(rule);
    }
  }

  /** Offers {@code "seasonal"}. */
  public static final class Seasonal implements ScoringStrategyProvider {
    @Override
    public String name() {
      return "seasonal";
    }

    @Override
    public ScoringStrategy<?, ?> create(ReciprocityRule rule) {
      return new SeasonalStrategy(rule);
    }
  }

  /** Offers {@code "immediate"}. */
  public static final class Immediate implements ScoringStrategyProvider {
    @Override
    public String name() {
      return "immediate";
    }

    @Override
    public ScoringStrategy<?, ?> create(ReciprocityRule rule) {
      return new ImmediateStrategy(rule);
    }
  }

  /** Offers {@code "decaying"}, evaluated at the moment of creation. */
  public static final class Decaying implements ScoringStrategyProvider {
    @Override
    public String name() {
      return "decaying";
    }

    @Override
    public ScoringStrategy<?, ?> create(ReciprocityRule rule) {
      return new DecayingStrategy(rule, Instant.now());
    }
  }
}
