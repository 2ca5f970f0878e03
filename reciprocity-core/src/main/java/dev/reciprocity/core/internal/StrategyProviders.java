package dev.reciprocity.core.internal;

import dev.reciprocity.ReciprocityRule;
import dev.reciprocity.spi.ScoringStrategy;
import dev.reciprocity.spi.ScoringStrategyProvider;
import java.time.Instant;
import java.util.function.Function;

/** The built-in strategies as {@link ScoringStrategyProvider}s, registered for ServiceLoader. */
public final class StrategyProviders {

  private StrategyProviders() {}

  /** A provider that offers one strategy under one name. */
  private abstract static class Named implements ScoringStrategyProvider {
    private final String name;
    private final Function<ReciprocityRule, ScoringStrategy<?, ?>> factory;

    Named(String name, Function<ReciprocityRule, ScoringStrategy<?, ?>> factory) {
      this.name = name;
      this.factory = factory;
    }

    @Override
    public final String name() {
      return name;
    }

    @Override
    public final ScoringStrategy<?, ?> create(ReciprocityRule rule) {
      return factory.apply(rule);
    }
  }

  /** Offers {@code "portfolio"}. */
  public static final class Portfolio extends Named {
    /** Called by ServiceLoader. */
    public Portfolio() {
      super("portfolio", PortfolioStrategy::new);
    }
  }

  /** Offers {@code "seasonal"}. */
  public static final class Seasonal extends Named {
    /** Called by ServiceLoader. */
    public Seasonal() {
      super("seasonal", SeasonalStrategy::new);
    }
  }

  /** Offers {@code "immediate"}. */
  public static final class Immediate extends Named {
    /** Called by ServiceLoader. */
    public Immediate() {
      super("immediate", ImmediateStrategy::new);
    }
  }

  /** Offers {@code "decaying"}, evaluated at the moment the strategy is created. */
  public static final class Decaying extends Named {
    /** Called by ServiceLoader. */
    public Decaying() {
      super("decaying", rule -> new DecayingStrategy(rule, Instant.now()));
    }
  }
}
