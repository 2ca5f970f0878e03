package dev.reciprocity.core;

import com.google.errorprone.annotations.CanIgnoreReturnValue;
import dev.reciprocity.Amount;
import dev.reciprocity.DyadScore;
import dev.reciprocity.Flow;
import dev.reciprocity.FlowKind;
import dev.reciprocity.Implements;
import dev.reciprocity.Interval;
import dev.reciprocity.LimitExceededException;
import dev.reciprocity.NetworkScore;
import dev.reciprocity.PartyId;
import dev.reciprocity.PartyScore;
import dev.reciprocity.PatternComponent;
import dev.reciprocity.ReciprocityRule;
import dev.reciprocity.UnitMismatchException;
import dev.reciprocity.core.internal.PartyIndex;
import dev.reciprocity.core.internal.ReadAhead;
import dev.reciprocity.core.internal.RunningTables;
import dev.reciprocity.internal.Texts;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Portfolio and seasonal figures kept current as flows arrive: each {@link #add(Flow)} updates the
 * dyad's weights, both parties' out-, in- and reciprocated strengths, the network's total and
 * reciprocated weight and edges, and both parties' strengths in the flow's season, in amortised
 * O(1). For a host that keeps a review current from a stream of events, next to its {@link Ledger}:
 *
 * <pre>{@code
 * RunningFigures figures = RunningFigures.create(rule);
 * // for each event:
 * ledger.append(flow);
 * figures.add(flow);
 * double r = figures.network().weightedReciprocity();
 * }</pre>
 *
 * <p>The figures equal those of {@link PortfolioFigures} and {@link SeasonalFigures} over the same
 * flows, exactly. The reciprocated weight is kept by adding, for the dyad a flow changes, {@code 2
 * (min(w_ij', w_ji) - min(w_ij, w_ji))}. Reading {@link #network()} sorts the out-strengths for the
 * Gini coefficient: O(parties log parties).
 *
 * <p>Cost: an add checks the flow and buffers it; the buffered flows, up to 256, have their parties
 * interned and are applied together, which lets the processor wait for their cache misses side by
 * side. Every read applies the buffered flows first, so it sees every flow added before it. With a
 * million dyads an add costs about 0.2 µs on a 2-core server: 0.19 µs when the host hands the same
 * {@code PartyId} objects each time, 0.22 µs with names parsed afresh for each event (the README's
 * Performance section has the measurement and the command that reruns it). Memory grows with the
 * dyads, the parties and the (party, season) cells, not with the flows. The dyads are kept in the
 * engine's one dyad table, the one {@link PortfolioFigures} and the strategies fill
 * (docs/design.md, "One engine"); the incremental form of the same sums.
 *
 * <p>Bounded like a ledger: the total of amounts stays within {@link Amount#MAX} and the flows have
 * one unit; a flow past either is refused and changes nothing. Thread-safe: adds and reads are
 * serialized (an uncontended lock costs a few nanoseconds).
 */
@Implements(PatternComponent.REINFORCEMENT_FEEDBACK_CHANNEL)
public final class RunningFigures {

  /** The most flows buffered before they are applied. */
  private static final int BATCH = 256;

  private final ReciprocityRule rule;
  private final RunningTables tables = new RunningTables();
  private final PartyIndex partyIndex = new PartyIndex();
  private final List<PartyId> parties = new ArrayList<>();
  // the seasons with a flow, in time order: their starts' epoch seconds, and each one's index in
  // the tables (the order in which they were first seen)
  private int seasonCount;
  private long[] starts = new long[16];
  private Interval[] sorted = new Interval[16];
  private int[] seasonIds = new int[16];
  private @Nullable Interval lastSeason;
  private int lastSeasonIndex;
  private @Nullable FlowKind unitKind;
  // the flows checked but not yet interned and applied: parties, season index, amount
  private final PartyId[] bufferedGivers = new PartyId[BATCH];
  private final PartyId[] bufferedReceivers = new PartyId[BATCH];
  private final int[] bufferedSeasons = new int[BATCH];
  private final long[] bufferedAmounts = new long[BATCH];
  private final int[] slots = new int[BATCH];
  private final int[] giverIds = new int[BATCH];
  private final int[] receiverIds = new int[BATCH];
  private int buffered;
  private long bufferedTotal;

  private RunningFigures(ReciprocityRule rule) {
    this.rule = rule;
  }

  /**
   * Creates empty figures for a rule: flows of kinds the rule does not apply to are not counted,
   * and seasons follow the rule's cadence.
   *
   * @param rule the rule
   * @return new, empty figures
   * @throws NullPointerException if {@code rule} is null
   */
  public static RunningFigures create(ReciprocityRule rule) {
    return new RunningFigures(Objects.requireNonNull(rule, "rule"));
  }

  /**
   * Counts one flow.
   *
   * @param flow the flow
   * @return true if counted; false if the rule does not apply to its kind
   * @throws NullPointerException if {@code flow} is null
   * @throws UnitMismatchException if its kind's unit differs from the unit counted so far
   * @throws LimitExceededException if it would take the total of amounts past {@link Amount#MAX}
   *     (limit {@code totalAmount})
   */
  @CanIgnoreReturnValue
  public synchronized boolean add(Flow flow) {
    Objects.requireNonNull(flow, "flow");
    if (!rule.applies(flow)) {
      return false;
    }
    FlowKind kind = flow.kind();
    if (unitKind != null && !unitKind.unit().equals(kind.unit())) {
      throw new UnitMismatchException(unitKind, kind);
    }
    long micros = flow.amount().micros();
    if (micros > Long.MAX_VALUE - tables.total() - bufferedTotal) {
      throw new LimitExceededException(
          "totalAmount",
          "adding the flow "
              + Texts.describe(flow)
              + " would take the total of amounts past "
              + Amount.MAX
              + ", the most exact figures hold; nothing was added. Fix: keep figures per"
              + " community or period, or record the flows in a larger unit.");
    }
    if (unitKind == null) {
      unitKind = kind;
    }
    int k = buffered;
    bufferedGivers[k] = flow.giver();
    bufferedReceivers[k] = flow.receiver();
    bufferedSeasons[k] = seasonOf(flow.instant());
    bufferedAmounts[k] = micros;
    bufferedTotal += micros;
    if (++buffered == BATCH) {
      flush();
    }
    return true;
  }

  /**
   * Interns the buffered flows' parties and applies the flows: first a pass that reads each party's
   * slot in the index, so that their cache misses overlap, then the flows in order.
   */
  private void flush() {
    int n = buffered;
    ReadAhead.keep(
        partyIndex.touch(bufferedGivers, n, slots) + partyIndex.touch(bufferedReceivers, n, slots));
    for (int k = 0; k < n; k++) {
      giverIds[k] = intern(bufferedGivers[k]);
      receiverIds[k] = intern(bufferedReceivers[k]);
    }
    tables.addAll(giverIds, receiverIds, bufferedSeasons, bufferedAmounts, n);
    Arrays.fill(bufferedGivers, 0, n, null);
    Arrays.fill(bufferedReceivers, 0, n, null);
    buffered = 0;
    bufferedTotal = 0;
  }

  private int intern(PartyId party) {
    int known = partyIndex.get(party);
    if (known >= 0) {
      return known;
    }
    int index = parties.size();
    parties.add(party);
    partyIndex.put(party, index);
    return index;
  }

  private int seasonOf(Instant instant) {
    Interval last = lastSeason;
    if (last != null && last.contains(instant)) {
      return lastSeasonIndex;
    }
    // the known seasons by start: a binary search, and the cadence only for a new season
    int candidate = lastStartedBy(instant);
    Interval season;
    int index;
    if (candidate >= 0 && sorted[candidate].contains(instant)) {
      season = sorted[candidate];
      index = seasonIds[candidate];
    } else {
      season = rule.cadence().seasonOf(instant);
      index = seasonCount;
      int at = candidate + 1;
      if (seasonCount == starts.length) {
        starts = Arrays.copyOf(starts, 2 * seasonCount);
        sorted = Arrays.copyOf(sorted, 2 * seasonCount);
        seasonIds = Arrays.copyOf(seasonIds, 2 * seasonCount);
      }
      System.arraycopy(starts, at, starts, at + 1, seasonCount - at);
      System.arraycopy(sorted, at, sorted, at + 1, seasonCount - at);
      System.arraycopy(seasonIds, at, seasonIds, at + 1, seasonCount - at);
      starts[at] = season.start().getEpochSecond();
      sorted[at] = season;
      seasonIds[at] = index;
      seasonCount++;
    }
    lastSeason = season;
    lastSeasonIndex = index;
    return index;
  }

  /** The position of the last known season starting at or before {@code instant}, or -1. */
  private int lastStartedBy(Instant instant) {
    int k = Arrays.binarySearch(starts, 0, seasonCount, instant.getEpochSecond());
    int candidate = k >= 0 ? k : -k - 2;
    // equal seconds: move past every start at that second, then back over those after the instant
    while (k >= 0 && candidate + 1 < seasonCount && starts[candidate + 1] == starts[candidate]) {
      candidate++;
    }
    while (candidate >= 0 && sorted[candidate].start().isAfter(instant)) {
      candidate--;
    }
    return candidate;
  }

  /**
   * The network figures now.
   *
   * @return flows, parties, total and reciprocated weight, edges, Gini coefficient of out-strength
   */
  public synchronized NetworkScore network() {
    flush();
    return NetworkScore.builder()
        .flowCount(tables.flowCount())
        .partyCount(parties.size())
        .totalWeight(Amount.ofMicros(tables.total()))
        .reciprocatedWeight(Amount.ofMicros(tables.reciprocatedWeight()))
        .directedEdges(Math.toIntExact(tables.directedEdges()))
        .reciprocatedEdges(Math.toIntExact(tables.reciprocatedEdges()))
        .outStrengthGini(RunningTables.gini(tables.outs(parties.size())))
        .build();
  }

  /**
   * One party's score now.
   *
   * @param party the party
   * @return its out-, in- and reciprocated strength; empty when no counted flow names it
   * @throws NullPointerException if {@code party} is null
   */
  public synchronized Optional<PartyScore> party(PartyId party) {
    flush();
    int p = partyIndex.get(Objects.requireNonNull(party, "party"));
    if (p < 0) {
      return Optional.empty();
    }
    return Optional.of(
        PartyScore.builder()
            .party(party)
            .outStrength(Amount.ofMicros(tables.out(p)))
            .inStrength(Amount.ofMicros(tables.in(p)))
            .reciprocatedStrength(Amount.ofMicros(tables.reciprocated(p)))
            .build());
  }

  /**
   * One dyad's score now.
   *
   * @param a one party
   * @param b the other party
   * @return the score, with {@code a} and {@code b} in id order; empty when nothing flowed between
   *     them
   * @throws NullPointerException if a party is null
   */
  public synchronized Optional<DyadScore> dyad(PartyId a, PartyId b) {
    flush();
    int x = partyIndex.get(Objects.requireNonNull(a, "a"));
    int y = partyIndex.get(Objects.requireNonNull(b, "b"));
    if (x < 0 || y < 0 || x == y) {
      return Optional.empty();
    }
    return Optional.ofNullable(tables.dyad(x, y, a, b));
  }

  /**
   * The seasons with at least one counted flow, in time order.
   *
   * @return a copy
   */
  public synchronized List<Interval> seasons() {
    return new ArrayList<>(Arrays.asList(sorted).subList(0, seasonCount));
  }

  /**
   * A party's net balance {@code s_out - s_in} in a season.
   *
   * @param party the party
   * @param season a season of the rule's cadence
   * @return the net balance; zero for a party or season without counted flows
   * @throws NullPointerException if an argument is null
   */
  public synchronized Amount netBalance(PartyId party, Interval season) {
    return outStrength(party, season).minus(inStrength(party, season));
  }

  /**
   * What a party gave in a season.
   *
   * @param party the party
   * @param season a season of the rule's cadence
   * @return the out-strength; zero for a party or season without counted flows
   * @throws NullPointerException if an argument is null
   */
  public synchronized Amount outStrength(PartyId party, Interval season) {
    flush();
    int[] at = cell(party, season);
    return at == null ? Amount.ZERO : Amount.ofMicros(tables.seasonOut(at[0], at[1]));
  }

  /**
   * What a party received in a season.
   *
   * @param party the party
   * @param season a season of the rule's cadence
   * @return the in-strength; zero for a party or season without counted flows
   * @throws NullPointerException if an argument is null
   */
  public synchronized Amount inStrength(PartyId party, Interval season) {
    flush();
    int[] at = cell(party, season);
    return at == null ? Amount.ZERO : Amount.ofMicros(tables.seasonIn(at[0], at[1]));
  }

  private int @Nullable [] cell(PartyId party, Interval season) {
    int p = partyIndex.get(Objects.requireNonNull(party, "party"));
    Instant start = Objects.requireNonNull(season, "season").start();
    int k = lastStartedBy(start);
    return p < 0 || k < 0 || !sorted[k].start().equals(start) ? null : new int[] {p, seasonIds[k]};
  }

  @Override
  public synchronized String toString() {
    flush();
    return "RunningFigures[" + tables.flowCount() + " flows, " + parties.size() + " parties]";
  }
}
