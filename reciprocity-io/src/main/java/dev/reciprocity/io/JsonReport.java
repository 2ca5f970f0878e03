package dev.reciprocity.io;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.reciprocity.Amount;
import dev.reciprocity.DyadScore;
import dev.reciprocity.Evidence;
import dev.reciprocity.Finding;
import dev.reciprocity.FlowKind;
import dev.reciprocity.Interval;
import dev.reciprocity.NetworkScore;
import dev.reciprocity.PartyScore;
import dev.reciprocity.ReciprocityReview;
import dev.reciprocity.ReciprocityRule;
import dev.reciprocity.SuggestedExchange;
import dev.reciprocity.core.ReviewReport;
import dev.reciprocity.core.ReviewSettings;
import dev.reciprocity.spi.FindingFormatter;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * The report as one JSON object, for programs. Amounts are exact JSON numbers ({@link
 * Amount#toBigDecimal()}, never in exponent form); shares are numbers in {@code [0, 1]}, unrounded,
 * and {@code null} where undefined (NaN); instants are ISO-8601 strings in UTC.
 *
 * <p>Top-level keys: {@code source}, {@code season}, {@code from}, {@code to}, {@code kinds},
 * {@code rule}, {@code firstFlow}, {@code lastFlow}, {@code flowCount}, {@code partyCount}, {@code
 * totalWeight}, {@code weightedReciprocity}, {@code overallReciprocity}, {@code parties} (every
 * party of the selected flows, sorted by id), {@code findings} (every finding of the whole range,
 * most severe first), {@code latestSeason} (a review, or {@code null}) and {@code wholeRange} (a
 * review). A review holds {@code label}, {@code start}, {@code end} (exclusive), {@code flowCount},
 * {@code partyCount}, {@code weightedReciprocity}, {@code overallReciprocity}, the three questions
 * {@code gaveWithoutReturn}, {@code receivedWithoutGiving} and {@code rebalancingExchanges}, {@code
 * celebrate} and {@code findings}.
 */
final class JsonReport {

  private static final JsonMapper MAPPER =
      JsonMapper.builder()
          .enable(SerializationFeature.INDENT_OUTPUT)
          .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
          .build();

  private JsonReport() {}

  /** Renders the report as pretty-printed JSON, ending with a line break. */
  static String render(ReviewReport report, FindingFormatter words) {
    ObjectNode root = MAPPER.createObjectNode();
    ReviewSettings settings = report.settings();
    NetworkScore network = report.wholeRange().network();
    root.put("source", report.source());
    root.put("season", Figures.seasonWord(settings.cadence()));
    instant(root, "from", settings.from());
    instant(root, "to", settings.to());
    kinds(root.putArray("kinds"), settings.kinds());
    rule(root.putObject("rule"), report.rule());
    root.put("firstFlow", report.firstFlow().toString());
    root.put("lastFlow", report.lastFlow().toString());
    root.put("flowCount", report.flowCount());
    root.put("partyCount", report.partyCount());
    root.put("totalWeight", network.totalWeight().toBigDecimal());
    share(root, "weightedReciprocity", network.weightedReciprocity());
    share(root, "overallReciprocity", network.overallReciprocity());
    parties(root.putArray("parties"), report.wholeRange().parties());
    findings(root.putArray("findings"), report.wholeRange().findings(), words);
    if (report.latestSeason().isPresent()) {
      review(root.putObject("latestSeason"), report.latestSeason().get(), words);
    } else {
      root.putNull("latestSeason");
    }
    review(root.putObject("wholeRange"), report.wholeRange(), words);
    try {
      return MAPPER.writeValueAsString(root) + "\n";
    } catch (JsonProcessingException e) {
      // A tree of strings, numbers and nulls always serializes; this would be a bug.
      throw new UncheckedIOException(e);
    }
  }

  private static void review(ObjectNode node, ReciprocityReview review, FindingFormatter words) {
    Interval period = review.period();
    node.put("label", period.label());
    node.put("start", period.start().toString());
    node.put("end", period.end().toString());
    node.put("flowCount", review.network().flowCount());
    node.put("partyCount", review.network().partyCount());
    share(node, "weightedReciprocity", review.network().weightedReciprocity());
    share(node, "overallReciprocity", review.network().overallReciprocity());
    parties(node.putArray("gaveWithoutReturn"), review.gaveWithoutReturn());
    parties(node.putArray("receivedWithoutGiving"), review.receivedWithoutGiving());
    ArrayNode exchanges = node.putArray("rebalancingExchanges");
    for (SuggestedExchange e : review.rebalancingExchanges()) {
      ObjectNode x = exchanges.addObject();
      x.put("giver", e.giver().value());
      x.put("receiver", e.receiver().value());
      x.put("amount", e.gap().toBigDecimal());
      x.put("receivedSoFar", e.received().toBigDecimal());
      x.put("returnedSoFar", e.returned().toBigDecimal());
      kinds(x.putArray("kinds"), e.kinds());
    }
    ArrayNode celebrate = node.putArray("celebrate");
    for (DyadScore d : review.reciprocalRelationships()) {
      ObjectNode x = celebrate.addObject();
      x.put("a", d.a().value());
      x.put("b", d.b().value());
      x.put("aGaveB", d.aToB().toBigDecimal());
      x.put("bGaveA", d.bToA().toBigDecimal());
      x.put("reciprocated", d.reciprocatedWeight().toBigDecimal());
      share(x, "reciprocityIndex", d.reciprocityIndex());
    }
    findings(node.putArray("findings"), review.findings(), words);
  }

  private static void parties(ArrayNode array, List<PartyScore> parties) {
    for (PartyScore p : parties) {
      ObjectNode x = array.addObject();
      x.put("party", p.party().value());
      x.put("given", p.outStrength().toBigDecimal());
      x.put("received", p.inStrength().toBigDecimal());
      x.put("net", p.netBalance().toBigDecimal());
      share(x, "giveShare", p.giveShare());
    }
  }

  private static void findings(ArrayNode array, List<Finding> findings, FindingFormatter words) {
    for (Finding f : findings) {
      ObjectNode x = array.addObject();
      x.put("type", f.type().name());
      x.put("subject", f.subject().value());
      x.put("severity", f.severity().name());
      x.put("summary", words.summary(f));
      x.put("suggestion", words.suggestion(f));
      ObjectNode period = x.putObject("period");
      period.put("label", f.period().label());
      period.put("start", f.period().start().toString());
      period.put("end", f.period().end().toString());
      ArrayNode evidence = x.putArray("evidence");
      for (Evidence e : f.evidence()) {
        ObjectNode ev = evidence.addObject();
        ev.put("measure", e.measure());
        if (e.amount().isPresent()) {
          // an amount as the exact decimal it is, like every other amount of the report
          ev.put("value", e.amount().get().toBigDecimal());
        } else {
          share(ev, "value", e.value());
        }
        ev.put("period", e.period().map(Interval::label).orElse(null));
        ev.put("counterpart", e.counterpart().map(c -> c.value()).orElse(null));
      }
    }
  }

  private static void rule(ObjectNode node, ReciprocityRule rule) {
    node.put("toleranceLow", rule.toleranceBand().low());
    node.put("toleranceHigh", rule.toleranceBand().high());
    node.put("consecutiveSeasons", rule.consecutiveSeasons());
    node.put("minimumActivity", rule.minimumActivity().toBigDecimal());
  }

  private static void kinds(ArrayNode array, Collection<FlowKind> kinds) {
    kinds.forEach(k -> array.add(k.name()));
  }

  private static void instant(ObjectNode node, String key, Optional<Instant> instant) {
    node.put(key, instant.map(Instant::toString).orElse(null));
  }

  /** Writes a double, or null for NaN and the infinities, which JSON cannot hold. */
  private static void share(ObjectNode node, String key, double value) {
    if (Double.isFinite(value)) {
      node.put(key, value);
    } else {
      node.putNull(key);
    }
  }
}
