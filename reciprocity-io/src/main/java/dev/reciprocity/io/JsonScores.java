package dev.reciprocity.io;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.reciprocity.DecayedBalance;
import dev.reciprocity.DecayedBalances;
import dev.reciprocity.DyadScore;
import dev.reciprocity.FlowKind;
import dev.reciprocity.ImmediateScores;
import dev.reciprocity.NetworkScore;
import dev.reciprocity.OpenObligation;
import dev.reciprocity.PartyScore;
import dev.reciprocity.PortfolioScores;
import dev.reciprocity.SeasonScores;
import dev.reciprocity.SeasonalScores;
import dev.reciprocity.core.ReviewSettings;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * A {@link ScoreReport} of a built-in result type as one JSON object, for programs. Every entry of
 * the result is written ({@link ReviewSettings#top()} does not apply). Amounts are exact JSON
 * numbers, never in exponent form; shares and decayed strengths are unrounded numbers, and {@code
 * null} where undefined (NaN); instants are ISO-8601 strings in UTC and durations ISO-8601
 * durations such as {@code PT336H}.
 *
 * <p>Top-level keys: {@code source}, {@code strategy}, {@code resultType} (such as {@code
 * PortfolioScores}), {@code season}, {@code from}, {@code to}, {@code kinds}, {@code firstFlow},
 * {@code lastFlow}, {@code flowCount} and {@code result}, which holds:
 *
 * <ul>
 *   <li>for {@code PortfolioScores}: {@code network} (flowCount, partyCount, totalWeight,
 *       reciprocatedWeight, weightedReciprocity, overallReciprocity, directedEdges,
 *       reciprocatedEdges, outStrengthGini), {@code parties} (party, given, received, net,
 *       reciprocated, giveShare; sorted by party) and {@code dyads} (a, b, aGaveB, bGaveA,
 *       reciprocated, reciprocityIndex);
 *   <li>for {@code SeasonalScores}: {@code seasons}, each with {@code label}, {@code start}, {@code
 *       end} (exclusive) and the season's portfolio as above;
 *   <li>for {@code ImmediateScores}: {@code window}, {@code giftWeight}, {@code returnedWeight},
 *       {@code returnedShare} and {@code openObligations} (creditor, debtor, amount, since, age,
 *       overdue; oldest first);
 *   <li>for {@code DecayedBalances}: {@code asOf}, {@code halfLife} ({@code null} for no decay) and
 *       {@code parties} (party, outStrength, inStrength, netBalance; sorted by party).
 * </ul>
 */
final class JsonScores {

  private static final JsonMapper MAPPER =
      JsonMapper.builder()
          .enable(SerializationFeature.INDENT_OUTPUT)
          .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
          .build();

  private JsonScores() {}

  /**
   * Renders the report as pretty-printed JSON, ending with a line break.
   *
   * @throws IllegalArgumentException if the result is not of a built-in result type
   */
  static String render(ScoreReport report) {
    Object result = report.result();
    if (!report.hasBuiltInResult()) {
      throw new IllegalArgumentException(
          "the strategy "
              + report.strategy()
              + " gives "
              + result.getClass().getName()
              + ", which has no JSON form; JSON is written for"
              + " PortfolioScores, SeasonalScores, ImmediateScores and DecayedBalances");
    }
    ReviewSettings settings = report.settings();
    ObjectNode root = MAPPER.createObjectNode();
    root.put("source", report.source());
    root.put("strategy", report.strategy());
    root.put("resultType", report.resultTypeName());
    root.put("season", Figures.seasonWord(settings.cadence()));
    instant(root, "from", settings.from());
    instant(root, "to", settings.to());
    ArrayNode kinds = root.putArray("kinds");
    for (FlowKind k : settings.kinds()) {
      kinds.add(k.name());
    }
    root.put("firstFlow", report.firstFlow().toString());
    root.put("lastFlow", report.lastFlow().toString());
    root.put("flowCount", report.flowCount());
    ObjectNode node = root.putObject("result");
    if (result instanceof PortfolioScores r) {
      portfolio(node, r);
    } else if (result instanceof SeasonalScores r) {
      ArrayNode seasons = node.putArray("seasons");
      for (SeasonScores s : r.seasons()) {
        ObjectNode season = seasons.addObject();
        season.put("label", s.season().label());
        season.put("start", s.season().start().toString());
        season.put("end", s.season().end().toString());
        portfolio(season, s.scores());
      }
    } else if (result instanceof ImmediateScores r) {
      immediate(node, r);
    } else {
      decayed(node, (DecayedBalances) result);
    }
    try {
      return MAPPER.writeValueAsString(root) + "\n";
    } catch (JsonProcessingException e) {
      // A tree of strings, numbers and nulls always serializes; this would be a bug.
      throw new UncheckedIOException(e);
    }
  }

  private static void portfolio(ObjectNode node, PortfolioScores scores) {
    NetworkScore n = scores.network();
    ObjectNode network = node.putObject("network");
    network.put("flowCount", n.flowCount());
    network.put("partyCount", n.partyCount());
    network.put("totalWeight", n.totalWeight().toBigDecimal());
    network.put("reciprocatedWeight", n.reciprocatedWeight().toBigDecimal());
    number(network, "weightedReciprocity", n.weightedReciprocity());
    number(network, "overallReciprocity", n.overallReciprocity());
    network.put("directedEdges", n.directedEdges());
    network.put("reciprocatedEdges", n.reciprocatedEdges());
    number(network, "outStrengthGini", n.outStrengthGini());
    ArrayNode parties = node.putArray("parties");
    for (PartyScore p : scores.parties()) {
      ObjectNode x = parties.addObject();
      x.put("party", p.party().value());
      x.put("given", p.outStrength().toBigDecimal());
      x.put("received", p.inStrength().toBigDecimal());
      x.put("net", p.netBalance().toBigDecimal());
      x.put("reciprocated", p.reciprocatedStrength().toBigDecimal());
      number(x, "giveShare", p.giveShare());
    }
    ArrayNode dyads = node.putArray("dyads");
    for (DyadScore d : scores.dyads()) {
      ObjectNode x = dyads.addObject();
      x.put("a", d.a().value());
      x.put("b", d.b().value());
      x.put("aGaveB", d.aToB().toBigDecimal());
      x.put("bGaveA", d.bToA().toBigDecimal());
      x.put("reciprocated", d.reciprocatedWeight().toBigDecimal());
      number(x, "reciprocityIndex", d.reciprocityIndex());
    }
  }

  private static void immediate(ObjectNode node, ImmediateScores scores) {
    node.put("window", scores.window().toString());
    node.put("giftWeight", scores.giftWeight().toBigDecimal());
    node.put("returnedWeight", scores.returnedWeight().toBigDecimal());
    number(node, "returnedShare", scores.returnedShare());
    ArrayNode open = node.putArray("openObligations");
    for (OpenObligation o : scores.openObligations()) {
      ObjectNode x = open.addObject();
      x.put("creditor", o.creditor().value());
      x.put("debtor", o.debtor().value());
      x.put("amount", o.amount().toBigDecimal());
      x.put("since", o.since().toString());
      x.put("age", o.age().toString());
      x.put("overdue", o.overdue());
    }
  }

  private static void decayed(ObjectNode node, DecayedBalances scores) {
    node.put("asOf", scores.asOf().toString());
    node.put("halfLife", scores.halfLife().map(Duration::toString).orElse(null));
    ArrayNode parties = node.putArray("parties");
    for (DecayedBalance p : scores.parties()) {
      ObjectNode x = parties.addObject();
      x.put("party", p.party().value());
      number(x, "outStrength", p.outStrength());
      number(x, "inStrength", p.inStrength());
      number(x, "netBalance", p.netBalance());
    }
  }

  private static void instant(ObjectNode node, String key, Optional<Instant> instant) {
    node.put(key, instant.map(Instant::toString).orElse(null));
  }

  /** Writes a double, or null for NaN and the infinities, which JSON cannot hold. */
  private static void number(ObjectNode node, String key, double value) {
    if (Double.isFinite(value)) {
      node.put(key, value);
    } else {
      node.putNull(key);
    }
  }
}
