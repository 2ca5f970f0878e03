package com.example.reviews;

import dev.reciprocity.Amount;
import dev.reciprocity.Evidence;
import dev.reciprocity.Finding;
import dev.reciprocity.FindingType;
import dev.reciprocity.FlowKind;
import dev.reciprocity.Implements;
import dev.reciprocity.Interval;
import dev.reciprocity.PartyId;
import dev.reciprocity.PatternComponent;
import dev.reciprocity.ReciprocityRule;
import dev.reciprocity.Severity;
import dev.reciprocity.spi.BalanceCheck;
import dev.reciprocity.spi.FlowColumns;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

/**
 * A host's own balance check, as a code-review platform would write it: the hero, one party who
 * gives more than half of all of a kind in a season (pattern texts, reciprocity's docs/design.md,
 * section 1.2: "heroes re-emerge. One person is mythologized as the tireless mentor, the perfect
 * volunteer, the always-available reviewer"; the "hero maintainer" who becomes a bottleneck). The
 * built-in chronic-imbalance check does not see it: a hero may receive as much as it gives. The
 * library now has a built-in hero check ({@code BalanceChecks.hero}, type {@code HERO}); this
 * host's check names its own type, {@code REVIEW_BOTTLENECK}, so that the two do not collide.
 *
 * <p>Each season of the rule's cadence that is over by {@code asOf} and in which the kind's total
 * reaches the rule's minimum activity is judged. A party whose out-strength {@code s_out} in the
 * kind exceeds half of the season's total {@code T} is a {@link #REVIEW_BOTTLENECK}: a {@link
 * Severity#WARNING} in the latest season judged, a {@link Severity#NOTICE} in an earlier one. The
 * finding's counterpart is the party that received most of it (ties: the first id); its shortfall
 * is the least whole amount {@code x} that others would have to take on for the hero's share to be
 * at most one half: {@code x = ceil(s_out - T / 2)}.
 *
 * <p>Cost: it reads the column view, never a {@link dev.reciprocity.Flow} per row: the season sums
 * of the kind's rows ({@link FlowColumns#seasons}, computed once per view), a pass over the parties
 * per season for the total and the largest giver, and one scan of the kind's rows for what each
 * hero gave each receiver. O(flows + parties x seasons).
 *
 * <p>Pure and thread-safe. Amounts are added exactly; a ledger keeps their total within {@link
 * Amount#MAX} ({@code LedgerLimits.maxTotalAmount}), so the sums cannot overflow for flows that
 * came through one.
 */
@Implements({PatternComponent.HERO, PatternComponent.REBALANCING_RECURRING_LOAD})
public final class HeroCheck implements BalanceCheck {

  /** The hero: one party gives more than half of all of a kind in a season. */
  public static final FindingType REVIEW_BOTTLENECK = FindingType.of("REVIEW_BOTTLENECK");

  /** Measure: the hero's share of all giving of the kind in the season, {@code s_out / T}. */
  public static final String SHARE_OF_ALL_GIVING = "share of all giving";

  /** Measure: the season's total of the kind given by every party, {@code T}. */
  public static final String TOTAL_GIVEN = "total given";

  private final ReciprocityRule rule;
  private final FlowKind kind;

  /**
   * Creates the check.
   *
   * @param rule the rule: its cadence gives the seasons and its minimum activity the smallest total
   *     of a season worth judging
   * @param kind the kind whose givers are judged, such as {@code review}
   * @throws NullPointerException if an argument is null
   */
  public HeroCheck(ReciprocityRule rule, FlowKind kind) {
    this.rule = Objects.requireNonNull(rule, "rule");
    this.kind = Objects.requireNonNull(kind, "kind");
  }

  @Override
  public List<Finding> check(FlowColumns flows, Instant asOf) {
    Interval latest = rule.cadence().lastCompleteSeason(asOf);
    // the flows of the kind, their seasons and each party's out-strength per season: the engine's
    // sums, read from the column view with no object per flow
    FlowColumns ofKind = flows.ofKinds(Set.of(kind));
    FlowColumns.Seasons seasons = ofKind.seasons(rule.cadence());
    int parties = ofKind.partyCount();
    int[] heroOf = new int[seasons.count()];
    long[] outOf = new long[seasons.count()];
    long[] totalOf = new long[seasons.count()];
    boolean anyHero = false;
    for (int s = 0; s < seasons.count(); s++) {
      heroOf[s] = -1;
      if (seasons.season(s).end().isAfter(asOf)) {
        continue;
      }
      // one pass: the season's total and its largest giver (the first id of the largest)
      long total = 0;
      long most = -1;
      int giver = -1;
      for (int p = 0; p < parties; p++) {
        long out = seasons.outStrength(p, s);
        total += out; // within Amount.MAX: a view's total is
        if (out > most) {
          most = out;
          giver = p;
        }
      }
      totalOf[s] = total;
      if (total == 0 || Amount.ofMicros(total).compareTo(rule.minimumActivity()) < 0) {
        continue;
      }
      if (most > total - most) { // more than half: at most one party can
        heroOf[s] = giver;
        outOf[s] = most;
        anyHero = true;
      }
    }
    if (!anyHero) {
      return List.of();
    }
    // what each hero gave each receiver in its season: one scan, reading the heroes' rows only
    Map<Integer, long[]> byReceiver = new TreeMap<>();
    for (int row = 0, n = ofKind.size(); row < n; row++) {
      int s = seasons.seasonOf(row);
      if (heroOf[s] == ofKind.giver(row)) {
        byReceiver.computeIfAbsent(s, k -> new long[parties])[ofKind.receiver(row)] +=
            ofKind.micros(row);
      }
    }
    List<Finding> findings = new ArrayList<>();
    byReceiver.forEach(
        (s, given) -> {
          int counterpart = -1;
          for (int r = 0; r < parties; r++) {
            if (given[r] > 0
                && (counterpart < 0
                    || given[r] > given[counterpart]
                    || (given[r] == given[counterpart]
                        && ofKind.party(r).compareTo(ofKind.party(counterpart)) < 0))) {
              counterpart = r;
            }
          }
          Interval season = seasons.season(s);
          findings.add(
              hero(
                  ofKind.party(heroOf[s]),
                  season,
                  ofKind.party(counterpart),
                  Amount.ofMicros(given[counterpart]),
                  Amount.ofMicros(outOf[s]),
                  Amount.ofMicros(totalOf[s]),
                  season.equals(latest)));
        });
    findings.sort(
        Comparator.comparing(Finding::severity)
            .reversed()
            .thenComparing(f -> f.period().end(), Comparator.reverseOrder())
            .thenComparing(Finding::subject));
    return findings;
  }

  private Finding hero(
      PartyId giver,
      Interval season,
      PartyId counterpart,
      Amount given,
      Amount out,
      Amount total,
      boolean latest) {
    // README:begin host-finding
    // others take on x: (out - x) / total <= 1/2  <=>  x >= out - total / 2
    BigDecimal half = total.toBigDecimal().divide(BigDecimal.valueOf(2));
    BigDecimal x = out.toBigDecimal().subtract(half).setScale(0, RoundingMode.CEILING);
    Evidence toCounterpart =
        Evidence.builder()
            .from(Evidence.amount(Evidence.GIVEN_TO_COUNTERPART, given, kind.unit(), season))
            .counterpart(counterpart)
            .build();
    return Finding.builder()
        .type(REVIEW_BOTTLENECK)
        .subject(giver)
        .period(season)
        .severity(latest ? Severity.WARNING : Severity.NOTICE)
        .counterpart(counterpart)
        .putExchangeByKind(kind, given)
        .shortfall(Amount.of(x))
        .addEvidence(
            Evidence.share(SHARE_OF_ALL_GIVING, (double) out.micros() / total.micros(), season))
        .addEvidence(Evidence.amount(Evidence.OUT_STRENGTH, out, kind.unit(), season))
        .addEvidence(Evidence.amount(TOTAL_GIVEN, total, kind.unit(), season))
        .addEvidence(toCounterpart)
        .build();
    // README:end
  }
}
