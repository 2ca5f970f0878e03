package com.example.reviews;

import dev.reciprocity.Amount;
import dev.reciprocity.Evidence;
import dev.reciprocity.Finding;
import dev.reciprocity.FindingType;
import dev.reciprocity.Flow;
import dev.reciprocity.FlowKind;
import dev.reciprocity.Interval;
import dev.reciprocity.PartyId;
import dev.reciprocity.ReciprocityRule;
import dev.reciprocity.Severity;
import dev.reciprocity.spi.BalanceCheck;
import dev.reciprocity.spi.FlowColumns;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * A host's own balance check, as a code-review platform would write it: the hero, one party who
 * gives more than half of all of a kind in a season (pattern texts, reciprocity's docs/design.md,
 * section 1.2: "heroes re-emerge. One person is mythologized as the tireless mentor, the perfect
 * volunteer, the always-available reviewer"; the "hero maintainer" who becomes a bottleneck). The
 * built-in chronic-imbalance check does not see it: a hero may receive as much as it gives.
 *
 * <p>Each season of the rule's cadence that is over by {@code asOf} and in which the kind's total
 * reaches the rule's minimum activity is judged. A party whose out-strength {@code s_out} in the
 * kind exceeds half of the season's total {@code T} is a {@link #HERO}: a {@link Severity#WARNING}
 * in the latest season judged, a {@link Severity#NOTICE} in an earlier one. The finding's
 * counterpart is the party that received most of it (ties: the first id); its shortfall is the
 * least whole amount {@code x} that others would have to take on for the hero's share to be at most
 * one half: {@code x = ceil(s_out - T / 2)}.
 *
 * <p>Pure and thread-safe. Amounts are added exactly; a ledger keeps their total within {@link
 * Amount#MAX} ({@code LedgerLimits.maxTotalAmount}), so the sums cannot overflow for flows that
 * came through one.
 */
public final class HeroCheck implements BalanceCheck {

  /** The hero: one party gives more than half of all of a kind in a season. */
  public static final FindingType HERO = FindingType.of("HERO");

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
    // season -> giver -> receiver -> amount, for the seasons over by asOf
    Map<Interval, Map<PartyId, Map<PartyId, Amount>>> given = new TreeMap<>();
    for (Flow f : flows.flows()) {
      Interval season = rule.cadence().seasonOf(f.instant());
      if (f.kind().equals(kind) && !season.end().isAfter(asOf)) {
        given
            .computeIfAbsent(season, s -> new TreeMap<>())
            .computeIfAbsent(f.giver(), g -> new TreeMap<>())
            .merge(f.receiver(), f.amount(), Amount::plus);
      }
    }
    List<Finding> findings = new ArrayList<>();
    given.forEach(
        (season, byGiver) -> {
          Amount total = Amount.ZERO;
          for (Map<PartyId, Amount> byReceiver : byGiver.values()) {
            total = total.plus(sum(byReceiver.values()));
          }
          if (total.isZero() || total.compareTo(rule.minimumActivity()) < 0) {
            return;
          }
          for (Map.Entry<PartyId, Map<PartyId, Amount>> e : byGiver.entrySet()) {
            Amount out = sum(e.getValue().values());
            if (out.compareTo(total.minus(out)) > 0) { // more than half
              findings.add(
                  hero(e.getKey(), season, e.getValue(), out, total, season.equals(latest)));
            }
          }
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
      Map<PartyId, Amount> byReceiver,
      Amount out,
      Amount total,
      boolean latest) {
    PartyId counterpart = byReceiver.keySet().iterator().next();
    for (Map.Entry<PartyId, Amount> r : byReceiver.entrySet()) {
      if (r.getValue().compareTo(byReceiver.get(counterpart)) > 0) {
        counterpart = r.getKey();
      }
    }
    Amount given = byReceiver.get(counterpart);
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
        .type(HERO)
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

  private static Amount sum(Collection<Amount> amounts) {
    Amount s = Amount.ZERO;
    for (Amount a : amounts) {
      s = s.plus(a);
    }
    return s;
  }
}
