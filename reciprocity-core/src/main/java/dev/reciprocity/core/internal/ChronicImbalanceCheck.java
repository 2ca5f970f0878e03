package dev.reciprocity.core.internal;

import dev.reciprocity.Amount;
import dev.reciprocity.Evidence;
import dev.reciprocity.Finding;
import dev.reciprocity.FindingType;
import dev.reciprocity.FlowKind;
import dev.reciprocity.Interval;
import dev.reciprocity.PartyId;
import dev.reciprocity.ReciprocityRule;
import dev.reciprocity.Severity;
import dev.reciprocity.ToleranceBand;
import dev.reciprocity.spi.BalanceCheck;
import dev.reciprocity.spi.FlowColumns;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * Chronic giver and chronic receiver; see {@code BalanceChecks.chronicImbalance}. Makes findings
 * with structured data only; {@link EnglishFindingFormatter} words them.
 */
final class ChronicImbalanceCheck implements BalanceCheck {

  /**
   * Most severe first, then latest, then by subject and type; then, for findings of one subject and
   * type (a hero of two kinds), by start, kinds and counterpart: a total order, so that every
   * implementation of the columns gives the same list.
   */
  static final Comparator<Finding> FINDING_ORDER =
      Comparator.comparing(Finding::severity)
          .reversed()
          .thenComparing(f -> f.period().end(), Comparator.reverseOrder())
          .thenComparing(Finding::subject)
          .thenComparing(Finding::type)
          .thenComparing(f -> f.period().start())
          .thenComparing(f -> f.exchangeByKind().keySet().toString())
          .thenComparing(f -> f.counterpart().map(c -> c.value()).orElse(""));

  private final ReciprocityRule rule;
  private final int gatherLimit;

  ChronicImbalanceCheck(ReciprocityRule rule) {
    this(rule, Partners.GATHER_LIMIT);
  }

  /** With the suggestion partners gathered in batches of at most {@code gatherLimit} exchanges. */
  ChronicImbalanceCheck(ReciprocityRule rule, int gatherLimit) {
    this.rule = Objects.requireNonNull(rule, "rule");
    this.gatherLimit = gatherLimit;
  }

  @Override
  public List<Finding> check(FlowColumns flows, Instant asOf) {
    return check(flows, asOf, (Interval) null);
  }

  /**
   * The check; with {@code overlapping}, only the findings whose span overlaps it are made (the
   * others cost no suggestion), as the depletion-churn check asks for the recent streaks only.
   */
  List<Finding> check(FlowColumns flows, Instant asOf, @Nullable Interval overlapping) {
    Objects.requireNonNull(flows, "flows");
    Objects.requireNonNull(asOf, "asOf");
    FlowColumns kept = flows.ofKinds(rule.kinds());
    if (kept instanceof SelectionColumns engine) {
      // the engine's own view: its seasons and sums are shared with the review's other readers
      return check(state(engine, asOf), asOf, overlapping);
    }
    // a view of another implementation: read its flows into columns once
    return check(FlowSelections.of(kept.flows(), rule::applies), asOf, overlapping);
  }

  /** The check over columns: one pass for the seasons, one for the sums, two for suggestions. */
  List<Finding> check(FlowSelection selection, Instant asOf) {
    return check(selection, asOf, null);
  }

  /**
   * The check over columns; with {@code overlapping}, only the findings whose span overlaps it (the
   * rest are never made).
   */
  List<Finding> check(FlowSelection selection, Instant asOf, @Nullable Interval overlapping) {
    return check(state(selection, asOf), asOf, overlapping);
  }

  /** Judges a state made as of {@code asOf}; no finding for a null state. */
  List<Finding> check(@Nullable State state, Instant asOf, @Nullable Interval overlapping) {
    return state == null
        ? List.of()
        : judge(state, state.seasons.occupied.size(), state.judged, asOf, overlapping);
  }

  /**
   * What the check computes over a selection before it judges: each row's season, and each party's
   * strengths in the seasons over by {@code asOf}.
   */
  static final class State {
    final FlowSelection selection;
    final boolean @Nullable [] mask;
    final Seasons seasons;
    final int judged;
    final SeasonSums sums;
    final String unit;
    final Instant asOf;

    State(
        FlowSelection selection,
        boolean @Nullable [] mask,
        Seasons seasons,
        int judged,
        SeasonSums sums,
        String unit,
        Instant asOf) {
      this.selection = selection;
      this.mask = mask;
      this.seasons = seasons;
      this.judged = judged;
      this.sums = sums;
      this.unit = unit;
      this.asOf = asOf;
    }
  }

  /** The state over the engine's view, from its seasons and sums (computed once per view). */
  private @Nullable State state(SelectionColumns view, Instant asOf) {
    FlowSelection selection = view.selection();
    SelectionColumns.SeasonView seasons =
        (SelectionColumns.SeasonView) view.seasons(rule.cadence());
    List<Interval> all = seasons.of.occupied;
    int judged = 0;
    while (judged < all.size() && !all.get(judged).end().isAfter(asOf)) {
      judged++;
    }
    if (judged == 0) {
      return null;
    }
    FlowTable t = selection.table;
    String unit = t.kind(t.kindOf(selection.row(0))).unit();
    return new State(selection, null, seasons.of, judged, seasons.sums, unit, asOf);
  }

  /** The state over a selection as of {@code asOf}; null when no season is over by then. */
  @Nullable State state(FlowSelection selection, Instant asOf) {
    boolean[] mask = rule.kinds().isEmpty() ? null : selection.kindMask(rule.kinds());
    Portfolio.checkOneUnit(selection, mask);
    Seasons seasons = Seasons.of(selection, mask, rule.cadence());
    List<Interval> all = seasons.occupied;
    // seasons not over by asOf are not judged; they come last in time order
    int judged = 0;
    while (judged < all.size() && !all.get(judged).end().isAfter(asOf)) {
      judged++;
    }
    if (judged == 0) {
      return null;
    }
    FlowTable t = selection.table;
    String unit = FlowKind.DEFAULT_UNIT;
    for (int i = 0; i < selection.size(); i++) {
      int k = t.kindOf(selection.row(i));
      if (mask == null || mask[k]) {
        unit = t.kind(k).unit();
        break;
      }
    }
    return new State(
        selection, mask, seasons, judged, SeasonSums.of(selection, seasons, judged), unit, asOf);
  }

  /**
   * Judges the first {@code judged} of the state's first {@code occupied} occupied seasons (the
   * seasons of the rows checked): finds the streaks, their partners and the findings.
   */
  private List<Finding> judge(
      State state, int occupied, int judged, Instant asOf, @Nullable Interval overlapping) {
    List<Interval> all = state.seasons.occupied.subList(0, occupied);
    // the last season judged: the last season with flows, or the last complete one by asOf when
    // flows run past it (the quiet seasons in between end every streak)
    Interval lastOccupied = all.get(all.size() - 1);
    Interval lastJudged =
        lastOccupied.end().isAfter(asOf) ? rule.cadence().lastCompleteSeason(asOf) : lastOccupied;
    FlowTable t = state.selection.table;
    List<Interval> seasonList = all.subList(0, judged);
    boolean[] gap = new boolean[judged];
    for (int i = 1; i < judged; i++) {
      gap[i] = !seasonList.get(i - 1).end().equals(seasonList.get(i).start());
    }
    List<Streak> streaks = new ArrayList<>();
    state.sums.forEachParty(
        judged,
        (party, ss, outs, ins, count) -> streaks(party, ss, outs, ins, count, gap, streaks));
    if (overlapping != null) {
      streaks.removeIf(
          s ->
              !seasonList.get(s.from).start().isBefore(overlapping.end())
                  || !seasonList.get(s.to - 1).end().isAfter(overlapping.start()));
    }
    if (streaks.isEmpty()) {
      return List.of();
    }
    Partners partners =
        Partners.of(state.selection, state.seasons.seasonOf, judged, streaks, gatherLimit);
    List<Finding> findings = new ArrayList<>(streaks.size());
    for (int f = 0; f < streaks.size(); f++) {
      findings.add(finding(streaks.get(f), partners, f, t, seasonList, lastJudged, state.unit));
    }
    findings.sort(FINDING_ORDER);
    return findings;
  }

  /** A run of at least k seasons outside the band, with the party's strengths in each. */
  static final class Streak {
    final boolean giver;
    final int party;
    final int from;
    final int to;
    final long[] outs;
    final long[] ins;

    Streak(boolean giver, int party, int from, int to, long[] outs, long[] ins) {
      this.giver = giver;
      this.party = party;
      this.from = from;
      this.to = to;
      this.outs = outs;
      this.ins = ins;
    }
  }

  /**
   * Finds the party's streaks: runs of consecutive judged seasons, with no quiet season between
   * them, in which the give share lies above (giver) or below (receiver) the tolerance band.
   */
  private void streaks(
      int party,
      int[] ss,
      long[] outs,
      long[] ins,
      int count,
      boolean[] gap,
      List<Streak> streaks) {
    ToleranceBand band = rule.toleranceBand();
    long minimum = rule.minimumActivity().micros();
    for (int type = 0; type < 2; type++) {
      boolean giver = type == 0;
      int start = -1;
      for (int e = 0; e <= count; e++) {
        boolean qualifies = false;
        if (e < count) {
          long activity = outs[e] + ins[e];
          if (activity >= minimum && activity != 0) {
            double share = (double) outs[e] / (double) activity;
            qualifies = giver ? band.isAbove(share) : band.isBelow(share);
          }
        }
        boolean continues = qualifies && start >= 0 && ss[e] == ss[e - 1] + 1 && !gap[ss[e]];
        if (start >= 0 && !continues) {
          emit(giver, party, ss, outs, ins, start, e, streaks);
          start = -1;
        }
        if (qualifies && start < 0) {
          start = e;
        }
      }
    }
  }

  private void emit(
      boolean giver,
      int party,
      int[] ss,
      long[] outs,
      long[] ins,
      int start,
      int end,
      List<Streak> streaks) {
    int n = end - start;
    if (n < rule.consecutiveSeasons()) {
      return;
    }
    streaks.add(
        new Streak(
            giver,
            party,
            ss[start],
            ss[end - 1] + 1,
            Arrays.copyOfRange(outs, start, end),
            Arrays.copyOfRange(ins, start, end)));
  }

  private Finding finding(
      Streak s,
      Partners partners,
      int index,
      FlowTable t,
      List<Interval> seasons,
      Interval lastJudged,
      String unit) {
    int n = s.to - s.from;
    int k = rule.consecutiveSeasons();
    Interval first = seasons.get(s.from);
    Interval last = seasons.get(s.to - 1);
    Interval span =
        Interval.of(
            first.start(),
            last.end(),
            n == 1 ? first.label() : first.label() + " to " + last.label());
    boolean ended = !last.equals(lastJudged);
    FindingType type = s.giver ? FindingType.CHRONIC_GIVER : FindingType.CHRONIC_RECEIVER;
    Finding.Builder f =
        Finding.builder()
            .type(type)
            .subject(t.party(s.party))
            .period(span)
            .severity(severity(n, k, ended));
    long given = 0;
    long received = 0;
    for (int i = 0; i < n; i++) {
      Interval season = seasons.get(s.from + i);
      long out = s.outs[i];
      long in = s.ins[i];
      given += out;
      received += in;
      f.addEvidence(
          Evidence.share(Evidence.GIVE_SHARE, (double) out / (double) (out + in), season));
      f.addEvidence(Evidence.amount(Evidence.OUT_STRENGTH, Amount.ofMicros(out), unit, season));
      f.addEvidence(Evidence.amount(Evidence.IN_STRENGTH, Amount.ofMicros(in), unit, season));
    }
    int partner = partners.partner[index];
    if (partner >= 0) {
      PartyId counterpart = t.party(partner);
      f.counterpart(counterpart);
      f.addEvidence(
          exchange(Evidence.GIVEN_TO_COUNTERPART, partners.given[index], unit, span, counterpart));
      f.addEvidence(
          exchange(
              Evidence.RECEIVED_FROM_COUNTERPART,
              partners.received[index],
              unit,
              span,
              counterpart));
      long[] kinds = partners.kinds[index];
      TreeMap<FlowKind, Long> byKind = new TreeMap<>();
      boolean[] seen = partners.kindSeen[index];
      for (int kind = 0; kind < kinds.length; kind++) {
        if (seen[kind]) {
          byKind.put(t.kind(kind), kinds[kind]);
        }
      }
      byKind.forEach((kind, micros) -> f.putExchangeByKind(kind, Amount.ofMicros(micros)));
      f.shortfall(toAmount(shortfall(s.giver, Amount.ofMicros(given), Amount.ofMicros(received))));
    }
    ToleranceBand band = rule.toleranceBand();
    f.addEvidence(Evidence.share(Evidence.TOLERANCE_LOW, band.low(), null));
    f.addEvidence(Evidence.share(Evidence.TOLERANCE_HIGH, band.high(), null));
    return f.build();
  }

  static Severity severity(int length, int k, boolean ended) {
    if (ended) {
      return Severity.NOTICE;
    }
    return length >= 2 * k ? Severity.ALERT : Severity.WARNING;
  }

  /** What the party would need to receive (giver) or give (receiver) to reach the band. */
  private @Nullable BigDecimal shortfall(boolean giver, Amount out, Amount in) {
    ToleranceBand band = rule.toleranceBand();
    if (giver) {
      // received r' needed so that out / (out + r') <= high
      return band.high() == 0
          ? null
          : shortfall(
              out,
              BigDecimal.ONE.subtract(BigDecimal.valueOf(band.high())),
              BigDecimal.valueOf(band.high()),
              in);
    }
    // given g' needed so that g' / (g' + in) >= low
    return band.low() >= 1
        ? null
        : shortfall(
            in,
            BigDecimal.valueOf(band.low()),
            BigDecimal.ONE.subtract(BigDecimal.valueOf(band.low())),
            out);
  }

  private static Evidence exchange(
      String measure, long micros, String unit, Interval span, PartyId partner) {
    Amount amount = Amount.ofMicros(micros);
    return Evidence.builder()
        .measure(measure)
        .unit(unit)
        .value(amount.doubleValue())
        .amount(amount)
        .period(span)
        .counterpart(partner)
        .build();
  }

  /**
   * {@code max(0, ceil(x * num / den - have))}: the least whole amount, computed exactly (the
   * difference is rounded up, not the target alone, so that a fractional {@code have} still gives
   * whole units, as {@link Finding#shortfall()} documents).
   */
  private static BigDecimal shortfall(Amount x, BigDecimal num, BigDecimal den, Amount have) {
    return x.toBigDecimal()
        .multiply(num)
        .subtract(have.toBigDecimal().multiply(den))
        .divide(den, 0, RoundingMode.CEILING)
        .max(BigDecimal.ZERO);
  }

  /** The amount, or empty when there is none or it lies beyond the range of an amount. */
  private static Optional<Amount> toAmount(@Nullable BigDecimal value) {
    if (value == null || value.compareTo(Amount.MAX.toBigDecimal()) > 0) {
      return Optional.empty();
    }
    return Optional.of(Amount.of(value));
  }
}
