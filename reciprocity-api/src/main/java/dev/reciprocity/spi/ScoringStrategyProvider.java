package dev.reciprocity.spi;

import dev.reciprocity.ReciprocityRule;

/**
 * Offers a {@link ScoringStrategy} under a name, found through {@link java.util.ServiceLoader}.
 *
 * <p>To add a strategy without forking the library, implement this interface with a public
 * no-argument constructor and list the class in
 * {@code META-INF/services/dev.reciprocity.spi.ScoringStrategyProvider}. Names must be unique
 * among the providers on the class path; a duplicate is refused at lookup.
 *
 * <p>Implementations must be thread-safe.
 */
public interface ScoringStrategyProvider {

  /**
   * The name under which the strategy is found, such as {@code "seasonal"}.
   *
   * @return the name; not blank; unique among providers
   */
  String name();

  /**
   * Creates the strategy configured by a rule.
   *
   * @param rule the rule: kinds, cadence, window, half-life and so on
   * @return the strategy
   * @throws IllegalArgumentException if the rule lacks what the strategy needs
   */
  ScoringStrategy<?, ?> create(ReciprocityRule rule);
}
