package dev.reciprocity.core;

import dev.reciprocity.Flow;
import dev.reciprocity.PartyId;
import dev.reciprocity.ReciprocityRule;
import java.math.BigDecimal;
import java.math.MathContext;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;

/**
 * Decaying balances written from the javadoc of {@link Strategies#decaying}, not from its
 * implementation, one flow at a time:
 *
 * <ol>
 *   <li>Only flows of the kinds the rule scores count; each party that gave or received one has a
 *       balance, in party order.
 *   <li>A flow of amount {@code a} at {@code t} counts {@code a * 2^(-(T - t) / h)} at the
 *       evaluation instant {@code T}, to its giver's out-strength and its receiver's in-strength.
 *   <li>Without a half-life nothing decays: the strengths are the exact sums.
 * </ol>
 *
 * <p>The sums are exact ({@link BigDecimal}); only each flow's factor is a {@code double}, computed
 * from the flow's exact age in seconds.
 */
final class DecayModel {

  /** A party's decayed out- and in-strength, in units of the kind. */
  record Strengths(BigDecimal out, BigDecimal in) {}

  /** By party, in party order. */
  final Map<PartyId, Strengths> parties;

  private DecayModel(Map<PartyId, Strengths> parties) {
    this.parties = parties;
  }

  static DecayModel of(Iterable<Flow> flows, ReciprocityRule rule, Instant asOf) {
    Map<PartyId, BigDecimal[]> sums = new TreeMap<>();
    for (Flow f : flows) {
      if (!rule.kinds().isEmpty() && !rule.kinds().contains(f.kind())) {
        continue;
      }
      BigDecimal weight = f.amount().toBigDecimal();
      if (rule.halfLife().isPresent()) {
        BigDecimal age = seconds(Duration.between(f.instant(), asOf));
        BigDecimal halfLife = seconds(rule.halfLife().get());
        double halfLives = age.divide(halfLife, MathContext.DECIMAL128).doubleValue();
        weight = weight.multiply(new BigDecimal(Math.pow(2.0, -halfLives)));
      }
      add(sums, f.giver(), 0, weight);
      add(sums, f.receiver(), 1, weight);
    }
    Map<PartyId, Strengths> parties = new TreeMap<>();
    sums.forEach((p, s) -> parties.put(p, new Strengths(s[0], s[1])));
    return new DecayModel(parties);
  }

  private static void add(Map<PartyId, BigDecimal[]> sums, PartyId p, int side, BigDecimal w) {
    BigDecimal[] s =
        sums.computeIfAbsent(p, k -> new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO});
    s[side] = s[side].add(w);
  }

  private static BigDecimal seconds(Duration d) {
    return BigDecimal.valueOf(d.getSeconds()).add(BigDecimal.valueOf(d.getNano(), 9));
  }
}
