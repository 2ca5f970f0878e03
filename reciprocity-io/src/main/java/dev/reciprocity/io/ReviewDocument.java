package dev.reciprocity.io;

import dev.reciprocity.DyadScore;
import dev.reciprocity.Finding;
import dev.reciprocity.NetworkCirculation;
import dev.reciprocity.NetworkScore;
import dev.reciprocity.PartyScore;
import dev.reciprocity.ReciprocityReview;
import dev.reciprocity.ReciprocityRule;
import dev.reciprocity.SuggestedExchange;
import dev.reciprocity.core.ReviewReport;
import dev.reciprocity.core.ReviewSettings;
import dev.reciprocity.spi.FindingFormatter;
import dev.reciprocity.spi.ResultDocument.Column;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import java.util.stream.Collectors;

/**
 * The content of the text and Markdown reports, written once for any {@link Doc} dialect: a header
 * block, then for the latest complete season and for the whole range the three questions of the
 * reciprocity review, what to celebrate and the findings.
 */
final class ReviewDocument {

  private static final List<Column> PARTY_COLUMNS =
      List.of(
          new Column("Party", false),
          new Column("Gave", true),
          new Column("Received", true),
          new Column("Net", true),
          new Column("Give share", true));

  private final ReviewReport report;
  private final Doc doc;
  private final FindingFormatter words;
  private final String season;
  private final String seasons;

  private ReviewDocument(ReviewReport report, Doc doc, FindingFormatter words) {
    this.report = report;
    this.doc = doc;
    this.words = words;
    this.season = Figures.seasonWord(report.settings().cadence());
    this.seasons = season + "s";
  }

  /** Writes the report into the document and returns the document's text. */
  static String write(ReviewReport report, Doc doc, FindingFormatter words) {
    new ReviewDocument(report, doc, words).write();
    return doc.result();
  }

  private void write() {
    NetworkScore network = report.wholeRange().network();
    ReviewSettings settings = report.settings();
    doc.title("Reciprocity review");
    doc.facts(
        List.of(
            List.of("Source", report.source()),
            List.of("Flows", Long.toString(report.flowCount())),
            List.of("Parties", Integer.toString(report.partyCount())),
            List.of(
                "Range", Figures.range(report.firstFlow(), report.lastFlow(), report.settings())),
            List.of(
                "Kinds",
                settings.kinds().isEmpty()
                    ? "all: " + Figures.kindNames(report.kindsPresent())
                    : Figures.kindNames(settings.kinds()) + " (selected)"),
            List.of("Season", season + " (" + Figures.describe(settings.cadence()) + ")"),
            List.of(
                "Weighted reciprocity",
                Figures.percent(network.weightedReciprocity())
                    + " of all weight was matched by a return between the same two parties"),
            List.of(
                "Unweighted reciprocity",
                Figures.percent(network.overallReciprocity())
                    + " of giver-to-receiver links also run the other way"),
            List.of("Cleared by circulation", cleared(report.wholeRange()))));
    doc.paragraph(
        "How to read it: net = gave - received. Give share = gave / (gave + received):"
            + " 100% only gives, 0% only receives, 50% gives as much as it receives. Amounts are the"
            + " weights of the flows, added up.");

    if (report.latestSeason().isPresent()) {
      ReciprocityReview latest = report.latestSeason().get();
      doc.section("Latest complete " + season + ": " + Dates.labelled(latest.period()));
      review(latest, season);
    } else {
      doc.section("Latest complete " + season);
      doc.paragraph(
          "None yet: no "
              + season
              + " inside the range has ended"
              + " before the last flow. The whole range follows.");
    }
    doc.section("Whole range: " + report.wholeRange().period().label());
    review(report.wholeRange(), "range");
  }

  /** The whole range's cleared share in words, or why it was not computed. */
  private static String cleared(ReciprocityReview review) {
    if (review.circulation().isEmpty()) {
      return "not computed";
    }
    NetworkCirculation c = review.circulation().get();
    OptionalDouble share = c.clearedShare();
    if (share.isPresent()) {
      return Figures.percent(share.getAsDouble())
          + " of all weight runs in closed cycles (A -> B -> ... -> A), settled by set-off;"
          + " the rest, "
          + c.minimalSettlement().orElseThrow()
          + ", is the least that must flow to settle every party's net balance"
          + mostCleared(c);
    }
    return c.reason().map(r -> "not computed: " + r).orElse("none: no weight flowed");
  }

  /** The three parties with the largest parts of the cleared weight, if any. */
  private static String mostCleared(NetworkCirculation c) {
    List<String> most =
        Figures.clearedByPartyLargestFirst(c).stream()
            .limit(3)
            .map(e -> e.getKey().value() + " (" + e.getValue() + ")")
            .toList();
    return most.isEmpty() ? "" : "; the largest parts of it: " + String.join(", ", most);
  }

  private void review(ReciprocityReview review, String scope) {
    NetworkScore network = review.network();
    if (network.flowCount() == 0) {
      doc.paragraph("No flow in this " + scope + ".");
    } else {
      doc.paragraph(
          Figures.count(network.flowCount(), "flow", "flows")
              + " among "
              + Figures.count(network.partyCount(), "party", "parties")
              + "; weighted reciprocity "
              + Figures.percent(network.weightedReciprocity())
              + ", unweighted "
              + Figures.percent(network.overallReciprocity())
              + ".");
    }
    long givers = review.parties().stream().filter(p -> p.netBalance().signum() > 0).count();
    long receivers = review.parties().stream().filter(p -> p.netBalance().signum() < 0).count();

    doc.subsection("1. Who gave significantly without return?");
    if (review.gaveWithoutReturn().isEmpty()) {
      doc.paragraph("Nobody: no party gave more than it received in this " + scope + ".");
    } else {
      doc.paragraph(
          "Net givers: they gave more than they received, largest surplus first"
              + Figures.showing(review.gaveWithoutReturn().size(), givers)
              + ".");
      doc.table(PARTY_COLUMNS, partyRows(review.gaveWithoutReturn()));
    }

    doc.subsection("2. Who received without giving back?");
    if (review.receivedWithoutGiving().isEmpty()) {
      doc.paragraph("Nobody: no party received more than it gave in this " + scope + ".");
    } else {
      doc.paragraph(
          "Net receivers: they received more than they gave, largest deficit first"
              + Figures.showing(review.receivedWithoutGiving().size(), receivers)
              + ".");
      doc.table(PARTY_COLUMNS, partyRows(review.receivedWithoutGiving()));
    }

    doc.subsection("3. Which exchanges would rebalance?");
    if (review.rebalancingExchanges().isEmpty()) {
      doc.paragraph("None needed: every relationship in this " + scope + " is even.");
    } else {
      doc.paragraph(
          "The most one-sided relationships, largest gap first, each as the return that"
              + " would close it.");
      doc.items(
          review.rebalancingExchanges().stream()
              .map(this::exchange)
              .map(List::of)
              .collect(Collectors.toList()));
    }

    doc.subsection("What to celebrate");
    if (review.reciprocalRelationships().isEmpty()) {
      doc.paragraph("No relationship ran both ways in this " + scope + " yet.");
    } else {
      doc.paragraph("Relationships that ran both ways, largest matched amount first.");
      doc.items(
          review.reciprocalRelationships().stream()
              .map(ReviewDocument::celebrate)
              .map(List::of)
              .collect(Collectors.toList()));
    }

    doc.subsection("Findings");
    ReciprocityRule rule = report.rule();
    String horizon = rule.consecutiveSeasons() + " consecutive " + seasons;
    List<Finding> findings = review.findings();
    if (findings.isEmpty()) {
      doc.paragraph(
          "None: no party's give share stayed outside "
              + band(rule)
              + " for "
              + horizon
              + ", and no other check found its failure mode.");
      return;
    }
    int shown = Math.min(findings.size(), report.settings().top());
    doc.paragraph(
        "Chronic imbalance: a give share above "
            + Figures.percent(rule.toleranceBand().high())
            + " (chronic giver, burnout risk) or below "
            + Figures.percent(rule.toleranceBand().low())
            + " (chronic receiver, obligation risk) in at least "
            + horizon
            + " with an activity of at"
            + " least "
            + rule.minimumActivity()
            + "; and the failure modes of the other checks (review --help lists them with their"
            + " defaults). Most severe first"
            + Figures.showing(shown, findings.size())
            + ".");
    List<List<String>> items = new ArrayList<>();
    for (Finding f : findings.subList(0, shown)) {
      items.add(
          List.of(
              f.severity()
                  + ": "
                  + Figures.words(f.type())
                  + " "
                  + f.subject()
                  + ", "
                  + f.period().label(),
              words.summary(f),
              "Suggestion: " + words.suggestion(f)));
    }
    doc.items(items);
  }

  private static String band(ReciprocityRule rule) {
    return "the band "
        + Figures.percent(rule.toleranceBand().low())
        + " to "
        + Figures.percent(rule.toleranceBand().high());
  }

  private static List<List<String>> partyRows(List<PartyScore> parties) {
    List<List<String>> rows = new ArrayList<>();
    for (PartyScore p : parties) {
      rows.add(
          List.of(
              p.party().value(),
              p.outStrength().toString(),
              p.inStrength().toString(),
              Figures.signed(p.netBalance()),
              Figures.percent(p.giveShare())));
    }
    return rows;
  }

  private String exchange(SuggestedExchange e) {
    String kinds = e.kinds().isEmpty() ? "" : " (" + Figures.kindNames(e.kinds()) + ")";
    return e.giver()
        + " could give "
        + e.receiver()
        + " about "
        + e.gap()
        + " in return: received "
        + e.received()
        + kinds
        + ", returned "
        + e.returned()
        + ".";
  }

  private static String celebrate(DyadScore d) {
    return d.a()
        + " and "
        + d.b()
        + ": "
        + d.a()
        + " gave "
        + d.aToB()
        + ", "
        + d.b()
        + " gave "
        + d.bToA()
        + "; "
        + d.reciprocatedWeight()
        + " matched each way (reciprocity index "
        + Figures.percent(d.reciprocityIndex())
        + ").";
  }
}
