package dev.reciprocity.core;

import dev.reciprocity.FindingType;
import dev.reciprocity.ReciprocityRule;
import dev.reciprocity.core.internal.BuiltIns;
import dev.reciprocity.spi.BalanceCheck;
import java.util.List;
import java.util.Objects;

/**
 * Static factories for the built-in balance checks (pattern: Benefit-Obligation Balance Check).
 * Each check is pure and thread-safe.
 */
public final class BalanceChecks {

  private BalanceChecks() {}

  /**
   * The built-in checks a review runs unless told otherwise: today {@link
   * #chronicImbalance(ReciprocityRule)}.
   *
   * @param rule the rule
   * @return the checks, in the order they run
   * @throws NullPointerException if {@code rule} is null
   */
  public static List<BalanceCheck> defaults(ReciprocityRule rule) {
    return List.of(chronicImbalance(rule));
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
  public static BalanceCheck chronicImbalance(ReciprocityRule rule) {
    return BuiltIns.chronicImbalance(Objects.requireNonNull(rule, "rule"));
  }
}
