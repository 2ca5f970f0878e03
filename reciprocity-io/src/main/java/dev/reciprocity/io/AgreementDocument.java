package dev.reciprocity.io;

import dev.reciprocity.Agreement;
import dev.reciprocity.PartyId;
import dev.reciprocity.core.ScoreReport;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** An agreement's terms and adjustment path in text and Markdown, for any {@link Doc} dialect. */
final class AgreementDocument {

  private AgreementDocument() {}

  /** The agreement's section: terms, revisions with their rules, and the adjustment path. */
  static String write(AgreementReport report, Doc doc) {
    Agreement a = report.agreement();
    doc.title("Agreement: " + a.name());
    doc.facts(
        List.of(
            List.of(
                "Parties",
                a.parties().stream().map(PartyId::value).collect(Collectors.joining(", "))),
            List.of("Terms reviewed", "every " + Figures.seasonWord(a.reviewCadence())),
            List.of("Exit rule", a.exitRule())));
    doc.section("Revisions");
    List<List<String>> revisions = new ArrayList<>();
    for (Agreement.Revision r : a.revisions()) {
      String rules =
          r.rules().entrySet().stream()
              .map(e -> e.getKey() + " by " + e.getValue())
              .collect(Collectors.joining("; "));
      revisions.add(
          List.of(
              "from "
                  + r.effectiveFrom().map(Instant::toString).orElse("the start")
                  + " to "
                  + r.effectiveTo().map(Instant::toString).orElse("now")
                  + ": "
                  + rules));
    }
    doc.items(revisions);
    doc.section("Adjustment path");
    if (a.adjustments().isEmpty()) {
      doc.paragraph("No record yet: no imbalance raised, no repair agreed, no change of terms.");
    } else {
      List<List<String>> records = new ArrayList<>();
      for (Agreement.Adjustment adj : a.adjustments()) {
        records.add(
            List.of(
                adj.instant()
                    + ": "
                    + adj.type().name().toLowerCase(Locale.ROOT).replace('_', ' ')
                    + adj.by().map(p -> " by " + p.value()).orElse("")
                    + (adj.note().isBlank() ? "" : " (" + adj.note() + ")")));
      }
      doc.items(records);
    }
    if (report.rules().isEmpty()) {
      doc.paragraph("No rule of a revision found flows among the parties in the range reviewed.");
    }
    return doc.result();
  }

  /** The title of one rule's scores: the agreement, the kind, the strategy and the interval. */
  static String ruleTitle(AgreementReport report, ScoreReport<?> rule) {
    return "Agreement "
        + report.agreement().name()
        + ": "
        + Figures.kindNames(rule.settings().kinds())
        + " by "
        + rule.strategy()
        + ", "
        + rule.settings().from().map(Instant::toString).orElse("from the start")
        + " to "
        + rule.settings().to().map(Instant::toString).orElse("now");
  }
}
