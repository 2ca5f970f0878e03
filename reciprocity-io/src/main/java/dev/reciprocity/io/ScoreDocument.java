package dev.reciprocity.io;

import dev.reciprocity.DecayedBalance;
import dev.reciprocity.DecayedBalances;
import dev.reciprocity.ImmediateScores;
import dev.reciprocity.NetworkScore;
import dev.reciprocity.OpenObligation;
import dev.reciprocity.PartyScore;
import dev.reciprocity.PortfolioScores;
import dev.reciprocity.SeasonScores;
import dev.reciprocity.SeasonalScores;
import dev.reciprocity.core.ReviewSettings;
import dev.reciprocity.io.Doc.Column;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The content of a {@link ScoreReport} in text and Markdown, written once for any {@link Doc}
 * dialect: a header block, then the figures of the built-in result types with their tables cut to
 * {@link ReviewSettings#top()} rows, or the text of any other result.
 */
final class ScoreDocument {

  private static final List<Column> PARTY_COLUMNS =
      List.of(
          new Column("Party", false),
          new Column("Gave", true),
          new Column("Received", true),
          new Column("Net", true),
          new Column("Reciprocated", true),
          new Column("Give share", true));

  private static final List<Column> SEASON_COLUMNS =
      List.of(
          new Column("Season", false),
          new Column("Flows", true),
          new Column("Parties", true),
          new Column("Weight", true),
          new Column("Weighted reciprocity", true),
          new Column("Unweighted reciprocity", true));

  private static final List<Column> OBLIGATION_COLUMNS =
      List.of(
          new Column("Gave (creditor)", false),
          new Column("Received (debtor)", false),
          new Column("Amount", true),
          new Column("Since", false),
          new Column("Age in days", true),
          new Column("Overdue", false));

  private static final List<Column> DECAYED_COLUMNS =
      List.of(
          new Column("Party", false), new Column("Decayed out-strength", true),
          new Column("Decayed in-strength", true), new Column("Net balance", true));

  private final ScoreReport report;
  private final Doc doc;
  private final int top;

  private ScoreDocument(ScoreReport report, Doc doc) {
    this.report = report;
    this.doc = doc;
    this.top = report.settings().top();
  }

  /** Writes the report into the document and returns the document's text. */
  static String write(ScoreReport report, Doc doc) {
    new ScoreDocument(report, doc).write();
    return doc.result();
  }

  private void write() {
    ReviewSettings settings = report.settings();
    Object result = report.result();
    doc.title("Scores: " + report.strategy());
    doc.facts(
        List.of(
            List.of("Source", report.source()),
            List.of("Strategy", report.strategy() + " (gives " + report.resultTypeName() + ")"),
            List.of("Flows", Long.toString(report.flowCount())),
            List.of(
                "Range", Figures.range(report.firstFlow(), report.lastFlow(), report.settings())),
            List.of(
                "Kinds",
                settings.kinds().isEmpty()
                    ? "all: " + Figures.kindNames(report.kindsPresent())
                    : Figures.kindNames(settings.kinds()) + " (selected)")));
    if (result instanceof PortfolioScores r) {
      portfolio(r);
    } else if (result instanceof SeasonalScores r) {
      seasonal(r);
    } else if (result instanceof ImmediateScores r) {
      immediate(r);
    } else if (result instanceof DecayedBalances r) {
      decayed(r);
    } else {
      doc.section("Result");
      doc.paragraph("The strategy gives " + report.resultTypeName() + ", shown as its own text:");
      doc.preformatted(String.valueOf(result).lines().collect(Collectors.toList()));
    }
  }

  private void portfolio(PortfolioScores scores) {
    NetworkScore network = scores.network();
    doc.section("Network");
    doc.facts(
        List.of(
            List.of("Flows", Long.toString(network.flowCount())),
            List.of("Parties", Integer.toString(network.partyCount())),
            List.of("Total weight", network.totalWeight().toString()),
            List.of(
                "Weighted reciprocity",
                Figures.percent(network.weightedReciprocity())
                    + " of all weight was matched by a return between the same two parties"),
            List.of(
                "Unweighted reciprocity",
                Figures.percent(network.overallReciprocity())
                    + " of giver-to-receiver links also run the other way"),
            List.of(
                "Out-strength Gini",
                decimal(network.outStrengthGini())
                    + " (0: everyone gives alike; near 1: one party gives nearly everything)")));
    List<PartyScore> parties =
        scores.parties().stream()
            .sorted(
                Comparator.comparing(PartyScore::activity)
                    .reversed()
                    .thenComparing(PartyScore::party))
            .collect(Collectors.toList());
    doc.section("Parties");
    if (parties.isEmpty()) {
      doc.paragraph("No party gave or received.");
      return;
    }
    int shown = Math.min(top, parties.size());
    doc.paragraph(
        "The most active parties (gave + received), most active first"
            + Figures.showing(shown, parties.size())
            + ". Net = gave - received; reciprocated = the part"
            + " matched by a return from the same partner; give share = gave / (gave + received).");
    List<List<String>> rows = new ArrayList<>();
    for (PartyScore p : parties.subList(0, shown)) {
      rows.add(
          List.of(
              p.party().value(),
              p.outStrength().toString(),
              p.inStrength().toString(),
              Figures.signed(p.netBalance()),
              p.reciprocatedStrength().toString(),
              Figures.percent(p.giveShare())));
    }
    doc.table(PARTY_COLUMNS, rows);
  }

  private void seasonal(SeasonalScores scores) {
    List<SeasonScores> seasons = scores.seasons();
    doc.section("Seasons");
    if (seasons.isEmpty()) {
      doc.paragraph("No season holds a flow.");
      return;
    }
    int shown = Math.min(top, seasons.size());
    doc.paragraph(
        Figures.count(seasons.size(), "season", "seasons")
            + " of "
            + Figures.describe(scores.cadence())
            + " hold flows (seasons without flows are not"
            + " listed). "
            + (shown < seasons.size()
                ? "The latest " + shown + ", oldest first."
                : "Oldest first."));
    List<List<String>> rows = new ArrayList<>();
    for (SeasonScores s : seasons.subList(seasons.size() - shown, seasons.size())) {
      NetworkScore n = s.scores().network();
      rows.add(
          List.of(
              s.season().label(),
              Long.toString(n.flowCount()),
              Integer.toString(n.partyCount()),
              n.totalWeight().toString(),
              Figures.percent(n.weightedReciprocity()),
              Figures.percent(n.overallReciprocity())));
    }
    doc.table(SEASON_COLUMNS, rows);
  }

  private void immediate(ImmediateScores scores) {
    List<OpenObligation> open = scores.openObligations();
    long overdue = open.stream().filter(OpenObligation::overdue).count();
    doc.section("Returns within the window");
    doc.facts(
        List.of(
            List.of(
                "Window",
                duration(scores.window())
                    + " after a gift, a flow the other way counts as its return"),
            List.of("Gift weight", scores.giftWeight().toString()),
            List.of("Returned weight", scores.returnedWeight().toString()),
            List.of("Returned share", Figures.percent(scores.returnedShare())),
            List.of("Open obligations", open.size() + " (" + overdue + " overdue)")));
    doc.section("Open obligations");
    if (open.isEmpty()) {
      doc.paragraph("None: every gift was returned within the window.");
      return;
    }
    int shown = Math.min(top, open.size());
    doc.paragraph(
        "Gifts, or their parts, not returned yet, oldest first"
            + Figures.showing(shown, open.size())
            + ". Overdue: the window has passed, so no return can"
            + " count any more.");
    List<List<String>> rows = new ArrayList<>();
    for (OpenObligation o : open.subList(0, shown)) {
      rows.add(
          List.of(
              o.creditor().value(),
              o.debtor().value(),
              o.amount().toString(),
              o.since().toString(),
              Long.toString(o.age().toDays()),
              o.overdue() ? "yes" : "no"));
    }
    doc.table(OBLIGATION_COLUMNS, rows);
  }

  private void decayed(DecayedBalances scores) {
    List<DecayedBalance> parties =
        scores.parties().stream()
            .sorted(
                Comparator.comparingDouble(ScoreDocument::decayedActivity)
                    .reversed()
                    .thenComparing(DecayedBalance::party))
            .collect(Collectors.toList());
    doc.section("Decayed balances");
    doc.facts(
        List.of(
            List.of("As of", scores.asOf().toString()),
            List.of(
                "Half-life",
                scores
                    .halfLife()
                    .map(ScoreDocument::duration)
                    .orElse("none: no decay, the balances are plain sums")),
            List.of("Parties", Integer.toString(parties.size()))));
    if (parties.isEmpty()) {
      doc.paragraph("No party gave or received.");
      return;
    }
    int shown = Math.min(top, parties.size());
    doc.paragraph(
        (scores.halfLife().isPresent()
                ? "A flow of amount a at instant t counts a * 2^(-(T - t) / h) at T = as of, with"
                    + " half-life h. "
                : "")
            + "The parties with the largest decayed activity (out + in) first"
            + Figures.showing(shown, parties.size())
            + ".");
    List<List<String>> rows = new ArrayList<>();
    for (DecayedBalance p : parties.subList(0, shown)) {
      rows.add(
          List.of(
              p.party().value(),
              decimal(p.outStrength()),
              decimal(p.inStrength()),
              signedDecimal(p.netBalance())));
    }
    doc.table(DECAYED_COLUMNS, rows);
  }

  private static double decayedActivity(DecayedBalance b) {
    return b.outStrength() + b.inStrength();
  }

  /** A duration in days when it is whole days ({@code 14 days}), otherwise in ISO-8601. */
  static String duration(Duration d) {
    if (!d.isZero() && d.equals(Duration.ofDays(d.toDays()))) {
      return Figures.count(d.toDays(), "day", "days");
    }
    return d.toString();
  }

  /** A number with two decimals, {@code n/a} for NaN. */
  private static String decimal(double value) {
    return Double.isNaN(value) ? "n/a" : String.format(Locale.ROOT, "%.2f", value);
  }

  /** A number with two decimals and a plus sign when it shows as positive. */
  private static String signedDecimal(double value) {
    String s = decimal(value);
    return value > 0 && !s.equals("0.00") ? "+" + s : s.equals("-0.00") ? "0.00" : s;
  }
}
