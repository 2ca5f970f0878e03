package dev.reciprocity;

import dev.reciprocity.internal.Names;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The identity of a {@link Party}: a name chosen by the host (a user name, an e-mail hash, a role
 * name). Two parties are the same party exactly when their ids are equal.
 *
 * <p>Canonical: {@link #of(String)} strips surrounding white space and brings the name to Unicode
 * NFC, so that {@code "René"}, {@code " René "} and {@code "Rene\u0301"} (a combining accent, as
 * some mail clients and file systems write it) are one party. Case is kept: {@code "ada"} and
 * {@code "Ada"} are two parties unless the host folds case itself ({@link #ofCaseFolded(String)}).
 * A name is 1 to {@value #MAX_LENGTH} characters without control characters.
 *
 * <p>Immutable, value-based and thread-safe; ordered by the canonical name's natural string order.
 */
public final class PartyId implements Comparable<PartyId> {

  /** The most characters of a canonical party id: {@value}. */
  public static final int MAX_LENGTH = 256;

  private final String value;

  /** The text's hash, kept here so that hashing an id reads no other object. */
  private final int hash;

  private PartyId(String value) {
    this.value = value;
    this.hash = value.hashCode();
  }

  /**
   * Returns the id of a name, in canonical form.
   *
   * @param name the name as written
   * @return the id whose {@link #value()} is {@code name} stripped of surrounding white space, in
   *     NFC
   * @throws NullPointerException if {@code name} is null
   * @throws IllegalArgumentException if {@code name} is empty or only white space, holds a control
   *     character (a line break, a tab), or is longer than {@value #MAX_LENGTH} characters; the
   *     message quotes at most 60 characters of it
   */
  public static PartyId of(String name) {
    Objects.requireNonNull(name, "party id must not be null");
    return new PartyId(Names.canonical("party id", name, MAX_LENGTH));
  }

  /**
   * Returns the id of a name in canonical form and case-folded (upper case, then lower case, in
   * {@link java.util.Locale#ROOT}, so that letters with several lower-case forms, such as Greek
   * final sigma, fold alike), for hosts whose names are case-insensitive, such as e-mail addresses:
   * {@code "Ada@Example.org"} and {@code "ada@example.org"} are one party.
   *
   * @param name the name as written
   * @return the id of {@code name} canonical and in lower case
   * @throws NullPointerException if {@code name} is null
   * @throws IllegalArgumentException as {@link #of(String)}, also when folding lengthens a name
   *     past {@value #MAX_LENGTH} characters (a few letters, such as Turkish dotted capital I, fold
   *     to two characters)
   */
  public static PartyId ofCaseFolded(String name) {
    PartyId id = of(name);
    // to a fixed point: the capital sharp s folds to "ß", which folds on to "ss"; a folded name
    // folds to itself. Each round can only expand such letters, so a few rounds reach it.
    for (int round = 0; round < 4; round++) {
      String folded =
          id.value.toUpperCase(java.util.Locale.ROOT).toLowerCase(java.util.Locale.ROOT);
      if (folded.equals(id.value)) {
        return id;
      }
      id = of(folded);
    }
    return id;
  }

  /**
   * Returns the id's canonical text.
   *
   * @return the name, stripped and in NFC
   */
  public String value() {
    return value;
  }

  @Override
  public int compareTo(PartyId other) {
    return value.compareTo(other.value);
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return this == o
        || (o instanceof PartyId other && other.hash == hash && other.value.equals(value));
  }

  @Override
  public int hashCode() {
    return hash;
  }

  /** Returns the id's text. */
  @Override
  public String toString() {
    return value;
  }
}
