package dev.reciprocity;

import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * What counts as a legitimate return over time: the pattern <em>Reciprocity Rule</em> of the
 * pattern text Social Reciprocity Architecture (docs/design.md, section 1.2), made explicit so that
 * a balance check can apply it.
 *
 * <p>Every attribute has a default, so {@code ReciprocityRule.builder().build()} is a usable
 * seasonal rule: calendar quarters in UTC, tolerance band {@code [0.25, 0.75]}, chronic after 3
 * consecutive seasons, at least 3 units of activity for a season to count, all kinds. Immutable and
 * thread-safe.
 *
 * <pre>{@code
 * ReciprocityRule rule = ReciprocityRule.builder()
 *     .name("review swaps")
 *     .cadence(Cadence.monthly())
 *     .toleranceBand(ToleranceBand.of(0.3, 0.7))
 *     .consecutiveSeasons(2)
 *     .addKinds(FlowKind.of("review"))
 *     .build();
 * }</pre>
 */
@Value.Immutable
@Implements(PatternComponent.RECIPROCITY_RULE)
public interface ReciprocityRule {

  /**
   * A name for reports.
   *
   * @return the name; default {@code "default"}
   */
  @Value.Default
  default String name() {
    return "default";
  }

  /**
   * The rhythm that cuts time into seasons, for seasonal scoring and the review.
   *
   * @return the cadence; default {@link Cadence#quarterly()} (UTC)
   */
  @Value.Default
  @Implements(PatternComponent.SEASON_CADENCE)
  default Cadence cadence() {
    return Cadence.quarterly();
  }

  /**
   * For immediate (transaction-level) reciprocity: how long after a gift a reverse flow still
   * counts as its return.
   *
   * @return the window; positive; default 30 days
   */
  @Value.Default
  default Duration window() {
    return Duration.ofDays(30);
  }

  /**
   * The give shares that count as balanced.
   *
   * @return the band; default {@link ToleranceBand#DEFAULT} {@code [0.25, 0.75]}
   */
  @Value.Default
  default ToleranceBand toleranceBand() {
    return ToleranceBand.DEFAULT;
  }

  /**
   * How many consecutive seasons outside the tolerance band make an imbalance chronic ("a one-time
   * imbalance is tolerable; a chronic imbalance is toxic").
   *
   * @return k; at least 1; default 3
   */
  @Value.Default
  @Implements(PatternComponent.CHRONIC_IMBALANCE)
  default int consecutiveSeasons() {
    return 3;
  }

  /**
   * The least activity (given plus received, in the kinds' unit) a party needs in a season for its
   * give share there to be judged. A season below it breaks a chronic streak: too little happened
   * to call it imbalance.
   *
   * @return the minimum; not negative; default 3
   */
  @Value.Default
  default Amount minimumActivity() {
    return Amount.of(3);
  }

  /**
   * For decaying scores: the age at which a flow counts half. Empty means no decay (an infinite
   * half-life), under which decayed balances equal plain balances.
   *
   * @return the half-life; positive when present; default empty
   */
  @Implements(PatternComponent.MEMORY_WITHOUT_HOARDING)
  Optional<Duration> halfLife();

  /**
   * The kinds this rule scores; flows of other kinds are ignored by strategies made from it.
   *
   * @return the kinds; empty (the default) means every kind
   */
  Set<FlowKind> kinds();

  /**
   * Tells whether a flow is of a kind this rule scores.
   *
   * @param flow a flow
   * @return true if {@link #kinds()} is empty or contains the flow's kind
   */
  default boolean applies(Flow flow) {
    return kinds().isEmpty() || kinds().contains(flow.kind());
  }

  /**
   * Returns a new builder, with every attribute at its default.
   *
   * @return a builder; not thread-safe
   */
  static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the rule with every attribute at its default.
   *
   * @return the default rule
   */
  static ReciprocityRule defaults() {
    return builder().build();
  }

  /**
   * Builds a {@link ReciprocityRule}; not thread-safe. {@code build()} throws {@link
   * IllegalArgumentException} for an invalid attribute.
   */
  @SuppressWarnings("missing-explicit-ctor") // new ReciprocityRule.Builder() is API
  class Builder extends ImmutableReciprocityRule.Builder {}

  /**
   * Rejects a non-positive window or half-life, {@code consecutiveSeasons < 1}, a negative minimum
   * activity, and kinds of more than one unit.
   *
   * @throws IllegalArgumentException naming the attribute and the value
   * @throws UnitMismatchException if {@link #kinds()} holds kinds of different units
   */
  @Value.Check
  default void check() {
    if (window().isZero() || window().isNegative()) {
      throw new IllegalArgumentException("window must be positive, got " + window());
    }
    if (consecutiveSeasons() < 1) {
      throw new IllegalArgumentException(
          "consecutiveSeasons must be at least 1, got " + consecutiveSeasons());
    }
    if (minimumActivity().signum() < 0) {
      throw new IllegalArgumentException(
          "minimumActivity must not be negative, got " + minimumActivity());
    }
    FlowKind first = null;
    for (FlowKind k : kinds()) {
      if (first == null) {
        first = k;
      } else if (!first.unit().equals(k.unit())) {
        throw new UnitMismatchException(first, k);
      }
    }
    if (halfLife().isPresent() && (halfLife().get().isZero() || halfLife().get().isNegative())) {
      throw new IllegalArgumentException(
          "halfLife must be positive, got " + halfLife().get() + "; leave it empty for no decay");
    }
  }
}
