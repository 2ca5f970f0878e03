package dev.reciprocity;

import java.util.List;
import org.immutables.value.Value;

/**
 * The verdict of a balance check on one subject: what pattern was seen, when, how urgent, the
 * figures behind it and one concrete next step. Never a bare score: "each finding carries its
 * evidence and one concrete suggestion" (pattern: Benefit-Obligation Balance Check). Immutable and
 * thread-safe.
 */
@Value.Immutable
public interface Finding {

  /**
   * The pattern seen.
   *
   * @return the type
   */
  FindingType type();

  /**
   * The party the finding is about.
   *
   * @return the subject
   */
  PartyId subject();

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
   * One sentence that names the pattern with its figures, for a report line.
   *
   * @return the summary; not blank
   */
  String summary();

  /**
   * The figures behind the verdict: season by season, and the exchange with the counterpart the
   * suggestion names (with {@link Evidence#counterpart()} set).
   *
   * @return the evidence; not empty
   */
  List<Evidence> evidence();

  /**
   * One concrete next step that names parties, kinds and figures.
   *
   * @return the suggestion; not blank
   */
  String suggestion();

  /**
   * Returns a new builder.
   *
   * @return a builder; not thread-safe
   */
  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Finding}; not thread-safe. */
  class Builder extends ImmutableFinding.Builder {}

  /**
   * Rejects a finding without evidence, summary or suggestion.
   *
   * @throws IllegalArgumentException naming the attribute
   */
  @Value.Check
  default void check() {
    if (evidence().isEmpty()) {
      throw new IllegalArgumentException("a finding on " + subject() + " needs evidence");
    }
    if (summary().isBlank() || suggestion().isBlank()) {
      throw new IllegalArgumentException(
          "a finding on " + subject() + " needs a summary and a suggestion");
    }
  }
}
