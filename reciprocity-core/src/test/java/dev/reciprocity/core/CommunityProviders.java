package dev.reciprocity.core;

import dev.reciprocity.Flow;
import dev.reciprocity.ReciprocityRule;
import dev.reciprocity.testkit.ReciprocityArbitraries;
import java.time.Instant;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Provide;

/**
 * The generators most property classes draw from, by name ({@code @ForAll("communities")},
 * {@code @ForAll("rules")}, {@code @ForAll("instants")}); jqwik finds inherited provider methods.
 * Public for the properties of {@code dev.reciprocity.core.internal}.
 */
public abstract class CommunityProviders {

  /** For subclasses. */
  protected CommunityProviders() {}

  @Provide
  Arbitrary<List<Flow>> communities() {
    return ReciprocityArbitraries.communities();
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
    return net.jqwik.api.Arbitraries.longs()
        .between(0, 10L * 366 * 86_400)
        .map(ReciprocityArbitraries.END::plusSeconds);
  }
}
