package dev.reciprocity.core.internal;

import dev.reciprocity.DecayedBalance;
import dev.reciprocity.DecayedBalances;
import dev.reciprocity.Flow;
import dev.reciprocity.PartyId;
import dev.reciprocity.ReciprocityRule;
import dev.reciprocity.internal.Texts;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;

/** Half-life weighted balances; see {@code Strategies.decaying}. */
final class DecayingStrategy
    extends RuleScopedStrategy<DecayingStrategy.Accumulator, DecayedBalances> {

  /**
   * Exact sums per party and instant (out, in), so that the decayed sums are computed in one fixed
   * order whatever the order of adds and merges.
   */
  static final class Accumulator extends Admission {
    private final Map<PartyId, TreeMap<Instant, long[]>> parties = new TreeMap<>();

    private void put(PartyId party, Instant instant, int side, long micros) {
      long[] sums =
          parties
              .computeIfAbsent(party, p -> new TreeMap<>())
              .computeIfAbsent(instant, i -> new long[2]);
      sums[side] += micros; // bounded by the admitted total
    }
  }

  private static final double MICROS = 1_000_000.0;

  private final Instant asOf;

  DecayingStrategy(ReciprocityRule rule, Instant asOf) {
    super("decaying", rule);
    this.asOf = asOf;
  }

  @Override
  public Accumulator createAccumulator() {
    return new Accumulator();
  }

  @Override
  void addScored(Accumulator accumulator, Flow flow) {
    accumulator.put(flow.giver(), flow.instant(), 0, flow.amount().micros());
    accumulator.put(flow.receiver(), flow.instant(), 1, flow.amount().micros());
  }

  /**
   * Refuses a flow after {@code asOf}: its decay factor {@code 2^(-(asOf - t) / h)} would exceed 1,
   * so it would weigh more than its amount.
   */
  @Override
  void check(Flow flow) {
    if (flow.instant().isAfter(asOf)) {
      throw new IllegalArgumentException(
          "the flow "
              + Texts.describe(flow)
              + " is after asOf "
              + asOf
              + ", where its decay factor would exceed 1; evaluate at or after the last flow,"
              + " or leave later flows out");
    }
  }

  @Override
  void mergeScored(Accumulator first, Accumulator second) {
    second.parties.forEach(
        (party, byInstant) ->
            byInstant.forEach(
                (instant, sums) -> {
                  first.put(party, instant, 0, sums[0]);
                  first.put(party, instant, 1, sums[1]);
                }));
  }

  @Override
  public DecayedBalances result(Accumulator accumulator) {
    DecayedBalances.Builder result = DecayedBalances.builder().asOf(asOf).halfLife(rule.halfLife());
    for (Map.Entry<PartyId, TreeMap<Instant, long[]>> e : accumulator.parties.entrySet()) {
      double out;
      double in;
      if (rule.halfLife().isEmpty()) {
        // no decay: the exact sums, so that the decayed balance equals the plain one
        long o = 0;
        long i = 0;
        for (long[] sums : e.getValue().values()) {
          o += sums[0]; // bounded by the admitted total
          i += sums[1];
        }
        out = o / MICROS;
        in = i / MICROS;
      } else {
        double h = seconds(rule.halfLife().get());
        out = 0;
        in = 0;
        for (Map.Entry<Instant, long[]> s : e.getValue().entrySet()) {
          double factor = Math.pow(2.0, -seconds(Duration.between(s.getKey(), asOf)) / h);
          out += s.getValue()[0] * factor;
          in += s.getValue()[1] * factor;
        }
        out /= MICROS;
        in /= MICROS;
      }
      result.addParties(
          DecayedBalance.builder().party(e.getKey()).outStrength(out).inStrength(in).build());
    }
    return result.build();
  }

  private static double seconds(Duration d) {
    return d.getSeconds() + d.getNano() / 1e9;
  }

  /** The built-in writer of {@link DecayedBalances}: text, Markdown and JSON. */
  @Override
  public java.util.Optional<dev.reciprocity.spi.ResultWriter<DecayedBalances>> writer() {
    return java.util.Optional.of(ResultWriters.DECAYED);
  }
}
