package dev.reciprocity.spi;

import dev.reciprocity.Capacities;
import dev.reciprocity.ReciprocityRule;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * What a {@link ScoringStrategyProvider} receives to create a strategy: the rule, the named
 * parameters given with the strategy's name, and the instant up to which the flows are known (from
 * the review's period, or from the {@link java.time.Clock} given to the lookup; the library never
 * reads the wall clock on its own). Immutable and thread-safe.
 */
public final class StrategyContext {

  private final ReciprocityRule rule;
  private final StrategyParameters parameters;
  private final Optional<Instant> asOf;
  private final Capacities capacities;

  private StrategyContext(
      ReciprocityRule rule,
      StrategyParameters parameters,
      Optional<Instant> asOf,
      Capacities capacities) {
    this.rule = rule;
    this.parameters = parameters;
    this.asOf = asOf;
    this.capacities = capacities;
  }

  /**
   * Returns a context.
   *
   * @param rule the rule
   * @param parameters the named parameters
   * @param asOf the instant up to which the flows are known; empty when nobody said
   * @return the context
   * @throws NullPointerException if an argument is null
   */
  public static StrategyContext of(
      ReciprocityRule rule, StrategyParameters parameters, Optional<Instant> asOf) {
    return new StrategyContext(
        Objects.requireNonNull(rule, "rule"),
        Objects.requireNonNull(parameters, "parameters"),
        Objects.requireNonNull(asOf, "asOf"),
        Capacities.none());
  }

  /**
   * Returns the same context with the community's declared capacities.
   *
   * @param capacities the capacities
   * @return the context
   * @throws NullPointerException if {@code capacities} is null
   */
  public StrategyContext withCapacities(Capacities capacities) {
    return new StrategyContext(
        rule, parameters, asOf, Objects.requireNonNull(capacities, "capacities"));
  }

  /**
   * The community's declared capacities, for strategies that judge giving against them
   * (proportional reciprocity).
   *
   * @return the capacities; {@link Capacities#none()} when none were given
   */
  public Capacities capacities() {
    return capacities;
  }

  /**
   * The rule that configures the strategy: kinds, cadence, window, half-life and so on.
   *
   * @return the rule
   */
  public ReciprocityRule rule() {
    return rule;
  }

  /**
   * The named parameters given with the strategy's name, such as {@code days=14}.
   *
   * @return the parameters; empty when none were given
   */
  public StrategyParameters parameters() {
    return parameters;
  }

  /**
   * The instant up to which the flows are known, for strategies that evaluate at an instant
   * (decay).
   *
   * @return the instant; empty when neither the caller nor a clock gave one
   */
  public Optional<Instant> asOf() {
    return asOf;
  }
}
