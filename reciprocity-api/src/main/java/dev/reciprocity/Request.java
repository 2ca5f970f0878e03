package dev.reciprocity;

import java.time.Instant;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * An ask: {@code asker} asked {@code asked} for something of a kind at an instant, and the ask was
 * accepted, declined or redirected to someone else. A declined ask is information about the ask,
 * never an imbalance between the two: no figure of balance counts it (Social Reciprocity
 * Architecture: a safe way to decline). Immutable and thread-safe.
 */
@Value.Immutable
@Implements(PatternComponent.ASKING)
public interface Request {

  /** What became of an ask. */
  enum Outcome {
    /** Taken up: the flow that answered it, if known, is {@link #answeredBy()}. */
    ACCEPTED,
    /** Declined: information, never an imbalance. */
    @Implements(PatternComponent.SAFE_DECLINE)
    DECLINED,
    /** Passed on to someone better placed: {@link #redirectedTo()}. */
    REDIRECTED
  }

  /**
   * Who asked.
   *
   * @return the asker
   */
  PartyId asker();

  /**
   * Who was asked.
   *
   * @return the party asked, not the asker
   */
  PartyId asked();

  /**
   * What was asked for.
   *
   * @return the kind
   */
  FlowKind kind();

  /**
   * When.
   *
   * @return the instant
   */
  Instant instant();

  /**
   * What became of it.
   *
   * @return the outcome
   */
  Outcome outcome();

  /**
   * The id of the flow that answered an accepted ask, when known.
   *
   * @return the flow's id
   */
  Optional<String> answeredBy();

  /**
   * Whom a redirected ask was passed on to.
   *
   * @return present exactly when the outcome is {@link Outcome#REDIRECTED}
   */
  Optional<PartyId> redirectedTo();

  /**
   * Checks the parties and the outcome's details.
   *
   * @throws IllegalArgumentException naming the value
   */
  @Value.Check
  default void check() {
    if (asker().equals(asked())) {
      throw new IllegalArgumentException(
          "an ask goes to someone else, but " + asker() + " asked itself");
    }
    if ((outcome() == Outcome.REDIRECTED) != redirectedTo().isPresent()) {
      throw new IllegalArgumentException(
          "a redirected ask names whom it was passed on to, and only a redirected one; got "
              + outcome()
              + " with redirectedTo "
              + redirectedTo());
    }
    if (answeredBy().isPresent() && outcome() != Outcome.ACCEPTED) {
      throw new IllegalArgumentException(
          "only an accepted ask is answered by a flow; got "
              + outcome()
              + " answered by "
              + answeredBy().get());
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

  /** Builds a {@link Request}; not thread-safe. */
  @SuppressWarnings("missing-explicit-ctor") // new Request.Builder() is API
  class Builder extends ImmutableRequest.Builder {}
}
