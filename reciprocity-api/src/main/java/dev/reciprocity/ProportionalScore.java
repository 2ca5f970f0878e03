package dev.reciprocity;

import org.immutables.value.Value;

/**
 * One party in one season of proportional reciprocity ({@link ProportionalScores}): what it gave
 * against what it declared it could give. Immutable and thread-safe.
 */
@Value.Immutable
public interface ProportionalScore {

  /**
   * The party.
   *
   * @return the party
   */
  PartyId party();

  /**
   * What it gave in the season: its out-strength.
   *
   * @return {@code >= 0}
   */
  Amount given();

  /**
   * Its capacity in effect at the season's start.
   *
   * @return positive
   */
  double capacity();

  /**
   * Its share of what the parties with a capacity gave in the season, {@code given / sum given}.
   *
   * @return in {@code [0, 1]}; {@code NaN} when none of them gave
   */
  double giveShare();

  /**
   * Its share of their capacity, {@code capacity / sum capacity}.
   *
   * @return in {@code (0, 1]}
   */
  double capacityShare();

  /**
   * Its give share against its capacity share, {@code giveShare / capacityShare}: 1 when it gave in
   * proportion to its capacity, above 1 when more, below when less.
   *
   * @return {@code >= 0}; {@code NaN} when none of them gave
   */
  default double ratio() {
    return giveShare() / capacityShare();
  }

  /**
   * What it gave per unit of capacity, {@code given / capacity}.
   *
   * @return {@code >= 0}
   */
  default double contributionPerUnit() {
    return given().toBigDecimal().doubleValue() / capacity();
  }

  /**
   * Returns a new builder.
   *
   * @return a builder; not thread-safe
   */
  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ProportionalScore}; not thread-safe. */
  @SuppressWarnings("missing-explicit-ctor") // new ProportionalScore.Builder() is API
  class Builder extends ImmutableProportionalScore.Builder {}
}
