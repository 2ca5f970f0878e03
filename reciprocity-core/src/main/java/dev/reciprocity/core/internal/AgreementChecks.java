package dev.reciprocity.core.internal;

import dev.reciprocity.Agreement;
import dev.reciprocity.Amount;
import dev.reciprocity.DevelopmentalScores;
import dev.reciprocity.Evidence;
import dev.reciprocity.Finding;
import dev.reciprocity.FindingType;
import dev.reciprocity.FlowKind;
import dev.reciprocity.Interval;
import dev.reciprocity.OpenObligation;
import dev.reciprocity.PartyId;
import dev.reciprocity.ReciprocityRule;
import dev.reciprocity.Severity;
import dev.reciprocity.spi.BalanceCheck;
import dev.reciprocity.spi.FlowColumns;
import dev.reciprocity.spi.ScoringStrategy;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * The checks of the community's agreements and its developmental rules: missed cadence (an
 * agreement not reviewed within its review cadence) and overdue return (a developmental gift whose
 * return window closed without a return); see {@code BalanceChecks.missedCadence} and {@code
 * BalanceChecks.overdueReturn}.
 */
final class AgreementChecks {

  /** Measure: days since the agreement's terms were last reviewed. */
  static final String DAYS_SINCE_REVIEW = "days since the last review";

  /** Measure: the number of overdue returns. */
  static final String OVERDUE = "overdue returns";

  /** Measure: the amount of overdue returns. */
  static final String OVERDUE_AMOUNT = "overdue amount";

  /** Measure: the age of the oldest overdue gift, in days. */
  static final String OLDEST = "oldest overdue gift in days";

  private AgreementChecks() {}

  /**
   * The last instant an agreement's terms were looked at, up to {@code asOf}: the latest start of a
   * revision or adjustment record; empty when none lies before {@code asOf}.
   */
  static java.util.Optional<Instant> lastReview(Agreement agreement, Instant asOf) {
    Instant last = null;
    for (Agreement.Revision r : agreement.revisions()) {
      Instant from = r.effectiveFrom().orElse(null);
      if (from != null && !from.isAfter(asOf) && (last == null || from.isAfter(last))) {
        last = from;
      }
    }
    for (Agreement.Adjustment a : agreement.adjustments()) {
      if (!a.instant().isAfter(asOf) && (last == null || a.instant().isAfter(last))) {
        last = a.instant();
      }
    }
    return java.util.Optional.ofNullable(last);
  }

  /** Missed cadence; see {@code BalanceChecks.missedCadence}. */
  static BalanceCheck missedCadence(List<Agreement> agreements, Duration grace) {
    List<Agreement> known = List.copyOf(agreements);
    Objects.requireNonNull(grace, "grace");
    return (flows, asOf) -> {
      List<Finding> found = new ArrayList<>();
      for (Agreement a : known) {
        java.util.Optional<Instant> last = lastReview(a, asOf);
        if (last.isEmpty()) {
          continue; // not in force yet
        }
        // reviewed once a season: due by the end of the season after the last review's
        Interval lastSeason = a.reviewCadence().seasonOf(last.get());
        Interval next = a.reviewCadence().seasonOf(lastSeason.end());
        Instant due = next.end().plus(grace);
        if (!asOf.isAfter(due)) {
          continue;
        }
        double days = Duration.between(last.get(), asOf).toSeconds() / 86400.0;
        found.add(
            Finding.builder()
                .type(FindingType.MISSED_CADENCE)
                .subjectKind(Finding.SubjectKind.AGREEMENT)
                .subject(PartyId.of(a.name()))
                .period(Interval.between(last.get(), asOf))
                .severity(Severity.NOTICE)
                .addEvidence(CheckSupport.figure(DAYS_SINCE_REVIEW, days, "days", null, null))
                .addEvidence(
                    CheckSupport.figure(
                        "review due by (epoch day)",
                        due.getEpochSecond() / 86400.0,
                        "days",
                        next,
                        null))
                .build());
      }
      found.sort(ChronicImbalanceCheck.FINDING_ORDER);
      return found;
    };
  }

  /**
   * Overdue return; see {@code BalanceChecks.overdueReturn}. {@code strategies} makes the
   * developmental strategy of a kind as of an instant (empty for a kind with another rule).
   */
  static BalanceCheck overdueReturn(
      ReciprocityRule rule,
      Function<
              FlowKind,
              java.util.Optional<Function<Instant, ScoringStrategy<?, DevelopmentalScores>>>>
          strategies,
      Set<FlowKind> kinds) {
    Objects.requireNonNull(rule, "rule");
    return (flows, asOf) -> {
      List<Finding> found = new ArrayList<>();
      for (FlowKind kind : kinds) {
        var make = strategies.apply(kind);
        if (make.isEmpty()) {
          continue;
        }
        FlowColumns one = flows.ofKinds(Set.of(kind));
        if (one.size() == 0) {
          continue;
        }
        DevelopmentalScores scores = make.get().apply(asOf).score(one);
        // per debtor: its overdue obligations, by creditor
        Map<PartyId, List<OpenObligation>> byDebtor = new TreeMap<>();
        for (OpenObligation o : scores.openObligations()) {
          // overdue as of the review's horizon, not only as of the latest flow scored
          if (!scores.dueBy(o).isAfter(asOf)) {
            byDebtor.computeIfAbsent(o.debtor(), d -> new ArrayList<>()).add(o);
          }
        }
        for (Map.Entry<PartyId, List<OpenObligation>> e : byDebtor.entrySet()) {
          found.add(overdue(scores, kind, e.getKey(), e.getValue(), asOf));
        }
      }
      found.sort(ChronicImbalanceCheck.FINDING_ORDER);
      return found;
    };
  }

  private static Finding overdue(
      DevelopmentalScores scores,
      FlowKind kind,
      PartyId debtor,
      List<OpenObligation> owed,
      Instant asOf) {
    long total = 0;
    Map<PartyId, Long> byCreditor = new TreeMap<>();
    OpenObligation oldest = owed.get(0);
    for (OpenObligation o : owed) {
      total += o.amount().micros();
      byCreditor.merge(o.creditor(), o.amount().micros(), Long::sum);
      if (o.since().isBefore(oldest.since())) {
        oldest = o;
      }
    }
    Map.Entry<PartyId, Long> most =
        byCreditor.entrySet().stream()
            .max(
                Map.Entry.<PartyId, Long>comparingByValue()
                    .thenComparing(Map.Entry.comparingByKey(java.util.Comparator.reverseOrder())))
            .orElseThrow();
    PartyId creditor = most.getKey();
    Instant dueBy = scores.dueBy(oldest);
    boolean long_ = Duration.between(dueBy, asOf).compareTo(scores.window()) > 0;
    return Finding.builder()
        .type(FindingType.OVERDUE_RETURN)
        .subject(debtor)
        .counterpart(creditor)
        .period(Interval.between(oldest.since(), asOf))
        .severity(long_ ? Severity.WARNING : Severity.NOTICE)
        .putExchangeByKind(kind, Amount.ofMicros(most.getValue()))
        .shortfall(Amount.ofMicros(total))
        .addEvidence(CheckSupport.figure(OVERDUE, owed.size(), "gifts", null, null))
        .addEvidence(CheckSupport.amount(OVERDUE_AMOUNT, total, kind.unit(), null, null))
        .addEvidence(
            CheckSupport.figure(
                OLDEST,
                Duration.between(oldest.since(), asOf).toSeconds() / 86400.0,
                "days",
                null,
                oldest.creditor()))
        .addEvidence(
            Evidence.builder()
                .measure("return expected from")
                .unit("days after the gift")
                .value(
                    Duration.between(oldest.since(), scores.dueFrom(oldest)).toSeconds() / 86400.0)
                .build())
        .build();
  }
}
