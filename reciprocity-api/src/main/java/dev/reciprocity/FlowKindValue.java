package dev.reciprocity;

import org.jspecify.annotations.Nullable;

/**
 * The {@link FlowKind} of {@link FlowKind#of(String, String)}: a name and a unit already in
 * canonical form. Written by hand rather than generated so that {@link #toString()} reads as the
 * kind's name.
 */
final class FlowKindValue implements FlowKind {

  private final String name;
  private final String unit;

  FlowKindValue(String name, String unit) {
    this.name = name;
    this.unit = unit;
    check();
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public String unit() {
    return unit;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return this == o
        || (o instanceof FlowKindValue other && other.name.equals(name) && other.unit.equals(unit));
  }

  @Override
  public int hashCode() {
    return 31 * name.hashCode() + unit.hashCode();
  }

  /** Returns the name, with the unit in parentheses unless it is {@value #DEFAULT_UNIT}. */
  @Override
  public String toString() {
    return unit.equals(DEFAULT_UNIT) ? name : name + " (" + unit + ")";
  }
}
