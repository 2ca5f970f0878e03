package dev.reciprocity;

import dev.reciprocity.internal.Texts;
import java.util.Set;
import org.immutables.value.Value;

/**
 * A participant in flows: a person, role, circle, organization or system.
 *
 * <p>Flows refer to parties by {@link PartyId} only, so declaring a {@code Party} is optional; it
 * adds a display name, a kind and circle membership. No strategy or check reads parties yet:
 * circles' roll-ups and proportional reciprocity (contribution per unit of capacity) will, and may
 * reshape this type. Immutable and thread-safe.
 *
 * <pre>{@code
 * Party ada = Party.builder().id(PartyId.of("ada")).displayName("Ada L.").build();
 * }</pre>
 */
@Beta("no strategy or check reads parties yet; circles and proportional reciprocity will")
@Value.Immutable
public interface Party {

  /**
   * The party's identity.
   *
   * @return the id; required
   */
  PartyId id();

  /**
   * What kind of participant this is.
   *
   * @return the kind; default {@link PartyKind#PERSON}
   */
  @Value.Default
  default PartyKind kind() {
    return PartyKind.PERSON;
  }

  /**
   * The name shown in reports.
   *
   * @return the display name; default the id's text
   */
  @Value.Default
  default String displayName() {
    return id().value();
  }

  /**
   * The circles this party is a member of.
   *
   * @return circle ids; default empty
   */
  Set<PartyId> circles();

  /**
   * Returns a party of kind {@link PartyKind#PERSON} whose display name is its id.
   *
   * @param id the id's text
   * @return the party
   * @throws IllegalArgumentException if {@code id} is blank
   */
  static Party of(String id) {
    return builder().id(PartyId.of(id)).build();
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
   * Builds a {@link Party}; not thread-safe. {@code build()} throws {@link IllegalStateException}
   * when {@code id} is missing.
   */
  @SuppressWarnings("missing-explicit-ctor") // new Party.Builder() is API
  class Builder extends ImmutableParty.Builder {}

  /**
   * Rejects a display name that is blank, and a party that is a member of itself.
   *
   * @throws IllegalArgumentException naming the attribute and the value
   */
  @Value.Check
  default void check() {
    if (displayName().isBlank()) {
      throw new IllegalArgumentException(
          "displayName of party " + Texts.quote(id().value()) + " must not be blank");
    }
    if (circles().contains(id())) {
      throw new IllegalArgumentException(
          "party " + Texts.quote(id().value()) + " lists itself among its circles");
    }
  }
}
