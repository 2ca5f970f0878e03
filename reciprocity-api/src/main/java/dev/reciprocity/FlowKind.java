package dev.reciprocity;

import dev.reciprocity.internal.Names;
import dev.reciprocity.internal.Texts;

/**
 * What flows: labour, attention, review, mentoring, money, risk, information, and the unit its
 * amounts are counted in.
 *
 * <p>Two kinds are equal when name and unit are equal. Names and units are canonical as party ids
 * are, by the PRECIS framework (RFC 8264) in the variant of its Nickname profile (RFC 8266) that
 * {@link PartyId} describes: Unicode spaces mapped to the space, stripped at the edges and
 * collapsed inside, Unicode NFC, and control, format and bidirectional control characters refused,
 * so that a kind written twice is one kind and no kind can display as another. 1 to {@value
 * #MAX_LENGTH} characters in that form. Amounts of different units are not comparable ("benefits
 * differ in kind"): the built-in strategies add kinds of one unit and refuse a second unit with a
 * {@link UnitMismatchException}; select the kinds of one unit with {@link ReciprocityRule#kinds()}.
 *
 * <p>{@link Object#toString()} of a kind from {@link #of(String, String)} is its name, with the
 * unit in parentheses unless it is {@value #DEFAULT_UNIT}: {@code review}, {@code mentoring
 * (hours)}. Immutable and thread-safe.
 */
public interface FlowKind extends Comparable<FlowKind> {

  /** The unit used by {@link #of(String)}: {@value}. */
  String DEFAULT_UNIT = "count";

  /** The most characters of a kind's name or unit: {@value}. */
  int MAX_LENGTH = 64;

  /**
   * The kind's name, such as {@code "review"} or {@code "mentoring"}.
   *
   * @return the name; not blank
   */
  String name();

  /**
   * The unit the amounts of this kind are counted in, such as {@code "hours"} or {@code "EUR"}.
   *
   * @return the unit; not blank
   */
  String unit();

  /**
   * Returns the kind with the given name and unit.
   *
   * @param name the name
   * @param unit the unit
   * @return the kind, with name and unit in canonical form
   * @throws NullPointerException if {@code name} or {@code unit} is null
   * @throws IllegalArgumentException if {@code name} or {@code unit} is blank, holds a character
   *     that names refuse (see {@link PartyId}), or is longer than {@value #MAX_LENGTH} characters
   *     in canonical form
   */
  static FlowKind of(String name, String unit) {
    java.util.Objects.requireNonNull(name, "flow kind name must not be null");
    java.util.Objects.requireNonNull(unit, "flow kind unit must not be null");
    return new FlowKindValue(
        Names.canonical("flow kind name", name, MAX_LENGTH),
        Names.canonical("unit of flow kind " + Texts.quote(name, 16), unit, MAX_LENGTH));
  }

  /**
   * Returns the kind with the given name, counted in {@value #DEFAULT_UNIT}.
   *
   * @param name the name
   * @return the kind
   * @throws NullPointerException if {@code name} is null
   * @throws IllegalArgumentException if {@code name} is blank, holds a character that names refuse
   *     (see {@link PartyId}), or is longer than {@value #MAX_LENGTH} characters in canonical form
   */
  static FlowKind of(String name) {
    return of(name, DEFAULT_UNIT);
  }

  /** Orders by name, then unit. */
  @Override
  default int compareTo(FlowKind other) {
    int c = name().compareTo(other.name());
    return c != 0 ? c : unit().compareTo(other.unit());
  }

  /**
   * Rejects a blank name or unit.
   *
   * @throws IllegalArgumentException naming the attribute and the value
   */
  default void check() {
    if (name().isBlank()) {
      throw new IllegalArgumentException("flow kind name must not be blank, got '" + name() + "'");
    }
    if (unit().isBlank()) {
      throw new IllegalArgumentException(
          "unit of flow kind '" + name() + "' must not be blank, got '" + unit() + "'");
    }
  }
}
