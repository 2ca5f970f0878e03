package dev.reciprocity;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import org.immutables.value.Value;

/**
 * The verdict of a balance check on one subject: what pattern was seen, when, how urgent, the
 * figures behind it and the data of one concrete next step (pattern: Benefit-Obligation Balance
 * Check: "each finding carries its evidence and one concrete suggestion, never a bare score").
 *
 * <p>A finding holds structured data only; the sentences a person reads are made from it by a
 * {@link dev.reciprocity.spi.FindingFormatter} (the built-in English one is {@code
 * dev.reciprocity.core.FindingFormatters.english()}), so hosts can word, translate or render
 * findings without parsing text. Immutable and thread-safe.
 */
@Value.Immutable
@Implements(PatternComponent.BENEFIT_OBLIGATION_BALANCE_CHECK)
public interface Finding {

  /**
   * The pattern seen.
   *
   * @return the type
   */
  FindingType type();

  /**
   * What the finding is about: a party, a circle, an agreement or the network.
   *
   * @return the subject; default a party
   */
  @Value.Default
  default SubjectKind subjectKind() {
    return SubjectKind.PARTY;
  }

  /**
   * The party the finding is about; for a circle the circle's id, for an agreement its name, for
   * the network {@link #NETWORK}.
   *
   * @return the subject
   */
  PartyId subject();

  /** The subject of a finding about the whole network: {@code network}. */
  PartyId NETWORK = PartyId.of("network");

  /** What a finding can be about. */
  enum SubjectKind {
    /** A party: a person, a team, an organisation that gives and receives. */
    PARTY,
    /** A circle of parties, as a review rolled up to circles sees it. */
    CIRCLE,
    /** An agreement, named by its name. */
    AGREEMENT,
    /** The whole network of the flows reviewed. */
    NETWORK
  }

  /**
   * The span of time the pattern held, from the first to the last season involved.
   *
   * @return the period
   */
  Interval period();

  /**
   * How urgent it is.
   *
   * @return the severity
   */
  Severity severity();

  /**
   * The party the suggested next step involves: for a chronic giver the partner who received most
   * without returning, for a chronic receiver the partner who gave most without receiving.
   *
   * @return the counterpart; empty when the next step involves no one party
   */
  Optional<PartyId> counterpart();

  /**
   * What flowed in the exchange the suggestion is about, by kind: for a chronic giver what the
   * subject gave the counterpart, for a chronic receiver what the counterpart gave the subject,
   * over {@link #period()}.
   *
   * @return the amount per kind, in each kind's unit; sorted by kind; empty when no exchange is
   *     involved
   */
  @Value.NaturalOrder
  SortedMap<FlowKind, Amount> exchangeByKind();

  /**
   * The kinds of {@link #exchangeByKind()}.
   *
   * @return the kinds, sorted
   */
  default Set<FlowKind> kinds() {
    return exchangeByKind().keySet();
  }

  /**
   * The amount the suggested next step asks for: for a chronic giver how much more the subject
   * would need to receive, for a chronic receiver how much more it would need to give, to be inside
   * the tolerance band, in the unit of {@link #kinds()}, rounded up to whole units.
   *
   * @return the shortfall, {@code >= 0}; empty when no amount would do (a band that excludes every
   *     give share on that side) or when it exceeds the range of an {@link Amount}
   */
  @Implements(PatternComponent.ONE_CONCRETE_EXCHANGE)
  Optional<Amount> shortfall();

  /**
   * The figures behind the verdict: season by season, and the exchange with the counterpart (with
   * {@link Evidence#counterpart()} set).
   *
   * @return the evidence; not empty
   */
  List<Evidence> evidence();

  /**
   * Returns the evidence of one measure, in order.
   *
   * @param measure the measure, such as {@link Evidence#GIVE_SHARE}
   * @return the evidence items with that measure; empty when there is none
   */
  default List<Evidence> evidence(String measure) {
    return evidence().stream()
        .filter(e -> e.measure().equals(measure))
        .collect(java.util.stream.Collectors.toUnmodifiableList());
  }

  /**
   * Returns a new builder.
   *
   * @return a builder; not thread-safe
   */
  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Finding}; not thread-safe. */
  @SuppressWarnings("missing-explicit-ctor") // new Finding.Builder() is API
  class Builder extends ImmutableFinding.Builder {}

  /**
   * Rejects a finding without evidence and a negative shortfall.
   *
   * @throws IllegalArgumentException naming the attribute
   */
  @Value.Check
  default void check() {
    if (evidence().isEmpty()) {
      throw new IllegalArgumentException("a finding on " + subject() + " needs evidence");
    }
    if (shortfall().isPresent() && shortfall().get().signum() < 0) {
      throw new IllegalArgumentException(
          "the shortfall of a finding on "
              + subject()
              + " must not be negative, got "
              + shortfall().get());
    }
  }
}
