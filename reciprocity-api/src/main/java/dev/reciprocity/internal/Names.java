package dev.reciprocity.internal;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * The canonical form of a name that identifies something (a party, a kind, a unit), by the PRECIS
 * framework (RFC 8264) in a variant of its Nickname profile (RFC 8266). Not part of the public API.
 *
 * <p>The rules, in the order RFC 8264 section 7 applies them:
 *
 * <ol>
 *   <li>Spaces: every space separator (Unicode category Zs: the no-break space U+00A0, the spaces
 *       U+2000 to U+200A, U+202F, U+205F, the ideographic space U+3000 ...) is mapped to the
 *       ordinary space U+0020; spaces at the edges are removed, and so is other white space at the
 *       edges (tabs, line breaks, as {@link Character#isWhitespace} says); each run of spaces
 *       inside the name becomes one space (RFC 8266 section 2.1, additional mapping rule).
 *   <li>Case is kept ({@link #canonical}); {@link #canonicalFolded} folds it.
 *   <li>Normalization: Unicode NFC.
 *   <li>Then every character of the result must be one the FreeformClass of RFC 8264 section 4.3
 *       allows. Refused: control characters (Cc); format characters (Cf: the zero-width space
 *       U+200B, the byte-order mark U+FEFF, the bidirectional marks, embeddings, overrides and
 *       isolates U+200E, U+200F, U+202A to U+202E, U+2066 to U+2069, the Arabic letter mark U+061C,
 *       tag characters); the other default-ignorable code points (the combining grapheme joiner
 *       U+034F, the Hangul fillers U+115F, U+1160, U+3164, U+FFA0, U+17B4, U+17B5, the Mongolian
 *       variation selectors U+180B to U+180F); line and paragraph separators; private use; unpaired
 *       surrogates; and code points not assigned in the Unicode version of the Java runtime
 *       (Unicode 13.0 on Java 17), whose normalization could change when they are assigned; and the
 *       characters RFC 5892 section 2.6 disallows (the Arabic tatweel U+0640, U+07FA, U+302E,
 *       U+302F, U+3031 to U+3035, U+303B).
 * </ol>
 *
 * <p>Where this differs from RFC 8266, and why:
 *
 * <ul>
 *   <li>NFC instead of NFKC: a name is shown back as written; NFKC would rewrite full-width
 *       letters, ligatures and superscripts ({@code "ﬁ"} to {@code "fi"}, {@code "²"} to {@code
 *       "2"}) and change which names were one party before.
 *   <li>The joiners U+200C and U+200D (format characters that Persian, the Indic scripts and emoji
 *       sequences need) are allowed between two characters that are letters, marks or symbols
 *       beyond ASCII, and the variation selectors (U+FE00 to U+FE0F, U+E0100 to U+E01EF) right
 *       after a character beyond ASCII or a digit, {@code #} or {@code *} (emoji presentation,
 *       keycaps). RFC 8264's contextual rule for the joiners needs the Unicode joining types, which
 *       the Java runtime does not expose; variation selectors it refuses outright, which would
 *       refuse emoji such as U+2764 U+FE0F. So a joiner or selector never stands at the edge of a
 *       name or after an ASCII letter, where it would make a second party of a same-looking name.
 *   <li>Conjoining Hangul jamo that NFC leaves alone are allowed (the fillers are refused).
 *   <li>The contextual rules of RFC 5892 for the middle dot, the Greek keraia, the Hebrew geresh
 *       and gershayim, the katakana middle dot and Arabic-Indic digits are not applied.
 * </ul>
 *
 * <p>Every method here is linear in the length of the name: the name is bounded ({@code 4 *
 * maxLength + 64} characters between the stripped edges) before any other work, and each step is
 * done once.
 */
public final class Names {

  /**
   * The most characters of a name a message shows: fewer than {@link Texts#MAX_SHOWN}, so that a
   * message naming a kind, its unit and the character refused stays within 300 characters.
   */
  private static final int SHOWN = 40;

  private Names() {}

  /**
   * A name that is not a valid name: an {@link IllegalArgumentException} whose message is {@code
   * <what> '<name>' <reason>. Fix: <fix>.}, with the reason and the fix apart for readers that
   * frame them in their own message.
   */
  public static final class InvalidNameException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final String reason;
    private final String fix;

    InvalidNameException(String what, String raw, String reason, String fix) {
      super(what + " " + Texts.quote(raw, SHOWN) + " " + reason + ". Fix: " + fix + ".");
      this.reason = reason;
      this.fix = fix;
    }

    /**
     * What is wrong with the name, without the name: {@code "is longer than 256 characters"}.
     *
     * @return the reason, one line
     */
    public String reason() {
      return reason;
    }

    /**
     * What to do: {@code "shorten it"}.
     *
     * @return the fix, one line
     */
    public String fix() {
      return fix;
    }
  }

  /**
   * Returns the canonical form of a name.
   *
   * @param what what the name names, for messages: {@code "party id"}
   * @param raw the name as written
   * @param maxLength the most characters of the canonical form
   * @return the name with spaces mapped, stripped and collapsed, in NFC
   * @throws InvalidNameException if the name is empty or only white space, holds a character that
   *     names refuse (see the class), or is longer than {@code maxLength} characters; the message
   *     quotes at most {@value Texts#MAX_SHOWN} characters of it
   */
  public static String canonical(String what, String raw, int maxLength) {
    String s = prepared(what, raw, maxLength);
    if (s.length() > maxLength) {
      throw tooLong(what, raw, maxLength);
    }
    return s;
  }

  /**
   * Returns the canonical form of a name, case-folded: {@link #canonical} then each character's
   * full case mapping to upper case and then to lower case ({@link Locale#ROOT}, one character at a
   * time, so the final-sigma rule does not apply and {@code σ} and {@code ς} fold alike, as in
   * Unicode case folding), then NFC, repeated until the name folds to itself. The length bound
   * applies to the folded form, the one stored.
   *
   * @param what what the name names, for messages: {@code "party id"}
   * @param raw the name as written
   * @param maxLength the most characters of the folded form
   * @return the folded canonical name; folding it again gives it back
   * @throws InvalidNameException as {@link #canonical}, and if the folded form is longer than
   *     {@code maxLength} characters (some letters fold to two or three, such as {@code "ᾂ"} to
   *     {@code "ἂι"}), saying how long it is once folded
   */
  public static String canonicalFolded(String what, String raw, int maxLength) {
    String s = prepared(what, raw, maxLength);
    String folded = s;
    for (int round = 0; round < 4; round++) {
      String next = Folding.fold(folded);
      if (next.equals(folded)) {
        break;
      }
      folded = nfc(next);
    }
    if (folded.length() > maxLength) {
      if (s.length() > maxLength) {
        throw tooLong(what, raw, maxLength);
      }
      throw new InvalidNameException(
          what,
          raw,
          "is "
              + folded.length()
              + " characters once case-folded, longer than "
              + maxLength
              + " (some letters fold to two or three, such as \u1F82 to \u1F02\u03B9)",
          "shorten it");
    }
    return folded;
  }

  /** Mapped, stripped, collapsed, NFC and checked; not yet held to {@code maxLength}. */
  private static String prepared(String what, String raw, int maxLength) {
    int n = raw.length();
    if (plain(raw)) {
      if (n > 4 * maxLength + 64) {
        throw tooLong(what, raw, maxLength);
      }
      return raw;
    }
    int start = 0;
    while (start < n) {
      int cp = raw.codePointAt(start);
      if (!isEdgeSpace(cp)) {
        break;
      }
      start += Character.charCount(cp);
    }
    int end = n;
    while (end > start) {
      int cp = raw.codePointBefore(end);
      if (!isEdgeSpace(cp)) {
        break;
      }
      end -= Character.charCount(cp);
    }
    if (start == end) {
      throw new InvalidNameException(what, raw, "is empty or only white space", "give a name");
    }
    // bounded before any work beyond one pass: NFC never shrinks a text by more than a few times
    if (end - start > 4 * maxLength + 64) {
      throw tooLong(what, raw, maxLength);
    }
    // most names need no mapping: look before copying
    boolean ascii = true;
    boolean mapped = false;
    for (int i = start; i < end && !mapped; i++) {
      char c = raw.charAt(i);
      if (c < 0x80) {
        // the first character is not a space, so i > start here
        mapped = c == ' ' && raw.charAt(i - 1) == ' ';
      } else {
        ascii = false;
        mapped = isSpaceSeparator(c);
      }
    }
    String s;
    if (mapped) {
      StringBuilder sb = new StringBuilder(end - start);
      for (int i = start; i < end; i++) {
        char c = raw.charAt(i);
        ascii &= c < 0x80;
        if (c == ' ' || isSpaceSeparator(c)) {
          if (sb.charAt(sb.length() - 1) != ' ') {
            sb.append(' ');
          }
        } else {
          sb.append(c);
        }
      }
      s = sb.toString();
    } else {
      s = raw.substring(start, end);
    }
    if (!ascii) {
      s = nfc(s);
    }
    check(what, raw, s);
    return s;
  }

  /**
   * Whether the character is a space separator (Zs) other than U+0020: U+00A0, U+1680, U+2000 to
   * U+200A, U+202F, U+205F, U+3000 in Unicode 13; every Zs is a BMP character.
   */
  private static boolean isSpaceSeparator(char c) {
    return (c == 0xA0 || c == 0x1680 || (c >= 0x2000 && c <= 0x3000))
        && Character.getType(c) == Character.SPACE_SEPARATOR;
  }

  /** Whether the text is printable ASCII without spaces at the edges or two in a row. */
  private static boolean plain(String raw) {
    int n = raw.length();
    if (n == 0 || raw.charAt(0) == ' ' || raw.charAt(n - 1) == ' ') {
      return false;
    }
    char previous = 'x';
    for (int i = 0; i < n; i++) {
      char c = raw.charAt(i);
      if (c < ' ' || c > '~' || (c == ' ' && previous == ' ')) {
        return false;
      }
      previous = c;
    }
    return true;
  }

  private static boolean isEdgeSpace(int cp) {
    return cp == ' '
        || Character.isWhitespace(cp)
        || Character.getType(cp) == Character.SPACE_SEPARATOR;
  }

  private static String nfc(String s) {
    return Normalizer.isNormalized(s, Normalizer.Form.NFC)
        ? s
        : Normalizer.normalize(s, Normalizer.Form.NFC);
  }

  /** Refuses the first character of the canonical form {@code s} that names do not allow. */
  private static void check(String what, String raw, String s) {
    int previous = -1;
    int n = s.length();
    for (int i = 0; i < n; i++) {
      char c = s.charAt(i);
      // printable ASCII; Latin-1 Supplement to Spacing Modifier Letters, all assigned, none a
      // format character but the soft hyphen (the no-break space was mapped to the space)
      if ((c >= ' ' && c < 0x7F) || (c >= 0xA0 && c < 0x300 && c != 0xAD)) {
        previous = c;
        continue;
      }
      int cp = s.codePointAt(i);
      int width = Character.charCount(cp);
      if (isPlainClass(Character.getType(cp)) && !isSpecial(cp)) {
        previous = cp;
        i += width - 1;
        continue;
      }
      String[] problem = problem(cp, previous, i + width < n ? s.codePointAt(i + width) : -1);
      if (problem != null) {
        int type = Character.getType(cp);
        String fix =
            type == Character.CONTROL
                    || type == Character.LINE_SEPARATOR
                    || type == Character.PARAGRAPH_SEPARATOR
                ? "keep names on one line and remove control characters"
                : type == Character.SURROGATE
                    ? "decode the text as UTF-8 or UTF-16 before it names anything"
                    : "remove it";
        throw new InvalidNameException(
            what,
            raw,
            "holds "
                + problem[0]
                + " as character "
                + (s.codePointCount(0, i) + 1)
                + (problem[1].isEmpty() ? "" : ": " + problem[1]),
            fix);
      }
      previous = cp;
      i += width - 1;
    }
  }

  /**
   * What the code point is and why names refuse it in this place, {@code {thing, why}} with {@code
   * why} possibly empty; or null when they allow it.
   */
  private static String @Nullable [] problem(int cp, int previous, int next) {
    switch (Character.getType(cp)) {
      case Character.CONTROL -> {
        return new String[] {String.format("the control character U+%04X", cp), ""};
      }
      case Character.SURROGATE -> {
        return new String[] {
          String.format("the unpaired surrogate U+%04X", cp), "half a character, not one"
        };
      }
      case Character.PRIVATE_USE -> {
        return new String[] {
          String.format("the private-use character U+%04X", cp),
          "it means nothing outside the program that wrote it"
        };
      }
      case Character.UNASSIGNED -> {
        return new String[] {
          String.format("U+%04X", cp), "not a character in this Java's Unicode version"
        };
      }
      case Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR -> {
        return new String[] {"the separator " + named(cp), ""};
      }
      case Character.FORMAT -> {
        if ((cp == 0x200C || cp == 0x200D) && joins(previous) && joins(next)) {
          return null;
        }
        if (cp == 0x200C || cp == 0x200D) {
          return new String[] {
            named(cp), "a joiner, allowed only between letters or symbols beyond ASCII"
          };
        }
        if (isBidiControl(cp)) {
          return new String[] {
            named(cp), "a bidirectional control, refused as it can make a name look like another"
          };
        }
        return new String[] {
          named(cp), "an invisible format character, refused as it makes a same-looking name"
        };
      }
      default -> {
        // a character of the FreeformClass, unless one of the rules below refuses it
      }
    }
    if (isVariationSelector(cp)) {
      boolean after =
          previous >= 0x80
              ? !isVariationSelector(previous)
              : (previous >= '0' && previous <= '9') || previous == '#' || previous == '*';
      return after
          ? null
          : new String[] {named(cp), "a variation selector after a character it cannot vary"};
    }
    if (cp == 0x034F
        || cp == 0x115F
        || cp == 0x1160
        || cp == 0x17B4
        || cp == 0x17B5
        || (cp >= 0x180B && cp <= 0x180F)
        || cp == 0x3164
        || cp == 0xFFA0) {
      return new String[] {
        named(cp), "an invisible character, refused as it makes a same-looking name"
      };
    }
    if (cp == 0x0640
        || cp == 0x07FA
        || cp == 0x302E
        || cp == 0x302F
        || (cp >= 0x3031 && cp <= 0x3035)
        || cp == 0x303B) {
      return new String[] {named(cp), "a stretching or repetition mark, refused by RFC 5892"};
    }
    return null;
  }

  /**
   * Whether the general category is one the FreeformClass allows (RFC 8264 section 9): letters,
   * marks, numbers, punctuation, symbols. Not spaces, separators, controls, format, private use,
   * surrogates or unassigned.
   */
  private static boolean isPlainClass(int type) {
    return (type >= Character.UPPERCASE_LETTER && type <= Character.OTHER_NUMBER)
        || (type >= Character.DASH_PUNCTUATION && type <= Character.FINAL_QUOTE_PUNCTUATION);
  }

  /** Code points of those classes that {@link #problem} refuses or allows only in context. */
  private static final long[] SPECIAL = new long[0x10000 / 64];

  static {
    int[][] ranges = {
      {0x034F, 0x034F}, {0x0640, 0x0640}, {0x07FA, 0x07FA}, {0x115F, 0x1160}, {0x17B4, 0x17B5},
      {0x180B, 0x180F}, {0x302E, 0x302F}, {0x3031, 0x3035}, {0x303B, 0x303B}, {0x3164, 0x3164},
      {0xFE00, 0xFE0F}, {0xFFA0, 0xFFA0}
    };
    for (int[] range : ranges) {
      for (int cp = range[0]; cp <= range[1]; cp++) {
        SPECIAL[cp >>> 6] |= 1L << cp;
      }
    }
  }

  private static boolean isSpecial(int cp) {
    return cp < 0x10000 ? (SPECIAL[cp >>> 6] & (1L << cp)) != 0 : isVariationSelector(cp);
  }

  private static boolean isVariationSelector(int cp) {
    return (cp >= 0xFE00 && cp <= 0xFE0F) || (cp >= 0xE0100 && cp <= 0xE01EF);
  }

  private static boolean isBidiControl(int cp) {
    return cp == 0x061C
        || cp == 0x200E
        || cp == 0x200F
        || (cp >= 0x202A && cp <= 0x202E)
        || (cp >= 0x2066 && cp <= 0x2069);
  }

  /** Whether a joiner may stand next to the code point: a letter, mark or symbol beyond ASCII. */
  private static boolean joins(int cp) {
    if (cp < 0x80) {
      return false;
    }
    return switch (Character.getType(cp)) {
      case Character.UPPERCASE_LETTER,
          Character.LOWERCASE_LETTER,
          Character.TITLECASE_LETTER,
          Character.MODIFIER_LETTER,
          Character.OTHER_LETTER,
          Character.NON_SPACING_MARK,
          Character.COMBINING_SPACING_MARK,
          Character.ENCLOSING_MARK,
          Character.OTHER_SYMBOL,
          Character.MODIFIER_SYMBOL ->
          true;
      default -> false;
    };
  }

  private static String named(int cp) {
    String name = Character.getName(cp);
    return name == null ? String.format("U+%04X", cp) : String.format("U+%04X (%s)", cp, name);
  }

  private static InvalidNameException tooLong(String what, String raw, int maxLength) {
    return new InvalidNameException(
        what,
        raw,
        "is longer than " + maxLength + " characters",
        "shorten it or give an id instead of a description");
  }

  /**
   * Case folding one code point at a time: the full mapping to upper case and then to lower case of
   * {@link String#toUpperCase(Locale)} and {@link String#toLowerCase(Locale)} in {@link
   * Locale#ROOT}, taken to a fixed point ({@code ẞ} to {@code ß} to {@code ss}). Most code points
   * fold by {@link Character}'s simple mappings; the few whose full mapping differs (found once, by
   * comparing both) are kept in a table. Linear in the text: {@code String.toUpperCase} grows its
   * result one expanding letter at a time, which made 256 letters such as {@code ᾂ} cost 60 µs.
   */
  private static final class Folding {

    /** Code points whose fold is not their simple fold, sorted, and their folds. */
    private static final int[] KEYS;

    private static final String[] FOLDS;

    static {
      int[] keys = new int[256];
      String[] folds = new String[256];
      int count = 0;
      for (int cp = 0x80; cp < 0x20000; cp++) {
        int type = Character.getType(cp);
        boolean cased =
            type == Character.UPPERCASE_LETTER
                || type == Character.LOWERCASE_LETTER
                || type == Character.TITLECASE_LETTER
                || Character.toUpperCase(cp) != cp
                || Character.toLowerCase(cp) != cp;
        if (!cased) {
          continue;
        }
        String one = new String(Character.toChars(cp));
        String full = one;
        for (int round = 0; round < 4; round++) {
          String next = full.toUpperCase(Locale.ROOT).toLowerCase(Locale.ROOT);
          if (next.equals(full)) {
            break;
          }
          full = next;
        }
        if (!full.equals(new String(Character.toChars(simple(cp))))) {
          if (count == keys.length) {
            keys = Arrays.copyOf(keys, 2 * count);
            folds = Arrays.copyOf(folds, 2 * count);
          }
          keys[count] = cp;
          folds[count++] = full;
        }
      }
      KEYS = Arrays.copyOf(keys, count);
      FOLDS = Arrays.copyOf(folds, count);
    }

    private Folding() {}

    private static int simple(int cp) {
      int c = cp;
      for (int round = 0; round < 4; round++) {
        int next = Character.toLowerCase(Character.toUpperCase(c));
        if (next == c) {
          break;
        }
        c = next;
      }
      return c;
    }

    /** The text folded, or the text itself (the same object) when folding changes nothing. */
    static String fold(String s) {
      StringBuilder sb = null;
      for (int i = 0; i < s.length(); ) {
        int cp = s.codePointAt(i);
        int width = Character.charCount(cp);
        String full = null;
        int folded;
        if (cp < 0x80) {
          folded = cp >= 'A' && cp <= 'Z' ? cp + ('a' - 'A') : cp;
        } else {
          int k = Arrays.binarySearch(KEYS, cp);
          if (k >= 0) {
            full = FOLDS[k];
            folded = -1;
          } else {
            folded = simple(cp);
          }
        }
        if (sb == null && folded != cp) {
          sb = new StringBuilder(s.length() + 16).append(s, 0, i);
        }
        if (sb != null) {
          if (full != null) {
            sb.append(full);
          } else {
            sb.appendCodePoint(folded);
          }
        }
        i += width;
      }
      return sb == null ? s : sb.toString();
    }
  }
}
