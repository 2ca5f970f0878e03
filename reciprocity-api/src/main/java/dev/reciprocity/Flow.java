package dev.reciprocity;

import dev.reciprocity.internal.Texts;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * One flow of benefit: {@code giver} gave {@code receiver} an {@code amount} of {@code kind} at
 * {@code instant}. It creates, in the language of the pattern texts (docs/design.md, section 1.2),
 * a benefit for the receiver and an occasion for a return.
 *
 * <p>Validation: giver and receiver differ; the amount is not negative (an amount of zero is
 * allowed and counts as no weight); the instant lies in the supported time range [{@link
 * #EARLIEST}, {@link #LATEST}], the years 0001 to 9999 that ISO-8601's four-digit years write, so
 * that a typo'd year (such as {@code +300000}) is refused rather than reported on. An optional
 * {@link #id()} makes ingest idempotent: a ledger counts the same id once. Immutable and
 * thread-safe.
 *
 * <pre>{@code
 * Flow f = Flow.builder()
 *     .giver(PartyId.of("ada")).receiver(PartyId.of("bob"))
 *     .kind(FlowKind.of("review")).amount(Amount.ONE)
 *     .instant(Instant.parse("2026-03-01T10:00:00Z"))
 *     .build();
 * }</pre>
 */
@Value.Immutable
@Implements(PatternComponent.VISIBLE_FLOWS)
public interface Flow {

  /** The earliest instant a flow may have: {@code 0001-01-01T00:00:00Z}. */
  Instant EARLIEST = Instant.parse("0001-01-01T00:00:00Z");

  /** The latest instant a flow may have: {@code 9999-12-31T23:59:59.999999999Z}. */
  Instant LATEST = Instant.parse("9999-12-31T23:59:59.999999999Z");

  /**
   * Who gave.
   *
   * @return the giver; required; differs from {@link #receiver()}
   */
  PartyId giver();

  /**
   * Who received.
   *
   * @return the receiver; required; differs from {@link #giver()}
   */
  PartyId receiver();

  /**
   * What flowed.
   *
   * @return the kind; required
   */
  FlowKind kind();

  /**
   * How much flowed, exactly, in the kind's unit.
   *
   * @return the amount; required; {@code >= 0}
   */
  Amount amount();

  /**
   * When it flowed.
   *
   * @return the instant; required; in [{@link #EARLIEST}, {@link #LATEST}]
   */
  Instant instant();

  /**
   * The host's id for this flow, which makes ingest idempotent.
   *
   * @return the id; default empty
   */
  Optional<String> id();

  /**
   * Free-form labels (a project, a programme, a channel).
   *
   * @return tags; default empty
   */
  Set<String> tags();

  /**
   * Returns the same flow with giver and receiver swapped.
   *
   * @return the reversed flow, without id
   */
  default Flow reversed() {
    return builder().from(this).giver(receiver()).receiver(giver()).id(Optional.empty()).build();
  }

  /**
   * Returns a new builder.
   *
   * @return a builder; not thread-safe
   */
  static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link Flow}; not thread-safe. {@code build()} throws {@link IllegalStateException}
   * naming a missing required attribute and {@link IllegalArgumentException} for an invalid one.
   */
  @SuppressWarnings("missing-explicit-ctor") // new Flow.Builder() is API
  class Builder extends ImmutableFlow.Builder {}

  /**
   * Rejects a flow whose giver is its receiver, a negative amount, and an instant outside the
   * supported time range.
   *
   * @throws IllegalArgumentException naming the attribute and the value
   */
  @Value.Check
  default void check() {
    if (giver().equals(receiver())) {
      throw new IllegalArgumentException(
          "giver and receiver must differ, both are "
              + Texts.quote(giver().value())
              + ": a party cannot give to itself");
    }
    if (amount().signum() < 0) {
      throw new IllegalArgumentException(
          "amount must not be negative, got "
              + amount()
              + " for "
              + Texts.quote(giver().value())
              + " -> "
              + Texts.quote(receiver().value())
              + "; record a flow in the other direction instead");
    }
    if (instant().isBefore(EARLIEST) || instant().isAfter(LATEST)) {
      throw new IllegalArgumentException(
          "instant "
              + instant()
              + " of the flow "
              + Texts.quote(giver().value())
              + " -> "
              + Texts.quote(receiver().value())
              + " lies outside the supported time range "
              + EARLIEST
              + " to "
              + LATEST
              + "; check the year");
    }
    if (id().isPresent() && (id().get().isBlank() || id().get().length() > 256)) {
      throw new IllegalArgumentException(
          "flow id must be 1 to 256 characters when present, got " + Texts.quote(id().get()));
    }
  }
}
