package dev.reciprocity.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.reciprocity.Amount;
import dev.reciprocity.Flow;
import dev.reciprocity.FlowKind;
import dev.reciprocity.PartyId;
import dev.reciprocity.Request;
import dev.reciprocity.io.ValueFlowsDocument.LeftOut;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The ValueFlows reader: each rule of the mapping (docs/design.md, section 4.23), and each refusal
 * with the file, the JSON path and the fix. Every expected value is read off the document in the
 * test.
 */
class ValueFlowsReaderTest {

  @TempDir Path dir;

  /** The context of the documents below: the examples' context and a prefix for the names. */
  private static final String CONTEXT =
      "[\"https://git.io/vf-examples-jsonld-context\", {\"tb\": \"https://tb.example/\"}]";

  private static final String AGENTS =
      """
      {"@id": "tb:ada", "@type": "Person", "name": "Ada"},
      {"@id": "tb:bob", "@type": "Person", "name": "Bob"},
      """;

  /**
   * An event of work from Ada to Bob, with the terms of {@code extra} added or put in place of its
   * own; a term given as null is taken out.
   */
  private static String event(String id, String extra) {
    try {
      ObjectNode event =
          (ObjectNode)
              JSON.readTree(
                  """
                  {"@id": "%s", "@type": "EconomicEvent", "action": "work",
                   "provider": "tb:ada", "receiver": "tb:bob",
                   "hasPointInTime": "2024-01-15T10:00:00Z"}
                  """
                      .formatted(id));
      ObjectNode more = (ObjectNode) JSON.readTree("{" + extra + "}");
      more.properties()
          .forEach(
              p -> {
                if (p.getValue().isNull()) {
                  event.remove(p.getKey());
                } else {
                  event.set(p.getKey(), p.getValue());
                }
              });
      return event.toString();
    } catch (JsonProcessingException e) {
      throw new AssertionError(e);
    }
  }

  /** Reads numbers as they are written, as the reader does. */
  private static final ObjectMapper JSON =
      JsonMapper.builder().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).build();

  private ValueFlowsDocument read(String nodes) throws IOException {
    return ValueFlowsReader.read(
        write("{\"@context\": " + CONTEXT + ", \"@graph\": [" + nodes + "]}"));
  }

  private Path write(String text) throws IOException {
    Path f = dir.resolve("events.jsonld");
    Files.writeString(f, text, StandardCharsets.UTF_8);
    return f;
  }

  @Test
  void anEventBetweenTwoAgentsIsAFlow() throws IOException {
    ValueFlowsDocument doc =
        read(
            AGENTS
                + event(
                    "tb:e1",
                    """
                    "resourceClassifiedAs": ["tb:mentoring", "tb:teaching"],
                    "effortQuantity": {"hasNumericalValue": 1.25, "hasUnit": "om2:hour"}
                    """));
    Flow f = doc.flows().get(0);
    assertEquals(PartyId.of("Ada"), f.giver());
    assertEquals(PartyId.of("Bob"), f.receiver());
    assertEquals(FlowKind.of("tb:mentoring", "hour"), f.kind());
    assertEquals(Amount.parse("1.25"), f.amount());
    assertEquals(Instant.parse("2024-01-15T10:00:00Z"), f.instant());
    assertEquals(Optional.of("tb:e1"), f.id());
    assertEquals(Set.of(), f.tags());
    assertEquals(Map.of(), doc.leftOut());
    assertEquals("tb:ada", doc.agentOf(PartyId.of("Ada")).orElseThrow());
    assertEquals("tb:bob", doc.agentOf(PartyId.of("Bob")).orElseThrow());
    assertEquals(1, doc.flows().size());
  }

  @Test
  void theKindIsTheClassificationElseTheSpecificationElseTheAction() throws IOException {
    ValueFlowsDocument doc =
        read(
            AGENTS
                + event("tb:e1", "\"resourceConformsTo\": \"tb:apples\"")
                + ","
                + event("tb:e2", "\"action\": \"vf:transfer\"")
                + ","
                + event(
                    "tb:e3",
                    "\"resourceClassifiedAs\": {\"@id\": \"tb:cider\"}, \"resourceConformsTo\":"
                        + " \"tb:apples\""));
    assertEquals("tb:apples", doc.flows().get(0).kind().name());
    assertEquals("transfer", doc.flows().get(1).kind().name());
    assertEquals("tb:cider", doc.flows().get(2).kind().name());
  }

  @Test
  void unitsAndAmounts() throws IOException {
    ValueFlowsDocument doc =
        read(
            AGENTS
                // no quantity: one event counts 1
                + event("tb:e1", "")
                + ","
                // a quantity without a unit is counted
                + event("tb:e2", "\"effortQuantity\": {\"hasNumericalValue\": 3}")
                + ","
                // om2:one, the unit of a plain number, is a count; prefixed terms, a text number
                + event(
                    "tb:e3",
                    "\"action\": \"transfer\", \"resourceQuantity\": {\"om2:hasNumericalValue\":"
                        + " \"2.5\", \"om2:hasUnit\": \"om2:one\"}")
                + ","
                // a full IRI as unit, as an object
                + event(
                    "tb:e4",
                    "\"effortQuantity\": {\"hasNumericalValue\": 0.000001, \"hasUnit\": {\"@id\":"
                        + " \"http://www.ontology-of-units-of-measure.org/resource/om-2/hour\"}}")
                + ","
                // work: the effort, not the resource
                + event(
                    "tb:e5",
                    "\"resourceQuantity\": {\"hasNumericalValue\": 1, \"hasUnit\": \"om2:one\"},"
                        + " \"effortQuantity\": {\"hasNumericalValue\": 4, \"hasUnit\":"
                        + " \"om2:hour\"}")
                + ","
                // transfer: the resource, not the effort
                + event(
                    "tb:e6",
                    "\"action\": \"transfer\", \"resourceQuantity\": {\"hasNumericalValue\": 5,"
                        + " \"hasUnit\": \"om2:kilogram\"}, \"effortQuantity\":"
                        + " {\"hasNumericalValue\": 4, \"hasUnit\": \"om2:hour\"}")
                + ","
                // a JSON-LD value object; zeros past the sixth place change nothing
                + event(
                    "tb:e7",
                    "\"effortQuantity\": {\"hasNumericalValue\": {\"@value\": 2.0000000},"
                        + " \"hasUnit\": \"om2:hour\"}"));
    List<Flow> f = doc.flows();
    assertEquals(List.of(Amount.ONE, "count"), List.of(f.get(0).amount(), f.get(0).kind().unit()));
    assertEquals(
        List.of(Amount.of(3), "count"), List.of(f.get(1).amount(), f.get(1).kind().unit()));
    assertEquals(
        List.of(Amount.parse("2.5"), "count"), List.of(f.get(2).amount(), f.get(2).kind().unit()));
    assertEquals(
        List.of(Amount.ofMicros(1), "hour"), List.of(f.get(3).amount(), f.get(3).kind().unit()));
    assertEquals(List.of(Amount.of(4), "hour"), List.of(f.get(4).amount(), f.get(4).kind().unit()));
    assertEquals(
        List.of(Amount.of(5), "kilogram"), List.of(f.get(5).amount(), f.get(5).kind().unit()));
    assertEquals(List.of(Amount.of(2), "hour"), List.of(f.get(6).amount(), f.get(6).kind().unit()));
  }

  @Test
  void theInstantIsThePointInTimeElseTheEndElseTheBeginning() throws IOException {
    String noTime =
        """
        {"@id": "%s", "@type": "EconomicEvent", "action": "work",
         "provider": "tb:ada", "receiver": "tb:bob", %s}
        """;
    ValueFlowsDocument doc =
        read(
            AGENTS
                + noTime.formatted(
                    "tb:e1",
                    "\"hasBeginning\": \"2024-01-01T09:00:00Z\", \"hasEnd\":"
                        + " \"2024-01-01T11:00:00+01:00\"")
                + ","
                + noTime.formatted("tb:e2", "\"hasBeginning\": \"2024-01-02T09:00:00Z\"")
                + ","
                + noTime.formatted(
                    "tb:e3",
                    "\"time:inXSDDateTimeStamp\": \"2024-01-03T09:00:00Z\", \"hasEnd\":"
                        + " \"2024-01-04T00:00:00Z\""));
    assertEquals(Instant.parse("2024-01-01T10:00:00Z"), doc.flows().get(0).instant());
    assertEquals(Instant.parse("2024-01-02T09:00:00Z"), doc.flows().get(1).instant());
    assertEquals(Instant.parse("2024-01-03T09:00:00Z"), doc.flows().get(2).instant());
  }

  @Test
  void agentsAreIrisOrNodesAndTermsMayBePrefixed() throws IOException {
    ValueFlowsDocument doc =
        read(
            """
            {"@id": "tb:ada", "vf:name": "Ada"},
            {"@id": "tb:e1", "@type": ["vf:EconomicEvent"], "vf:action": "work",
             "vf:provider": {"@id": "tb:ada"}, "vf:receiver": "https://bob.example/",
             "vf:hasPointInTime": "2024-01-15T10:00:00Z"},
            {"@id": "tb:e2", "@type": "https://w3id.org/valueflows/ont/vf#EconomicEvent",
             "action": "work", "provider": {"@id": "tb:cy", "name": "Cy"}, "receiver": "tb:ada",
             "hasPointInTime": "2024-01-16T10:00:00Z"}
            """);
    assertEquals(PartyId.of("Ada"), doc.flows().get(0).giver());
    // no node names this agent: its IRI is its party
    assertEquals(PartyId.of("https://bob.example/"), doc.flows().get(0).receiver());
    // named inline
    assertEquals(PartyId.of("Cy"), doc.flows().get(1).giver());
    assertEquals("tb:cy", doc.agentOf(PartyId.of("Cy")).orElseThrow());
  }

  @Test
  void theDocumentIsAGraphANodeOrAListOfNodes() throws IOException {
    String node =
        """
        {"@context": %s, "@id": "tb:e1", "@type": "EconomicEvent", "action": "work",
         "provider": "tb:ada", "receiver": "tb:bob", "hasPointInTime": "2024-01-15T10:00:00Z"}
        """
            .formatted(CONTEXT);
    assertEquals(1, ValueFlowsReader.read(write(node)).flows().size());
    assertEquals(
        2,
        ValueFlowsReader.read(write("[" + node + "," + node.replace("e1", "e2") + "]"))
            .flows()
            .size());
  }

  @Test
  void theContextMayNameTheExamplesContextOrTheNamespaceAnywhere() throws IOException {
    String nodes = "[" + event("tb:e1", "") + "]";
    for (String context :
        List.of(
            "\"https://git.io/vf-examples-jsonld-context\"",
            "[\"https://www.w3.org/ns/activitystreams\", \"https://git.io/vf-examples-jsonld-context\"]",
            "{\"@vocab\": \"http://w3id.org/valueflows/ont/vf#\"}",
            "[{\"vf\": \"https://w3id.org/valueflows/ont/vf#\", \"tb\": \"https://tb.example/\"}]",
            "{\"vf\": {\"@id\": \"https://w3id.org/valueflows#\"}}")) {
      ValueFlowsDocument doc =
          ValueFlowsReader.read(
              write("{\"@context\": " + context + ", \"@graph\": " + nodes + "}"));
      assertEquals(1, doc.flows().size(), context);
    }
  }

  @Test
  void eventsThatAreNotFlowsAreCountedByReason() throws IOException {
    ValueFlowsDocument doc =
        read(
            AGENTS
                + event("tb:e1", "")
                + ","
                + event("tb:e2", "\"action\": \"produce\", \"receiver\": null")
                + ","
                + event("tb:e3", "\"action\": \"consume\", \"receiver\": \"tb:ada\"")
                + ","
                + event("tb:e4", "\"provider\": null")
                + ","
                + """
                {"@id": "tb:e5", "@type": "EconomicEvent", "action": "raise",
                 "hasPointInTime": "2024-01-15T10:00:00Z"},
                {"@id": "tb:p1", "@type": "Process"},
                {"@id": "tb:c9", "@type": ["Commitment", "vf:Commitment"]}
                """);
    assertEquals(List.of("tb:e1"), doc.flows().stream().map(f -> f.id().orElseThrow()).toList());
    assertEquals(
        Map.of(
            LeftOut.EVENT_WITHOUT_RECEIVER, List.of("tb:e2", "tb:e5"),
            LeftOut.EVENT_TO_ITSELF, List.of("tb:e3"),
            LeftOut.EVENT_WITHOUT_PROVIDER, List.of("tb:e4")),
        doc.leftOut());
    assertEquals(4, doc.leftOutCount());
    assertEquals(
        "2 events without a receiver (actions of one agent, such as produce)",
        LeftOut.EVENT_WITHOUT_RECEIVER.count(2));
    assertEquals("1 event without a provider", LeftOut.EVENT_WITHOUT_PROVIDER.count(1));
    assertEquals(Map.of("Process", 1, "Commitment", 1, "vf:Commitment", 1), doc.otherNodes());
  }

  @Test
  void intentsTakenUpOrTurnedDownAreAsks() throws IOException {
    String intent =
        """
        {"@id": "%s", "@type": "Intent", "action": "work", "resourceClassifiedAs": "tb:repair",
         "created": "2024-01-10T08:00:00Z", %s}
        """;
    ValueFlowsDocument doc =
        read(
            AGENTS
                + event("tb:e1", "\"resourceClassifiedAs\": \"tb:repair\"")
                + ","
                + event("tb:e2", "\"satisfies\": \"tb:i5\"")
                + ","
                // satisfied: accepted, answered by the event
                + intent.formatted(
                    "tb:i1",
                    "\"provider\": \"tb:ada\", \"receiver\": \"tb:bob\", \"satisfiedBy\": \"tb:e1\"")
                + ","
                // finished without satisfaction: declined
                + intent.formatted(
                    "tb:i2",
                    "\"provider\": \"tb:bob\", \"receiver\": \"tb:ada\", \"finished\": true")
                + ","
                // open: not an ask yet
                + intent.formatted(
                    "tb:i3",
                    "\"provider\": \"tb:bob\", \"receiver\": \"tb:ada\", \"finished\": false")
                + ","
                // a request nobody took up
                + intent.formatted("tb:i4", "\"receiver\": \"tb:ada\"")
                + ","
                // a request that an event satisfies: the event's provider is the one asked
                + intent.formatted("tb:i5", "\"receiver\": \"tb:bob\"")
                + ","
                + intent.formatted(
                    "tb:i6",
                    "\"provider\": \"tb:bob\", \"receiver\": \"tb:bob\", \"finished\": true"));
    List<Request> asks = doc.requests();
    assertEquals(3, asks.size());
    Request accepted = asks.get(0);
    assertEquals(PartyId.of("Bob"), accepted.asker());
    assertEquals(PartyId.of("Ada"), accepted.asked());
    assertEquals(Request.Outcome.ACCEPTED, accepted.outcome());
    assertEquals(Optional.of("tb:e1"), accepted.answeredBy());
    assertEquals(FlowKind.of("tb:repair"), accepted.kind());
    assertEquals(Instant.parse("2024-01-10T08:00:00Z"), accepted.instant());
    Request declined = asks.get(1);
    assertEquals(PartyId.of("Ada"), declined.asker());
    assertEquals(PartyId.of("Bob"), declined.asked());
    assertEquals(Request.Outcome.DECLINED, declined.outcome());
    assertEquals(Optional.empty(), declined.answeredBy());
    Request inferred = asks.get(2);
    assertEquals(PartyId.of("Bob"), inferred.asker());
    assertEquals(PartyId.of("Ada"), inferred.asked());
    assertEquals(Optional.of("tb:e2"), inferred.answeredBy());
    assertEquals(
        Map.of(
            LeftOut.OPEN_INTENT, List.of("tb:i3"),
            LeftOut.INTENT_WITH_ONE_AGENT, List.of("tb:i4"),
            LeftOut.INTENT_TO_ITSELF, List.of("tb:i6")),
        doc.leftOut());
  }

  @Test
  void aSatisfactionNodeJoinsAnIntentAndAnEvent() throws IOException {
    ValueFlowsDocument doc =
        read(
            AGENTS
                + event("tb:e1", "")
                + ","
                + """
                {"@id": "tb:i1", "@type": "Intent", "action": "work", "provider": "tb:ada",
                 "receiver": "tb:bob", "hasBeginning": "2024-01-01T00:00:00Z"},
                {"@id": "tb:s1", "@type": "Satisfaction", "satisfies": "tb:i1",
                 "satisfiedBy": "tb:e1"}
                """);
    assertEquals(Optional.of("tb:e1"), doc.requests().get(0).answeredBy());
    assertEquals(Map.of(), doc.otherNodes());
  }

  @Test
  void claimsAppreciationsAndAgreementsAreKept() throws IOException {
    ValueFlowsDocument doc =
        read(
            AGENTS
                + event("tb:e1", "\"realizationOf\": \"tb:ag\"")
                + ","
                + event("tb:e2", "\"provider\": \"tb:bob\", \"receiver\": \"tb:ada\"")
                + ","
                + event(
                    "tb:e3",
                    "\"action\": \"produce\", \"receiver\": null, \"reciprocalRealizationOf\": {\"@id\": \"tb:ag\"}")
                + ","
                + """
                {"@id": "tb:ag", "@type": "Agreement", "name": "timebank agreement",
                 "dcterms:created": "2023-12-01T00:00:00Z"},
                {"@id": "tb:ag2", "@type": "Agreement"},
                {"@id": "tb:c1", "@type": "Claim", "action": "transfer", "provider": "tb:bob",
                 "receiver": "tb:ada", "resourceClassifiedAs": "tb:credit",
                 "resourceQuantity": {"hasNumericalValue": 3, "hasUnit": "om2:hour"},
                 "triggeredBy": "tb:e1", "due": "2024-06-30T00:00:00Z"},
                {"@id": "tb:c2", "@type": "Claim", "action": "transfer", "provider": "tb:bob",
                 "receiver": "tb:ada", "triggeredBy": {"@id": "tb:e1"}},
                {"@id": "tb:a1", "@type": "Appreciation", "appreciationOf": "tb:e1",
                 "appreciationWith": "tb:e2"}
                """);
    ValueFlowsDocument.Claim c = doc.claims().get(0);
    assertEquals(
        new ValueFlowsDocument.Claim(
            "tb:c1",
            PartyId.of("Bob"),
            PartyId.of("Ada"),
            FlowKind.of("tb:credit", "hour"),
            Amount.of(3),
            "tb:e1",
            Optional.of(Instant.parse("2024-06-30T00:00:00Z"))),
        c);
    assertEquals(
        new ValueFlowsDocument.Claim(
            "tb:c2",
            PartyId.of("Bob"),
            PartyId.of("Ada"),
            FlowKind.of("transfer"),
            Amount.ONE,
            "tb:e1",
            Optional.empty()),
        doc.claims().get(1));
    assertEquals(
        List.of(new ValueFlowsDocument.Appreciation("tb:a1", "tb:e1", Optional.of("tb:e2"))),
        doc.appreciations());
    assertEquals(Set.of("tb:e1"), doc.appreciated());
    assertEquals(Set.of(ValueFlowsDocument.APPRECIATED_TAG), doc.flows().get(0).tags());
    assertEquals(Set.of(), doc.flows().get(1).tags());
    assertEquals(
        List.of(
            new ValueFlowsDocument.AgreementNode(
                "tb:ag",
                Optional.of("timebank agreement"),
                Optional.of(Instant.parse("2023-12-01T00:00:00Z")),
                List.of("tb:e1", "tb:e3")),
            new ValueFlowsDocument.AgreementNode(
                "tb:ag2", Optional.empty(), Optional.empty(), List.of())),
        doc.agreements());
  }

  @Test
  void everyProblemNamesTheFileThePathAndTheFix() throws IOException {
    String g = "$['@graph']";
    String e2 = g + "[2]";
    // the context
    assertRefused(
        "{\"@graph\": [" + event("tb:e1", "") + "]}",
        "$",
        "not a ValueFlows document",
        "https://git.io/vf-examples-jsonld-context");
    assertRefused(
        "{\"@context\": \"https://schema.org/\", \"@graph\": []}",
        "$['@context']",
        "not a ValueFlows document",
        "add \"https://git.io/vf-examples-jsonld-context\" or bind vf to"
            + " https://w3id.org/valueflows/ont/vf#");
    assertRefused("[]", "$", "not a JSON-LD document", "@graph");
    assertRefused("{\"@context\": " + CONTEXT + ", \"@graph\": {}}", g, "is not a list", "[ ... ]");
    assertRefused("[" + event("tb:e1", "") + "]", "$[0]", "has no @context", "add");
    assertRefused(
        "{\"@context\": " + CONTEXT + ", \"@graph\": [1]}", g + "[0]", "not a node", "object");
    assertRefused("{\"@context\": " + CONTEXT + ", \"@graph\": [", "$", "not valid JSON", "syntax");
    assertRefused(
        "{\"@context\": " + CONTEXT + ", \"@graph\": [], \"@graph\": []}",
        "$",
        "Duplicate field",
        "syntax");
    // nodes and terms
    assertRefusedNodes(
        AGENTS + "{\"@type\": \"EconomicEvent\"}",
        e2 + "['@id']",
        "is missing",
        "give the node an @id");
    assertRefusedNodes(
        AGENTS + "{\"@id\": 7, \"@type\": \"EconomicEvent\"}",
        e2 + "['@id']",
        "not an IRI",
        "text");
    assertRefusedNodes(
        AGENTS + event("tb:" + "x".repeat(300), ""), e2 + "['@id']", "303 characters", "shorter");
    assertRefusedNodes(
        AGENTS + event("tb:e1", "") + "," + event("tb:e1", ""),
        g + "[3]['@id']",
        "is the @id of the node at " + e2 + " too",
        "merge");
    assertRefusedNodes(
        AGENTS + event("tb:e1", "\"vf:provider\": \"tb:bob\""),
        e2 + "['vf:provider']",
        "the term provider again",
        "keep one");
    assertRefusedNodes(
        AGENTS + "{\"@id\": \"tb:x\", \"@type\": 5}",
        e2 + "['@type']",
        "not a type",
        "EconomicEvent");
    // agents
    assertRefusedNodes(
        AGENTS + event("tb:e1", "\"provider\": [\"tb:ada\", \"tb:bob\"]"),
        e2 + ".provider",
        "more than one agent",
        "name one agent");
    assertRefusedNodes(
        AGENTS + event("tb:e1", "\"provider\": {\"name\": \"Ada\"}"),
        e2 + ".provider",
        "neither an IRI nor an object with @id",
        "{\"@id\": \"tb:ada\"}");
    assertRefusedNodes(
        AGENTS
            + "{\"@id\": \"tb:ann\", \"name\": \"Ada\"},"
            + event("tb:e1", "\"receiver\": \"tb:ann\""),
        g + "[2].name",
        "names the agents 'tb:ada' and 'tb:ann' both 'Ada'",
        "a name of its own");
    assertRefusedNodes(
        AGENTS + event("tb:e1", "\"provider\": {\"@id\": \"tb:ada\", \"name\": \"Ann\"}"),
        g + "[0].name",
        "an event names it 'Ann' inline",
        "one name for one agent");
    assertRefusedNodes(
        "{\"@id\": \"tb:ada\", \"name\": \"Ad\\u0000a\"}," + event("tb:e1", ""),
        g + "[0].name",
        "control",
        "without control characters");
    // kind
    assertRefusedNodes(
        AGENTS
            + "{\"@id\": \"tb:e1\", \"@type\": \"EconomicEvent\", \"provider\": \"tb:ada\","
            + " \"receiver\": \"tb:bob\", \"hasPointInTime\": \"2024-01-15T10:00:00Z\"}",
        e2 + ".action",
        "is missing",
        "\"action\": \"work\"");
    assertRefusedNodes(
        AGENTS + event("tb:e1", "\"resourceClassifiedAs\": \"tb:" + "k".repeat(70) + "\""),
        e2 + ".resourceClassifiedAs",
        "longer than 64",
        "1 to 64 characters");
    assertRefusedNodes(
        AGENTS + event("tb:e1", "\"resourceClassifiedAs\": []"),
        e2 + ".resourceClassifiedAs",
        "is empty",
        "an IRI");
    // quantity
    String q = e2 + ".effortQuantity";
    assertRefusedNodes(
        AGENTS + event("tb:e1", "\"effortQuantity\": 3"), q, "not a measure", "hasNumericalValue");
    assertRefusedNodes(
        AGENTS + event("tb:e1", "\"effortQuantity\": {\"hasUnit\": \"om2:hour\"}"),
        q,
        "has no hasNumericalValue",
        "\"hasNumericalValue\": 2");
    assertRefusedNodes(
        AGENTS + event("tb:e1", "\"effortQuantity\": {\"hasNumericalValue\": -2}"),
        q + ".hasNumericalValue",
        "is negative (got -2)",
        "swap provider and receiver, and write 2");
    assertRefusedNodes(
        AGENTS + event("tb:e1", "\"effortQuantity\": {\"hasNumericalValue\": 0.0000001}"),
        q + ".hasNumericalValue",
        "more than 6 decimal places",
        "round it to 6 decimal places");
    assertRefusedNodes(
        AGENTS
            + event("tb:e1", "\"effortQuantity\": {\"hasNumericalValue\": 9223372036854.775808}"),
        q + ".hasNumericalValue",
        "outside the range",
        "another unit");
    assertRefusedNodes(
        AGENTS + event("tb:e1", "\"effortQuantity\": {\"om2:hasNumericalValue\": \"two\"}"),
        q + "['om2:hasNumericalValue']",
        "not a decimal number",
        "2.5");
    assertRefusedNodes(
        AGENTS + event("tb:e1", "\"effortQuantity\": {\"hasNumericalValue\": true}"),
        q + ".hasNumericalValue",
        "not a number",
        "2.5");
    assertRefusedNodes(
        AGENTS + event("tb:e1", "\"effortQuantity\": {\"hasNumericalValue\": 1, \"hasUnit\": []}"),
        q + ".hasUnit",
        "not one unit",
        "om2:hour");
    assertRefusedNodes(
        AGENTS + event("tb:e1", "\"quantifiedAs\": {\"qudt:numericValue\": 8}"),
        e2 + ".quantifiedAs",
        "older ValueFlows",
        "resourceQuantity or effortQuantity");
    // time
    assertRefusedNodes(
        AGENTS
            + "{\"@id\": \"tb:e1\", \"@type\": \"EconomicEvent\", \"action\": \"work\","
            + " \"provider\": \"tb:ada\", \"receiver\": \"tb:bob\"}",
        e2,
        "has no time: none of hasPointInTime, hasEnd, hasBeginning",
        "\"hasPointInTime\": \"2024-01-15T10:00:00Z\"");
    assertRefusedNodes(
        AGENTS + event("tb:e1", "\"hasPointInTime\": \"2018-10-14T8:00:00-0:00\""),
        e2 + ".hasPointInTime",
        "not an instant with an offset",
        "2024-01-15T10:00:00Z");
    assertRefusedNodes(
        AGENTS + event("tb:e1", "\"hasPointInTime\": \"2024-01-15T10:00:00\""),
        e2 + ".hasPointInTime",
        "not an instant with an offset",
        "+01:00");
    assertRefusedNodes(
        AGENTS + event("tb:e1", "\"hasPointInTime\": \"0000-12-31T23:59:59Z\""),
        e2 + ".hasPointInTime",
        "outside the supported time range",
        "check the year");
    // intents, claims, appreciations, agreements
    assertRefusedNodes(
        AGENTS
            + "{\"@id\": \"tb:i1\", \"@type\": \"Intent\", \"action\": \"work\", \"provider\":"
            + " \"tb:ada\", \"receiver\": \"tb:bob\", \"finished\": \"yes\"}",
        e2 + ".finished",
        "not true or false",
        "without quotes");
    assertRefusedNodes(
        AGENTS
            + "{\"@id\": \"tb:i1\", \"@type\": \"Intent\", \"action\": \"work\", \"provider\":"
            + " \"tb:ada\", \"receiver\": \"tb:bob\", \"finished\": true}",
        e2,
        "has no time: none of created, hasPointInTime, hasBeginning, hasEnd, due",
        "\"created\"");
    String claim = "{\"@id\": \"tb:c1\", \"@type\": \"Claim\", \"action\": \"transfer\", %s}";
    assertRefusedNodes(
        AGENTS + claim.formatted("\"provider\": \"tb:ada\", \"triggeredBy\": \"tb:e1\""),
        e2 + ".receiver",
        "who is owed (receiver)",
        "write both agents");
    assertRefusedNodes(
        AGENTS + claim.formatted("\"provider\": \"tb:ada\", \"receiver\": \"tb:ada\""),
        e2 + ".receiver",
        "is the provider too",
        "the agent who is owed");
    assertRefusedNodes(
        AGENTS + claim.formatted("\"provider\": \"tb:ada\", \"receiver\": \"tb:bob\""),
        e2 + ".triggeredBy",
        "is missing",
        "the one event the claim is made against");
    assertRefusedNodes(
        AGENTS
            + claim.formatted(
                "\"provider\": \"tb:ada\", \"receiver\": \"tb:bob\", \"triggeredBy\": \"tb:e1\","
                    + " \"due\": \"soon\""),
        e2 + ".due",
        "not an instant",
        "2024-01-15T10:00:00Z");
    assertRefusedNodes(
        AGENTS + "{\"@id\": \"tb:a1\", \"@type\": \"Appreciation\"}",
        e2 + ".appreciationOf",
        "is missing",
        "the one event appreciated");
    assertRefusedNodes(
        AGENTS
            + "{\"@id\": \"tb:a1\", \"@type\": \"Appreciation\", \"appreciationOf\": \"tb:e1\","
            + " \"appreciationWith\": [\"tb:e2\", \"tb:e3\"]}",
        e2 + ".appreciationWith",
        "more than one event",
        "the one event given in appreciation");
    assertRefusedNodes(
        AGENTS + "{\"@id\": \"tb:ag\", \"@type\": \"Agreement\", \"name\": 3}",
        e2 + ".name",
        "not a text",
        "the agreement's name");
  }

  @Test
  void aMissingFileAndATooLargeFileAreRefused() throws IOException {
    Path missing = dir.resolve("none.jsonld");
    ModelFileException e =
        assertThrows(ModelFileException.class, () -> ValueFlowsReader.read(missing));
    assertTrue(e.getMessage().contains("does not exist"), e.getMessage());
    Path large = dir.resolve("large.jsonld");
    try (RandomAccessFile f = new RandomAccessFile(large.toFile(), "rw")) {
      f.setLength(ValueFlowsReader.MAX_BYTES + 1); // sparse: no bytes written
    }
    e = assertThrows(ModelFileException.class, () -> ValueFlowsReader.read(large));
    assertEquals("$", e.path());
    assertTrue(e.getMessage().contains("67108865 bytes, more than the 67108864"), e.getMessage());
    assertTrue(e.getMessage().contains("Fix: split the events"), e.getMessage());
    Messages.assertWithinRules(e.getMessage());
  }

  @Test
  void moreNodesThanTheBoundAreRefusedBeforeAnyIsRead() {
    ArrayNode nodes = JsonNodeFactory.instance.arrayNode();
    var node = JsonNodeFactory.instance.objectNode();
    for (int i = 0; i <= ValueFlowsReader.MAX_NODES; i++) {
      nodes.add(node); // one node, a million times: cheap
    }
    var root = JsonNodeFactory.instance.objectNode();
    root.put("@context", ValueFlowsReader.EXAMPLES_CONTEXT);
    root.set("@graph", nodes);
    ModelFileException e =
        assertThrows(ModelFileException.class, () -> ValueFlowsReader.read("big.jsonld", root));
    assertEquals("$", e.path());
    assertTrue(e.getMessage().contains("1000001 nodes, more than the 1000000"), e.getMessage());
  }

  private void assertRefusedNodes(String nodes, String path, String problem, String fix)
      throws IOException {
    assertRefused(
        "{\"@context\": " + CONTEXT + ", \"@graph\": [" + nodes + "]}", path, problem, fix);
  }

  private void assertRefused(String text, String path, String problem, String fix)
      throws IOException {
    Path f = write(text);
    ModelFileException e = assertThrows(ModelFileException.class, () -> ValueFlowsReader.read(f));
    String m = e.getMessage();
    assertEquals(f.toString(), e.file());
    assertEquals(path, e.path(), m);
    assertTrue(m.startsWith(f + ", " + path + ": "), m);
    assertTrue(m.contains(problem), () -> "[" + problem + "] in " + m);
    int at = m.indexOf(". Fix: ");
    assertTrue(at > 0 && m.indexOf(fix, at) > 0, () -> "fix [" + fix + "] in " + m);
    Messages.assertWithinRules(m);
  }
}
