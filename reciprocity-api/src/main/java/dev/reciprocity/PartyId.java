package dev.reciprocity;

import dev.reciprocity.internal.Names;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The identity of a {@link Party}: a name chosen by the host (a user name, an e-mail hash, a role
 * name). Two parties are the same party exactly when their ids are equal.
 *
 * <p>Canonical, by the PRECIS framework (RFC 8264) in a variant of its Nickname profile (RFC 8266),
 * the IETF's rules for names that people choose and compare: {@link #of(String)} maps every Unicode
 * space (the no-break space U+00A0, U+2000 to U+200A, U+202F, U+205F, the ideographic space U+3000
 * ...) to the space U+0020, strips spaces and other white space at the edges, makes each run of
 * spaces inside one space, and brings the name to Unicode NFC. So {@code "René"}, {@code " René "},
 * {@code "René "}, {@code "René"} (a combining accent, as some mail clients and file systems write
 * it) are one party, and so are {@code "Ada Lovelace"} and {@code "Ada Lovelace"}. Case is kept:
 * {@code "ada"} and {@code "Ada"} are two parties unless the host folds case ({@link
 * #ofCaseFolded(String)}).
 *
 * <p>Refused, because they would make a second party of a name that looks the same or make one name
 * display as another: control characters; invisible format characters (the zero-width space U+200B
 * and the byte-order mark U+FEFF, anywhere in the name, edges included); bidirectional controls
 * (U+200E, U+200F, U+202A to U+202E, U+2066 to U+2069, U+061C); other default-ignorable characters;
 * line and paragraph separators; private-use characters; unpaired surrogates; and code points the
 * Java runtime's Unicode version does not assign (Unicode 13.0 on Java 17). The joiners U+200C and
 * U+200D are allowed between letters, marks or symbols beyond ASCII (Persian, the Indic scripts,
 * emoji sequences), variation selectors right after a character beyond ASCII, a digit, {@code #} or
 * {@code *} (emoji). Where this differs from RFC 8266: NFC rather than NFKC, so that a name is
 * stored as written (NFKC rewrites full-width letters, ligatures and superscripts), and the joiners
 * and variation selectors in context rather than refused, so that emoji and Persian names are
 * names. A name is 1 to {@value #MAX_LENGTH} characters (UTF-16 code units) in this canonical form.
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
   * @return the id whose {@link #value()} is {@code name} in canonical form: spaces mapped,
   *     stripped and collapsed, NFC
   * @throws NullPointerException if {@code name} is null
   * @throws IllegalArgumentException if {@code name} is empty or only white space, holds a
   *     character that names refuse (a control character such as a line break or a tab inside the
   *     name, a format or bidirectional control character, ...: see the class), or is longer than
   *     {@value #MAX_LENGTH} characters in canonical form; the message names the character or the
   *     length, quotes at most 60 characters of the name and says what to do
   */
  public static PartyId of(String name) {
    Objects.requireNonNull(name, "party id must not be null");
    return new PartyId(Names.canonical("party id", name, MAX_LENGTH));
  }

  /**
   * Returns the id of a name in canonical form and case-folded, for hosts whose names are
   * case-insensitive, such as e-mail addresses: {@code "Ada@Example.org"} and {@code
   * "ada@example.org"} are one party. Folding maps each character to upper case and then to lower
   * case by its full Unicode case mapping ({@link String#toUpperCase(java.util.Locale)} and {@link
   * String#toLowerCase(java.util.Locale)} in {@link java.util.Locale#ROOT}), one character at a
   * time, and brings the result to NFC, until the name folds to itself: {@code "ß"}, {@code "ẞ"}
   * and {@code "SS"} fold to {@code "ss"}, Greek {@code "Σ"}, {@code "σ"} and final {@code "ς"} to
   * {@code "σ"}, as Unicode case folding does. The length bound applies to the folded form, the one
   * stored: a few letters fold to two or three characters (Turkish {@code "İ"} to {@code "i̇"},
   * Greek {@code "ᾂ"} to {@code "ἂι"}). Linear in the length of the name.
   *
   * @param name the name as written
   * @return the id of {@code name} canonical and case-folded; {@code ofCaseFolded} of its value
   *     gives it back
   * @throws NullPointerException if {@code name} is null
   * @throws IllegalArgumentException as {@link #of(String)}, and when the folded name is longer
   *     than {@value #MAX_LENGTH} characters; the message then says how long it is once case-folded
   */
  public static PartyId ofCaseFolded(String name) {
    Objects.requireNonNull(name, "party id must not be null");
    return new PartyId(Names.canonicalFolded("party id", name, MAX_LENGTH));
  }

  /**
   * Returns the id's canonical text.
   *
   * @return the name in canonical form (see the class)
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

  /**
   * Returns the id's text, as {@link #value()}: {@code Ada Lovelace}, without quotes or type name,
   * so that an id reads in a message as the name it is.
   */
  @Override
  public String toString() {
    return value;
  }
}
