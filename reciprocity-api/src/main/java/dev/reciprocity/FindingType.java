package dev.reciprocity;

import dev.reciprocity.internal.Texts;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The pattern a {@link Finding} names: an open value, so that a host's own {@link
 * dev.reciprocity.spi.BalanceCheck} can name failure modes of its own next to the built-in ones
 * (the pattern texts Social Reciprocity Architecture, Collaborative Reciprocity, Community OS /
 * Reciprocity: docs/design.md, section 1.2).
 *
 * <p>A name is 1 to {@value #MAX_LENGTH} characters of ASCII letters, digits and underscores,
 * starting with a letter, by convention in upper case: {@code CHRONIC_GIVER}, {@code SLOW_REVIEW}.
 * Two types are equal when their names are equal. Immutable, value-based and thread-safe; ordered
 * by name.
 */
public final class FindingType implements Comparable<FindingType> {

  /** The longest name accepted: {@value}. */
  public static final int MAX_LENGTH = 64;

  /**
   * Burnout risk: a party's give share lies above the tolerance band in {@code k} consecutive
   * seasons. "Consistent givers without receiving become resentful."
   */
  public static final FindingType CHRONIC_GIVER = new FindingType("CHRONIC_GIVER");

  /**
   * Obligation risk: a party's give share lies below the tolerance band in {@code k} consecutive
   * seasons. "Consistent receivers without giving feel obligated."
   */
  public static final FindingType CHRONIC_RECEIVER = new FindingType("CHRONIC_RECEIVER");

  private final String name;

  private FindingType(String name) {
    this.name = name;
  }

  /**
   * Returns the type with the given name.
   *
   * @param name 1 to {@value #MAX_LENGTH} ASCII letters, digits and underscores, starting with a
   *     letter, such as {@code "SLOW_REVIEW"}
   * @return the type
   * @throws NullPointerException if {@code name} is null
   * @throws IllegalArgumentException if {@code name} is empty, longer than {@value #MAX_LENGTH}
   *     characters, or holds another character
   */
  public static FindingType of(String name) {
    Objects.requireNonNull(name, "finding type name must not be null");
    if (name.isEmpty() || name.length() > MAX_LENGTH || !isName(name)) {
      throw new IllegalArgumentException(
          "finding type name "
              + Texts.quote(name)
              + " is not 1 to "
              + MAX_LENGTH
              + " ASCII letters, digits and underscores starting with"
              + " a letter; write it like SLOW_REVIEW");
    }
    return new FindingType(name);
  }

  private static boolean isName(String s) {
    char first = s.charAt(0);
    if (!((first >= 'A' && first <= 'Z') || (first >= 'a' && first <= 'z'))) {
      return false;
    }
    for (int i = 1; i < s.length(); i++) {
      char c = s.charAt(i);
      boolean ok =
          (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_';
      if (!ok) {
        return false;
      }
    }
    return true;
  }

  /**
   * The type's name.
   *
   * @return the name, such as {@code "CHRONIC_GIVER"}
   */
  public String name() {
    return name;
  }

  @Override
  public int compareTo(FindingType other) {
    return name.compareTo(other.name);
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof FindingType other && other.name.equals(name);
  }

  @Override
  public int hashCode() {
    return name.hashCode();
  }

  /** Returns {@link #name()}. */
  @Override
  public String toString() {
    return name;
  }
}
