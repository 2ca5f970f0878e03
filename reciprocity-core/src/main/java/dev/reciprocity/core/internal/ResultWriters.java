package dev.reciprocity.core.internal;

import dev.reciprocity.Amount;
import dev.reciprocity.Cadence;
import dev.reciprocity.DecayedBalance;
import dev.reciprocity.DecayedBalances;
import dev.reciprocity.DevelopmentalScores;
import dev.reciprocity.DyadScore;
import dev.reciprocity.ImmediateScores;
import dev.reciprocity.NetworkScore;
import dev.reciprocity.OpenObligation;
import dev.reciprocity.PartyScore;
import dev.reciprocity.PortfolioScores;
import dev.reciprocity.ProportionalScore;
import dev.reciprocity.ProportionalScores;
import dev.reciprocity.SeasonScores;
import dev.reciprocity.SeasonalScores;
import dev.reciprocity.spi.JsonSink;
import dev.reciprocity.spi.ResultDocument;
import dev.reciprocity.spi.ResultDocument.Column;
import dev.reciprocity.spi.ResultWriter;
import java.io.IOException;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.PriorityQueue;
import org.jspecify.annotations.Nullable;

/**
 * The writers of the built-in result types, which the built-in strategies offer by {@code
 * writer()}. Text and Markdown show the network figures and tables cut to the row limit; JSON
 * writes every entry. Amounts are exact decimals, shares unrounded numbers and {@code null} where
 * undefined (NaN), instants ISO-8601 strings in UTC and durations ISO-8601 durations such as {@code
 * PT336H}.
 *
 * <ul>
 *   <li>{@code PortfolioScores}: {@code network} (flowCount, partyCount, totalWeight,
 *       reciprocatedWeight, weightedReciprocity, overallReciprocity, directedEdges,
 *       reciprocatedEdges, outStrengthGini), {@code parties} (party, given, received, net,
 *       reciprocated, giveShare; sorted by party) and {@code dyads} (a, b, aGaveB, bGaveA,
 *       reciprocated, reciprocityIndex);
 *   <li>{@code SeasonalScores}: {@code seasons}, each with {@code label}, {@code start}, {@code
 *       end} (exclusive) and the season's portfolio as above;
 *   <li>{@code ImmediateScores}: {@code window}, {@code giftWeight}, {@code returnedWeight}, {@code
 *       returnedShare} and {@code openObligations} (creditor, debtor, amount, since, age, overdue;
 *       oldest first);
 *   <li>{@code DecayedBalances}: {@code asOf}, {@code halfLife} ({@code null} for no decay) and
 *       {@code parties} (party, outStrength, inStrength, netBalance; sorted by party).
 * </ul>
 */
public final class ResultWriters {

  private ResultWriters() {}

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

  private static final List<Column> DEVELOPMENTAL_COLUMNS =
      List.of(
          new Column("Gave (creditor)", false),
          new Column("Received (debtor)", false),
          new Column("Amount", true),
          new Column("Since", false),
          new Column("Due from", false),
          new Column("Age in days", true),
          new Column("Overdue", false));

  private static final List<Column> PROPORTIONAL_COLUMNS =
      List.of(
          new Column("Party", false),
          new Column("Gave", true),
          new Column("Capacity", true),
          new Column("Give share", true),
          new Column("Capacity share", true),
          new Column("Ratio", true));

  private static final List<Column> DECAYED_COLUMNS =
      List.of(
          new Column("Party", false), new Column("Decayed out-strength", true),
          new Column("Decayed in-strength", true), new Column("Net balance", true));

  /** The writer of {@link PortfolioScores}. */
  public static final ResultWriter<PortfolioScores> PORTFOLIO =
      new ResultWriter<>() {
        @Override
        public String typeName() {
          return PortfolioScores.class.getSimpleName();
        }

        @Override
        public void document(PortfolioScores result, int maxRows, ResultDocument doc) {
          portfolio(result, maxRows, doc);
        }

        @Override
        public void json(PortfolioScores result, JsonSink json) throws IOException {
          json.beginObject();
          portfolioMembers(result, json);
          json.endObject();
        }
      };

  /** The writer of {@link SeasonalScores}. */
  public static final ResultWriter<SeasonalScores> SEASONAL =
      new ResultWriter<>() {
        @Override
        public String typeName() {
          return SeasonalScores.class.getSimpleName();
        }

        @Override
        public void document(SeasonalScores result, int maxRows, ResultDocument doc) {
          seasonal(result, maxRows, doc);
        }

        @Override
        public void json(SeasonalScores result, JsonSink json) throws IOException {
          json.beginObject();
          json.name("seasons");
          json.beginArray();
          for (SeasonScores s : result.seasons()) {
            json.beginObject();
            json.name("label");
            json.string(s.season().label());
            json.name("start");
            json.string(s.season().start().toString());
            json.name("end");
            json.string(s.season().end().toString());
            portfolioMembers(s.scores(), json);
            json.endObject();
          }
          json.endArray();
          json.endObject();
        }
      };

  /** The writer of {@link ImmediateScores}. */
  public static final ResultWriter<ImmediateScores> IMMEDIATE =
      new ResultWriter<>() {
        @Override
        public String typeName() {
          return ImmediateScores.class.getSimpleName();
        }

        @Override
        public void document(ImmediateScores result, int maxRows, ResultDocument doc) {
          immediate(result, maxRows, doc);
        }

        @Override
        public void json(ImmediateScores scores, JsonSink json) throws IOException {
          json.beginObject();
          json.name("window");
          json.string(scores.window().toString());
          json.name("giftWeight");
          json.amount(scores.giftWeight());
          json.name("returnedWeight");
          json.amount(scores.returnedWeight());
          json.name("returnedShare");
          json.number(scores.returnedShare());
          json.name("openObligations");
          json.beginArray();
          for (OpenObligation o : scores.openObligations()) {
            obligation(json, o, null, null);
          }
          json.endArray();
          json.endObject();
        }
      };

  /** The writer of {@link DevelopmentalScores}. */
  public static final ResultWriter<DevelopmentalScores> DEVELOPMENTAL =
      new ResultWriter<>() {
        @Override
        public String typeName() {
          return DevelopmentalScores.class.getSimpleName();
        }

        @Override
        public void document(DevelopmentalScores result, int maxRows, ResultDocument doc) {
          developmental(result, maxRows, doc);
        }

        @Override
        public void json(DevelopmentalScores scores, JsonSink json) throws IOException {
          json.beginObject();
          json.name("lag");
          json.string(scores.lag().toString());
          json.name("window");
          json.string(scores.window().toString());
          json.name("returnFrom");
          json.string(scores.returnFrom().name().toLowerCase(Locale.ROOT));
          json.name("giftWeight");
          json.amount(scores.giftWeight());
          json.name("returnedWeight");
          json.amount(scores.returnedWeight());
          json.name("returnedShare");
          json.number(scores.returnedShare());
          json.name("openObligations");
          json.beginArray();
          for (OpenObligation o : scores.openObligations()) {
            obligation(json, o, scores.dueFrom(o), scores.dueBy(o));
          }
          json.endArray();
          json.endObject();
        }
      };

  /** The writer of {@link ProportionalScores}. */
  public static final ResultWriter<ProportionalScores> PROPORTIONAL =
      new ResultWriter<>() {
        @Override
        public String typeName() {
          return ProportionalScores.class.getSimpleName();
        }

        @Override
        public void document(ProportionalScores result, int maxRows, ResultDocument doc) {
          proportional(result, maxRows, doc);
        }

        @Override
        public void json(ProportionalScores scores, JsonSink json) throws IOException {
          json.beginObject();
          json.name("seasons");
          json.beginArray();
          for (ProportionalScores.Season season : scores.seasons()) {
            json.beginObject();
            json.name("season");
            json.string(season.period().label());
            json.name("start");
            json.string(season.period().start().toString());
            json.name("end");
            json.string(season.period().end().toString());
            json.name("givenWithoutCapacity");
            json.amount(season.givenWithoutCapacity());
            json.name("parties");
            json.beginArray();
            for (ProportionalScore p : season.parties()) {
              json.beginObject();
              json.name("party");
              json.string(p.party().value());
              json.name("given");
              json.amount(p.given());
              json.name("capacity");
              json.number(p.capacity());
              json.name("giveShare");
              json.number(p.giveShare());
              json.name("capacityShare");
              json.number(p.capacityShare());
              json.name("ratio");
              json.number(p.ratio());
              json.name("contributionPerUnit");
              json.number(p.contributionPerUnit());
              json.endObject();
            }
            json.endArray();
            json.endObject();
          }
          json.endArray();
          json.endObject();
        }
      };

  /**
   * One open obligation as a JSON object: creditor, debtor, amount, since, the due span when given
   * ({@code dueFrom}, {@code dueBy}), age and overdue.
   */
  private static void obligation(
      JsonSink json,
      OpenObligation o,
      java.time.@Nullable Instant dueFrom,
      java.time.@Nullable Instant dueBy)
      throws IOException {
    json.beginObject();
    json.name("creditor");
    json.string(o.creditor().value());
    json.name("debtor");
    json.string(o.debtor().value());
    json.name("amount");
    json.amount(o.amount());
    json.name("since");
    json.string(o.since().toString());
    if (dueFrom != null && dueBy != null) {
      json.name("dueFrom");
      json.string(dueFrom.toString());
      json.name("dueBy");
      json.string(dueBy.toString());
    }
    json.name("age");
    json.string(o.age().toString());
    json.name("overdue");
    json.bool(o.overdue());
    json.endObject();
  }

  /** The writer of {@link DecayedBalances}. */
  public static final ResultWriter<DecayedBalances> DECAYED =
      new ResultWriter<>() {
        @Override
        public String typeName() {
          return DecayedBalances.class.getSimpleName();
        }

        @Override
        public void document(DecayedBalances result, int maxRows, ResultDocument doc) {
          decayed(result, maxRows, doc);
        }

        @Override
        public void json(DecayedBalances scores, JsonSink json) throws IOException {
          json.beginObject();
          json.name("asOf");
          json.string(scores.asOf().toString());
          json.name("halfLife");
          json.string(scores.halfLife().map(Duration::toString).orElse(null));
          json.name("parties");
          json.beginArray();
          for (DecayedBalance p : scores.parties()) {
            json.beginObject();
            json.name("party");
            json.string(p.party().value());
            json.name("outStrength");
            json.number(p.outStrength());
            json.name("inStrength");
            json.number(p.inStrength());
            json.name("netBalance");
            json.number(p.netBalance());
            json.endObject();
          }
          json.endArray();
          json.endObject();
        }
      };

  private static void portfolioMembers(PortfolioScores scores, JsonSink json) throws IOException {
    NetworkScore n = scores.network();
    json.name("network");
    json.beginObject();
    json.name("flowCount");
    json.number(n.flowCount());
    json.name("partyCount");
    json.number((long) n.partyCount());
    json.name("totalWeight");
    json.amount(n.totalWeight());
    json.name("reciprocatedWeight");
    json.amount(n.reciprocatedWeight());
    json.name("weightedReciprocity");
    json.number(n.weightedReciprocity());
    json.name("overallReciprocity");
    json.number(n.overallReciprocity());
    json.name("directedEdges");
    json.number((long) n.directedEdges());
    json.name("reciprocatedEdges");
    json.number((long) n.reciprocatedEdges());
    json.name("outStrengthGini");
    json.number(n.outStrengthGini());
    json.endObject();
    json.name("parties");
    json.beginArray();
    for (PartyScore p : scores.parties()) {
      json.beginObject();
      json.name("party");
      json.string(p.party().value());
      json.name("given");
      json.amount(p.outStrength());
      json.name("received");
      json.amount(p.inStrength());
      json.name("net");
      json.amount(p.netBalance());
      json.name("reciprocated");
      json.amount(p.reciprocatedStrength());
      json.name("giveShare");
      json.number(p.giveShare());
      json.endObject();
    }
    json.endArray();
    json.name("dyads");
    json.beginArray();
    for (DyadScore d : scores.dyads()) {
      json.beginObject();
      json.name("a");
      json.string(d.a().value());
      json.name("b");
      json.string(d.b().value());
      json.name("aGaveB");
      json.amount(d.aToB());
      json.name("bGaveA");
      json.amount(d.bToA());
      json.name("reciprocated");
      json.amount(d.reciprocatedWeight());
      json.name("reciprocityIndex");
      json.number(d.reciprocityIndex());
      json.endObject();
    }
    json.endArray();
  }

  private static void portfolio(PortfolioScores scores, int top, ResultDocument doc) {
    NetworkScore network = scores.network();
    doc.section("Network");
    doc.facts(
        List.of(
            List.of("Flows", Long.toString(network.flowCount())),
            List.of("Parties", Integer.toString(network.partyCount())),
            List.of("Total weight", network.totalWeight().toString()),
            List.of(
                "Weighted reciprocity",
                percent(network.weightedReciprocity())
                    + " of all weight was matched by a return between the same two parties"),
            List.of(
                "Unweighted reciprocity",
                percent(network.overallReciprocity())
                    + " of giver-to-receiver links also run the other way"),
            List.of(
                "Out-strength Gini",
                decimal(network.outStrengthGini())
                    + " (0: everyone gives alike; near 1: one party gives nearly everything)")));
    List<PartyScore> all = scores.parties();
    doc.section("Parties");
    if (all.isEmpty()) {
      doc.paragraph("No party gave or received.");
      return;
    }
    int shown = Math.min(top, all.size());
    List<PartyScore> parties =
        first(
            all,
            shown,
            Comparator.comparing(PartyScore::activity).reversed().thenComparing(PartyScore::party));
    doc.paragraph(
        "The most active parties (gave + received), most active first"
            + showing(shown, all.size())
            + ". Net = gave - received; reciprocated = the part"
            + " matched by a return from the same partner; give share = gave / (gave + received).");
    List<List<String>> rows = new ArrayList<>();
    for (PartyScore p : parties) {
      rows.add(
          List.of(
              p.party().value(),
              p.outStrength().toString(),
              p.inStrength().toString(),
              signed(p.netBalance()),
              p.reciprocatedStrength().toString(),
              percent(p.giveShare())));
    }
    doc.table(PARTY_COLUMNS, rows);
  }

  private static void seasonal(SeasonalScores scores, int top, ResultDocument doc) {
    List<SeasonScores> seasons = scores.seasons();
    doc.section("Seasons");
    if (seasons.isEmpty()) {
      doc.paragraph("No season holds a flow.");
      return;
    }
    int shown = Math.min(top, seasons.size());
    doc.paragraph(
        count(seasons.size(), "season", "seasons")
            + " of "
            + describe(scores.cadence())
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
              percent(n.weightedReciprocity()),
              percent(n.overallReciprocity())));
    }
    doc.table(SEASON_COLUMNS, rows);
  }

  private static void immediate(ImmediateScores scores, int top, ResultDocument doc) {
    List<OpenObligation> open = scores.openObligations();
    int overdue = scores.overdueCount();
    doc.section("Returns within the window");
    doc.facts(
        List.of(
            List.of(
                "Window",
                duration(scores.window())
                    + " after a gift, a flow the other way counts as its return"),
            List.of("Gift weight", scores.giftWeight().toString()),
            List.of("Returned weight", scores.returnedWeight().toString()),
            List.of("Returned share", percent(scores.returnedShare())),
            List.of("Open obligations", open.size() + " (" + overdue + " overdue)")));
    doc.section("Open obligations");
    if (open.isEmpty()) {
      doc.paragraph("None: every gift was returned within the window.");
      return;
    }
    int shown = Math.min(top, open.size());
    doc.paragraph(
        "Gifts, or their parts, not returned yet, oldest first"
            + showing(shown, open.size())
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

  private static void developmental(DevelopmentalScores scores, int top, ResultDocument doc) {
    List<OpenObligation> open = scores.openObligations();
    doc.section("Developmental returns");
    doc.facts(
        List.of(
            List.of(
                "Due",
                "from "
                    + (scores.lag().isZero()
                        ? "the gift"
                        : duration(scores.lag()) + " after a gift")
                    + ", for "
                    + duration(scores.window())),
            List.of(
                "Returned by",
                scores.returnFrom() == DevelopmentalScores.ReturnFrom.DYAD
                    ? "a flow from the receiver back to the giver"
                    : "a flow from the receiver to anyone (paid forward)"),
            List.of("Gift weight", scores.giftWeight().toString()),
            List.of("Returned weight", scores.returnedWeight().toString()),
            List.of("Returned share", percent(scores.returnedShare())),
            List.of("Open obligations", open.size() + " (" + scores.overdueCount() + " overdue)")));
    doc.section("Open obligations");
    if (open.isEmpty()) {
      doc.paragraph("None: every gift was returned when it was due.");
      return;
    }
    int shown = Math.min(top, open.size());
    doc.paragraph(
        "Gifts, or their parts, not returned yet, oldest first"
            + showing(shown, open.size())
            + ". Overdue: the span in which a return counts has passed.");
    List<List<String>> rows = new ArrayList<>();
    for (OpenObligation o : open.subList(0, shown)) {
      rows.add(
          List.of(
              o.creditor().value(),
              o.debtor().value(),
              o.amount().toString(),
              o.since().toString(),
              scores.dueFrom(o).toString(),
              Long.toString(o.age().toDays()),
              o.overdue() ? "yes" : "no"));
    }
    doc.table(DEVELOPMENTAL_COLUMNS, rows);
  }

  private static void proportional(ProportionalScores scores, int top, ResultDocument doc) {
    doc.section("Giving against capacity");
    if (scores.seasons().isEmpty()) {
      doc.paragraph("No season holds flows.");
      return;
    }
    ProportionalScores.Season latest = scores.seasons().get(scores.seasons().size() - 1);
    doc.facts(
        List.of(
            List.of("Seasons", Integer.toString(scores.seasons().size())),
            List.of("Latest", latest.period().label()),
            List.of(
                "Parties with a capacity",
                Integer.toString(latest.parties().size()) + " in the latest season"),
            List.of(
                "Given without a capacity",
                latest.givenWithoutCapacity() + " in the latest season (left out of the shares)")));
    doc.section("Latest season: " + latest.period().label());
    if (latest.parties().isEmpty()) {
      doc.paragraph("No party has a capacity in effect at the season's start.");
      return;
    }
    List<ProportionalScore> byRatio = new ArrayList<>(latest.parties());
    // most above their capacity share first; NaN (nobody with a capacity gave) last
    byRatio.sort(
        Comparator.comparingDouble((ProportionalScore p) -> Double.isNaN(p.ratio()) ? 1 : 0)
            .thenComparing(Comparator.comparingDouble(ProportionalScore::ratio).reversed())
            .thenComparing(ProportionalScore::party));
    int shown = Math.min(top, byRatio.size());
    doc.paragraph(
        "Ratio = give share / capacity share: 1 gives in proportion to its capacity, above 1"
            + " more, below 1 less; highest first"
            + showing(shown, byRatio.size())
            + ". Earlier seasons are in --format json.");
    List<List<String>> rows = new ArrayList<>();
    for (ProportionalScore p : byRatio.subList(0, shown)) {
      rows.add(
          List.of(
              p.party().value(),
              p.given().toString(),
              decimal(p.capacity()),
              percent(p.giveShare()),
              percent(p.capacityShare()),
              decimal(p.ratio())));
    }
    doc.table(PROPORTIONAL_COLUMNS, rows);
  }

  private static void decayed(DecayedBalances scores, int top, ResultDocument doc) {
    List<DecayedBalance> parties = scores.parties();
    doc.section("Decayed balances");
    doc.facts(
        List.of(
            List.of("As of", scores.asOf().toString()),
            List.of(
                "Half-life",
                scores
                    .halfLife()
                    .map(ResultWriters::duration)
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
            + showing(shown, parties.size())
            + ".");
    List<List<String>> rows = new ArrayList<>();
    for (DecayedBalance p :
        first(
            parties,
            shown,
            Comparator.comparingDouble(ResultWriters::decayedActivity)
                .reversed()
                .thenComparing(DecayedBalance::party))) {
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

  // The words below are those of the review's documents in reciprocity-io (its Figures).

  /** A share in {@code [0, 1]} as a percentage with two decimals, {@code n/a} for NaN. */
  private static String percent(double share) {
    return Double.isNaN(share) ? "n/a" : String.format(Locale.ROOT, "%.2f%%", share * 100);
  }

  /** An amount with a plus sign when positive, as a net balance is shown. */
  private static String signed(Amount amount) {
    return amount.signum() > 0 ? "+" + amount : amount.toString();
  }

  /** A count with a noun, singular or plural: {@code 1 season}, {@code 3 seasons}. */
  private static String count(long n, String one, String many) {
    return n + " " + (n == 1 ? one : many);
  }

  /** {@code " (the top 10 of 37)"} when a list is cut, else nothing. */
  private static String showing(long shown, long total) {
    return shown < total ? " (the top " + shown + " of " + total + ")" : "";
  }

  /** A cadence in words: {@code calendar quarters in UTC}. */
  private static String describe(Cadence cadence) {
    String zone = cadence.zone().equals(ZoneOffset.UTC) ? "UTC" : cadence.zone().getId();
    return switch (cadence.unit()) {
      case ISO_WEEK -> "ISO weeks in " + zone;
      case CUSTOM ->
          "every " + cadence.length().orElseThrow() + " from " + cadence.anchor().orElseThrow();
      case MONTH -> "calendar months in " + zone;
      case QUARTER -> "calendar quarters in " + zone;
      case YEAR -> "calendar years in " + zone;
    };
  }

  /** A duration in days when it is whole days ({@code 14 days}), otherwise in ISO-8601. */
  private static String duration(Duration d) {
    if (!d.isZero() && d.equals(Duration.ofDays(d.toDays()))) {
      return count(d.toDays(), "day", "days");
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

  /**
   * The first {@code k} of the items in a total order, sorted: one pass with a heap of {@code k},
   * where sorting every party to show ten would compare each many times.
   */
  static <T> List<T> first(Iterable<T> items, int k, Comparator<? super T> order) {
    if (k <= 0) {
      return List.of();
    }
    PriorityQueue<T> heap = new PriorityQueue<>(k + 1, order.reversed());
    for (T item : items) {
      heap.add(item);
      if (heap.size() > k) {
        heap.poll();
      }
    }
    List<T> out = new ArrayList<>(heap);
    out.sort(order);
    return out;
  }
}
