package dev.reciprocity;

import java.util.Objects;

/**
 * The identity of a {@link Party}: a non-blank string chosen by the host (a user name, an e-mail
 * hash, a role name). Two parties are the same party exactly when their ids are equal.
 *
 * <p>Immutable, value-based and thread-safe; ordered by the id's natural string order.
 */
public final class PartyId implements Comparable<PartyId> {

  private final String value;

  private PartyId(String value) {
    this.value = value;
  }

  /**
   * Returns the id with the given text.
   *
   * @param value the id; kept as given, surrounding spaces included
   * @return the id
   * @throws NullPointerException if {@code value} is null
   * @throws IllegalArgumentException if {@code value} is empty or only whitespace
   */
  public static PartyId of(String value) {
    Objects.requireNonNull(value, "party id must not be null");
    if (value.isBlank()) {
      throw new IllegalArgumentException("party id must not be blank, got '" + value + "'");
    }
    return new PartyId(value);
  }

  /**
   * Returns the id's text.
   *
   * @return the text given to {@link #of(String)}
   */
  public String value() {
    return value;
  }

  @Override
  public int compareTo(PartyId other) {
    return value.compareTo(other.value);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof PartyId other && other.value.equals(value);
  }

  @Override
  public int hashCode() {
    return value.hashCode();
  }

  /** Returns the id's text. */
  @Override
  public String toString() {
    return value;
  }
}
