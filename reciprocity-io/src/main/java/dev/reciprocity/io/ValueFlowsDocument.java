package dev.reciprocity.io;

import dev.reciprocity.Amount;
import dev.reciprocity.Flow;
import dev.reciprocity.FlowKind;
import dev.reciprocity.PartyId;
import dev.reciprocity.Request;
import java.time.Instant;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * What {@link ValueFlowsReader} read from a ValueFlows document: its events between two agents as
 * {@link Flow}s, its intents that were taken up or turned down as {@link Request}s, its claims,
 * appreciations and agreements as they were written, and every event or intent it did not read as a
 * flow or an ask, by the reason why (docs/design.md, section 4.23, ValueFlows; the vocabulary is
 * that of <a href="https://www.valueflo.ws/">valueflo.ws</a>).
 *
 * <p>Every list is in the document's order. Identifiers ({@code @id}s) are kept as they were
 * written: a compact IRI such as {@code tb:ada} is not expanded. Immutable and thread-safe.
 *
 * @param source the file's name, as messages and reports name it
 * @param context the document's {@code @context} as JSON text, which {@link ValueFlowsWriter}
 *     writes back so that the identifiers it cites mean what they meant in the document
 * @param flows one flow per {@code EconomicEvent} between two different agents: giver the provider,
 *     receiver the receiver, the event's {@code @id} as {@link Flow#id()}, tagged {@value
 *     #APPRECIATED_TAG} when an {@code Appreciation} is of it
 * @param requests one ask per {@code Intent} between two agents that was satisfied (accepted) or
 *     finished without being satisfied (declined)
 * @param claims the {@code Claim}s: returns expected for events that already happened
 * @param appreciations the {@code Appreciation}s: events acknowledged without an expectation
 * @param agreements the {@code Agreement}s, with the events that realize them
 * @param leftOut the ids of the events and intents read as neither a flow nor an ask, by reason, in
 *     the order of {@link LeftOut}; a reason without any is absent
 * @param otherNodes how many nodes of the {@code @graph} were of a type this reader does not read
 *     (a {@code Commitment}, a {@code Process}, a {@code Proposal}, ...), by type as written;
 *     agents and nodes without a type are not counted
 * @param agents each party read (of a flow, an ask, a claim, or an intent left out), sorted, with
 *     the IRI of the agent it was read from
 */
public record ValueFlowsDocument(
    String source,
    String context,
    List<Flow> flows,
    List<Request> requests,
    List<Claim> claims,
    List<Appreciation> appreciations,
    List<AgreementNode> agreements,
    Map<LeftOut, List<String>> leftOut,
    SortedMap<String, Integer> otherNodes,
    SortedMap<PartyId, String> agents) {

  /** The tag of a flow that an {@code Appreciation} names in {@code appreciationOf}: {@value}. */
  public static final String APPRECIATED_TAG = "appreciation";

  /** Why an event or an intent was read as neither a flow nor an ask. */
  public enum LeftOut {
    /**
     * An event without a receiver: {@code produce}, {@code consume}, {@code raise}, {@code lower},
     * {@code accept}, {@code modify} and other actions of one agent on a resource.
     */
    EVENT_WITHOUT_RECEIVER(
        "event without a receiver (an action of one agent, such as produce)",
        "events without a receiver (actions of one agent, such as produce)"),
    /** An event with a receiver but no provider. */
    EVENT_WITHOUT_PROVIDER("event without a provider", "events without a provider"),
    /** An event whose provider is its receiver: an agent's work on its own resource. */
    EVENT_TO_ITSELF(
        "event whose provider is its receiver", "events whose provider is their receiver"),
    /**
     * An intent with one agent, or none, that no event of the document satisfies: an offer or a
     * request that nobody has taken up.
     */
    INTENT_WITH_ONE_AGENT(
        "intent with one agent (an offer or request nobody took up)",
        "intents with one agent (offers or requests nobody took up)"),
    /** An intent whose provider is its receiver. */
    INTENT_TO_ITSELF(
        "intent whose provider is its receiver", "intents whose provider is their receiver"),
    /** An intent between two agents that is neither satisfied nor finished: not answered yet. */
    OPEN_INTENT(
        "open intent (neither satisfied nor finished)",
        "open intents (neither satisfied nor finished)");

    private final String one;
    private final String many;

    LeftOut(String one, String many) {
      this.one = one;
      this.many = many;
    }

    /**
     * The reason in words, for one item, such as {@code "event without a provider"}.
     *
     * @return the description
     */
    public String description() {
      return one;
    }

    /**
     * A count of items left out for this reason, in words, such as {@code "2 events without a
     * provider"}.
     *
     * @param count how many
     * @return the count and the description, singular for 1
     */
    public String count(int count) {
      return count + " " + (count == 1 ? one : many);
    }
  }

  /**
   * A {@code Claim}: {@code provider} owes {@code receiver} an amount of a kind, in return for the
   * event {@code triggeredBy}, by {@code due} if given. Read as written; no figure of the review
   * reads it.
   *
   * @param id the claim's {@code @id}
   * @param provider who owes
   * @param receiver who is owed
   * @param kind what is owed, named and counted as a flow's kind is
   * @param amount how much, in the kind's unit
   * @param triggeredBy the {@code @id} of the event the claim was made against
   * @param due when it is expected to be settled, if the claim says
   */
  public record Claim(
      String id,
      PartyId provider,
      PartyId receiver,
      FlowKind kind,
      Amount amount,
      String triggeredBy,
      Optional<Instant> due) {

    /**
     * Checks the components.
     *
     * @throws NullPointerException if one is null
     */
    public Claim {
      Objects.requireNonNull(id, "id");
      Objects.requireNonNull(provider, "provider");
      Objects.requireNonNull(receiver, "receiver");
      Objects.requireNonNull(kind, "kind");
      Objects.requireNonNull(amount, "amount");
      Objects.requireNonNull(triggeredBy, "triggeredBy");
      Objects.requireNonNull(due, "due");
    }
  }

  /**
   * An {@code Appreciation}: the event {@code appreciationOf} (a contribution given without an
   * expectation of return) was acknowledged, with the gift {@code appreciationWith} if named.
   *
   * @param id the appreciation's {@code @id}
   * @param appreciationOf the {@code @id} of the event appreciated
   * @param appreciationWith the {@code @id} of the event given in appreciation, if named
   */
  public record Appreciation(String id, String appreciationOf, Optional<String> appreciationWith) {

    /**
     * Checks the components.
     *
     * @throws NullPointerException if one is null
     */
    public Appreciation {
      Objects.requireNonNull(id, "id");
      Objects.requireNonNull(appreciationOf, "appreciationOf");
      Objects.requireNonNull(appreciationWith, "appreciationWith");
    }
  }

  /**
   * An {@code Agreement} as the document states it. Not a {@link dev.reciprocity.Agreement}: a
   * ValueFlows agreement carries no review cadence, exit rule or rule per kind.
   *
   * @param id the agreement's {@code @id}
   * @param name its {@code name}, if given
   * @param created when it was made ({@code created}), if given
   * @param realizedBy the {@code @id}s of the events that name it in {@code realizationOf} or
   *     {@code reciprocalRealizationOf}, in the document's order
   */
  public record AgreementNode(
      String id, Optional<String> name, Optional<Instant> created, List<String> realizedBy) {

    /**
     * Checks and copies the components.
     *
     * @throws NullPointerException if one is null
     */
    public AgreementNode {
      Objects.requireNonNull(id, "id");
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(created, "created");
      realizedBy = List.copyOf(realizedBy);
    }
  }

  /**
   * Checks and copies the components.
   *
   * @throws NullPointerException if one is null
   */
  public ValueFlowsDocument {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(context, "context");
    flows = List.copyOf(flows);
    requests = List.copyOf(requests);
    claims = List.copyOf(claims);
    appreciations = List.copyOf(appreciations);
    agreements = List.copyOf(agreements);
    EnumMap<LeftOut, List<String>> out = new EnumMap<>(LeftOut.class);
    leftOut.forEach(
        (reason, ids) -> {
          if (!ids.isEmpty()) {
            out.put(reason, List.copyOf(ids));
          }
        });
    leftOut = Collections.unmodifiableMap(out);
    otherNodes = Collections.unmodifiableSortedMap(new TreeMap<>(otherNodes));
    agents = Collections.unmodifiableSortedMap(new TreeMap<>(agents));
  }

  /**
   * The events acknowledged by an appreciation.
   *
   * @return the {@code appreciationOf} ids, in the document's order
   */
  public Set<String> appreciated() {
    Set<String> ids = new LinkedHashSet<>();
    for (Appreciation a : appreciations) {
      ids.add(a.appreciationOf());
    }
    return Collections.unmodifiableSet(ids);
  }

  /**
   * How many events and intents were left out, for every reason together.
   *
   * @return the count
   */
  public int leftOutCount() {
    int n = 0;
    for (List<String> ids : leftOut.values()) {
      n += ids.size();
    }
    return n;
  }

  /**
   * The IRI of the agent a party was read from.
   *
   * @param party a party of a flow, an ask or a claim
   * @return the IRI as written in the document; empty for a party the document does not name
   */
  public Optional<String> agentOf(PartyId party) {
    return Optional.ofNullable(agents.get(party));
  }
}
