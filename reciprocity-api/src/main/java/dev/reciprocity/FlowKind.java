package dev.reciprocity;

import dev.reciprocity.internal.Names;
import dev.reciprocity.internal.Texts;
import org.immutables.value.Value;

/**
 * What flows: labour, attention, review, mentoring, money, risk, information, and the unit its
 * amounts are counted in.
 *
 * <p>Two kinds are equal when name and unit are equal. Names and units are canonical as party ids
 * are (surrounding white space stripped, Unicode NFC, no control characters), 1 to {@value
 * #MAX_LENGTH} characters. Amounts of different units are not comparable ("benefits differ in
 * kind"): the built-in strategies add kinds of one unit and refuse a second unit with a {@link
 * UnitMismatchException}; select the kinds of one unit with {@link ReciprocityRule#kinds()}.
 * Immutable and thread-safe.
 */
@Value.Immutable(builder = false)
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
  @Value.Parameter
  String name();

  /**
   * The unit the amounts of this kind are counted in, such as {@code "hours"} or {@code "EUR"}.
   *
   * @return the unit; not blank
   */
  @Value.Parameter
  String unit();

  /**
   * Returns the kind with the given name and unit.
   *
   * @param name the name
   * @param unit the unit
   * @return the kind, with name and unit in canonical form
   * @throws NullPointerException if {@code name} or {@code unit} is null
   * @throws IllegalArgumentException if {@code name} or {@code unit} is blank, holds a control
   *     character, or is longer than {@value #MAX_LENGTH} characters
   */
  static FlowKind of(String name, String unit) {
    java.util.Objects.requireNonNull(name, "flow kind name must not be null");
    java.util.Objects.requireNonNull(unit, "flow kind unit must not be null");
    return ImmutableFlowKind.of(
        Names.canonical("flow kind name", name, MAX_LENGTH),
        Names.canonical("unit of flow kind " + Texts.quote(name), unit, MAX_LENGTH));
  }

  /**
   * Returns the kind with the given name, counted in {@value #DEFAULT_UNIT}.
   *
   * @param name the name
   * @return the kind
   * @throws NullPointerException if {@code name} is null
   * @throws IllegalArgumentException if {@code name} is blank, holds a control character, or is
   *     longer than {@value #MAX_LENGTH} characters
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
  @Value.Check
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
