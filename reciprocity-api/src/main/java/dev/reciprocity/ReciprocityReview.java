package dev.reciprocity;

import java.util.List;
import org.immutables.value.Value;

/**
 * The reciprocity review of one period, the ritual of the pattern text Social Reciprocity
 * Architecture (docs/design.md, section 1.2): who has given significantly without it being
 * returned, who has received without giving back, which exchanges would rebalance, and what to
 * celebrate ("celebration renews willingness"). Immutable and thread-safe.
 */
@Value.Immutable
@Implements(PatternComponent.RECIPROCITY_REVIEW)
public interface ReciprocityReview {

  /**
   * The period reviewed.
   *
   * @return the period
   */
  Interval period();

  /**
   * Network figures of the period.
   *
   * @return the network score
   */
  NetworkScore network();

  /**
   * The network circulation of the period: the part of its flows that runs in closed cycles ({@link
   * NetworkCirculation}). The engine's review always sets it; empty in a review built by hand
   * without it.
   *
   * @return the circulation, whose cleared weight is itself empty past the documented ceiling
   */
  java.util.Optional<NetworkCirculation> circulation();

  /**
   * Every party active in the period, sorted by id.
   *
   * @return the party scores
   */
  List<PartyScore> parties();

  /**
   * Question 1: who gave without it being returned. Net givers, largest net balance first (ties by
   * id).
   *
   * @return at most the review's limit of parties with {@code netBalance > 0}
   */
  @Implements(PatternComponent.QUESTION_GAVE_WITHOUT_RETURN)
  List<PartyScore> gaveWithoutReturn();

  /**
   * Question 2: who received without giving back. Net receivers, most negative net balance first
   * (ties by id).
   *
   * @return at most the review's limit of parties with {@code netBalance < 0}
   */
  @Implements(PatternComponent.QUESTION_RECEIVED_WITHOUT_GIVING)
  List<PartyScore> receivedWithoutGiving();

  /**
   * Question 3: which exchanges would rebalance. The most one-sided relationships, largest gap
   * first, each as the return that would close it.
   *
   * @return at most the review's limit of exchanges
   */
  @Implements(PatternComponent.QUESTION_EXCHANGES_TO_REBALANCE)
  List<SuggestedExchange> rebalancingExchanges();

  /**
   * What to celebrate: the relationships that were reciprocal in the period, largest reciprocated
   * weight first.
   *
   * @return at most the review's limit of dyads with {@code reciprocatedWeight > 0}
   */
  @Implements(PatternComponent.CELEBRATION)
  List<DyadScore> reciprocalRelationships();

  /**
   * Findings of the balance checks whose period overlaps the reviewed period.
   *
   * @return the findings, most severe first
   */
  List<Finding> findings();

  /**
   * Returns a new builder.
   *
   * @return a builder; not thread-safe
   */
  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ReciprocityReview}; not thread-safe. */
  @SuppressWarnings("missing-explicit-ctor") // new ReciprocityReview.Builder() is API
  class Builder extends ImmutableReciprocityReview.Builder {}
}
