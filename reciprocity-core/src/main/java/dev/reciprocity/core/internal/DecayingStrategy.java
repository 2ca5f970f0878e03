package dev.reciprocity.core.internal;

import dev.reciprocity.DecayedBalance;
import dev.reciprocity.DecayedBalances;
import dev.reciprocity.Flow;
import dev.reciprocity.ReciprocityRule;
import dev.reciprocity.internal.Texts;
import dev.reciprocity.spi.FlowColumns;
import java.time.Duration;
import java.time.Instant;

/**
 * Half-life weighted balances; see {@code Strategies.decaying}. One computation for both forms:
 * {@link #scoreColumns} runs it on a column view, and the streaming accumulator keeps the admitted
 * flows as primitive rows ({@link AdmittedRows}) and runs it on their view at the end, so the
 * decayed sums are made in one fixed order whatever the order of adds and merges.
 */
final class DecayingStrategy extends RowScopedStrategy<DecayedBalances> {

  private static final double MICROS = 1_000_000.0;

  private final Instant asOf;

  DecayingStrategy(ReciprocityRule rule, Instant asOf) {
    super("decaying", rule);
    this.asOf = asOf;
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
  boolean checksRows() {
    return true;
  }

  @Override
  boolean refuses(FlowColumns flows, int row) {
    return FlowSelection.compare(
            flows.epochSecond(row), flows.nano(row), asOf.getEpochSecond(), asOf.getNano())
        > 0;
  }

  /**
   * The sums: the rows in time order ({@link ColumnOrder#byTime}), then grouped by giver and by
   * receiver (stable counting sorts), so that each party's flows on each side are read in time
   * order; the amounts of one instant are added exactly, then decayed by that instant's factor
   * (computed once per distinct instant) and added in time order, so the result is the same bit for
   * bit whatever the order of rows. O(flows) plus the sort; no object per flow.
   */
  @Override
  DecayedBalances scoreColumns(FlowColumns flows) {
    int[] byTime = ColumnOrder.byTime(flows);
    int n = flows.size();
    boolean decays = rule.halfLife().isPresent();
    double h = decays ? seconds(rule.halfLife().get()) : 0;
    // the factor of each row's instant, once per distinct instant
    double[] factor = new double[decays ? n : 0];
    long[] distinct = new long[n];
    int instants = 0;
    for (int k = 0; k < n; k++) {
      int row = byTime[k];
      long s = flows.epochSecond(row);
      int ns = flows.nano(row);
      boolean same =
          k > 0 && s == flows.epochSecond(byTime[k - 1]) && ns == flows.nano(byTime[k - 1]);
      if (!same) {
        instants++;
        if (decays) {
          double f =
              Math.pow(2.0, -seconds(Duration.between(Instant.ofEpochSecond(s, ns), asOf)) / h);
          factor[row] = f;
        }
      } else if (decays) {
        factor[row] = factor[byTime[k - 1]];
      }
      distinct[row] = instants;
    }
    int parties = flows.partyCount();
    int[] givers = new int[n];
    int[] receivers = new int[n];
    for (int row = 0; row < n; row++) {
      givers[row] = flows.giver(row);
      receivers[row] = flows.receiver(row);
    }
    int[] outStarts = new int[parties + 1];
    int[] inStarts = new int[parties + 1];
    int[] outRows = ColumnOrder.grouped(byTime, givers, parties, outStarts);
    int[] inRows = ColumnOrder.grouped(byTime, receivers, parties, inStarts);
    int[] present = new int[parties];
    int count = 0;
    for (int p = 0; p < parties; p++) {
      if (outStarts[p + 1] > outStarts[p] || inStarts[p + 1] > inStarts[p]) {
        present[count++] = p;
      }
    }
    long[] keys = new long[count];
    int[] rank = ColumnOrder.partyRank(flows);
    for (int k = 0; k < count; k++) {
      keys[k] = rank[present[k]];
    }
    RadixSort.sort(keys, present, count);
    DecayedBalances.Builder result = DecayedBalances.builder().asOf(asOf).halfLife(rule.halfLife());
    for (int k = 0; k < count; k++) {
      int p = present[k];
      double out = side(flows, outRows, outStarts[p], outStarts[p + 1], distinct, factor, decays);
      double in = side(flows, inRows, inStarts[p], inStarts[p + 1], distinct, factor, decays);
      result.addParties(
          DecayedBalance.builder().party(flows.party(p)).outStrength(out).inStrength(in).build());
    }
    return result.build();
  }

  /** One party's decayed sum on one side: its rows {@code rows[from, to)}, in time order. */
  private static double side(
      FlowColumns flows,
      int[] rows,
      int from,
      int to,
      long[] distinct,
      double[] factor,
      boolean decays) {
    if (!decays) {
      long sum = 0;
      for (int k = from; k < to; k++) {
        sum += flows.micros(rows[k]); // bounded by the view's total
      }
      return sum / MICROS;
    }
    double sum = 0;
    for (int k = from; k < to; ) {
      int row = rows[k];
      long exact = 0;
      int next = k;
      while (next < to && distinct[rows[next]] == distinct[row]) {
        exact += flows.micros(rows[next]);
        next++;
      }
      sum += exact * factor[row];
      k = next;
    }
    return sum / MICROS;
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
