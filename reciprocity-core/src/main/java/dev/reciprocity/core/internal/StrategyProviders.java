package dev.reciprocity.core.internal;

import dev.reciprocity.DecayedBalances;
import dev.reciprocity.DevelopmentalScores;
import dev.reciprocity.ImmediateScores;
import dev.reciprocity.PortfolioScores;
import dev.reciprocity.ProportionalScores;
import dev.reciprocity.ReciprocityRule;
import dev.reciprocity.SeasonalScores;
import dev.reciprocity.spi.ScoringStrategy;
import dev.reciprocity.spi.ScoringStrategyProvider;
import dev.reciprocity.spi.StrategyContext;
import dev.reciprocity.spi.StrategyParameterException;
import dev.reciprocity.spi.StrategyParameters;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/** The built-in strategies as {@link ScoringStrategyProvider}s, registered for ServiceLoader. */
public final class StrategyProviders {

  private StrategyProviders() {}

  /** A provider that offers one strategy under one name. */
  private abstract static class Named implements ScoringStrategyProvider {
    private final String name;
    private final Class<?> resultType;
    private final Set<String> parameters;
    private final Function<StrategyContext, ScoringStrategy<?, ?>> factory;

    Named(
        String name,
        Class<?> resultType,
        Set<String> parameters,
        Function<StrategyContext, ScoringStrategy<?, ?>> factory) {
      this.name = name;
      this.resultType = resultType;
      this.parameters = parameters;
      this.factory = factory;
    }

    @Override
    public final String name() {
      return name;
    }

    @Override
    public final Class<?> resultType() {
      return resultType;
    }

    @Override
    public final Set<String> parameterNames() {
      return parameters;
    }

    @Override
    public final ScoringStrategy<?, ?> create(StrategyContext context) {
      return factory.apply(context);
    }
  }

  /** Offers {@code "portfolio"}; no parameters. */
  public static final class Portfolio extends Named {
    /** Called by ServiceLoader. */
    public Portfolio() {
      super("portfolio", PortfolioScores.class, Set.of(), c -> new PortfolioStrategy(c.rule()));
    }
  }

  /** Offers {@code "seasonal"}; no parameters. */
  public static final class Seasonal extends Named {
    /** Called by ServiceLoader. */
    public Seasonal() {
      super("seasonal", SeasonalScores.class, Set.of(), c -> new SeasonalStrategy(c.rule()));
    }
  }

  /**
   * Offers {@code "immediate"}; parameter {@code window} (ISO-8601 duration) overrides the rule's.
   */
  public static final class Immediate extends Named {
    /** Called by ServiceLoader. */
    public Immediate() {
      super(
          "immediate",
          ImmediateScores.class,
          Set.of("window"),
          c -> {
            Optional<Duration> window = c.parameters().duration("window");
            ReciprocityRule rule =
                window.isEmpty()
                    ? c.rule()
                    : ReciprocityRule.builder().from(c.rule()).window(window.get()).build();
            return new ImmediateStrategy(rule);
          });
    }
  }

  /**
   * Offers {@code "developmental"}; parameters {@code lag} (ISO-8601 duration, {@code PT0S} or
   * more; required: how long a programme expects before a return is due is its own decision, and a
   * default would hide it), {@code window} (ISO-8601 duration, overrides the rule's) and {@code
   * returnFrom} ({@code dyad}, the default, or {@code network}).
   */
  public static final class Developmental extends Named {
    /** Called by ServiceLoader. */
    public Developmental() {
      super(
          "developmental",
          DevelopmentalScores.class,
          Set.of("lag", "window", "returnFrom"),
          c -> {
            Optional<Duration> window = c.parameters().duration("window");
            ReciprocityRule rule =
                window.isEmpty()
                    ? c.rule()
                    : ReciprocityRule.builder().from(c.rule()).window(window.get()).build();
            return new DevelopmentalStrategy(rule, lag(c.parameters()), returnFrom(c.parameters()));
          });
    }

    private static Duration lag(StrategyParameters parameters) {
      String text =
          parameters
              .text("lag")
              .orElseThrow(
                  () ->
                      new StrategyParameterException(
                          "the strategy developmental needs the parameter lag: how long after a"
                              + " gift its return is due. Fix: give it, such as"
                              + " developmental:lag=P180D (PT0S for a return due at once)."));
      Duration lag;
      try {
        lag = Duration.parse(text);
      } catch (DateTimeParseException e) {
        throw new StrategyParameterException(
            "the value of the strategy parameter lag, \""
                + text
                + "\", is not an ISO-8601 duration. Fix: write it like P180D or PT0S.");
      }
      if (lag.isNegative() || lag.compareTo(DevelopmentalStrategy.MAX_LAG) > 0) {
        throw new StrategyParameterException(
            "the value of the strategy parameter lag, "
                + text
                + ", is not from PT0S to 10,000 years. Fix: give a lag such as P180D.");
      }
      return lag;
    }

    private static DevelopmentalScores.ReturnFrom returnFrom(StrategyParameters parameters) {
      String text = parameters.text("returnFrom").orElse("dyad");
      return switch (text) {
        case "dyad" -> DevelopmentalScores.ReturnFrom.DYAD;
        case "network" -> DevelopmentalScores.ReturnFrom.NETWORK;
        default ->
            throw new StrategyParameterException(
                "the value of the strategy parameter returnFrom, \""
                    + text
                    + "\", is neither dyad nor network. Fix: write returnFrom=dyad (a return goes"
                    + " back to the giver) or returnFrom=network (to anyone: paid forward).");
      };
    }
  }

  /**
   * Offers {@code "proportional"}; no parameters; the capacities come from the context ({@link
   * StrategyContext#capacities()}), and none is refused.
   */
  public static final class Proportional extends Named {
    /** Called by ServiceLoader. */
    public Proportional() {
      super(
          "proportional",
          ProportionalScores.class,
          Set.of(),
          c -> {
            if (c.capacities().isEmpty()) {
              throw new StrategyParameterException(
                  "the strategy proportional judges giving against declared capacities, and none"
                      + " were given. Fix: give a capacities file (--capacities FILE on the"
                      + " command line), or StrategyLookup.withCapacities(...) in code.");
            }
            return new ProportionalStrategy(c.rule(), c.capacities());
          });
    }
  }

  /**
   * Offers {@code "decaying"}; parameters {@code halfLife} (ISO-8601 duration, overrides the
   * rule's) and {@code asOf} (ISO-8601 instant; default the context's, from the review or the
   * lookup's clock). Never reads the wall clock.
   */
  public static final class Decaying extends Named {
    /** Called by ServiceLoader. */
    public Decaying() {
      super(
          "decaying",
          DecayedBalances.class,
          Set.of("halfLife", "asOf"),
          c -> {
            Optional<Duration> halfLife = c.parameters().duration("halfLife");
            ReciprocityRule rule =
                halfLife.isEmpty()
                    ? c.rule()
                    : ReciprocityRule.builder().from(c.rule()).halfLife(halfLife).build();
            Instant asOf =
                c.parameters()
                    .instant("asOf")
                    .or(c::asOf)
                    .orElseThrow(
                        () ->
                            new StrategyParameterException(
                                "the strategy 'decaying' needs the instant to evaluate"
                                    + " at. Fix: give the parameter asOf, such as decaying:asOf=2026-01-01T00:00:00Z,"
                                    + " or give the lookup a Clock."));
            return new DecayingStrategy(rule, asOf);
          });
    }
  }
}
