package dev.reciprocity;

import java.time.Duration;
import java.time.Instant;
import org.immutables.value.Value;

/**
 * A gift not yet returned: {@code creditor} gave {@code debtor} {@code amount} at {@code since},
 * and no reverse flow has matched it. Its age is measured at the instant of the latest flow scored.
 * Immutable and thread-safe.
 */
@Value.Immutable
public interface OpenObligation {

  /**
   * Who gave and awaits a return.
   *
   * @return the creditor
   */
  PartyId creditor();

  /**
   * Who received and has not returned.
   *
   * @return the debtor
   */
  PartyId debtor();

  /**
   * The part of the gift still open.
   *
   * @return {@code > 0}
   */
  Amount amount();

  /**
   * When the gift was made.
   *
   * @return the gift's instant
   */
  Instant since();

  /**
   * How long the gift has been open, up to the latest flow scored.
   *
   * @return {@code >= 0}
   */
  Duration age();

  /**
   * Tells whether the return window has passed.
   *
   * @return true when no return can count any more
   */
  @Implements(PatternComponent.OVERDUE_RETURN)
  boolean overdue();

  /**
   * Returns a new builder.
   *
   * @return a builder; not thread-safe
   */
  static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link OpenObligation}; not thread-safe. */
  @SuppressWarnings("missing-explicit-ctor") // new OpenObligation.Builder() is API
  class Builder extends ImmutableOpenObligation.Builder {}

  /**
   * Rejects a non-positive amount and a negative age.
   *
   * @throws IllegalArgumentException naming the attribute and the value
   */
  @Value.Check
  default void check() {
    if (amount().signum() <= 0) {
      throw new IllegalArgumentException(
          "an open obligation of "
              + debtor()
              + " to "
              + creditor()
              + " must have a positive amount, got "
              + amount());
    }
    if (age().isNegative()) {
      throw new IllegalArgumentException(
          "an open obligation's age must not be negative, got " + age());
    }
  }
}
