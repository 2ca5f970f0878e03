package dev.reciprocity.core;

import dev.reciprocity.Flow;
import dev.reciprocity.ReciprocityRule;
import dev.reciprocity.testkit.ReciprocityArbitraries;
import java.time.Instant;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Provide;

/**
 * The generators most property classes draw from, by name ({@code @ForAll("communities")},
 * {@code @ForAll("rules")}, {@code @ForAll("instants")}, {@code @ForAll("large")}); jqwik finds
 * inherited provider methods. Public for the properties of {@code dev.reciprocity.core.internal}.
 */
public abstract class CommunityProviders {

  /** For subclasses. */
  protected CommunityProviders() {}

  @Provide
  Arbitrary<List<Flow>> communities() {
    return ReciprocityArbitraries.communities();
  }

  /**
   * Communities, and up to 8 of them put together (up to 480 flows), so that a parallel stream
   * splits into several parts, and the engine's runs per core (forced on small views), some of them
   * sharing dyads and seasons.
   */
  @Provide
  Arbitrary<List<Flow>> large() {
    return Arbitraries.oneOf(
        List.of(
            ReciprocityArbitraries.communities(),
            ReciprocityArbitraries.concatenated(ReciprocityArbitraries.communities(), 2, 8)));
  }

  @Provide
  Arbitrary<ReciprocityRule> rules() {
    return ReciprocityArbitraries.rules();
  }

  @Provide
  Arbitrary<Instant> instants() {
    return ReciprocityArbitraries.instants();
  }

  /** Instants at or after every generated flow, where decay factors are at most 1. */
  @Provide
  Arbitrary<Instant> evaluationInstants() {
    return Arbitraries.longs()
        .between(0, 10L * 366 * 86_400)
        .map(ReciprocityArbitraries.END::plusSeconds);
  }

  private static final java.time.Instant DENSE_END =
      ReciprocityArbitraries.START.plus(java.time.Duration.ofDays(150));

  /**
   * The usual communities over three years, and communities over 150 days, where returns within a
   * window of days are frequent.
   */
  @Provide
  Arbitrary<List<Flow>> sparseOrDense() {
    return Arbitraries.oneOf(
        List.of(
            ReciprocityArbitraries.communities(),
            ReciprocityArbitraries.communities(
                ReciprocityArbitraries.MAX_COMMUNITY_SIZE,
                ReciprocityArbitraries.amounts(),
                ReciprocityArbitraries.instants(ReciprocityArbitraries.START, DENSE_END))));
  }

  /** Generated rules, a third of them with a window of 1 to 72 hours instead of days. */
  @Provide
  Arbitrary<dev.reciprocity.ReciprocityRule> rulesWithShortWindows() {
    return Arbitraries.oneOf(
        List.of(
            ReciprocityArbitraries.rules(),
            ReciprocityArbitraries.rules(),
            ReciprocityArbitraries.rules()
                .flatMap(
                    rule ->
                        Arbitraries.integers()
                            .between(1, 72)
                            .map(
                                h ->
                                    dev.reciprocity.ReciprocityRule.builder()
                                        .from(rule)
                                        .window(java.time.Duration.ofHours(h))
                                        .build()))));
  }
}
