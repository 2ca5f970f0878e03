package com.example.reviews;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.reciprocity.ImmediateScores;
import dev.reciprocity.ReciprocityRule;
import dev.reciprocity.UnknownStrategyException;
import dev.reciprocity.core.StrategyLookup;
import dev.reciprocity.spi.ScoringStrategy;
import dev.reciprocity.spi.ScoringStrategyProvider;
import dev.reciprocity.spi.StrategyContext;
import dev.reciprocity.spi.StrategyParameters;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * A provider made by the host's container and registered in code, not under META-INF/services:
 * found next to the host's registered one and the built-ins.
 */
class InCodeProviderTest {

  /** A week-long review-for-review, as a container would make it. */
  static final class WeeklyReviews implements ScoringStrategyProvider {
    @Override
    public String name() {
      return "weekly-reviews";
    }

    @Override
    public Class<ImmediateScores> resultType() {
      return ImmediateScores.class;
    }

    @Override
    public Set<String> parameterNames() {
      return Set.of();
    }

    @Override
    public ScoringStrategy<?, ImmediateScores> create(StrategyContext context) {
      return new ReviewForReviewProvider()
          .create(
              StrategyContext.of(
                  context.rule(),
                  StrategyParameters.parse("days=7"),
                  context.asOf()));
    }
  }

  @Test
  void aProviderRegisteredInCodeIsFoundNextToTheServiceLoaderOnes() {
    StrategyLookup lookup = StrategyLookup.create().withProvider(new WeeklyReviews());

    ScoringStrategy<?, ImmediateScores> weekly =
        lookup.find("weekly-reviews", ImmediateScores.class, ReciprocityRule.defaults());
    assertEquals(Duration.ofDays(7), weekly.score(List.of()).window());
    assertTrue(
        lookup.names().containsAll(Set.of("review-for-review", "weekly-reviews", "portfolio")),
        () -> "names: " + lookup.names());
    // registered twice, in code and under META-INF/services: ambiguous
    assertThrows(
        UnknownStrategyException.class,
        () ->
            StrategyLookup.create()
                .withProvider(new ReviewForReviewProvider())
                .find("review-for-review", ReciprocityRule.defaults()));
  }
}
