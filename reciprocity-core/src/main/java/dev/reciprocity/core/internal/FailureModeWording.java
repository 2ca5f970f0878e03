package dev.reciprocity.core.internal;

import dev.reciprocity.Amount;
import dev.reciprocity.Evidence;
import dev.reciprocity.Finding;
import dev.reciprocity.FindingType;
import dev.reciprocity.PartyId;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The English wording of the nine failure modes of the built-in checks (hero to overdue return):
 * one sentence with the figures, one concrete next step. Reads only the finding's evidence, so a
 * finding made by any check of these types is worded alike. Pure and thread-safe.
 */
final class FailureModeWording {

  private FailureModeWording() {}

  /** Whether this wording knows the type. */
  static boolean knows(FindingType t) {
    return t.equals(FindingType.HERO)
        || t.equals(FindingType.DEPENDENCY_LOCK_IN)
        || t.equals(FindingType.FRAGILITY_CONTAGION)
        || t.equals(FindingType.DISGUISED_EXTRACTION)
        || t.equals(FindingType.BARTER_DRIFT)
        || t.equals(FindingType.SILENT_ACCUMULATION)
        || t.equals(FindingType.DEPLETION_CHURN)
        || t.equals(FindingType.MISSED_CADENCE)
        || t.equals(FindingType.OVERDUE_RETURN);
  }

  private static Optional<Evidence> last(Finding f, String measure) {
    List<Evidence> all = f.evidence(measure);
    return all.isEmpty() ? Optional.empty() : Optional.of(all.get(all.size() - 1));
  }

  private static String pct(Finding f, String measure) {
    return last(f, measure).map(e -> percent(e.value())).orElse("?");
  }

  private static String percent(double share) {
    return EnglishFindingFormatter.twoDecimals(100 * share) + "%";
  }

  private static String amount(Finding f, String measure) {
    return last(f, measure).flatMap(Evidence::amount).map(Amount::toString).orElse("?");
  }

  private static String number(Finding f, String measure) {
    return last(f, measure)
        .map(
            e ->
                e.value() == Math.rint(e.value())
                    ? Long.toString((long) e.value())
                    : EnglishFindingFormatter.twoDecimals(e.value()))
        .orElse("?");
  }

  private static String name(PartyId p) {
    return p.value();
  }

  private static String kinds(Finding f) {
    return f.exchangeByKind().keySet().stream()
        .map(k -> k.name())
        .reduce((a, b) -> a + ", " + b)
        .orElse("its kinds");
  }

  static String summary(Finding f) {
    String who = name(f.subject());
    String when = f.period().label();
    String type = f.type().name();
    return switch (type) {
      case "HERO" ->
          String.format(
              Locale.ROOT,
              "%s carried %s of all %s given in %s (%s of %s, among %s givers).",
              who,
              pct(f, HeroCheck.SHARE_OF_GIVING),
              kinds(f),
              last(f, HeroCheck.SHARE_OF_GIVING)
                  .flatMap(Evidence::period)
                  .map(p -> p.label())
                  .orElse(when),
              amount(f, Evidence.OUT_STRENGTH),
              amount(f, HeroCheck.TOTAL_GIVEN),
              number(f, HeroCheck.GIVERS));
      case "DEPENDENCY_LOCK_IN" ->
          String.format(
              Locale.ROOT,
              "%s depends on one giver for %s: %s of the %s received in %s came from %s"
                  + " (Herfindahl-Hirschman index %s over %s givers).",
              who,
              kinds(f),
              pct(f, DependencyChecks.TOP_SHARE),
              amount(f, DependencyChecks.INFLOW),
              when,
              f.counterpart().map(FailureModeWording::name).orElse("one party"),
              EnglishFindingFormatter.twoDecimals(
                  last(f, DependencyChecks.HHI).map(Evidence::value).orElse(Double.NaN)),
              number(f, DependencyChecks.GIVERS));
      case "FRAGILITY_CONTAGION" ->
          String.format(
              Locale.ROOT,
              "If %s stopped, %s parties would lose half or more of what they receive (%s):"
                  + " %s most, %s of its inflow.",
              who,
              number(f, DependencyChecks.DEPENDENTS),
              when,
              f.counterpart().map(FailureModeWording::name).orElse("one"),
              f.evidence(DependencyChecks.SHARE_FROM_SUBJECT).isEmpty()
                  ? "?"
                  : percent(f.evidence(DependencyChecks.SHARE_FROM_SUBJECT).get(0).value()));
      case "DISGUISED_EXTRACTION" ->
          String.format(
              Locale.ROOT,
              "The network's total grew every season in %s (to %s) while %s gave more than it"
                  + " received in each, by more every season (last: %s net out).",
              when,
              amount(f, TrendChecks.NETWORK_TOTAL),
              who,
              f.shortfall().map(Amount::toString).orElse("?"));
      case "BARTER_DRIFT" ->
          String.format(
              Locale.ROOT,
              "In %s most flows were matched tit-for-tat, the same kind and amount returned within %s"
                  + " days (%s of the last season's %s flows): the commons is sliding into a market.",
              when,
              number(f, "lag in days"),
              pct(f, BarterDriftCheck.MATCHED_SHARE),
              number(f, BarterDriftCheck.FLOWS));
      case "SILENT_ACCUMULATION" ->
          String.format(
              Locale.ROOT,
              "%s gave %s more than it received every season in %s, %s in all, and no adjustment was"
                  + " recorded between them.",
              who,
              f.counterpart().map(FailureModeWording::name).orElse("another party"),
              when,
              amount(f, TrendChecks.IMBALANCE));
      case "DEPLETION_CHURN" ->
          String.format(
              Locale.ROOT,
              "%s, a chronic giver (%s a season on average), gives %s a season since (%s).",
              who,
              amount(f, TrendChecks.MEAN_GIVEN_BEFORE),
              amount(f, TrendChecks.MEAN_GIVEN_SINCE),
              when);
      case "MISSED_CADENCE" ->
          String.format(
              Locale.ROOT,
              "The agreement %s was last reviewed %s days ago (%s), past its review cadence.",
              who,
              number(f, AgreementChecks.DAYS_SINCE_REVIEW),
              when);
      case "OVERDUE_RETURN" ->
          String.format(
              Locale.ROOT,
              "%s has %s overdue returns of %s (%s in all; the oldest gift %s days ago), most to %s.",
              who,
              number(f, AgreementChecks.OVERDUE),
              kinds(f),
              amount(f, AgreementChecks.OVERDUE_AMOUNT),
              number(f, AgreementChecks.OLDEST),
              f.counterpart().map(FailureModeWording::name).orElse("its mentors"));
      default -> throw new IllegalArgumentException("not a failure mode of this wording: " + type);
    };
  }

  static String suggestion(Finding f) {
    String who = name(f.subject());
    String other = f.counterpart().map(FailureModeWording::name).orElse("");
    String type = f.type().name();
    return switch (type) {
      case "HERO" ->
          other.isEmpty()
              ? String.format(
                  Locale.ROOT,
                  "Share %s's load of %s: about %s would bring it to the threshold.",
                  who,
                  kinds(f),
                  f.shortfall().map(Amount::toString).orElse("?"))
              : String.format(
                  Locale.ROOT,
                  "Ask %s, the next most active giver of %s, to take on about %s of %s's load.",
                  other,
                  kinds(f),
                  f.shortfall().map(Amount::toString).orElse("?"),
                  who);
      case "DEPENDENCY_LOCK_IN" ->
          f.evidence(DependencyChecks.OTHER_GIVER).isEmpty()
              ? String.format(
                  Locale.ROOT, "Find %s a second giver of %s besides %s.", who, kinds(f), other)
              : String.format(
                  Locale.ROOT,
                  "Introduce %s to %s, who gave %s of %s to others, as a second source besides %s.",
                  who,
                  f.evidence(DependencyChecks.OTHER_GIVER)
                      .get(0)
                      .counterpart()
                      .map(FailureModeWording::name)
                      .orElse("?"),
                  amount(f, DependencyChecks.OTHER_GIVER),
                  kinds(f),
                  other);
      case "FRAGILITY_CONTAGION" ->
          String.format(
              Locale.ROOT,
              "Before %s steps back, find %s and the other dependents a second source.",
              who,
              other);
      case "DISGUISED_EXTRACTION" ->
          String.format(
              Locale.ROOT,
              "Do not read the growth as shared value: route a return of about %s to %s%s.",
              f.shortfall().map(Amount::toString).orElse("?"),
              who,
              other.isEmpty() ? "" : ", starting with " + other + ", who received most from it");
      case "BARTER_DRIFT" ->
          "Make room for gifts without a price: a return need not match in kind,"
              + " size or time, and a community that counts every exchange becomes a market.";
      case "SILENT_ACCUMULATION" ->
          String.format(
              Locale.ROOT,
              "Raise it: record an adjustment between %s and %s, agree how %s could give back about %s,"
                  + " or agree that it is a gift.",
              who,
              other,
              other,
              f.shortfall().map(Amount::toString).orElse("?"));
      case "DEPLETION_CHURN" ->
          String.format(
              Locale.ROOT,
              "Reach out to %s before it leaves: ask what it needs%s.",
              who,
              other.isEmpty()
                  ? ""
                  : ", and whether " + other + ", who received most, can give back");
      case "MISSED_CADENCE" ->
          String.format(Locale.ROOT, "Schedule the review of %s and record what it decides.", who);
      case "OVERDUE_RETURN" ->
          String.format(
              Locale.ROOT,
              "Invite %s to pass on what it received (%s) to someone new, as the rule asks; make it"
                  + " safe to say not yet.",
              who,
              kinds(f));
      default -> throw new IllegalArgumentException("not a failure mode of this wording: " + type);
    };
  }
}
