package dev.reciprocity;

import org.immutables.value.Value;

/**
 * What flows: labour, attention, review, mentoring, money, risk, information, and the unit its
 * amounts are counted in.
 *
 * <p>Two kinds are equal when name and unit are equal. Amounts of different kinds are not
 * comparable in general ("benefits differ in kind"); the built-in strategies add whatever flows
 * they are given, so select kinds with {@link ReciprocityRule#kinds()} or give them a common unit
 * before scoring. Immutable and thread-safe.
 */
@Value.Immutable(builder = false)
public interface FlowKind extends Comparable<FlowKind> {

  /** The unit used by {@link #of(String)}: {@value}. */
  String DEFAULT_UNIT = "count";

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
   * @return the kind
   * @throws IllegalArgumentException if {@code name} or {@code unit} is blank
   */
  static FlowKind of(String name, String unit) {
    return ImmutableFlowKind.of(name, unit);
  }

  /**
   * Returns the kind with the given name, counted in {@value #DEFAULT_UNIT}.
   *
   * @param name the name
   * @return the kind
   * @throws IllegalArgumentException if {@code name} is blank
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
