package dev.reciprocity.io;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.reciprocity.Amount;
import dev.reciprocity.Flow;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Generated ValueFlows events: the reader makes exactly one flow of each event between two
 * different agents, with its amount, and counts every other event as left out.
 */
class ValueFlowsReaderProperties {

  /** One generated event: its agents (either may be absent) and its amount in micros. */
  record Event(Optional<String> provider, Optional<String> receiver, long micros) {}

  @Property(tries = 300)
  void flowsAreTheEventsBetweenTwoDifferentAgents(@ForAll("events") List<Event> events) {
    JsonNodeFactory json = JsonNodeFactory.instance;
    ObjectNode root = json.objectNode();
    root.put("@context", ValueFlowsReader.EXAMPLES_CONTEXT);
    ArrayNode graph = root.putArray("@graph");
    List<Event> between = new ArrayList<>();
    for (int i = 0; i < events.size(); i++) {
      Event e = events.get(i);
      ObjectNode n = graph.addObject();
      n.put("@id", "ev:" + i);
      n.put("@type", i % 2 == 0 ? "EconomicEvent" : "vf:EconomicEvent");
      n.put("action", "work");
      e.provider().ifPresent(p -> n.put("provider", p));
      String receiverKey = i % 3 == 0 ? "vf:receiver" : "receiver";
      e.receiver().ifPresent(r -> n.put(receiverKey, r));
      ObjectNode q = n.putObject("effortQuantity");
      q.put("hasNumericalValue", BigDecimal.valueOf(e.micros(), 6));
      q.put("hasUnit", "om2:hour");
      n.put("hasPointInTime", "2024-01-15T10:00:00Z");
      if (e.provider().isPresent()
          && e.receiver().isPresent()
          && !e.provider().equals(e.receiver())) {
        between.add(e);
      }
    }
    ValueFlowsDocument doc = ValueFlowsReader.read("generated.jsonld", root);
    assertEquals(between.size(), doc.flows().size());
    assertEquals(events.size() - between.size(), doc.leftOutCount());
    for (int i = 0; i < between.size(); i++) {
      Flow f = doc.flows().get(i);
      assertEquals(Amount.ofMicros(between.get(i).micros()), f.amount());
      assertEquals(between.get(i).provider().orElseThrow(), f.giver().value());
    }
  }

  @Provide
  Arbitrary<List<Event>> events() {
    Arbitrary<Optional<String>> agent =
        Arbitraries.of("https://a.example/", "https://b.example/", "tb:c", "tb:d").optional(0.8);
    Arbitrary<Long> micros =
        Arbitraries.oneOf(
            Arbitraries.longs().between(0, 10_000_000_000L),
            Arbitraries.longs().between(0, 1000).map(x -> x * 1_000_000),
            Arbitraries.longs().between(0, Long.MAX_VALUE));
    return Combinators.combine(agent, agent, micros).as(Event::new).list().ofMaxSize(60);
  }
}
