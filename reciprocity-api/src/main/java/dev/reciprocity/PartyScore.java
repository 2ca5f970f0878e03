package dev.reciprocity;

import org.immutables.value.Value;

/**
 * One party's figures over a set of flows (a season, a range, the whole ledger).
 *
 * <p>With {@code w_ij} the amount {@code i} gave {@code j}: out-strength {@code s_i_out = sum_j
 * w_ij}, in-strength {@code s_i_in = sum_j w_ji}, reciprocated strength {@code s_i<-> = sum_j
 * min(w_ij, w_ji)} (Squartini et al., "Reciprocity of weighted networks", Sci. Rep. 3, 2729, 2013).
 * All amounts are exact and in the unit of the flows scored. Immutable and thread-safe.
 */
@Value.Immutable
@Implements(PatternComponent.BALANCE_QUESTIONS)
public interface PartyScore {

  /**
   * The party.
   *
   * @return its id
   */
  PartyId party();

  /**
   * Out-strength {@code s_out = sum_j w_ij}: everything the party gave.
   *
   * @return {@code >= 0}
   */
  Amount outStrength();

  /**
   * In-strength {@code s_in = sum_j w_ji}: everything the party received.
   *
   * @return {@code >= 0}
   */
  Amount inStrength();

  /**
   * Reciprocated strength {@code s<-> = sum_j min(w_ij, w_ji)}: what the party gave that was
   * matched, partner by partner, by what it received.
   *
   * @return in {@code [0, min(s_out, s_in)]}
   */
  Amount reciprocatedStrength();

  /**
   * Net balance {@code b = s_out - s_in}: positive for a net giver, negative for a net receiver.
   * Over all parties of a set of flows, net balances sum to exactly zero.
   *
   * @return {@code s_out - s_in}
   */
  default Amount netBalance() {
    return outStrength().minus(inStrength());
  }

  /**
   * Unreciprocated out-strength {@code s_out - s<->}: what the party gave that no partner returned.
   *
   * @return {@code >= 0}
   */
  default Amount unreciprocatedOutStrength() {
    return outStrength().minus(reciprocatedStrength());
  }

  /**
   * Unreciprocated in-strength {@code s_in - s<->}: what the party received and did not return to
   * the same partner.
   *
   * @return {@code >= 0}
   */
  default Amount unreciprocatedInStrength() {
    return inStrength().minus(reciprocatedStrength());
  }

  /**
   * Activity {@code s_out + s_in}.
   *
   * @return {@code >= 0}
   */
  default Amount activity() {
    return outStrength().plus(inStrength());
  }

  /**
   * Give share {@code g = s_out / (s_out + s_in)}: 1 for a party that only gives, 0 for one that
   * only receives, 0.5 in balance.
   *
   * @return in {@code [0, 1]}; {@code NaN} when the party neither gave nor received
   */
  default double giveShare() {
    long out = outStrength().micros();
    long total = activity().micros();
    return total == 0 ? Double.NaN : (double) out / (double) total;
  }

  /**
   * Returns a new builder.
   *
   * @return a builder; not thread-safe
   */
  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link PartyScore}; not thread-safe. */
  @SuppressWarnings("missing-explicit-ctor") // new PartyScore.Builder() is API
  class Builder extends ImmutablePartyScore.Builder {}

  /**
   * Rejects negative strengths and a reciprocated strength above {@code min(s_out, s_in)}.
   *
   * @throws IllegalArgumentException naming the attribute and the value
   */
  @Value.Check
  default void check() {
    if (outStrength().signum() < 0
        || inStrength().signum() < 0
        || reciprocatedStrength().signum() < 0) {
      throw new IllegalArgumentException(
          "strengths of "
              + party()
              + " must not be negative: out "
              + outStrength()
              + ", in "
              + inStrength()
              + ", reciprocated "
              + reciprocatedStrength());
    }
    if (reciprocatedStrength().compareTo(outStrength().min(inStrength())) > 0) {
      throw new IllegalArgumentException(
          "reciprocatedStrength "
              + reciprocatedStrength()
              + " of "
              + party()
              + " exceeds min(out "
              + outStrength()
              + ", in "
              + inStrength()
              + ")");
    }
  }
}
