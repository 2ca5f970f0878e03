package dev.reciprocity.io;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import dev.reciprocity.Amount;
import dev.reciprocity.Flow;
import dev.reciprocity.FlowKind;
import dev.reciprocity.PartyId;
import dev.reciprocity.Request;
import dev.reciprocity.internal.Texts;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Reads a ValueFlows document (JSON-LD, as the ValueFlows examples write it) into flows, asks,
 * claims, appreciations and agreements ({@link ValueFlowsDocument}). ValueFlows is the vocabulary
 * of economic flows between agents that hREA and Bonfire use (<a
 * href="https://www.valueflo.ws/">valueflo.ws</a>); its namespace is {@value #NAMESPACE}.
 *
 * <pre>{@code
 * {
 *   "@context": ["https://git.io/vf-examples-jsonld-context", {"tb": "https://timebank.example/"}],
 *   "@graph": [
 *     {"@id": "tb:ada", "@type": "Person", "name": "Ada"},
 *     {"@id": "tb:bob", "@type": "Person", "name": "Bob"},
 *     {"@id": "tb:e1", "@type": "EconomicEvent", "action": "work",
 *      "provider": "tb:ada", "receiver": "tb:bob",
 *      "resourceClassifiedAs": "tb:mentoring",
 *      "effortQuantity": {"hasNumericalValue": 1.5, "hasUnit": "om2:hour"},
 *      "hasPointInTime": "2024-01-15T10:00:00Z"}
 *   ]
 * }
 * }</pre>
 *
 * <p>The file is read as plain JSON through Jackson, without a JSON-LD processor: the terms are
 * matched as written, bare ({@code provider}), prefixed ({@code vf:provider}) or as the full IRI,
 * and {@code @id}s are compared as written (a compact IRI is not expanded). The document must say
 * it is ValueFlows: its {@code @context} is, or holds as a string, a list entry or an object's
 * value, the examples' context {@value #EXAMPLES_CONTEXT} or an IRI of the ValueFlows namespace
 * ({@code https://w3id.org/valueflows...}, {@code http://} too). The document is an object with an
 * {@code @graph} of nodes, a single node, or a list of nodes each with its own {@code @context}.
 *
 * <p>The mapping, term by term (docs/design.md, section 4.23, ValueFlows):
 *
 * <ul>
 *   <li>An {@code EconomicEvent} whose {@code provider} and {@code receiver} are two different
 *       agents is a {@link Flow}: giver the provider, receiver the receiver, id the event's {@code
 *       @id}; kind the first {@code resourceClassifiedAs}, else {@code resourceConformsTo}, else the
 *       {@code action} (without a {@code vf:} prefix); amount the quantity's {@code
 *       hasNumericalValue}, exactly (a non-negative decimal of at most 6 places); unit the
 *       quantity's {@code hasUnit} reduced to its local name ({@code om2:hour} is {@code hour}, and
 *       {@code om2:one}, the unit of a plain number, is {@value FlowKind#DEFAULT_UNIT}), {@value
 *       FlowKind#DEFAULT_UNIT} without a unit. The quantity is the {@code effortQuantity} for the
 *       actions {@code work}, {@code use} and {@code cite} and the {@code resourceQuantity} for the
 *       others, the other one when that is absent; an event with neither counts 1. Its instant is
 *       {@code hasPointInTime}, else {@code hasEnd}, else {@code hasBeginning}.
 *   <li>An agent is an IRI, or an object with an {@code @id} (and maybe a {@code name}). Its party
 *       is the {@code name} of the node of the document with that {@code @id}, or the name given
 *       inline, else the IRI as written; two agents with one name are refused.
 *   <li>An {@code Intent} between two agents is a {@link Request}: asker the receiver (who wants
 *       it), asked the provider; accepted when it is satisfied ({@code satisfiedBy} on the intent,
 *       {@code satisfies} on an event or a {@code Commitment}, or a {@code Satisfaction} node),
 *       answered by the first satisfying event of the document; declined when it is {@code
 *       finished} without being satisfied. An intent with one agent that an event satisfies takes
 *       the other agent from that event. Its instant is {@code created}, else {@code
 *       hasPointInTime}, {@code hasBeginning}, {@code hasEnd}, {@code due}.
 *   <li>A {@code Claim} is kept as {@link ValueFlowsDocument.Claim}; an {@code Appreciation} as
 *       {@link ValueFlowsDocument.Appreciation}, and the flow it appreciates is tagged {@value
 *       ValueFlowsDocument#APPRECIATED_TAG}; an {@code Agreement} as {@link
 *       ValueFlowsDocument.AgreementNode}, with the events that name it in {@code realizationOf}.
 *   <li>Events and intents read as neither are counted by reason in {@link
 *       ValueFlowsDocument#leftOut()}, never dropped unsaid; nodes of other types are counted in
 *       {@link ValueFlowsDocument#otherNodes()}.
 * </ul>
 *
 * <p>Bounds: a file of at most {@value #MAX_BYTES} bytes (64 MiB) and at most {@value #MAX_NODES}
 * nodes; Jackson's own bounds hold the nesting and the length of a number. Every problem is refused
 * with a {@link ModelFileException} naming the file, the JSON path (such as {@code
 * $['@graph'][3].provider}) and the fix; nothing of a bad file is used. Stateless and thread-safe.
 */
public final class ValueFlowsReader {

  /** The context of the ValueFlows examples: {@value}. */
  public static final String EXAMPLES_CONTEXT = "https://git.io/vf-examples-jsonld-context";

  /** The ValueFlows namespace: {@value}. */
  public static final String NAMESPACE = "https://w3id.org/valueflows/ont/vf#";

  /** The most bytes a file may have: {@value} (64 MiB). */
  public static final long MAX_BYTES = 64L << 20;

  /** The most nodes a document may have: {@value}. */
  public static final int MAX_NODES = 1_000_000;

  /** The most characters of an {@code @id} read: {@value}, as a flow's id. */
  static final int MAX_ID_LENGTH = 256;

  private static final JsonMapper MAPPER =
      JsonMapper.builder()
          .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
          .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
          .build();

  /** The prefixes and namespaces a term may be written with, removed to find the term. */
  private static final List<String> TERM_PREFIXES =
      List.of(
          "vf:",
          NAMESPACE,
          "http://w3id.org/valueflows/ont/vf#",
          "https://w3id.org/valueflows#",
          "http://w3id.org/valueflows#",
          "om2:");

  /** Terms of other vocabularies that the ValueFlows examples use for ValueFlows' own. */
  private static final Map<String, String> ALIASES =
      Map.of(
          "time:inXSDDateTimeStamp", "hasPointInTime",
          "time:hasBeginning", "hasBeginning",
          "time:hasEnd", "hasEnd",
          "dcterms:created", "created",
          "skos:note", "note");

  /** The actions whose quantity is an effort, not a resource (valueflo.ws, actions). */
  private static final Set<String> EFFORT_ACTIONS = Set.of("work", "use", "cite");

  private static final Pattern PLAIN_KEY = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

  private static final String TIME_EXAMPLE = "2024-01-15T10:00:00Z";

  private ValueFlowsReader() {}

  /**
   * Reads a ValueFlows document.
   *
   * @param file a JSON-LD file, such as {@code events.jsonld}
   * @return what it holds
   * @throws ModelFileException if the file does not exist or cannot be read (path {@code $})
   * @throws ModelFileException if it is larger than {@value #MAX_BYTES} bytes, before it is read
   * @throws ModelFileException if it is not valid JSON, or writes a key twice in one object (with
   *     the parser's line and column)
   * @throws ModelFileException if its {@code @context} is missing or names neither the ValueFlows
   *     context nor the ValueFlows namespace: it is not a ValueFlows document
   * @throws ModelFileException if it holds more than {@value #MAX_NODES} nodes
   * @throws ModelFileException if a node cannot be read: an {@code @id} missing, not a text, longer
   *     than 256 characters or shared by two nodes; a term written twice; a missing or malformed
   *     agent, kind, quantity, amount (negative, more than 6 decimal places, too large) or instant
   *     (no offset, outside the years 0001 to 9999); two agents of one name; a claim or an
   *     appreciation without what it names. Each message names the file, the JSON path (such as
   *     {@code $['@graph'][3].provider}) and the fix
   */
  public static ValueFlowsDocument read(Path file) {
    String name = file.toString();
    long size;
    try {
      size = Files.size(file);
    } catch (NoSuchFileException e) {
      throw new ModelFileException(name, "$", "the file does not exist", "check the path", e);
    } catch (IOException | SecurityException e) {
      throw new ModelFileException(
          name, "$", "the file cannot be read (" + e.getMessage() + ")", "check the file", e);
    }
    if (size > MAX_BYTES) {
      throw new ModelFileException(
          name,
          "$",
          "the file has "
              + size
              + " bytes, more than the "
              + MAX_BYTES
              + " (64 MiB) a ValueFlows file may have",
          "split the events into files of a period each and review each, or write the flows as"
              + " CSV, which has no such bound",
          null);
    }
    return read(name, ModelFiles.read(file, "--flows", MAPPER, "JSON"));
  }

  /** Reads a parsed document; {@code name} names it in messages. */
  static ValueFlowsDocument read(String name, JsonNode root) {
    return new Reading(name).read(root);
  }

  /** One reading of one document. */
  private static final class Reading {
    private final String name;
    private final List<Node> nodes = new ArrayList<>();
    private final Map<String, Node> byId = new HashMap<>();
    private final Map<String, PartyId> partyOfIri = new HashMap<>();
    private final Map<PartyId, String> iriOfParty = new HashMap<>();
    private final Map<String, String> inlineNames = new HashMap<>();

    Reading(String name) {
      this.name = name;
    }

    ValueFlowsDocument read(JsonNode root) {
      JsonNode context = nodes(root);
      for (Node n : nodes) {
        Optional<String> id = n.optionalId();
        if (id.isPresent()) {
          Node before = byId.putIfAbsent(id.get(), n);
          if (before != null) {
            throw refused(
                n.at("@id"),
                "is the @id of the node at " + before.path + " too",
                "merge the two nodes into one, or give each its own @id");
          }
        }
      }
      Map<String, List<String>> satisfiers = satisfiers();
      Set<String> appreciated = new HashSet<>();
      List<ValueFlowsDocument.Appreciation> appreciations = new ArrayList<>();
      for (Node n : nodes) {
        if (n.is("Appreciation")) {
          ValueFlowsDocument.Appreciation a = appreciation(n);
          appreciations.add(a);
          appreciated.add(a.appreciationOf());
        }
      }
      EnumMap<ValueFlowsDocument.LeftOut, List<String>> leftOut =
          new EnumMap<>(ValueFlowsDocument.LeftOut.class);
      List<Flow> flows = new ArrayList<>();
      Map<String, Flow> flowById = new HashMap<>();
      Map<String, List<String>> realizations = new LinkedHashMap<>();
      TreeMap<String, Integer> other = new TreeMap<>();
      for (Node n : nodes) {
        if (n.is("EconomicEvent")) {
          String id = n.id();
          for (String term : List.of("realizationOf", "reciprocalRealizationOf")) {
            for (String agreement : n.refs(term)) {
              realizations.computeIfAbsent(agreement, k -> new ArrayList<>()).add(id);
            }
          }
          Flow f = event(n, appreciated.contains(id), leftOut);
          if (f != null) {
            flows.add(f);
            flowById.put(id, f);
          }
        } else if (!n.is("Intent")
            && !n.is("Claim")
            && !n.is("Appreciation")
            && !n.is("Agreement")
            && !n.is("Satisfaction")
            && !n.isAgent()) {
          for (String type : n.types) {
            other.merge(type, 1, Integer::sum);
          }
        }
      }
      List<Request> requests = new ArrayList<>();
      List<ValueFlowsDocument.Claim> claims = new ArrayList<>();
      List<ValueFlowsDocument.AgreementNode> agreements = new ArrayList<>();
      for (Node n : nodes) {
        if (n.is("Intent")) {
          Request r = intent(n, satisfiers.getOrDefault(n.id(), List.of()), flowById, leftOut);
          if (r != null) {
            requests.add(r);
          }
        } else if (n.is("Claim")) {
          claims.add(claim(n));
        } else if (n.is("Agreement")) {
          String id = n.id();
          Optional<String> title =
              n.has("name")
                  ? Optional.of(text(n.at("name"), n.value("name"), "the agreement's name"))
                  : Optional.empty();
          Optional<Instant> created =
              n.has("created")
                  ? Optional.of(instant(n.at("created"), n.value("created")))
                  : Optional.empty();
          agreements.add(
              new ValueFlowsDocument.AgreementNode(
                  id, title, created, realizations.getOrDefault(id, List.of())));
        }
      }
      return new ValueFlowsDocument(
          name,
          context.toString(),
          flows,
          requests,
          claims,
          appreciations,
          agreements,
          leftOut,
          other,
          new TreeMap<>(iriOfParty));
    }

    /** Collects the document's nodes and checks its context; returns the context. */
    private JsonNode nodes(JsonNode root) {
      if (root != null && root.isObject()) {
        JsonNode context = context("$", root);
        JsonNode graph = root.get("@graph");
        if (graph == null) {
          nodes.add(new Node(this, "$", root));
          return context;
        }
        if (!graph.isArray()) {
          throw refused(
              "$['@graph']", "is not a list", "write the nodes as a list: \"@graph\": [ ... ]");
        }
        checkCount(graph.size());
        for (int i = 0; i < graph.size(); i++) {
          String at = "$['@graph'][" + i + "]";
          nodes.add(new Node(this, at, object(at, graph.get(i))));
        }
        return context;
      }
      if (root != null && root.isArray() && !root.isEmpty()) {
        checkCount(root.size());
        JsonNode first = null;
        for (int i = 0; i < root.size(); i++) {
          String at = "$[" + i + "]";
          JsonNode node = object(at, root.get(i));
          JsonNode context = context(at, node);
          if (first == null) {
            first = context;
          }
          nodes.add(new Node(this, at, node));
        }
        return java.util.Objects.requireNonNull(first);
      }
      throw refused(
          "$",
          "is not a JSON-LD document of ValueFlows nodes",
          "write an object with \"@context\" and \"@graph\": a list of nodes");
    }

    private void checkCount(int count) {
      if (count > MAX_NODES) {
        throw refused(
            "$",
            "the document has " + count + " nodes, more than the " + MAX_NODES + " allowed",
            "split it into documents of a period each, and review each");
      }
    }

    private JsonNode object(String at, JsonNode node) {
      if (!node.isObject()) {
        throw refused(
            at, "is not a node (an object)", "write the node as an object with @id and @type");
      }
      return node;
    }

    /** The ValueFlows context of a node, or a refusal. */
    private JsonNode context(String at, JsonNode node) {
      JsonNode context = node.get("@context");
      if (context == null) {
        throw refused(
            at,
            "has no @context, so it is not a ValueFlows document",
            "add \"@context\": \""
                + EXAMPLES_CONTEXT
                + "\", the context of the ValueFlows examples");
      }
      if (!isValueFlows(context)) {
        throw refused(
            at + "['@context']",
            "names no ValueFlows context, so this is not a ValueFlows document (got "
                + Texts.quote(context.toString(), 40)
                + ")",
            "add \"" + EXAMPLES_CONTEXT + "\" or bind vf to " + NAMESPACE);
      }
      return context;
    }

    /**
     * For each intent, the ids of what satisfies it, in the document's order: its own {@code
     * satisfiedBy}, the events and commitments whose {@code satisfies} names it, and the {@code
     * Satisfaction} nodes that join the two.
     */
    private Map<String, List<String>> satisfiers() {
      Map<String, List<String>> of = new HashMap<>();
      for (Node n : nodes) {
        if (n.is("Intent")) {
          for (String by : n.refs("satisfiedBy")) {
            of.computeIfAbsent(n.id(), k -> new ArrayList<>()).add(by);
          }
        } else if (n.is("Satisfaction")) {
          List<String> by = n.refs("satisfiedBy");
          for (String intent : n.refs("satisfies")) {
            of.computeIfAbsent(intent, k -> new ArrayList<>()).addAll(by);
          }
        } else if (n.has("satisfies") && n.optionalId().isPresent()) {
          for (String intent : n.refs("satisfies")) {
            of.computeIfAbsent(intent, k -> new ArrayList<>()).add(n.id());
          }
        }
      }
      return of;
    }

    /** The flow of an event, or null after counting it as left out. */
    private @Nullable Flow event(
        Node n, boolean appreciated, Map<ValueFlowsDocument.LeftOut, List<String>> leftOut) {
      String id = n.id();
      String provider = n.agent("provider");
      String receiver = n.agent("receiver");
      if (receiver == null) {
        leftOut(leftOut, ValueFlowsDocument.LeftOut.EVENT_WITHOUT_RECEIVER, id);
        return null;
      }
      if (provider == null) {
        leftOut(leftOut, ValueFlowsDocument.LeftOut.EVENT_WITHOUT_PROVIDER, id);
        return null;
      }
      if (provider.equals(receiver)) {
        leftOut(leftOut, ValueFlowsDocument.LeftOut.EVENT_TO_ITSELF, id);
        return null;
      }
      PartyId giver = party(n, "provider", provider);
      PartyId taker = party(n, "receiver", receiver);
      Quantity q = quantity(n);
      Flow.Builder f =
          Flow.builder()
              .giver(giver)
              .receiver(taker)
              .kind(kind(n, q.unit))
              .amount(q.amount)
              .instant(when(n, List.of("hasPointInTime", "hasEnd", "hasBeginning")))
              .id(id);
      if (appreciated) {
        f.addTags(ValueFlowsDocument.APPRECIATED_TAG);
      }
      try {
        return f.build();
      } catch (IllegalArgumentException e) {
        throw refused(n.path, problem(e), "correct the event");
      }
    }

    /** The ask of an intent, or null after counting it as left out. */
    private @Nullable Request intent(
        Node n,
        List<String> satisfiedBy,
        Map<String, Flow> flowById,
        Map<ValueFlowsDocument.LeftOut, List<String>> leftOut) {
      String id = n.id();
      Flow answer = null;
      for (String by : satisfiedBy) {
        answer = flowById.get(by);
        if (answer != null) {
          break;
        }
      }
      boolean finished = n.has("finished") && bool(n.at("finished"), n.value("finished"));
      String provider = n.agent("provider");
      String receiver = n.agent("receiver");
      PartyId asked = provider == null ? null : party(n, "provider", provider);
      PartyId asker = receiver == null ? null : party(n, "receiver", receiver);
      if (answer != null && asked == null) {
        asked = answer.giver();
      }
      if (answer != null && asker == null) {
        asker = answer.receiver();
      }
      if (asked == null || asker == null) {
        leftOut(leftOut, ValueFlowsDocument.LeftOut.INTENT_WITH_ONE_AGENT, id);
        return null;
      }
      if (asked.equals(asker)) {
        leftOut(leftOut, ValueFlowsDocument.LeftOut.INTENT_TO_ITSELF, id);
        return null;
      }
      if (satisfiedBy.isEmpty() && !finished) {
        leftOut(leftOut, ValueFlowsDocument.LeftOut.OPEN_INTENT, id);
        return null;
      }
      Request.Builder r =
          Request.builder()
              .asker(asker)
              .asked(asked)
              .kind(kind(n, quantity(n).unit))
              .instant(
                  when(n, List.of("created", "hasPointInTime", "hasBeginning", "hasEnd", "due")))
              .outcome(satisfiedBy.isEmpty() ? Request.Outcome.DECLINED : Request.Outcome.ACCEPTED);
      if (answer != null) {
        r.answeredBy(answer.id().orElseThrow());
      }
      try {
        return r.build();
      } catch (IllegalArgumentException e) {
        throw refused(n.path, problem(e), "correct the intent");
      }
    }

    /** Counts {@code id} as left out for {@code reason}. */
    private static void leftOut(
        Map<ValueFlowsDocument.LeftOut, List<String>> leftOut,
        ValueFlowsDocument.LeftOut reason,
        String id) {
      leftOut.computeIfAbsent(reason, k -> new ArrayList<>()).add(id);
    }

    private ValueFlowsDocument.Claim claim(Node n) {
      String id = n.id();
      String provider = n.agent("provider");
      String receiver = n.agent("receiver");
      if (provider == null || receiver == null) {
        throw refused(
            n.at(provider == null ? "provider" : "receiver"),
            "is missing: a Claim names who owes (provider) and who is owed (receiver)",
            "write both agents");
      }
      if (provider.equals(receiver)) {
        throw refused(
            n.at("receiver"),
            "is the provider too: a claim is owed to someone else",
            "name the agent who is owed");
      }
      List<String> triggers = n.refs("triggeredBy");
      if (triggers.size() != 1) {
        throw refused(
            n.at("triggeredBy"),
            triggers.isEmpty() ? "is missing" : "names more than one event",
            "name the one event the claim is made against, by its @id");
      }
      Quantity q = quantity(n);
      Optional<Instant> due =
          n.has("due") ? Optional.of(instant(n.at("due"), n.value("due"))) : Optional.empty();
      return new ValueFlowsDocument.Claim(
          id,
          party(n, "provider", provider),
          party(n, "receiver", receiver),
          kind(n, q.unit),
          q.amount,
          triggers.get(0),
          due);
    }

    private ValueFlowsDocument.Appreciation appreciation(Node n) {
      String id = n.id();
      List<String> of = n.refs("appreciationOf");
      if (of.size() != 1) {
        throw refused(
            n.at("appreciationOf"),
            of.isEmpty() ? "is missing" : "names more than one event",
            "name the one event appreciated, by its @id");
      }
      List<String> with = n.refs("appreciationWith");
      if (with.size() > 1) {
        throw refused(
            n.at("appreciationWith"),
            "names more than one event",
            "name the one event given in appreciation, by its @id");
      }
      return new ValueFlowsDocument.Appreciation(
          id, of.get(0), with.isEmpty() ? Optional.empty() : Optional.of(with.get(0)));
    }

    /** The party of an agent IRI, by its name when the document gives one. */
    private PartyId party(Node n, String term, String iri) {
      PartyId known = partyOfIri.get(iri);
      if (known != null) {
        return known;
      }
      Node agent = byId.get(iri);
      String path = n.at(term);
      String written = iri;
      if (agent != null && agent.has("name")) {
        path = agent.at("name");
        written = text(path, agent.value("name"), "the agent's name");
        String inline = inlineNames.get(iri);
        if (inline != null && !inline.equals(written)) {
          throw refused(
              path,
              "names the agent "
                  + Texts.quote(iri, 40)
                  + " "
                  + Texts.quote(written, 40)
                  + ", but an event names it "
                  + Texts.quote(inline, 40)
                  + " inline",
              "write one name for one agent");
        }
      } else if (inlineNames.containsKey(iri)) {
        path = n.at(term) + ".name";
        written = inlineNames.get(iri);
      }
      PartyId party;
      try {
        party = PartyId.of(written);
      } catch (IllegalArgumentException e) {
        throw refused(
            path,
            problem(e),
            "give the agent a name of 1 to 256 characters without control characters");
      }
      String other = iriOfParty.putIfAbsent(party, iri);
      if (other != null) {
        throw refused(
            path,
            "names the agents "
                + Texts.quote(other, 40)
                + " and "
                + Texts.quote(iri, 40)
                + " both "
                + Texts.quote(party.value(), 40)
                + ", so their flows could not be told apart",
            "give each agent a name of its own, or write one agent with one @id");
      }
      partyOfIri.put(iri, party);
      return party;
    }

    /** The kind of an event, an intent or a claim, in {@code unit}. */
    private FlowKind kind(Node n, String unit) {
      String term;
      String name;
      if (n.has("resourceClassifiedAs")) {
        term = "resourceClassifiedAs";
        name = firstRef(n, term);
      } else if (n.has("resourceConformsTo")) {
        term = "resourceConformsTo";
        name = firstRef(n, term);
      } else if (n.has("action")) {
        term = "action";
        name = firstRef(n, term);
        for (String prefix : TERM_PREFIXES) {
          if (name.startsWith(prefix) && name.length() > prefix.length()) {
            name = name.substring(prefix.length());
            break;
          }
        }
      } else {
        throw refused(
            n.at("action"),
            "is missing, and so are resourceClassifiedAs and resourceConformsTo",
            "write the action, such as \"action\": \"work\"");
      }
      try {
        return FlowKind.of(name, unit);
      } catch (IllegalArgumentException e) {
        throw refused(
            n.at(term),
            problem(e),
            "write a kind of 1 to 64 characters, such as a compact IRI (tb:mentoring)");
      }
    }

    private String firstRef(Node n, String term) {
      List<String> refs = n.refs(term);
      if (refs.isEmpty()) {
        throw refused(n.at(term), "is empty", "write an IRI or a word");
      }
      return refs.get(0);
    }

    /** The amount and unit of an event's, an intent's or a claim's quantity. */
    private Quantity quantity(Node n) {
      String action = n.has("action") ? firstRef(n, "action") : "";
      for (String prefix : TERM_PREFIXES) {
        if (action.startsWith(prefix)) {
          action = action.substring(prefix.length());
          break;
        }
      }
      boolean effort = EFFORT_ACTIONS.contains(action);
      String first = effort ? "effortQuantity" : "resourceQuantity";
      String second = effort ? "resourceQuantity" : "effortQuantity";
      String term = n.has(first) ? first : n.has(second) ? second : null;
      if (term == null && n.has("quantifiedAs")) {
        throw refused(
            n.at("quantifiedAs"),
            "is a term of an older ValueFlows, which this reader does not read",
            "write the quantity as resourceQuantity or effortQuantity, with hasNumericalValue and"
                + " hasUnit");
      }
      if (term == null) {
        return new Quantity(Amount.ONE, FlowKind.DEFAULT_UNIT);
      }
      String at = n.at(term);
      JsonNode measure = n.value(term);
      if (!measure.isObject()) {
        throw refused(
            at,
            "is not a measure (got " + Texts.quote(measure.toString(), 40) + ")",
            "write {\"hasNumericalValue\": 2, \"hasUnit\": \"om2:hour\"}");
      }
      Node m = new Node(this, at, measure);
      String unit = FlowKind.DEFAULT_UNIT;
      if (m.has("hasUnit")) {
        List<String> units = m.refs("hasUnit");
        if (units.size() != 1) {
          throw refused(m.at("hasUnit"), "is not one unit", "write one unit, such as om2:hour");
        }
        unit = localName(units.get(0));
        if (unit.equals("one")) {
          unit = FlowKind.DEFAULT_UNIT;
        }
      }
      if (!m.has("hasNumericalValue")) {
        throw refused(
            at, "has no hasNumericalValue", "write the amount, such as \"hasNumericalValue\": 2");
      }
      return new Quantity(amount(m.at("hasNumericalValue"), m.value("hasNumericalValue")), unit);
    }

    /** An amount: a JSON number or a text of one, at least 0, at most 6 decimal places. */
    private Amount amount(String at, JsonNode written) {
      JsonNode value = literal(written);
      Amount amount;
      try {
        if (value.isNumber()) {
          BigDecimal decimal = value.decimalValue();
          amount = Amount.of(decimal);
        } else if (value.isTextual()) {
          amount = Amount.parse(value.asText());
        } else {
          throw refused(
              at,
              "is not a number (got " + Texts.quote(value.toString(), 40) + ")",
              "write a plain decimal such as 2.5");
        }
      } catch (NumberFormatException e) {
        throw refused(at, problem(e), "write a plain decimal such as 2.5");
      } catch (ArithmeticException e) {
        throw refused(at, problem(e), "round it to 6 decimal places, or count in another unit");
      }
      if (amount.signum() < 0) {
        throw refused(
            at,
            "is negative (got " + amount + ")",
            "record the flow the other way round: swap provider and receiver, and write "
                + amount.negate());
      }
      return amount;
    }

    /** The first of {@code terms} the node has, as an instant; refused when none. */
    private Instant when(Node n, List<String> terms) {
      for (String term : terms) {
        if (n.has(term)) {
          return instant(n.at(term), n.value(term));
        }
      }
      throw refused(
          n.path,
          "has no time: none of " + String.join(", ", terms),
          "write \"" + terms.get(0) + "\": \"" + TIME_EXAMPLE + "\"");
    }

    /** An ISO-8601 instant with an offset, in the years 0001 to 9999. */
    private Instant instant(String at, JsonNode written) {
      JsonNode value = literal(written);
      String text = value.isTextual() ? value.asText().strip() : "";
      Instant instant = null;
      if (text.length() <= 64) {
        try {
          instant = OffsetDateTime.parse(text, DateTimeFormatter.ISO_OFFSET_DATE_TIME).toInstant();
        } catch (DateTimeException e) {
          instant = null;
        }
      }
      if (instant == null) {
        throw refused(
            at,
            "is not an instant with an offset (got " + Texts.quote(value.toString(), 40) + ")",
            "write an ISO-8601 instant such as " + TIME_EXAMPLE + " or 2024-01-15T11:00:00+01:00");
      }
      if (instant.isBefore(Flow.EARLIEST) || instant.isAfter(Flow.LATEST)) {
        throw refused(
            at,
            "lies outside the supported time range " + Flow.EARLIEST + " to " + Flow.LATEST,
            "check the year");
      }
      return instant;
    }

    private boolean bool(String at, JsonNode written) {
      JsonNode value = literal(written);
      if (!value.isBoolean()) {
        throw refused(
            at,
            "is not true or false (got " + Texts.quote(value.toString(), 40) + ")",
            "write true or false, without quotes");
      }
      return value.booleanValue();
    }

    private String text(String at, JsonNode written, String what) {
      JsonNode value = literal(written);
      if (!value.isTextual() || value.asText().isBlank()) {
        throw refused(at, "is not a text", "write " + what);
      }
      return value.asText();
    }

    private ModelFileException refused(String path, String problem, String fix) {
      return new ModelFileException(name, path, problem, fix, null);
    }
  }

  /** The library's message of a refused value, without the fix it may end with. */
  static String problem(RuntimeException e) {
    String m = String.valueOf(e.getMessage());
    int fix = m.indexOf(" Fix: ");
    m = fix < 0 ? m : m.substring(0, fix);
    return m.endsWith(".") ? m.substring(0, m.length() - 1) : m;
  }

  /** An amount in a unit. */
  private record Quantity(Amount amount, String unit) {}

  /** A JSON-LD value object's {@code @value}, or the value itself. */
  static JsonNode literal(JsonNode value) {
    if (value.isObject() && value.has("@value")) {
      return value.get("@value");
    }
    return value;
  }

  /**
   * The local name of an IRI or compact IRI: what follows its last {@code #}, {@code /} or {@code
   * :}.
   */
  static String localName(String iri) {
    int cut = Math.max(iri.lastIndexOf('#'), Math.max(iri.lastIndexOf('/'), iri.lastIndexOf(':')));
    return cut >= 0 && cut < iri.length() - 1 ? iri.substring(cut + 1) : iri;
  }

  /** Whether a context names the ValueFlows context or namespace, anywhere in it. */
  static boolean isValueFlows(JsonNode context) {
    if (context.isTextual()) {
      String s = context.asText().strip();
      return s.equals(EXAMPLES_CONTEXT)
          || s.startsWith("https://w3id.org/valueflows")
          || s.startsWith("http://w3id.org/valueflows");
    }
    if (context.isArray() || context.isObject()) {
      for (JsonNode value : context) {
        if (isValueFlows(value)) {
          return true;
        }
      }
    }
    return false;
  }

  /** The term a key names: without a ValueFlows prefix or namespace, or by its alias. */
  static String term(String key) {
    String alias = ALIASES.get(key);
    if (alias != null) {
      return alias;
    }
    for (String prefix : TERM_PREFIXES) {
      if (key.startsWith(prefix) && key.length() > prefix.length()) {
        return key.substring(prefix.length());
      }
    }
    return key;
  }

  /** A JSON path to a key of the object at {@code at}: {@code $.a.b} or {@code $['@id']}. */
  static String path(String at, String key) {
    return PLAIN_KEY.matcher(key).matches()
        ? at + "." + key
        : at + "['" + key.replace("\\", "\\\\").replace("'", "\\'") + "']";
  }

  /** A node of the document: its terms, found however they were written. */
  private static final class Node {
    final Reading reading;
    final String path;
    final JsonNode json;
    final List<String> types = new ArrayList<>();
    private final Map<String, String> keyOf = new HashMap<>();

    Node(Reading reading, String path, JsonNode json) {
      this.reading = reading;
      this.path = path;
      this.json = json;
      for (Map.Entry<String, JsonNode> field : json.properties()) {
        String key = field.getKey();
        String before = keyOf.putIfAbsent(term(key), key);
        if (before != null) {
          throw reading.refused(
              path(path, key),
              "is the term " + term(key) + " again (also written as " + before + ")",
              "keep one of the two");
        }
      }
      JsonNode type = json.get("@type");
      if (type != null) {
        for (JsonNode t : type.isArray() ? type : List.of(type)) {
          if (!t.isTextual()) {
            throw reading.refused(
                path(path, "@type"), "is not a type name", "write a type such as EconomicEvent");
          }
          types.add(t.asText());
        }
      }
    }

    boolean is(String type) {
      for (String t : types) {
        if (term(t).equals(type)) {
          return true;
        }
      }
      return false;
    }

    boolean isAgent() {
      for (String t : types) {
        String local = localName(t);
        if (local.equals("Agent")
            || local.equals("Person")
            || local.equals("Organization")
            || local.equals("EcologicalAgent")) {
          return true;
        }
      }
      return false;
    }

    boolean has(String term) {
      return keyOf.containsKey(term);
    }

    @Nullable JsonNode get(String term) {
      String key = keyOf.get(term);
      return key == null ? null : json.get(key);
    }

    /** The value of a term, or a missing node, which no reading accepts. */
    JsonNode value(String term) {
      String key = keyOf.get(term);
      return key == null ? MissingNode.getInstance() : json.path(key);
    }

    /** The path of a term, with the key as written, or as the term when it is absent. */
    String at(String term) {
      return path(path, keyOf.getOrDefault(term, term));
    }

    Optional<String> optionalId() {
      JsonNode id = json.get("@id");
      if (id == null) {
        return Optional.empty();
      }
      return Optional.of(id(at("@id"), id));
    }

    String id() {
      return optionalId()
          .orElseThrow(
              () ->
                  reading.refused(
                      at("@id"),
                      "is missing",
                      "give the node an @id, such as \"@id\": \"tb:event-1\", which findings cite"));
    }

    private String id(String at, JsonNode id) {
      if (!id.isTextual() || id.asText().isBlank()) {
        throw reading.refused(at, "is not an IRI", "write the node's IRI as a text");
      }
      String text = id.asText();
      if (text.length() > MAX_ID_LENGTH) {
        throw reading.refused(
            at,
            "is " + text.length() + " characters long, more than the " + MAX_ID_LENGTH + " allowed",
            "use a shorter IRI, such as a compact IRI (tb:event-1)");
      }
      return text;
    }

    /** The ids a term references: a text, an object with {@code @id}, or a list of those. */
    List<String> refs(String term) {
      JsonNode value = get(term);
      if (value == null) {
        return List.of();
      }
      String at = at(term);
      List<String> ids = new ArrayList<>();
      if (value.isArray()) {
        for (int i = 0; i < value.size(); i++) {
          ids.add(ref(at + "[" + i + "]", value.get(i)));
        }
      } else {
        ids.add(ref(at, value));
      }
      return ids;
    }

    private String ref(String at, JsonNode value) {
      if (value.isObject() && value.has("@id")) {
        return id(path(at, "@id"), value.get("@id"));
      }
      JsonNode v = literal(value);
      if (v.isTextual() && !v.asText().isBlank()) {
        return v.asText().strip();
      }
      throw reading.refused(
          at,
          "is neither an IRI nor an object with @id (got "
              + Texts.quote(value.toString(), 40)
              + ")",
          "write an IRI such as \"tb:ada\" or {\"@id\": \"tb:ada\"}");
    }

    /** The IRI of the agent of a term, or null when absent; an inline name is remembered. */
    @Nullable String agent(String term) {
      JsonNode value = get(term);
      if (value == null || value.isNull()) {
        return null;
      }
      String at = at(term);
      if (value.isArray()) {
        throw reading.refused(
            at, "names more than one agent", "name one agent: an event has one " + term);
      }
      String iri = ref(at, value);
      if (value.isObject() && value.has("name")) {
        String inline = reading.text(path(at, "name"), value.get("name"), "the agent's name");
        String before = reading.inlineNames.putIfAbsent(iri, inline);
        if (before != null && !before.equals(inline)) {
          throw reading.refused(
              path(at, "name"),
              "names the agent "
                  + Texts.quote(iri, 40)
                  + " "
                  + Texts.quote(inline, 40)
                  + ", but it was named "
                  + Texts.quote(before, 40)
                  + " before",
              "write one name for one agent");
        }
      }
      return iri;
    }
  }
}
