package dev.reciprocity.core.internal;

import com.google.common.base.Suppliers;
import dev.reciprocity.Amount;
import dev.reciprocity.Cadence;
import dev.reciprocity.Evidence;
import dev.reciprocity.Finding;
import dev.reciprocity.FindingType;
import dev.reciprocity.Flow;
import dev.reciprocity.FlowKind;
import dev.reciprocity.PartyId;
import dev.reciprocity.PartyScore;
import dev.reciprocity.Interval;
import dev.reciprocity.ReciprocityRule;
import dev.reciprocity.SeasonScores;
import dev.reciprocity.SeasonalScores;
import dev.reciprocity.Severity;
import dev.reciprocity.ToleranceBand;
import dev.reciprocity.spi.BalanceCheck;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/** Chronic giver and chronic receiver; see {@code BalanceChecks.chronicImbalance}. */
public final class ChronicImbalanceCheck implements BalanceCheck {

  /** Most severe first, then latest, then by subject. */
  private static final Comparator<Finding> FINDING_ORDER =
      Comparator.comparing(Finding::severity).reversed()
          .thenComparing(f -> f.period().end(), Comparator.reverseOrder())
          .thenComparing(Finding::subject)
          .thenComparing(Finding::type);

  private final ReciprocityRule rule;
  private final Optional<Instant> asOf;

  /**
   * Creates the check.
   *
   * @param rule the rule
   * @param asOf when present, seasons that end after it are not judged: they are not over yet
   */
  public ChronicImbalanceCheck(ReciprocityRule rule, Optional<Instant> asOf) {
    this.rule = rule;
    this.asOf = asOf;
  }

  @Override
  public List<Finding> check(Collection<Flow> flows) {
    SeasonalScores seasonal = new SeasonalStrategy(rule).score(flows);
    List<SeasonScores> seasons = seasonal.seasons().stream()
        .filter(s -> asOf.map(t -> !s.season().end().isAfter(t)).orElse(true))
        .collect(Collectors.toList());
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
    Supplier<Map<PartyId, List<Flow>>> flowsByParty = Suppliers.memoize(() -> {
      Map<PartyId, List<Flow>> index = new HashMap<>();
      for (Flow fl : flows) {
        if (rule.applies(fl)) {
          index.computeIfAbsent(fl.giver(), p -> new ArrayList<>()).add(fl);
          index.computeIfAbsent(fl.receiver(), p -> new ArrayList<>()).add(fl);
        }
      }
      return index;
    });
    ToleranceBand band = rule.toleranceBand();
    List<Finding> findings = new ArrayList<>();
    for (PartyId party : parties) {
      int giverStart = -1;
      int receiverStart = -1;
      for (int i = 0; i <= seasons.size(); i++) {
        PartyScore score = i < seasons.size() ? bySeason.get(i).get(party) : null;
        boolean judged = score != null && score.activity().compareTo(rule.minimumActivity()) >= 0
            && !score.activity().isZero();
        boolean above = judged && score.giveShare() > band.high();
        boolean below = judged && score.giveShare() < band.low();
        if (above && giverStart < 0) {
          giverStart = i;
        } else if (!above && giverStart >= 0) {
          emit(findings, FindingType.CHRONIC_GIVER, party, seasons, bySeason, giverStart, i, flowsByParty);
          giverStart = -1;
        }
        if (below && receiverStart < 0) {
          receiverStart = i;
        } else if (!below && receiverStart >= 0) {
          emit(findings, FindingType.CHRONIC_RECEIVER, party, seasons, bySeason, receiverStart, i, flowsByParty);
          receiverStart = -1;
        }
      }
    }
    findings.sort(FINDING_ORDER);
    return findings;
  }

  private void emit(List<Finding> findings, FindingType type, PartyId party,
      List<SeasonScores> seasons, List<Map<PartyId, PartyScore>> bySeason,
      int from, int to, Supplier<Map<PartyId, List<Flow>>> flowsByParty) {
    int n = to - from;
    int k = rule.consecutiveSeasons();
    if (n < k) {
      return;
    }
    Interval first = seasons.get(from).season();
    Interval last = seasons.get(to - 1).season();
    Interval span = Interval.of(first.start(), last.end(),
        n == 1 ? first.label() : first.label() + " to " + last.label());
    boolean ended = to < seasons.size();
    Finding.Builder f = Finding.builder()
        .type(type)
        .subject(party)
        .period(span)
        .severity(severity(n, k, ended));
    long given = 0;
    long received = 0;
    for (int i = from; i < to; i++) {
      PartyScore s = bySeason.get(i).get(party);
      Interval season = seasons.get(i).season();
      given += s.outStrength().micros();
      received += s.inStrength().micros();
      f.addEvidence(evidence("give share", s.giveShare(), season));
      f.addEvidence(evidence("out-strength", s.outStrength().doubleValue(), season));
      f.addEvidence(evidence("in-strength", s.inStrength().doubleValue(), season));
    }
    Amount out = Amount.ofMicros(given);
    Amount in = Amount.ofMicros(received);
    String unit = seasonNoun(rule.cadence(), n);
    ToleranceBand band = rule.toleranceBand();
    boolean giver = type == FindingType.CHRONIC_GIVER;
    f.summary(String.format(Locale.ROOT,
        "%s %s in %d consecutive %s (%s): gave %s and received %s, a give share of %.2f against a"
            + " tolerance band of [%.2f, %.2f].%s",
        party, giver ? "gave far more than they received" : "received far more than they gave",
        n, unit, span.label(), out, in, (double) given / (given + received), band.low(), band.high(),
        ended ? " The streak ended with " + last.label() + "." : ""));
    suggest(f, giver, party, span, out, in, ended ? "if the imbalance returns" : "this season",
        flowsByParty.get().getOrDefault(party, List.of()));
    findings.add(f.build());
  }

  /**
   * An ongoing streak (one that reaches the last season judged) is a {@code WARNING}, or an
   * {@code ALERT} from {@code 2k} seasons on; a streak that has ended is a {@code NOTICE}.
   */
  static Severity severity(int length, int k, boolean ended) {
    if (ended) {
      return Severity.NOTICE;
    }
    return length >= 2 * k ? Severity.ALERT : Severity.WARNING;
  }

  private static Evidence evidence(String measure, double value, Interval season) {
    return Evidence.builder().measure(measure).value(value).period(season).build();
  }

  /**
   * Names the partner with the most one-sided exchange in the direction of the imbalance, adds
   * the exchange with that partner to the evidence, and sets the suggestion.
   */
  private void suggest(Finding.Builder f, boolean giver, PartyId party, Interval span, Amount out,
      Amount in, String when, List<Flow> partyFlows) {
    // per partner: what the party gave them, what they gave the party, and the kinds of each way
    Map<PartyId, long[]> partners = new TreeMap<>();
    Map<PartyId, Map<String, Long>> kindsToParty = new HashMap<>();
    Map<PartyId, Map<String, Long>> kindsFromParty = new HashMap<>();
    for (Flow fl : partyFlows) {
      if (!span.contains(fl.instant())) {
        continue;
      }
      if (fl.giver().equals(party)) {
        partners.computeIfAbsent(fl.receiver(), p -> new long[2])[0] += fl.amount().micros();
        kindsFromParty.computeIfAbsent(fl.receiver(), p -> new TreeMap<>())
            .merge(kindName(fl.kind()), fl.amount().micros(), Long::sum);
      } else if (fl.receiver().equals(party)) {
        partners.computeIfAbsent(fl.giver(), p -> new long[2])[1] += fl.amount().micros();
        kindsToParty.computeIfAbsent(fl.giver(), p -> new TreeMap<>())
            .merge(kindName(fl.kind()), fl.amount().micros(), Long::sum);
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
    long[] exchange = partners.get(partner);
    f.addEvidence(Evidence.builder().measure("given to counterpart").value(Amount.ofMicros(exchange[0]).doubleValue())
        .period(span).counterpart(partner).build());
    f.addEvidence(Evidence.builder().measure("received from counterpart").value(Amount.ofMicros(exchange[1]).doubleValue())
        .period(span).counterpart(partner).build());
    ToleranceBand band = rule.toleranceBand();
    if (giver) {
      // received r' needed so that out / (out + r') <= high
      BigDecimal needed = band.high() == 0 ? null
          : shortfall(out, BigDecimal.ONE.subtract(BigDecimal.valueOf(band.high())),
              BigDecimal.valueOf(band.high()), in);
      Map<String, Long> kinds = kindsFromParty.getOrDefault(partner, Map.of());
      f.suggestion(String.format(Locale.ROOT,
          "Ask %s, who received %s from %s in %s (%s) and returned %s, to give %s something back"
              + " %s, and share %s's %s load with others; %s would need"
              + " about %s more received to be inside the band.",
          partner, Amount.ofMicros(exchange[0]), party, span.label(), describe(kinds), Amount.ofMicros(exchange[1]),
          party, when, party, topKind(kinds), party, needed == null ? "n/a" : needed.toPlainString()));
      return;
    }
    // given g' needed so that g' / (g' + in) >= low
    BigDecimal needed = band.low() >= 1 ? null
        : shortfall(in, BigDecimal.valueOf(band.low()),
            BigDecimal.ONE.subtract(BigDecimal.valueOf(band.low())), out);
    Map<String, Long> kinds = kindsToParty.getOrDefault(partner, Map.of());
    f.suggestion(String.format(Locale.ROOT,
        "Invite %s to give %s something back %s: %s gave %s %s in %s (%s) and received %s"
            + " in return. Make declining safe, since a chronic receiver may feel obligated; %s would"
            + " need to give about %s more to be inside the band.",
        party, partner, when, partner, party, Amount.ofMicros(exchange[1]), span.label(), describe(kinds),
        Amount.ofMicros(exchange[0]), party, needed == null ? "n/a" : needed.toPlainString()));
  }

  /** {@code max(0, ceil(x * num / den) - have)}, in whole units. */
  private static BigDecimal shortfall(Amount x, BigDecimal num, BigDecimal den, Amount have) {
    return x.toBigDecimal().multiply(num).divide(den, 12, RoundingMode.HALF_EVEN)
        .setScale(0, RoundingMode.CEILING).subtract(have.toBigDecimal()).max(BigDecimal.ZERO);
  }

  private static String kindName(FlowKind kind) {
    return FlowKind.DEFAULT_UNIT.equals(kind.unit()) ? kind.name() : kind.name() + " (" + kind.unit() + ")";
  }

  private static String topKind(Map<String, Long> kinds) {
    return kinds.entrySet().stream()
        .max(Map.Entry.<String, Long>comparingByValue().thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder())))
        .map(Map.Entry::getKey).orElse("contribution");
  }

  private static String describe(Map<String, Long> kinds) {
    return kinds.entrySet().stream()
        .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
        .map(e -> e.getKey() + " " + Amount.ofMicros(e.getValue()))
        .collect(Collectors.joining(", "));
  }

  private static String seasonNoun(Cadence cadence, int n) {
    String one = switch (cadence.unit()) {
      case MONTH -> "month";
      case QUARTER -> "quarter";
      case YEAR -> "year";
      case ISO_WEEK -> "week";
      case CUSTOM -> "season";
    };
    return n == 1 ? one : one + "s";
  }
}
