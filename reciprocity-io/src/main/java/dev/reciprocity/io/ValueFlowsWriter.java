package dev.reciprocity.io;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.reciprocity.Evidence;
import dev.reciprocity.Finding;
import dev.reciprocity.Flow;
import dev.reciprocity.FlowKind;
import dev.reciprocity.Interval;
import dev.reciprocity.PartyId;
import dev.reciprocity.core.FindingFormatters;
import dev.reciprocity.core.ReviewReport;
import dev.reciprocity.spi.FindingFormatter;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * Writes the findings of a review of a ValueFlows document back as JSON-LD, with the events each
 * finding rests on, so that a ValueFlows application (hREA, Bonfire) can show a finding next to its
 * events (docs/design.md, section 4.23, ValueFlows).
 *
 * <p>The document's {@code @context} is the source document's, followed by {@code {"reciprocity":
 * "https://reciprocity.dev/ns#"}}, the namespace of this library's own terms ({@value #NAMESPACE}):
 * the {@code @id}s written are those of the source, as written there, and mean what they meant
 * there. The {@code @graph} holds one node per finding, in the order given:
 *
 * <pre>{@code
 * {
 *   "@id" : "_:finding-0",
 *   "@type" : "reciprocity:Finding",
 *   "reciprocity:findingType" : "CHRONIC_GIVER",
 *   "reciprocity:severity" : "WARNING",
 *   "reciprocity:subject" : { "@id" : "tb:ada" },            // the agent's IRI, as read
 *   "reciprocity:subjectName" : "Ada",
 *   "reciprocity:period" : { "reciprocity:label" : "2024-Q1 to 2024-Q3",
 *                            "reciprocity:start" : "2024-01-01T00:00:00Z",
 *                            "reciprocity:end" : "2024-10-01T00:00:00Z" },   // end exclusive
 *   "reciprocity:summary" : "...",
 *   "reciprocity:suggestion" : "...",
 *   "reciprocity:counterpart" : { "@id" : "tb:bob" },        // when the finding names one,
 *   "reciprocity:counterpartName" : "Bob",                   // with its name
 *   "reciprocity:shortfall" : 3,                             // when the finding has one
 *   "reciprocity:evidence" : [ { "reciprocity:measure" : "give share",
 *                                "reciprocity:unit" : "share", "reciprocity:value" : 1,
 *                                "reciprocity:season" : "2024-Q1" }, ... ],  // and a
 *                                // counterpart and counterpartName for an exchange figure
 *   "reciprocity:citedEventCount" : 12,
 *   "reciprocity:cites" : [ { "@id" : "tb:e1" }, ... ]       // at most 100
 * }
 * }</pre>
 *
 * <p>A finding cites the events of its subject, given or received, inside its period (and, for a
 * review, of the kinds it judged and inside its range): the {@code @id}s of the flows read from the
 * document, in time order (then by id), at most {@value #MAX_CITED}, with their total in {@code
 * reciprocity:citedEventCount}. An evidence value is an exact decimal for an amount, a number for a
 * share, {@code null} where a share is undefined; the season and counterpart of an evidence and the
 * finding's counterpart and shortfall are left out when it has none. A party the document does not
 * name (a circle of a roll-up) has no {@code @id}, only {@code reciprocity:subjectName}. The output
 * is pretty-printed JSON in a fixed key order, so the same findings give the same bytes. Stateless
 * and thread-safe.
 */
public final class ValueFlowsWriter {

  /** The prefix of this library's terms in the documents written: {@value}. */
  public static final String PREFIX = "reciprocity";

  /** The namespace of this library's terms: {@value}. */
  public static final String NAMESPACE = "https://reciprocity.dev/ns#";

  /** The most events a finding cites by id: {@value}; the total is always given. */
  public static final int MAX_CITED = 100;

  private static final JsonMapper MAPPER = new JsonMapper();

  private ValueFlowsWriter() {}

  /**
   * Writes the findings of a review: those of the whole range and of the latest complete season,
   * each once; each cites the events of the kinds the review judged (by name: a valued kind is its
   * kind's events), inside the review's range. The writer is flushed, not closed.
   *
   * @param source the document the reviewed flows were read from
   * @param report the review of (some of) its flows
   * @param words makes each finding's summary and suggestion
   * @param out where the document goes
   * @throws IOException if writing fails
   * @throws IllegalArgumentException if {@code source}'s context is not JSON
   */
  public static void write(
      ValueFlowsDocument source, ReviewReport report, FindingFormatter words, Writer out)
      throws IOException {
    IdentityHashMap<Finding, Boolean> seen = new IdentityHashMap<>();
    List<Finding> all = new ArrayList<>();
    List<Finding> both = new ArrayList<>(report.wholeRange().findings());
    report.latestSeason().ifPresent(s -> both.addAll(s.findings()));
    for (Finding f : both) {
      if (seen.put(f, Boolean.TRUE) == null) {
        all.add(f);
      }
    }
    Set<String> kinds =
        report.kindsPresent().stream().map(FlowKind::name).collect(Collectors.toSet());
    Instant from = report.settings().from().orElse(Flow.EARLIEST);
    Instant to = report.settings().to().orElse(Flow.LATEST);
    write(
        source,
        all,
        f ->
            kinds.contains(f.kind().name())
                && !f.instant().isBefore(from)
                && f.instant().isBefore(to),
        words,
        out);
  }

  /**
   * Writes findings, each citing every event of its subject inside its period. The writer is
   * flushed, not closed.
   *
   * @param source the document the flows behind the findings were read from
   * @param findings the findings, in the order to write them
   * @param words makes each finding's summary and suggestion
   * @param out where the document goes
   * @throws IOException if writing fails
   * @throws IllegalArgumentException if {@code source}'s context is not JSON
   */
  public static void write(
      ValueFlowsDocument source, List<Finding> findings, FindingFormatter words, Writer out)
      throws IOException {
    write(source, findings, f -> true, words, out);
  }

  /**
   * Renders the findings of a review, worded in English ({@link FindingFormatters#english()}), as
   * {@link #write(ValueFlowsDocument, ReviewReport, FindingFormatter, Writer)} writes them.
   *
   * @param source the document the reviewed flows were read from
   * @param report the review
   * @return the whole document, ending with a line break
   * @throws IllegalArgumentException if {@code source}'s context is not JSON
   */
  public static String render(ValueFlowsDocument source, ReviewReport report) {
    StringWriter out = new StringWriter();
    try {
      write(source, report, FindingFormatters.english(), out);
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a StringWriter does not fail
    }
    return out.toString();
  }

  private static void write(
      ValueFlowsDocument source,
      List<Finding> findings,
      Predicate<Flow> judged,
      FindingFormatter words,
      Writer out)
      throws IOException {
    Objects.requireNonNull(words, "words");
    JsonNode context;
    try {
      context = MAPPER.readTree(source.context());
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException(
          "the context of " + source.source() + " is not JSON: " + e.getOriginalMessage(), e);
    }
    // each party's flows, in time order and then by id: what a finding may cite
    Map<PartyId, List<Flow>> byParty = new HashMap<>();
    Comparator<Flow> order =
        Comparator.comparing(Flow::instant).thenComparing(f -> f.id().orElse(""));
    for (Flow f : source.flows()) {
      if (f.id().isPresent() && judged.test(f)) {
        byParty.computeIfAbsent(f.giver(), k -> new ArrayList<>()).add(f);
        byParty.computeIfAbsent(f.receiver(), k -> new ArrayList<>()).add(f);
      }
    }
    byParty.values().forEach(l -> l.sort(order));

    JsonGenerator g = JsonReport.generator(out);
    g.writeStartObject();
    g.writeFieldName("@context");
    g.writeStartArray();
    if (context.isArray()) {
      for (JsonNode entry : context) {
        g.writeTree(entry);
      }
    } else {
      g.writeTree(context);
    }
    g.writeStartObject();
    g.writeStringField(PREFIX, NAMESPACE);
    g.writeEndObject();
    g.writeEndArray();
    g.writeArrayFieldStart("@graph");
    for (int i = 0; i < findings.size(); i++) {
      Finding f = findings.get(i);
      finding(g, source, f, i, words, byParty.getOrDefault(f.subject(), List.of()));
    }
    g.writeEndArray();
    g.writeEndObject();
    g.writeRaw('\n');
    g.flush();
  }

  private static void finding(
      JsonGenerator g,
      ValueFlowsDocument source,
      Finding f,
      int index,
      FindingFormatter words,
      List<Flow> subjectFlows)
      throws IOException {
    g.writeStartObject();
    g.writeStringField("@id", "_:finding-" + index);
    g.writeStringField("@type", term("Finding"));
    g.writeStringField(term("findingType"), f.type().name());
    g.writeStringField(term("severity"), f.severity().name());
    agent(g, source, "subject", f.subject());
    g.writeObjectFieldStart(term("period"));
    g.writeStringField(term("label"), f.period().label());
    g.writeStringField(term("start"), f.period().start().toString());
    g.writeStringField(term("end"), f.period().end().toString());
    g.writeEndObject();
    g.writeStringField(term("summary"), words.summary(f));
    g.writeStringField(term("suggestion"), words.suggestion(f));
    if (f.counterpart().isPresent()) {
      agent(g, source, "counterpart", f.counterpart().get());
    }
    if (f.shortfall().isPresent()) {
      g.writeFieldName(term("shortfall"));
      JsonReport.number(g, f.shortfall().get().micros());
    }
    g.writeArrayFieldStart(term("evidence"));
    for (Evidence e : f.evidence()) {
      g.writeStartObject();
      g.writeStringField(term("measure"), e.measure());
      g.writeStringField(term("unit"), e.unit());
      g.writeFieldName(term("value"));
      if (e.amount().isPresent()) {
        JsonReport.number(g, e.amount().get().micros());
      } else if (Double.isFinite(e.value())) {
        g.writeNumber(e.value());
      } else {
        g.writeNull();
      }
      if (e.period().isPresent()) {
        g.writeStringField(term("season"), e.period().get().label());
      }
      if (e.counterpart().isPresent()) {
        agent(g, source, "counterpart", e.counterpart().get());
      }
      g.writeEndObject();
    }
    g.writeEndArray();
    List<String> cited = cited(f.period(), subjectFlows);
    g.writeNumberField(term("citedEventCount"), cited.size());
    g.writeArrayFieldStart(term("cites"));
    for (String id : cited.subList(0, Math.min(MAX_CITED, cited.size()))) {
      g.writeStartObject();
      g.writeStringField("@id", id);
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  /** The ids of the flows inside the period, in time order. */
  private static List<String> cited(Interval period, List<Flow> flows) {
    List<String> ids = new ArrayList<>();
    for (Flow f : flows) {
      if (!f.instant().isBefore(period.start()) && f.instant().isBefore(period.end())) {
        ids.add(f.id().orElseThrow());
      }
    }
    return ids;
  }

  /**
   * A party: a reference to its agent by IRI under {@code key} (none for a party the source does
   * not name), and its name under {@code key + "Name"}.
   */
  private static void agent(JsonGenerator g, ValueFlowsDocument source, String key, PartyId party)
      throws IOException {
    Optional<String> iri = source.agentOf(party);
    if (iri.isPresent()) {
      g.writeObjectFieldStart(term(key));
      g.writeStringField("@id", iri.get());
      g.writeEndObject();
    }
    g.writeStringField(term(key + "Name"), party.value());
  }

  private static String term(String local) {
    return PREFIX + ":" + local;
  }
}
