package dev.reciprocity;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * An agreement between parties and its accountability and adjustment path (Symbiotic Alignment):
 * who is in it, which rule judges each kind of their flows, how often its terms are reviewed, how a
 * party may leave, its revisions (each with an effective interval, in which its rules apply), and
 * the records of the path: an imbalance raised, a repair agreed, terms changed. Immutable and
 * thread-safe.
 */
@Value.Immutable
@Implements({
  PatternComponent.ACCOUNTABILITY_AND_ADJUSTMENT_PATH,
  PatternComponent.PARTNERSHIP_OPERATING_AGREEMENT
})
public interface Agreement {

  /** One version of the terms, in effect over an interval. */
  @Value.Immutable
  @Implements(PatternComponent.ACCOUNTABILITY_AND_ADJUSTMENT_PATH)
  interface Revision extends Effective {

    /**
     * Which rule judges each kind in this revision: the kind's name, and a strategy as {@code
     * NAME[:key=value,...]}, such as {@code developmental:lag=P180D}.
     *
     * @return at least one rule
     */
    Map<String, String> rules();

    /**
     * Checks the rules and the interval.
     *
     * @throws IllegalArgumentException naming the value
     */
    @Value.Check
    default void check() {
      if (rules().isEmpty()) {
        throw new IllegalArgumentException("a revision names at least one kind and its rule");
      }
      if (!startsBeforeItEnds()) {
        throw new IllegalArgumentException("a revision must start before it ends");
      }
    }

    /**
     * Returns a new builder.
     *
     * @return a builder; not thread-safe
     */
    static Builder builder() {
      return new Builder();
    }

    /** Builds a {@link Revision}; not thread-safe. */
    @SuppressWarnings("missing-explicit-ctor") // new Revision.Builder() is API
    class Builder extends ImmutableRevision.Builder {}
  }

  /** A record of the adjustment path. */
  @Value.Immutable
  @Implements(PatternComponent.ACCOUNTABILITY_AND_ADJUSTMENT_PATH)
  interface Adjustment {

    /** What happened. */
    enum Type {
      /** A party raised an imbalance. */
      IMBALANCE_RAISED,
      /** The parties agreed a repair. */
      REPAIR_AGREED,
      /** The terms changed (a new revision). */
      TERMS_CHANGED
    }

    /**
     * When.
     *
     * @return the instant
     */
    Instant instant();

    /**
     * What happened.
     *
     * @return the type
     */
    Type type();

    /**
     * Who raised or recorded it, when known.
     *
     * @return the party
     */
    Optional<PartyId> by();

    /**
     * What was said, in words.
     *
     * @return the note; may be empty
     */
    String note();

    /**
     * Returns a new builder.
     *
     * @return a builder; not thread-safe
     */
    static Builder builder() {
      return new Builder();
    }

    /** Builds an {@link Adjustment}; not thread-safe. */
    @SuppressWarnings("missing-explicit-ctor") // new Adjustment.Builder() is API
    class Builder extends ImmutableAdjustment.Builder {}
  }

  /**
   * The agreement's name.
   *
   * @return the name, not blank
   */
  String name();

  /**
   * Its parties.
   *
   * @return two or more distinct parties
   */
  List<PartyId> parties();

  /**
   * How often its terms are reviewed.
   *
   * @return the cadence
   */
  @Implements(PatternComponent.ADAPTATION_CADENCE)
  Cadence reviewCadence();

  /**
   * How a party may leave, in words.
   *
   * @return the exit rule
   */
  @Implements(PatternComponent.EXIT_AND_CONTINUITY_RULE)
  String exitRule();

  /**
   * Its revisions, no two in effect at once.
   *
   * @return at least one revision
   */
  List<Revision> revisions();

  /**
   * The records of its adjustment path, in the order given.
   *
   * @return the records
   */
  List<Adjustment> adjustments();

  /**
   * The revision in effect at an instant.
   *
   * @param instant the instant
   * @return the revision; empty when none is in effect then
   */
  default Optional<Revision> revisionAt(Instant instant) {
    return revisions().stream().filter(r -> r.effectiveAt(instant)).findFirst();
  }

  /**
   * Checks the name, the parties and the revisions.
   *
   * @throws IllegalArgumentException naming the value
   */
  @Value.Check
  default void check() {
    if (name().isBlank()) {
      throw new IllegalArgumentException("an agreement needs a name");
    }
    if (parties().size() < 2 || new HashSet<>(parties()).size() != parties().size()) {
      throw new IllegalArgumentException(
          "an agreement needs two or more distinct parties, got " + parties());
    }
    if (revisions().isEmpty()) {
      throw new IllegalArgumentException("an agreement needs at least one revision of its terms");
    }
    for (int i = 0; i < revisions().size(); i++) {
      for (int j = 0; j < i; j++) {
        if (Effective.overlap(revisions().get(i), revisions().get(j))) {
          throw new IllegalArgumentException(
              "revisions "
                  + (j + 1)
                  + " and "
                  + (i + 1)
                  + " are in effect at once; end one where"
                  + " the next begins");
        }
      }
    }
  }

  /**
   * Returns a new builder.
   *
   * @return a builder; not thread-safe
   */
  static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link Agreement}; not thread-safe. */
  @SuppressWarnings("missing-explicit-ctor") // new Agreement.Builder() is API
  class Builder extends ImmutableAgreement.Builder {}
}
