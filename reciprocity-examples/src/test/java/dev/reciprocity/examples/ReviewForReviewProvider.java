package dev.reciprocity.examples;

import dev.reciprocity.ImmediateScores;
import dev.reciprocity.ReciprocityRule;
import dev.reciprocity.core.Strategies;
import dev.reciprocity.spi.ScoringStrategy;
import dev.reciprocity.spi.ScoringStrategyProvider;
import dev.reciprocity.spi.StrategyContext;
import java.time.Duration;
import java.util.Set;

/**
 * A host's own scoring strategy, offered under the name {@code review-for-review} with one
 * parameter, {@code days} (1 to 3650, default 14): immediate reciprocity whose window is that many
 * days, so that a review counts as returned when a review comes back within {@code days}.
 * Registered in {@code META-INF/services/dev.reciprocity.spi.ScoringStrategyProvider}. Thread-safe.
 */
// README:begin host-strategy
public final class ReviewForReviewProvider implements ScoringStrategyProvider {
  @Override
  public String name() {
    return "review-for-review";
  }

  @Override
  public Class<ImmediateScores> resultType() {
    return ImmediateScores.class;
  }

  @Override
  public Set<String> parameterNames() {
    return Set.of("days");
  }

  @Override
  public ScoringStrategy<?, ImmediateScores> create(StrategyContext context) {
    long days = context.parameters().integer("days", 1, 3650).orElse(14);
    return Strategies.immediate(
        ReciprocityRule.builder().from(context.rule()).window(Duration.ofDays(days)).build());
  }
}
// README:end
