package dev.reciprocity.spi;

import java.util.Set;

/**
 * Offers a {@link ScoringStrategy} under a name, found through {@link java.util.ServiceLoader}.
 *
 * <p>To add a strategy without forking the library, implement this interface with a public
 * no-argument constructor and list the class in {@code
 * META-INF/services/dev.reciprocity.spi.ScoringStrategyProvider} (or in a {@code provides} clause
 * of a module). Names must be unique among the providers on the class path; a duplicate is refused
 * at lookup. The provider declares its result type, so that a lookup returns a typed strategy
 * without a cast, and the parameters it takes, so that a lookup refuses an unknown one with a
 * teaching error before {@link #create(StrategyContext)} runs.
 *
 * <pre>{@code
 * public final class ReviewReturnProvider implements ScoringStrategyProvider {
 *   public String name() { return "review-for-review"; }
 *   public Class<ImmediateScores> resultType() { return ImmediateScores.class; }
 *   public Set<String> parameterNames() { return Set.of("days"); }
 *   public ScoringStrategy<?, ImmediateScores> create(StrategyContext context) {
 *     long days = context.parameters().integer("days", 1, 3650).orElse(14);
 *     return Strategies.immediate(ReciprocityRule.builder().from(context.rule())
 *         .window(Duration.ofDays(days)).build());
 *   }
 * }
 * }</pre>
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
   * The type of the results of the strategies this provider creates.
   *
   * @return the result type, such as {@code PortfolioScores.class}
   */
  Class<?> resultType();

  /**
   * The names of the parameters {@link #create(StrategyContext)} reads; a lookup refuses any other.
   *
   * @return the parameter names; default none
   */
  default Set<String> parameterNames() {
    return Set.of();
  }

  /**
   * Creates the strategy configured by a rule and named parameters.
   *
   * @param context the rule, the parameters and the instant the flows are known up to
   * @return the strategy; its results are instances of {@link #resultType()}
   * @throws StrategyParameterException if a parameter is malformed or out of range, or one the
   *     strategy needs is missing
   */
  ScoringStrategy<?, ?> create(StrategyContext context);
}
