package dev.reciprocity;

import java.util.Set;
import org.immutables.value.Value;

/**
 * An exchange that would rebalance a relationship: {@code giver} gives {@code receiver} about
 * {@link #gap()} of one of {@link #kinds()} (the kinds that so far flowed the other way). The third
 * question of the reciprocity review: which exchanges would rebalance. Immutable and thread-safe.
 */
@Value.Immutable
@Implements(PatternComponent.QUESTION_EXCHANGES_TO_REBALANCE)
public interface SuggestedExchange {

  /**
   * Who should give: the party that received more in the relationship.
   *
   * @return the giver of the suggested exchange
   */
  PartyId giver();

  /**
   * Who should receive: the party that gave more in the relationship.
   *
   * @return the receiver of the suggested exchange
   */
  PartyId receiver();

  /**
   * What has flowed {@code receiver -> giver} so far.
   *
   * @return {@code > 0}
   */
  Amount received();

  /**
   * What has flowed {@code giver -> receiver} so far.
   *
   * @return {@code >= 0}
   */
  Amount returned();

  /**
   * The kinds that flowed {@code receiver -> giver}, so a return in kind is possible.
   *
   * @return the kinds; sorted
   */
  Set<FlowKind> kinds();

  /**
   * The amount that would close the gap: {@code received - returned}.
   *
   * @return {@code > 0}
   */
  default Amount gap() {
    return received().minus(returned());
  }

  /**
   * Returns a new builder.
   *
   * @return a builder; not thread-safe
   */
  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link SuggestedExchange}; not thread-safe. */
  @SuppressWarnings("missing-explicit-ctor") // new SuggestedExchange.Builder() is API
  class Builder extends ImmutableSuggestedExchange.Builder {}

  /**
   * Rejects an exchange without a gap: {@code 0 <= returned < received}.
   *
   * @throws IllegalArgumentException naming the attribute and the value
   */
  @Value.Check
  default void check() {
    if (received().signum() <= 0
        || returned().signum() < 0
        || returned().compareTo(received()) >= 0) {
      throw new IllegalArgumentException(
          "a suggested exchange "
              + giver()
              + " -> "
              + receiver()
              + " needs 0 <= returned < received, got returned "
              + returned()
              + " and received "
              + received());
    }
  }
}
