package dev.reciprocity.core.internal;

import dev.reciprocity.Amount;
import dev.reciprocity.DevelopmentalScores;
import dev.reciprocity.OpenObligation;
import dev.reciprocity.ReciprocityRule;
import dev.reciprocity.spi.FlowColumns;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Developmental reciprocity; see {@code Strategies.developmental} and {@link DevelopmentalScores}.
 * One pass over the flows in time order (ties by content, as {@link ImmediateStrategy} breaks them,
 * so that the result does not depend on the order of rows): each flow first returns the gifts due
 * from it, oldest first, from the queue of what its giver owes (to its receiver for {@link
 * DevelopmentalScores.ReturnFrom#DYAD}, to anyone for {@link
 * DevelopmentalScores.ReturnFrom#NETWORK}); what it does not use is a gift, added to the queue of
 * what its receiver owes. A queue is in time order, so the gifts whose due span has passed are a
 * prefix (its head only moves forward) and those not due yet a suffix. The streaming accumulator
 * keeps the admitted rows ({@link RowScopedStrategy}) and runs the same pass at the end.
 *
 * <p>Cost: O(flows log flows) for the time order, a hash lookup per flow, one queue object per dyad
 * (or party) that holds a gift; the obligations are made as objects.
 */
final class DevelopmentalStrategy extends RowScopedStrategy<DevelopmentalScores> {

  /** The longest lag: 10,000 years, so that instant arithmetic with it cannot overflow. */
  static final Duration MAX_LAG = Duration.ofDays(3_652_425);

  private final Duration lag;
  private final DevelopmentalScores.ReturnFrom returnFrom;

  DevelopmentalStrategy(
      ReciprocityRule rule, Duration lag, DevelopmentalScores.ReturnFrom returnFrom) {
    super("developmental", rule);
    this.lag = Objects.requireNonNull(lag, "lag");
    this.returnFrom = Objects.requireNonNull(returnFrom, "returnFrom");
    if (lag.isNegative() || lag.compareTo(MAX_LAG) > 0) {
      throw new IllegalArgumentException(
          "lag must lie in [PT0S, " + MAX_LAG + "] (10,000 years), got " + lag);
    }
  }

  /** What a party owes, oldest gift first: rows, and a head before which all is past due. */
  private static final class Queue {
    int[] rows = new int[4];
    int size;
    int head;

    void add(int row) {
      if (size == rows.length) {
        rows = Arrays.copyOf(rows, 2 * size);
      }
      rows[size++] = row;
    }
  }

  @Override
  DevelopmentalScores scoreColumns(FlowColumns flows) {
    Duration window = rule.window();
    boolean dyad = returnFrom == DevelopmentalScores.ReturnFrom.DYAD;
    int n = flows.size();
    int[] partyRank = ColumnOrder.partyRank(flows);
    int[] kindRank = ColumnOrder.kindRank(flows);
    int[] order = ColumnOrder.byTime(flows);
    ColumnOrder.sortEqualInstants(
        flows, order, 0, n, ColumnOrder.byContent(flows, partyRank, kindRank));

    long[] open = new long[n]; // per row: the part of its gift still open
    Map<Long, Queue> owed = new HashMap<>();
    long gifts = 0;
    long returned = 0;
    for (int k = 0; k < n; k++) {
      int row = order[k];
      int giver = flows.giver(row);
      int receiver = flows.receiver(row);
      long s = flows.epochSecond(row);
      int ns = flows.nano(row);
      long amount = flows.micros(row);
      Queue q = owed.get(dyad ? PairTable.key(giver, receiver) : giver);
      if (q != null) {
        while (q.head < q.size
            && (open[q.rows[q.head]] == 0 || pastDue(flows, q.rows[q.head], s, ns, window))) {
          q.head++;
        }
        for (int i = q.head; i < q.size && amount > 0; i++) {
          int gift = q.rows[i];
          if (!due(flows, gift, s, ns)) {
            break; // this gift and every later one are not due yet
          }
          long settled = Math.min(open[gift], amount);
          open[gift] -= settled;
          amount -= settled;
          returned += settled;
        }
      }
      if (amount > 0) {
        gifts += amount; // bounded by the admitted total
        open[row] = amount;
        owed.computeIfAbsent(dyad ? PairTable.key(receiver, giver) : receiver, key -> new Queue())
            .add(row);
      }
    }

    // the open gifts, in the order: since, creditor, debtor, open amount
    long lastS = n == 0 ? Instant.EPOCH.getEpochSecond() : flows.epochSecond(order[n - 1]);
    int lastN = n == 0 ? 0 : flows.nano(order[n - 1]);
    int count = 0;
    int[] openRows = new int[n]; // the rows with an open gift, in time order
    for (int k = 0; k < n; k++) {
      if (open[order[k]] > 0) {
        openRows[count++] = order[k];
      }
    }
    ColumnOrder.IntOrder obligationOrder =
        (x, y) -> {
          int c = Integer.compare(partyRank[flows.giver(x)], partyRank[flows.giver(y)]);
          if (c == 0) {
            c = Integer.compare(partyRank[flows.receiver(x)], partyRank[flows.receiver(y)]);
          }
          return c != 0 ? c : Long.compare(open[x], open[y]);
        };
    int[] obligations = Arrays.copyOf(openRows, count);
    ColumnOrder.sortEqualInstants(flows, obligations, 0, count, obligationOrder);
    DevelopmentalScores.Builder result =
        DevelopmentalScores.builder()
            .lag(lag)
            .window(window)
            .returnFrom(returnFrom)
            .giftWeight(Amount.ofMicros(gifts))
            .returnedWeight(Amount.ofMicros(returned));
    for (int row : obligations) {
      long s = flows.epochSecond(row);
      int ns = flows.nano(row);
      result.addOpenObligations(
          OpenObligation.builder()
              .creditor(flows.party(flows.giver(row)))
              .debtor(flows.party(flows.receiver(row)))
              .amount(Amount.ofMicros(open[row]))
              .since(Instant.ofEpochSecond(s, ns))
              .age(Duration.ofSeconds(lastS - s, lastN - ns))
              .overdue(pastDue(flows, row, lastS, lastN, window))
              .build());
    }
    return result.build();
  }

  /** Whether the gift of {@code row} is due at {@code (s, ns)}: {@code since + lag <= (s, ns)}. */
  private boolean due(FlowColumns flows, int row, long s, int ns) {
    return compareElapsed(flows, row, s, ns, 0, 0) >= 0;
  }

  /**
   * Whether the due span of the gift of {@code row} has passed at {@code (s, ns)}: {@code (s, ns) -
   * (since + lag) > window}.
   */
  private boolean pastDue(FlowColumns flows, int row, long s, int ns, Duration window) {
    return compareElapsed(flows, row, s, ns, window.getSeconds(), window.getNano()) > 0;
  }

  /**
   * Compares {@code (s, ns) - (since + lag)} of the gift of {@code row} with {@code (seconds,
   * nanos)}. Cannot overflow: instants and the lag are bounded (see the constructor).
   */
  private int compareElapsed(FlowColumns flows, int row, long s, int ns, long seconds, int nanos) {
    long ds = s - flows.epochSecond(row) - lag.getSeconds();
    long dn = (long) ns - flows.nano(row) - lag.getNano();
    ds += Math.floorDiv(dn, 1_000_000_000L);
    dn = Math.floorMod(dn, 1_000_000_000L);
    int c = Long.compare(ds, seconds);
    return c != 0 ? c : Long.compare(dn, nanos);
  }

  /** The built-in writer of {@link DevelopmentalScores}: text, Markdown and JSON. */
  @Override
  public java.util.Optional<dev.reciprocity.spi.ResultWriter<DevelopmentalScores>> writer() {
    return java.util.Optional.of(ResultWriters.DEVELOPMENTAL);
  }
}
