package dev.reciprocity.core;

import dev.reciprocity.Agreement;
import dev.reciprocity.FindingType;
import dev.reciprocity.Implements;
import dev.reciprocity.PatternComponent;
import dev.reciprocity.ReciprocityRule;
import dev.reciprocity.core.internal.BuiltIns;
import dev.reciprocity.spi.BalanceCheck;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * Static factories for the built-in balance checks (pattern: Benefit-Obligation Balance Check).
 * Each check is pure and thread-safe.
 */
@Implements(PatternComponent.BENEFIT_OBLIGATION_BALANCE_CHECK)
public final class BalanceChecks {

  private BalanceChecks() {}

  /**
   * The built-in checks a review runs unless told otherwise: every built-in check of {@link
   * BalanceCheckLookup} with its default parameters (chronic imbalance, hero, lock-in, fragility,
   * extraction, barter drift, accumulation, churn, and missed cadence and overdue return, which
   * find nothing without agreements and kinds' own rules).
   *
   * @param rule the rule
   * @return the checks, in the order they run
   * @throws NullPointerException if {@code rule} is null
   */
  public static List<BalanceCheck> defaults(ReciprocityRule rule) {
    Objects.requireNonNull(rule, "rule");
    return BalanceCheckLookup.create()
        .withClassLoader(BalanceChecks.class.getClassLoader())
        .checks(rule, List.of(), List.of());
  }

  /**
   * The hero (pattern texts Social Reciprocity Architecture and Community OS: "one person is
   * mythologized as the tireless mentor, the perfect volunteer, the always-available reviewer"): in
   * a season of the rule's cadence over by {@code asOf}, a party's out-strength in a kind exceeds
   * {@code share} of the kind's total {@code T}, given by at least {@code minGivers} parties. One
   * finding per party and kind for each run of consecutive such seasons: a {@link
   * dev.reciprocity.Severity#WARNING} when the run reaches the last season judged, else a {@link
   * dev.reciprocity.Severity#NOTICE}. Evidence per season: the share, the out-strength, {@code T}
   * and the number of givers; counterpart: the next largest giver of the last season (who could
   * take on part of the load); shortfall: {@code s_out - share * T}, what others would take on.
   * Defaults ({@code hero} in {@link BalanceCheckLookup}): share 0.5, minGivers 3.
   *
   * @param rule the rule: cadence and kinds
   * @param share the threshold, in [0, 1]
   * @param minGivers the fewest givers of the kind for a season to be judged
   * @return the check
   * @throws NullPointerException if {@code rule} is null
   */
  @Implements(PatternComponent.HERO)
  public static BalanceCheck hero(ReciprocityRule rule, double share, int minGivers) {
    return BuiltIns.hero(Objects.requireNonNull(rule, "rule"), share, minGivers);
  }

  /**
   * Dependency lock-in ("a member who cannot leave"), derived from flows, no declaration needed:
   * over the last {@code seasons} seasons judged that hold flows, a party's inflow of a kind whose
   * givers' shares {@code x_g = w_g / sum w} have a Herfindahl-Hirschman index {@code HHI = sum
   * x_g^2} of {@code hhi} or more, over at least {@code minFlows} flows. Evidence: the index, the
   * top giver's share, the inflow, the number of givers, and another giver of the kind (the largest
   * in the window but the top one) as a second source. Counterpart: the top giver. A {@link
   * dev.reciprocity.Severity#WARNING} when one giver is all, else a {@link
   * dev.reciprocity.Severity#NOTICE}. Defaults ({@code lock-in}): hhi 0.6, minFlows 6, seasons 4.
   * Source of the index: the U.S. Department of Justice and FTC, Horizontal Merger Guidelines
   * (2010), section 5.3.
   *
   * @param rule the rule: cadence and kinds
   * @param hhi the threshold of the index, in [0, 1]
   * @param minFlows the fewest flows received of the kind
   * @param seasons the seasons of the window
   * @return the check
   * @throws NullPointerException if {@code rule} is null
   */
  @Implements(PatternComponent.DEPENDENCY_LOCK_IN)
  public static BalanceCheck dependencyLockIn(
      ReciprocityRule rule, double hhi, int minFlows, int seasons) {
    return BuiltIns.dependencyLockIn(Objects.requireNonNull(rule, "rule"), hhi, minFlows, seasons);
  }

  /**
   * Fragility contagion ("one exit that would take others down"): over the last {@code seasons}
   * seasons judged, a party from whom at least {@code minDependents} others each receive {@code
   * loss} or more of all they receive (each over at least {@code minFlows} flows). Evidence: the
   * number of dependents and each of the first ten's share; counterpart: the most exposed. Always a
   * {@link dev.reciprocity.Severity#WARNING}. Defaults ({@code fragility}): loss 0.5, minDependents
   * 2, minFlows 3, seasons 4.
   *
   * @param rule the rule: cadence and kinds
   * @param loss the share of a dependent's inflow, in [0, 1]
   * @param minDependents the fewest dependents
   * @param minFlows the fewest flows a dependent receives
   * @param seasons the seasons of the window
   * @return the check
   * @throws NullPointerException if {@code rule} is null
   */
  @Implements(PatternComponent.FRAGILITY_CONTAGION)
  public static BalanceCheck fragilityContagion(
      ReciprocityRule rule, double loss, int minDependents, int minFlows, int seasons) {
    return BuiltIns.fragilityContagion(
        Objects.requireNonNull(rule, "rule"), loss, minDependents, minFlows, seasons);
  }

  /**
   * Disguised extraction, the false shared-value metric ("totals grow while someone is drained"):
   * in the last {@code seasons} seasons judged, consecutive in the calendar, the network's total
   * weight grows every season and by {@code growth} or more from the first to the last, while a
   * party's net balance {@code s_in - s_out} is negative in each and falls every season. Evidence
   * per season: the network's total, the party's net balance and out-strength; counterpart: the
   * party that received most from it in the last season; shortfall: its last net outflow. A {@link
   * dev.reciprocity.Severity#WARNING}. Defaults ({@code extraction}): seasons 3, growth 0.1.
   *
   * @param rule the rule: cadence and kinds
   * @param seasons the seasons of the trend, at least 2
   * @param growth the least relative growth of the total
   * @return the check
   * @throws NullPointerException if {@code rule} is null
   */
  @Implements(PatternComponent.DISGUISED_EXTRACTION)
  public static BalanceCheck disguisedExtraction(ReciprocityRule rule, int seasons, double growth) {
    return BuiltIns.disguisedExtraction(Objects.requireNonNull(rule, "rule"), seasons, growth);
  }

  /**
   * Silent accumulation ("an imbalance that grows with nobody acting"): in each of the last {@code
   * seasons} seasons judged, consecutive in the calendar, one party gives another at least {@code
   * minGrowthMicros} more than it receives from it, and no agreement of both records an adjustment
   * in that span. Subject: the party owed; counterpart: the other; evidence: the imbalance added
   * each season and accumulated; shortfall: the accumulated imbalance. A {@link
   * dev.reciprocity.Severity#WARNING}. Defaults ({@code accumulation}): seasons 4, minGrowth 1
   * unit.
   *
   * @param rule the rule: cadence and kinds
   * @param seasons the seasons, at least 2
   * @param minGrowthMicros the least imbalance added per season, micros
   * @param agreements the agreements whose adjustment records count as acting
   * @return the check
   * @throws NullPointerException if an argument is null
   */
  @Implements(PatternComponent.SILENT_ACCUMULATION)
  public static BalanceCheck silentAccumulation(
      ReciprocityRule rule, int seasons, long minGrowthMicros, List<Agreement> agreements) {
    return BuiltIns.silentAccumulation(
        Objects.requireNonNull(rule, "rule"), seasons, minGrowthMicros, agreements);
  }

  /**
   * Depletion churn ("a chronic giver who stops"): a {@link FindingType#CHRONIC_GIVER} streak of
   * {@link #chronicImbalance} that ended within the last {@code within} seasons judged, after which
   * the party's mean out-strength per season is below {@code drop} times its mean during the
   * streak. Evidence: both means; counterpart and exchange: those of the chronic finding. A {@link
   * dev.reciprocity.Severity#WARNING}. Defaults ({@code churn}): drop 0.25, within 2.
   *
   * @param rule the rule, as for {@link #chronicImbalance}
   * @param drop the share of the former giving below which the party has stopped
   * @param within how recent the end of the streak is, in seasons
   * @return the check
   * @throws NullPointerException if {@code rule} is null
   */
  @Implements(PatternComponent.DEPLETION_CHURN)
  public static BalanceCheck depletionChurn(ReciprocityRule rule, double drop, int within) {
    return BuiltIns.depletionChurn(Objects.requireNonNull(rule, "rule"), drop, within);
  }

  /**
   * Barter drift ("a commons sliding into a market"), the network's finding: in each of the last
   * {@code seasons} seasons judged, consecutive in the calendar and each of at least {@code
   * minFlows} flows, {@code share} or more of the flows are a gift or its tit-for-tat return: a
   * flow {@code j -> i} of the same kind and amount as an earlier unmatched {@code i -> j} at most
   * {@code lag} before it (matched oldest first, each gift once). Evidence per season: the matched
   * share and the flows. A {@link dev.reciprocity.Severity#NOTICE}. Defaults ({@code
   * barter-drift}): lag P7D, share 0.5, seasons 2, minFlows 20.
   *
   * @param rule the rule: cadence and kinds
   * @param lag the longest time between a gift and its matched return
   * @param share the threshold of the matched share, in [0, 1]
   * @param seasons the seasons
   * @param minFlows the fewest flows a season needs to be judged
   * @return the check
   * @throws NullPointerException if an argument is null
   */
  @Implements(PatternComponent.BARTER_DRIFT)
  public static BalanceCheck barterDrift(
      ReciprocityRule rule, Duration lag, double share, int seasons, int minFlows) {
    return BuiltIns.barterDrift(
        Objects.requireNonNull(rule, "rule"), lag, share, seasons, minFlows);
  }

  /**
   * Missed cadence ("a gentle reminder, not an alarm"): an agreement whose terms were last looked
   * at (the latest start of a revision or adjustment record up to {@code asOf}) in a season of its
   * review cadence, and not again by the end of the next season plus {@code grace}. Subject: the
   * agreement ({@link dev.reciprocity.Finding.SubjectKind#AGREEMENT}); evidence: days since the
   * last review. A {@link dev.reciprocity.Severity#NOTICE}. Defaults ({@code missed-cadence}):
   * graceDays 0.
   *
   * @param agreements the agreements
   * @param grace the time allowed past the due date
   * @return the check
   * @throws NullPointerException if an argument is null
   */
  @Implements(PatternComponent.MISSED_CADENCE)
  public static BalanceCheck missedCadence(List<Agreement> agreements, Duration grace) {
    return BuiltIns.missedCadence(agreements, grace);
  }

  /**
   * Chronic imbalance: a party whose give share {@code g = s_out / (s_out + s_in)} lies above the
   * rule's tolerance band in {@code k = rule.consecutiveSeasons()} or more consecutive seasons of
   * the rule's cadence is a {@link FindingType#CHRONIC_GIVER} (burnout risk); below it, a {@link
   * FindingType#CHRONIC_RECEIVER} (obligation risk). "A one-time imbalance is tolerable; a chronic
   * imbalance is toxic" (pattern text Social Reciprocity Architecture, docs/design.md, section
   * 1.2).
   *
   * <p>Only seasons over by the {@code asOf} given to {@link BalanceCheck#check} are judged. A
   * season counts only when the party's activity {@code s_out + s_in} reaches the rule's minimum
   * activity; a season below it, or with no activity at all, ends a streak. Each maximal streak of
   * at least {@code k} seasons gives one finding. A streak that reaches the last season judged is
   * ongoing: severity {@link dev.reciprocity.Severity#WARNING}, or {@link
   * dev.reciprocity.Severity#ALERT} from {@code 2k} seasons on; a streak that has ended is a {@link
   * dev.reciprocity.Severity#NOTICE}, worth a mention so that it stays ended.
   *
   * <p>Each finding carries as evidence the give share, out-strength and in-strength of each season
   * of the streak, what the party gave to and received from its counterpart, and the tolerance
   * band; as the data of its suggestion, the counterpart (the partner with the most one-sided
   * exchange in the direction of the imbalance), what flowed to or from it by kind, and the
   * shortfall: the amount that would bring the party's give share inside the band.
   *
   * @param rule the rule: cadence, tolerance band, consecutive seasons, minimum activity, kinds
   * @return the check
   * @throws NullPointerException if {@code rule} is null
   */
  @Implements({
    PatternComponent.CHRONIC_IMBALANCE,
    PatternComponent.CHRONIC_GIVER,
    PatternComponent.CHRONIC_RECEIVER
  })
  public static BalanceCheck chronicImbalance(ReciprocityRule rule) {
    return BuiltIns.chronicImbalance(Objects.requireNonNull(rule, "rule"));
  }
}
