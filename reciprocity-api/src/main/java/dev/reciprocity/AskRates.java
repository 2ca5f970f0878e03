package dev.reciprocity;

import org.immutables.value.Value;

/**
 * A party's asks in a period ({@link Request}): how often it asked and was asked, and what became
 * of the asks it received. Rates, not balances: a declined ask is never an imbalance. Immutable and
 * thread-safe.
 */
@Value.Immutable
@Implements(PatternComponent.ASKING)
public interface AskRates {

  /**
   * The party.
   *
   * @return the party
   */
  PartyId party();

  /**
   * The asks it made.
   *
   * @return {@code >= 0}
   */
  int asked();

  /**
   * The asks it received.
   *
   * @return {@code >= 0}
   */
  int wasAsked();

  /**
   * The asks it received and accepted.
   *
   * @return in {@code [0, wasAsked]}
   */
  int accepted();

  /**
   * The asks it received and declined.
   *
   * @return in {@code [0, wasAsked]}
   */
  int declined();

  /**
   * The asks it received and redirected.
   *
   * @return in {@code [0, wasAsked]}
   */
  int redirected();

  /**
   * The share of the asks it received that it declined, {@code declined / wasAsked}.
   *
   * @return in {@code [0, 1]}; {@code NaN} when it was never asked
   */
  default double declineRate() {
    return wasAsked() == 0 ? Double.NaN : (double) declined() / wasAsked();
  }

  /**
   * Checks that the outcomes add up to the asks received.
   *
   * @throws IllegalArgumentException naming the counts
   */
  @Value.Check
  default void check() {
    if (asked() < 0
        || accepted() < 0
        || declined() < 0
        || redirected() < 0
        || accepted() + declined() + redirected() != wasAsked()) {
      throw new IllegalArgumentException(
          "the outcomes of the asks "
              + party()
              + " received must add up to them: "
              + accepted()
              + " + "
              + declined()
              + " + "
              + redirected()
              + " against "
              + wasAsked());
    }
  }

  /**
   * Returns a new builder.
   *
   * @return a builder; not thread-safe
   */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link AskRates}; not thread-safe. */
  @SuppressWarnings("missing-explicit-ctor") // new AskRates.Builder() is API
  class Builder extends ImmutableAskRates.Builder {}
}
