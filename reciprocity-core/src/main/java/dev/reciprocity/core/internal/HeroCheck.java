package dev.reciprocity.core.internal;

import dev.reciprocity.Amount;
import dev.reciprocity.Evidence;
import dev.reciprocity.Finding;
import dev.reciprocity.FindingType;
import dev.reciprocity.FlowKind;
import dev.reciprocity.Interval;
import dev.reciprocity.ReciprocityRule;
import dev.reciprocity.Severity;
import dev.reciprocity.spi.BalanceCheck;
import dev.reciprocity.spi.FlowColumns;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The hero: one party's share of all giving of a kind in a season lies above a threshold; see
 * {@code BalanceChecks.hero}. Reads each kind's season sums ({@link FlowColumns#seasons}), once per
 * kind: O(flows x kinds + parties x seasons x kinds).
 */
final class HeroCheck implements BalanceCheck {

  /** Measure: the party's share of all giving of the kind in the season. */
  static final String SHARE_OF_GIVING = "share of all giving";

  /** Measure: the season's total of the kind given by every party. */
  static final String TOTAL_GIVEN = "total given";

  /** Measure: how many parties gave the kind in the season. */
  static final String GIVERS = "givers";

  private final ReciprocityRule rule;
  private final double share;
  private final int minGivers;

  HeroCheck(ReciprocityRule rule, double share, int minGivers) {
    this.rule = Objects.requireNonNull(rule, "rule");
    this.share = share;
    this.minGivers = minGivers;
  }

  @Override
  public List<Finding> check(FlowColumns flows, Instant asOf) {
    FlowColumns kept = flows.ofKinds(rule.kinds());
    List<Finding> found = new ArrayList<>();
    for (int k = 0; k < kept.kindCount(); k++) {
      FlowKind kind = kept.kind(k);
      FlowColumns one = kept.ofKinds(Set.of(kind));
      if (one.size() == 0) {
        continue;
      }
      check(one, kind, asOf, found);
    }
    found.sort(ChronicImbalanceCheck.FINDING_ORDER);
    return found;
  }

  private void check(FlowColumns one, FlowKind kind, Instant asOf, List<Finding> found) {
    FlowColumns.Seasons seasons = one.seasons(rule.cadence());
    int judged = CheckSupport.judged(seasons, asOf);
    int[] hero = new int[judged];
    int[] second = new int[judged];
    long[] heroOut = new long[judged];
    long[] total = new long[judged];
    int[] givers = new int[judged];
    for (int s = 0; s < judged; s++) {
      int top = -1;
      int next = -1;
      long topOut = 0;
      long nextOut = 0;
      for (int p = 0; p < one.partyCount(); p++) {
        long out = seasons.outStrength(p, s);
        if (out <= 0) {
          continue;
        }
        givers[s]++;
        total[s] += out;
        // ties go to the lower party id by name, the same in every implementation of the columns
        if (out > topOut || (out == topOut && CheckSupport.before(one, p, top))) {
          next = top;
          nextOut = topOut;
          top = p;
          topOut = out;
        } else if (out > nextOut || (out == nextOut && CheckSupport.before(one, p, next))) {
          next = p;
          nextOut = out;
        }
      }
      boolean isHero =
          givers[s] >= minGivers && total[s] > 0 && (double) topOut / (double) total[s] > share;
      hero[s] = isHero ? top : -1;
      second[s] = next;
      heroOut[s] = topOut;
    }
    String unit = kind.unit();
    int s = 0;
    while (s < judged) {
      if (hero[s] < 0) {
        s++;
        continue;
      }
      int from = s;
      while (s + 1 < judged
          && hero[s + 1] == hero[from]
          && CheckSupport.adjacent(seasons, s, s + 1)) {
        s++;
      }
      found.add(
          finding(one, seasons, kind, unit, from, s, judged, hero, second, heroOut, total, givers));
      s++;
    }
  }

  private Finding finding(
      FlowColumns one,
      FlowColumns.Seasons seasons,
      FlowKind kind,
      String unit,
      int from,
      int to,
      int judged,
      int[] hero,
      int[] second,
      long[] heroOut,
      long[] total,
      int[] givers) {
    Interval span = CheckSupport.span(seasons, from, to);
    boolean ongoing = to == judged - 1;
    Finding.Builder f =
        Finding.builder()
            .type(FindingType.HERO)
            .subject(one.party(hero[from]))
            .period(span)
            .severity(ongoing ? Severity.WARNING : Severity.NOTICE);
    for (int s = from; s <= to; s++) {
      Interval season = seasons.season(s);
      f.addEvidence(
          Evidence.share(SHARE_OF_GIVING, (double) heroOut[s] / (double) total[s], season));
      f.addEvidence(CheckSupport.amount(Evidence.OUT_STRENGTH, heroOut[s], unit, season, null));
      f.addEvidence(CheckSupport.amount(TOTAL_GIVEN, total[s], unit, season, null));
      f.addEvidence(CheckSupport.figure(GIVERS, givers[s], "parties", season, null));
    }
    // the next largest giver of the last season could take on part of the load
    if (second[to] >= 0) {
      f.counterpart(one.party(second[to]));
    }
    f.putExchangeByKind(kind, Amount.ofMicros(heroOut[to]));
    // what others would take on for the share to be at most the threshold: out - share * total
    long most = (long) Math.floor(share * (double) total[to]);
    f.shortfall(Amount.ofMicros(Math.max(0, heroOut[to] - most)));
    f.addEvidence(Evidence.share("threshold", share, null));
    return f.build();
  }
}
