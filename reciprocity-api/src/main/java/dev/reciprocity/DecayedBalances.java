package dev.reciprocity;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The result of decaying scoring: every party's half-life-weighted strengths at one instant.
 * Immutable and thread-safe.
 */
@Value.Immutable
@Implements(PatternComponent.MEMORY_WITHOUT_HOARDING)
public interface DecayedBalances {

  /**
   * The instant {@code T} the weights are computed at.
   *
   * @return the evaluation instant
   */
  Instant asOf();

  /**
   * The half-life {@code h}.
   *
   * @return the half-life; empty for no decay
   */
  Optional<Duration> halfLife();

  /**
   * Every party that gave or received, sorted by id.
   *
   * @return the balances
   */
  List<DecayedBalance> parties();

  /**
   * Returns a new builder.
   *
   * @return a builder; not thread-safe
   */
  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link DecayedBalances}; not thread-safe. */
  @SuppressWarnings("missing-explicit-ctor") // new DecayedBalances.Builder() is API
  class Builder extends ImmutableDecayedBalances.Builder {}
}
