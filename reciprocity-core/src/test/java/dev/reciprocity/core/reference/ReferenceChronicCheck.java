package dev.reciprocity.core.reference;

import com.google.common.base.Suppliers;
import dev.reciprocity.Amount;
import dev.reciprocity.Evidence;
import dev.reciprocity.Finding;
import dev.reciprocity.FindingType;
import dev.reciprocity.Flow;
import dev.reciprocity.FlowKind;
import dev.reciprocity.Interval;
import dev.reciprocity.PartyId;
import dev.reciprocity.PartyScore;
import dev.reciprocity.ReciprocityRule;
import dev.reciprocity.SeasonScores;
import dev.reciprocity.SeasonalScores;
import dev.reciprocity.Severity;
import dev.reciprocity.ToleranceBand;
import dev.reciprocity.spi.BalanceCheck;
import dev.reciprocity.spi.FlowColumns;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * Chronic giver and chronic receiver; see {@code BalanceChecks.chronicImbalance}. Makes findings
 * with structured data only; {@link EnglishFindingFormatter} words them.
 */
/**
 * The chronic imbalance check as it was written over {@link Flow} objects, before the columnar data
 * path: kept in test code as the reference the fast path is held to.
 */
public final class ReferenceChronicCheck implements BalanceCheck {

  /** Most severe first, then latest, then by subject. */
  static final Comparator<Finding> FINDING_ORDER =
      Comparator.comparing(Finding::severity)
          .reversed()
          .thenComparing(f -> f.period().end(), Comparator.reverseOrder())
          .thenComparing(Finding::subject)
          .thenComparing(Finding::type);

  private final ReciprocityRule rule;

  public ReferenceChronicCheck(ReciprocityRule rule) {
    this.rule = Objects.requireNonNull(rule, "rule");
  }

  @Override
  public List<Finding> check(FlowColumns columns, Instant asOf) {
    return check(columns.flows(), asOf);
  }

  /** The check over flow objects. */
  public List<Finding> check(Collection<Flow> flows, Instant asOf) {
    Objects.requireNonNull(flows, "flows");
    Objects.requireNonNull(asOf, "asOf");
    SeasonalScores seasonal = dev.reciprocity.core.Strategies.seasonal(rule).score(flows);
    List<SeasonScores> all = seasonal.seasons();
    if (all.isEmpty()) {
      return List.of();
    }
    // seasons not over by asOf are not judged
    List<SeasonScores> seasons = new ArrayList<>();
    for (SeasonScores s : all) {
      if (!s.season().end().isAfter(asOf)) {
        seasons.add(s);
      }
    }
    if (seasons.isEmpty()) {
      return List.of();
    }
    // the last season judged: the last season with flows, or the last complete one by asOf when
    // flows run past it (the quiet seasons in between end every streak)
    Interval lastOccupied = all.get(all.size() - 1).season();
    Interval lastJudged =
        lastOccupied.end().isAfter(asOf) ? rule.cadence().lastCompleteSeason(asOf) : lastOccupied;
    String unit =
        flows.stream()
            .filter(rule::applies)
            .findFirst()
            .map(f -> f.kind().unit())
            .orElse(FlowKind.DEFAULT_UNIT);

    TreeSet<PartyId> parties = new TreeSet<>();
    List<Map<PartyId, PartyScore>> bySeason = new ArrayList<>();
    for (SeasonScores s : seasons) {
      Map<PartyId, PartyScore> m = new HashMap<>();
      for (PartyScore p : s.scores().parties()) {
        m.put(p.party(), p);
        parties.add(p.party());
      }
      bySeason.add(m);
    }
    // each party's scored flows, indexed once and only if a finding needs them for its suggestion
    Supplier<Map<PartyId, List<Flow>>> flowsByParty =
        Suppliers.memoize(
            () -> {
              Map<PartyId, List<Flow>> index = new HashMap<>();
              for (Flow fl : flows) {
                if (rule.applies(fl)) {
                  index.computeIfAbsent(fl.giver(), p -> new ArrayList<>()).add(fl);
                  index.computeIfAbsent(fl.receiver(), p -> new ArrayList<>()).add(fl);
                }
              }
              return index;
            });
    Emitter emitter = new Emitter(seasons, bySeason, lastJudged, unit, flowsByParty);
    ToleranceBand band = rule.toleranceBand();
    for (PartyId party : parties) {
      int giverStart = -1;
      int receiverStart = -1;
      for (int i = 0; i <= seasons.size(); i++) {
        PartyScore score = i < seasons.size() ? bySeason.get(i).get(party) : null;
        // a quiet season (no flow at all) between two seasons ends every streak
        boolean gap =
            i > 0
                && i < seasons.size()
                && !seasons.get(i - 1).season().end().equals(seasons.get(i).season().start());
        if (gap) {
          if (giverStart >= 0) {
            emitter.emit(FindingType.CHRONIC_GIVER, party, giverStart, i);
            giverStart = -1;
          }
          if (receiverStart >= 0) {
            emitter.emit(FindingType.CHRONIC_RECEIVER, party, receiverStart, i);
            receiverStart = -1;
          }
        }
        boolean judged =
            score != null
                && score.activity().compareTo(rule.minimumActivity()) >= 0
                && !score.activity().isZero();
        boolean above = judged && band.isAbove(score.giveShare());
        boolean below = judged && band.isBelow(score.giveShare());
        if (above && giverStart < 0) {
          giverStart = i;
        } else if (!above && giverStart >= 0) {
          emitter.emit(FindingType.CHRONIC_GIVER, party, giverStart, i);
          giverStart = -1;
        }
        if (below && receiverStart < 0) {
          receiverStart = i;
        } else if (!below && receiverStart >= 0) {
          emitter.emit(FindingType.CHRONIC_RECEIVER, party, receiverStart, i);
          receiverStart = -1;
        }
      }
    }
    List<Finding> findings = emitter.findings;
    findings.sort(FINDING_ORDER);
    return findings;
  }

  /**
   * An ongoing streak (one that reaches the last season judged) is a {@code WARNING}, or an {@code
   * ALERT} from {@code 2k} seasons on; a streak that has ended is a {@code NOTICE}.
   */
  static Severity severity(int length, int k, boolean ended) {
    if (ended) {
      return Severity.NOTICE;
    }
    return length >= 2 * k ? Severity.ALERT : Severity.WARNING;
  }

  /** Makes the finding of one streak. */
  private final class Emitter {
    final List<SeasonScores> seasons;
    final List<Map<PartyId, PartyScore>> bySeason;
    final Interval lastJudged;
    final String unit;
    final Supplier<Map<PartyId, List<Flow>>> flowsByParty;
    final List<Finding> findings = new ArrayList<>();

    Emitter(
        List<SeasonScores> seasons,
        List<Map<PartyId, PartyScore>> bySeason,
        Interval lastJudged,
        String unit,
        Supplier<Map<PartyId, List<Flow>>> flowsByParty) {
      this.seasons = seasons;
      this.bySeason = bySeason;
      this.lastJudged = lastJudged;
      this.unit = unit;
      this.flowsByParty = flowsByParty;
    }

    /** The streak of seasons {@code [from, to)} of {@code party}. */
    void emit(FindingType type, PartyId party, int from, int to) {
      int n = to - from;
      int k = rule.consecutiveSeasons();
      if (n < k) {
        return;
      }
      Interval first = seasons.get(from).season();
      Interval last = seasons.get(to - 1).season();
      Interval span =
          Interval.of(
              first.start(),
              last.end(),
              n == 1 ? first.label() : first.label() + " to " + last.label());
      boolean ended = !last.equals(lastJudged);
      Finding.Builder f =
          Finding.builder().type(type).subject(party).period(span).severity(severity(n, k, ended));
      long given = 0;
      long received = 0;
      for (int i = from; i < to; i++) {
        PartyScore s = bySeason.get(i).get(party);
        Interval season = seasons.get(i).season();
        given += s.outStrength().micros();
        received += s.inStrength().micros();
        f.addEvidence(Evidence.share(Evidence.GIVE_SHARE, s.giveShare(), season));
        f.addEvidence(Evidence.amount(Evidence.OUT_STRENGTH, s.outStrength(), unit, season));
        f.addEvidence(Evidence.amount(Evidence.IN_STRENGTH, s.inStrength(), unit, season));
      }
      suggest(
          f,
          type.equals(FindingType.CHRONIC_GIVER),
          party,
          span,
          Amount.ofMicros(given),
          Amount.ofMicros(received),
          unit,
          flowsByParty.get().getOrDefault(party, List.of()));
      ToleranceBand band = rule.toleranceBand();
      f.addEvidence(Evidence.share(Evidence.TOLERANCE_LOW, band.low(), null));
      f.addEvidence(Evidence.share(Evidence.TOLERANCE_HIGH, band.high(), null));
      findings.add(f.build());
    }
  }

  /**
   * Names the partner with the most one-sided exchange in the direction of the imbalance, adds the
   * exchange with that partner to the evidence, and sets the counterpart, the exchange by kind and
   * the shortfall.
   */
  private void suggest(
      Finding.Builder f,
      boolean giver,
      PartyId party,
      Interval span,
      Amount out,
      Amount in,
      String unit,
      List<Flow> partyFlows) {
    // per partner: what the party gave them, what they gave the party, and the kinds of each way
    Map<PartyId, long[]> partners = new TreeMap<>();
    Map<PartyId, Map<FlowKind, Long>> kindsToParty = new HashMap<>();
    Map<PartyId, Map<FlowKind, Long>> kindsFromParty = new HashMap<>();
    for (Flow fl : partyFlows) {
      if (!span.contains(fl.instant())) {
        continue;
      }
      if (fl.giver().equals(party)) {
        partners.computeIfAbsent(fl.receiver(), p -> new long[2])[0] += fl.amount().micros();
        kindsFromParty
            .computeIfAbsent(fl.receiver(), p -> new TreeMap<>())
            .merge(fl.kind(), fl.amount().micros(), Long::sum);
      } else if (fl.receiver().equals(party)) {
        partners.computeIfAbsent(fl.giver(), p -> new long[2])[1] += fl.amount().micros();
        kindsToParty
            .computeIfAbsent(fl.giver(), p -> new TreeMap<>())
            .merge(fl.kind(), fl.amount().micros(), Long::sum);
      }
    }
    // the most one-sided partner in the direction of the imbalance
    PartyId partner = null;
    long best = Long.MIN_VALUE;
    for (Map.Entry<PartyId, long[]> e : partners.entrySet()) {
      long gap = giver ? e.getValue()[0] - e.getValue()[1] : e.getValue()[1] - e.getValue()[0];
      if (gap > best) {
        best = gap;
        partner = e.getKey();
      }
    }
    if (partner == null) {
      return;
    }
    long[] exchange = partners.get(partner);
    f.counterpart(partner);
    f.addEvidence(exchange(Evidence.GIVEN_TO_COUNTERPART, exchange[0], unit, span, partner));
    f.addEvidence(exchange(Evidence.RECEIVED_FROM_COUNTERPART, exchange[1], unit, span, partner));
    Map<FlowKind, Long> kinds =
        (giver ? kindsFromParty : kindsToParty).getOrDefault(partner, Map.of());
    kinds.forEach((kind, micros) -> f.putExchangeByKind(kind, Amount.ofMicros(micros)));
    ToleranceBand band = rule.toleranceBand();
    BigDecimal needed;
    if (giver) {
      // received r' needed so that out / (out + r') <= high
      needed =
          band.high() == 0
              ? null
              : shortfall(
                  out,
                  BigDecimal.ONE.subtract(BigDecimal.valueOf(band.high())),
                  BigDecimal.valueOf(band.high()),
                  in);
    } else {
      // given g' needed so that g' / (g' + in) >= low
      needed =
          band.low() >= 1
              ? null
              : shortfall(
                  in,
                  BigDecimal.valueOf(band.low()),
                  BigDecimal.ONE.subtract(BigDecimal.valueOf(band.low())),
                  out);
    }
    f.shortfall(toAmount(needed));
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

  /** {@code max(0, ceil(x * num / den - have))}, in whole units. */
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
