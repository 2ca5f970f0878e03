package dev.reciprocity.core;

import dev.reciprocity.FindingType;
import dev.reciprocity.ReciprocityRule;
import dev.reciprocity.core.internal.ChronicImbalanceCheck;
import dev.reciprocity.spi.BalanceCheck;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * Static factories for the built-in balance checks (pattern: Benefit-Obligation Balance Check).
 * Each check is pure and thread-safe.
 */
public final class BalanceChecks {

  private BalanceChecks() {}

  /**
   * Chronic imbalance: a party whose give share {@code g = s_out / (s_out + s_in)} lies above the
   * rule's tolerance band in {@code k = rule.consecutiveSeasons()} or more consecutive seasons of
   * the rule's cadence is a {@link FindingType#CHRONIC_GIVER} (burnout risk); below it, a
   * {@link FindingType#CHRONIC_RECEIVER} (obligation risk). "A one-time imbalance is tolerable; a
   * chronic imbalance is toxic" (seed: Social Reciprocity Architecture).
   *
   * <p>A season counts only when the party's activity {@code s_out + s_in} reaches the rule's
   * minimum activity; a season below it, or with no activity at all, ends a streak. Each maximal
   * streak of at least {@code k} seasons gives one finding. A streak that reaches the last season
   * judged is ongoing: severity {@link dev.reciprocity.Severity#WARNING}, or
   * {@link dev.reciprocity.Severity#ALERT} from {@code 2k} seasons on; a streak that has ended is a
   * {@link dev.reciprocity.Severity#NOTICE}, worth a mention so that it stays ended. Its evidence
   * is the give share, out-strength and in-strength of each
   * season of the streak, and what the party gave to and received from the counterpart its
   * suggestion names; its suggestion names the partner with the most one-sided exchange in the
   * streak, the kinds that flowed and the amount that would bring the party inside the band.
   *
   * @param rule the rule: cadence, tolerance band, consecutive seasons, minimum activity, kinds
   * @return the check
   * @throws NullPointerException if {@code rule} is null
   */
  public static BalanceCheck chronicImbalance(ReciprocityRule rule) {
    return new ChronicImbalanceCheck(Objects.requireNonNull(rule, "rule"), Optional.empty());
  }

  /**
   * Chronic imbalance judged on complete seasons only: as {@link #chronicImbalance(ReciprocityRule)},
   * except that a season ending after {@code asOf} is not judged, since it is not over yet (a
   * quarter with six weeks of data is not a quarter of imbalance). Use the instant up to which the
   * flows are known, such as now or the end of the period under review.
   *
   * @param rule the rule: cadence, tolerance band, consecutive seasons, minimum activity, kinds
   * @param asOf the instant up to which the flows are known
   * @return the check
   * @throws NullPointerException if an argument is null
   */
  public static BalanceCheck chronicImbalance(ReciprocityRule rule, Instant asOf) {
    return new ChronicImbalanceCheck(
        Objects.requireNonNull(rule, "rule"), Optional.of(Objects.requireNonNull(asOf, "asOf")));
  }
}
