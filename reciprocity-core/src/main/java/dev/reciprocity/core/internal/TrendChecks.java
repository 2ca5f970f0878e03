package dev.reciprocity.core.internal;

import dev.reciprocity.Agreement;
import dev.reciprocity.Amount;
import dev.reciprocity.Evidence;
import dev.reciprocity.Finding;
import dev.reciprocity.FindingType;
import dev.reciprocity.Interval;
import dev.reciprocity.PartyId;
import dev.reciprocity.ReciprocityRule;
import dev.reciprocity.Severity;
import dev.reciprocity.spi.BalanceCheck;
import dev.reciprocity.spi.FlowColumns;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * The checks of a trend over seasons: disguised extraction (totals grow while a party is drained),
 * silent accumulation (what one party owes another grows with nobody acting) and depletion churn (a
 * chronic giver who stops); see the factories of {@code BalanceChecks}.
 */
final class TrendChecks {

  /** Measure: the network's total weight in a season. */
  static final String NETWORK_TOTAL = "network total";

  /** Measure: the party's net balance in a season, in-strength minus out-strength. */
  static final String NET_BALANCE = "net balance";

  /** Measure: what the subject gave the counterpart beyond what it received, in a season. */
  static final String IMBALANCE_ADDED = "imbalance added";

  /** Measure: the imbalance accumulated over the finding's seasons. */
  static final String IMBALANCE = "accumulated imbalance";

  /** Measure: the party's mean out-strength over its chronic giving. */
  static final String MEAN_GIVEN_BEFORE = "mean given while chronic";

  /** Measure: the party's mean out-strength in the seasons since. */
  static final String MEAN_GIVEN_SINCE = "mean given since";

  private TrendChecks() {}

  /** Disguised extraction; see {@code BalanceChecks.disguisedExtraction}. */
  static BalanceCheck extraction(ReciprocityRule rule, int seasons, double growth) {
    Objects.requireNonNull(rule, "rule");
    return (flows, asOf) -> {
      FlowColumns kept = flows.ofKinds(rule.kinds());
      FlowColumns.Seasons s = kept.seasons(rule.cadence());
      int judged = CheckSupport.judged(s, asOf);
      int first = CheckSupport.adjacentRun(s, judged, seasons);
      List<Finding> found = new ArrayList<>();
      if (first < 0) {
        return found;
      }
      long[] totals = new long[seasons];
      for (int i = 0; i < seasons; i++) {
        for (int p = 0; p < kept.partyCount(); p++) {
          totals[i] += s.outStrength(p, first + i);
        }
        if (i > 0 && totals[i] <= totals[i - 1]) {
          return found; // the network does not grow every season
        }
      }
      if ((double) totals[seasons - 1] < (1 + growth) * (double) totals[0]) {
        return found;
      }
      String unit = CheckSupport.unit(kept);
      Interval span = CheckSupport.span(s, first, judged - 1);
      int last = judged - 1;
      List<Integer> drained = new ArrayList<>();
      for (int p = 0; p < kept.partyCount(); p++) {
        boolean falls = true;
        long previous = 0;
        for (int i = 0; i < seasons && falls; i++) {
          long net = s.inStrength(p, first + i) - s.outStrength(p, first + i);
          falls = net < 0 && (i == 0 || net < previous);
          previous = net;
        }
        if (falls) {
          drained.add(p);
        }
      }
      Map<Integer, long[]> receiverOf = largestReceivers(kept, s, last, drained);
      for (int p : drained) {
        Finding.Builder f =
            Finding.builder()
                .type(FindingType.DISGUISED_EXTRACTION)
                .subject(kept.party(p))
                .period(span)
                .severity(Severity.WARNING);
        for (int i = 0; i < seasons; i++) {
          Interval season = s.season(first + i);
          f.addEvidence(CheckSupport.amount(NETWORK_TOTAL, totals[i], unit, season, null));
          long net = s.inStrength(p, first + i) - s.outStrength(p, first + i);
          f.addEvidence(netEvidence(net, unit, season));
          f.addEvidence(
              CheckSupport.amount(
                  Evidence.OUT_STRENGTH, s.outStrength(p, first + i), unit, season, null));
        }
        long[] r = receiverOf.get(p);
        if (r != null) {
          f.counterpart(kept.party((int) r[0]));
          f.addEvidence(
              CheckSupport.amount(
                  Evidence.GIVEN_TO_COUNTERPART,
                  r[1],
                  unit,
                  s.season(last),
                  kept.party((int) r[0])));
        }
        long lastNet = s.outStrength(p, last) - s.inStrength(p, last);
        f.shortfall(Amount.ofMicros(lastNet));
        found.add(f.build());
      }
      found.sort(ChronicImbalanceCheck.FINDING_ORDER);
      return found;
    };
  }

  /** A net balance, which may be negative, as evidence. */
  private static Evidence netEvidence(long net, String unit, Interval season) {
    return CheckSupport.figure(
        NET_BALANCE,
        Amount.ofMicros(Math.abs(net)).doubleValue() * Long.signum(net),
        unit,
        season,
        null);
  }

  /** For each party given, the party that received most from it in season {@code season}. */
  private static Map<Integer, long[]> largestReceivers(
      FlowColumns flows, FlowColumns.Seasons s, int season, List<Integer> givers) {
    Map<Integer, Map<Integer, long[]>> given = new HashMap<>();
    for (int p : givers) {
      given.put(p, new HashMap<>());
    }
    for (int row = 0, n = flows.size(); row < n; row++) {
      if (s.seasonOf(row) != season) {
        continue;
      }
      Map<Integer, long[]> to = given.get(flows.giver(row));
      if (to != null) {
        to.computeIfAbsent(flows.receiver(row), x -> new long[1])[0] += flows.micros(row);
      }
    }
    Map<Integer, long[]> largest = new HashMap<>();
    given.forEach(
        (p, to) ->
            to.forEach(
                (r, sum) -> {
                  long[] best = largest.get(p);
                  if (best == null
                      || sum[0] > best[1]
                      || (sum[0] == best[1] && CheckSupport.before(flows, r, (int) best[0]))) {
                    largest.put(p, new long[] {r, sum[0]});
                  }
                }));
    return largest;
  }

  /** Silent accumulation; see {@code BalanceChecks.silentAccumulation}. */
  static BalanceCheck accumulation(
      ReciprocityRule rule, int seasons, long minGrowthMicros, List<Agreement> agreements) {
    Objects.requireNonNull(rule, "rule");
    List<Agreement> known = List.copyOf(agreements);
    return (flows, asOf) -> {
      FlowColumns kept = flows.ofKinds(rule.kinds());
      FlowColumns.Seasons s = kept.seasons(rule.cadence());
      int judged = CheckSupport.judged(s, asOf);
      int first = CheckSupport.adjacentRun(s, judged, seasons);
      List<Finding> found = new ArrayList<>();
      if (first < 0) {
        return found;
      }
      int parties = kept.partyCount();
      // each dyad, lower id first: what the lower gave the higher less what it got, per season,
      // and what flowed either way by kind
      Map<Long, long[]> added = new HashMap<>();
      for (int row = 0, n = kept.size(); row < n; row++) {
        int season = s.seasonOf(row) - first;
        if (season < 0 || season >= seasons) {
          continue;
        }
        int g = kept.giver(row);
        int r = kept.receiver(row);
        long key = (long) Math.min(g, r) * parties + Math.max(g, r);
        long micros = kept.micros(row);
        added.computeIfAbsent(key, x -> new long[seasons])[season] += g < r ? micros : -micros;
      }
      String unit = CheckSupport.unit(kept);
      Interval span = CheckSupport.span(s, first, judged - 1);
      for (Map.Entry<Long, long[]> e : added.entrySet()) {
        long[] d = e.getValue();
        int sign = Long.signum(d[0]);
        boolean grows = sign != 0;
        long total = 0;
        for (long x : d) {
          grows &= Long.signum(x) == sign && Math.abs(x) >= minGrowthMicros;
          total += x;
        }
        if (!grows) {
          continue;
        }
        int a = (int) (e.getKey() / parties);
        int b = (int) (e.getKey() % parties);
        int owed = sign > 0 ? a : b; // the one who gave more, season after season
        int owing = sign > 0 ? b : a;
        PartyId subject = kept.party(owed);
        PartyId counterpart = kept.party(owing);
        if (adjusted(known, subject, counterpart, span)) {
          continue;
        }
        Finding.Builder f =
            Finding.builder()
                .type(FindingType.SILENT_ACCUMULATION)
                .subject(subject)
                .counterpart(counterpart)
                .period(span)
                .severity(Severity.WARNING)
                .shortfall(Amount.ofMicros(Math.abs(total)));
        for (int i = 0; i < seasons; i++) {
          f.addEvidence(
              CheckSupport.amount(
                  IMBALANCE_ADDED, Math.abs(d[i]), unit, s.season(first + i), counterpart));
        }
        f.addEvidence(CheckSupport.amount(IMBALANCE, Math.abs(total), unit, null, counterpart));
        found.add(f.build());
      }
      found.sort(ChronicImbalanceCheck.FINDING_ORDER);
      return found;
    };
  }

  /** Whether an agreement of both parties records an adjustment inside the span. */
  private static boolean adjusted(List<Agreement> agreements, PartyId a, PartyId b, Interval span) {
    for (Agreement agreement : agreements) {
      if (!agreement.parties().contains(a) || !agreement.parties().contains(b)) {
        continue;
      }
      for (Agreement.Adjustment adj : agreement.adjustments()) {
        if (!adj.instant().isBefore(span.start()) && adj.instant().isBefore(span.end())) {
          return true;
        }
      }
    }
    return false;
  }

  /** Depletion churn; see {@code BalanceChecks.depletionChurn}. */
  static BalanceCheck churn(ReciprocityRule rule, double drop, int within) {
    Objects.requireNonNull(rule, "rule");
    ChronicImbalanceCheck chronic = new ChronicImbalanceCheck(rule);
    return (flows, asOf) -> {
      FlowColumns kept = flows.ofKinds(rule.kinds());
      FlowColumns.Seasons s = kept.seasons(rule.cadence());
      int judged = CheckSupport.judged(s, asOf);
      List<Finding> found = new ArrayList<>();
      if (judged == 0) {
        return found;
      }
      String unit = CheckSupport.unit(kept);
      Map<java.time.Instant, Integer> seasonAt = new TreeMap<>();
      for (int i = 0; i < judged; i++) {
        seasonAt.put(s.season(i).start(), i);
      }
      // only the streaks that reach the last `within` seasons judged can have ended recently
      Interval recent = CheckSupport.span(s, Math.max(0, judged - within - 1), judged - 1);
      for (Finding giver : chronic.check(flows, asOf, recent)) {
        if (!giver.type().equals(FindingType.CHRONIC_GIVER)) {
          continue;
        }
        // the seasons judged after the streak, if it ended within the last `within` of them
        Integer next = null;
        for (int i = 0; i < judged; i++) {
          if (!s.season(i).start().isBefore(giver.period().end())) {
            next = i;
            break;
          }
        }
        if (next == null || judged - next > within) {
          continue;
        }
        List<Evidence> outs = giver.evidence(Evidence.OUT_STRENGTH);
        long before = 0;
        for (Evidence e : outs) {
          before += e.amount().map(Amount::micros).orElse(0L);
        }
        double meanBefore = (double) before / outs.size();
        int p = kept.partyIndex(giver.subject());
        long since = 0;
        for (int i = next; i < judged; i++) {
          since += p < 0 ? 0 : s.outStrength(p, i);
        }
        double meanSince = (double) since / (judged - next);
        if (meanSince >= drop * meanBefore) {
          continue;
        }
        Finding.Builder f =
            Finding.builder()
                .type(FindingType.DEPLETION_CHURN)
                .subject(giver.subject())
                .period(
                    CheckSupport.span(
                        s, seasonAt.getOrDefault(giver.period().start(), next), judged - 1))
                .severity(Severity.WARNING)
                .putAllExchangeByKind(giver.exchangeByKind());
        giver.counterpart().ifPresent(f::counterpart);
        f.addEvidence(
            CheckSupport.amount(
                MEAN_GIVEN_BEFORE, Math.round(meanBefore), unit, giver.period(), null));
        f.addEvidence(
            CheckSupport.amount(
                MEAN_GIVEN_SINCE,
                Math.round(meanSince),
                unit,
                CheckSupport.span(s, next, judged - 1),
                null));
        f.addEvidence(Evidence.share("threshold", drop, null));
        found.add(f.build());
      }
      found.sort(ChronicImbalanceCheck.FINDING_ORDER);
      return found;
    };
  }
}
