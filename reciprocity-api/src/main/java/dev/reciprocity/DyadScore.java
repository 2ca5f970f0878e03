package dev.reciprocity;

import org.immutables.value.Value;

/**
 * The exchange between two parties {@code a} and {@code b}, with {@code a} the smaller id.
 *
 * <p>{@code w_ab} is what {@code a} gave {@code b}; reciprocated weight {@code w_ab<-> = min(w_ab,
 * w_ba)}; dyadic net {@code b_ab = w_ab - w_ba}; dyadic reciprocity index {@code rho_ab = 2
 * min(w_ab, w_ba) / (w_ab + w_ba)} in {@code [0, 1]} (after Squartini et al., Sci. Rep. 3, 2729,
 * 2013). Immutable and thread-safe.
 */
@Value.Immutable
@Implements(PatternComponent.BALANCE_QUESTIONS)
public interface DyadScore {

  /**
   * The party with the smaller id.
   *
   * @return {@code a}
   */
  PartyId a();

  /**
   * The party with the larger id.
   *
   * @return {@code b}
   */
  PartyId b();

  /**
   * What {@code a} gave {@code b}.
   *
   * @return {@code w_ab >= 0}
   */
  Amount aToB();

  /**
   * What {@code b} gave {@code a}.
   *
   * @return {@code w_ba >= 0}
   */
  Amount bToA();

  /**
   * Reciprocated weight {@code min(w_ab, w_ba)}.
   *
   * @return {@code >= 0}
   */
  default Amount reciprocatedWeight() {
    return aToB().min(bToA());
  }

  /**
   * Dyadic net {@code w_ab - w_ba}: positive when {@code a} gave more.
   *
   * @return the net
   */
  default Amount net() {
    return aToB().minus(bToA());
  }

  /**
   * Total weight {@code w_ab + w_ba}.
   *
   * @return {@code >= 0}
   */
  default Amount total() {
    return aToB().plus(bToA());
  }

  /**
   * Dyadic reciprocity index {@code rho = 2 min(w_ab, w_ba) / (w_ab + w_ba)}: 1 when perfectly
   * mirrored, 0 when one-way.
   *
   * @return in {@code [0, 1]}; {@code NaN} when nothing flowed
   */
  default double reciprocityIndex() {
    long total = total().micros();
    return total == 0 ? Double.NaN : 2.0 * reciprocatedWeight().micros() / (double) total;
  }

  /**
   * Returns the dyad score for two parties in either order.
   *
   * @param giver one party
   * @param receiver the other party
   * @param given what {@code giver} gave {@code receiver}
   * @param returned what {@code receiver} gave {@code giver}
   * @return the score with {@code a} the smaller id
   * @throws IllegalArgumentException if the parties are equal or an amount is negative
   */
  static DyadScore of(PartyId giver, PartyId receiver, Amount given, Amount returned) {
    Builder b = new Builder();
    if (giver.compareTo(receiver) < 0) {
      b.a(giver).b(receiver).aToB(given).bToA(returned);
    } else {
      b.a(receiver).b(giver).aToB(returned).bToA(given);
    }
    return b.build();
  }

  /** Builds a {@link DyadScore}; not thread-safe. */
  @SuppressWarnings("missing-explicit-ctor") // new DyadScore.Builder() is API
  class Builder extends ImmutableDyadScore.Builder {}

  /**
   * Rejects {@code a >= b} and negative weights.
   *
   * @throws IllegalArgumentException naming the attribute and the value
   */
  @Value.Check
  default void check() {
    if (a().compareTo(b()) >= 0) {
      throw new IllegalArgumentException("dyad a '" + a() + "' must sort before b '" + b() + "'");
    }
    if (aToB().signum() < 0 || bToA().signum() < 0) {
      throw new IllegalArgumentException(
          "dyad weights must not be negative, got " + aToB() + " and " + bToA());
    }
  }
}
