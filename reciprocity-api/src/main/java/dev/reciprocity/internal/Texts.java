package dev.reciprocity.internal;

import dev.reciprocity.Flow;
import org.jspecify.annotations.Nullable;

/**
 * Shows values that came from outside (a file, a request) safely inside a message: at most {@value
 * #MAX_SHOWN} characters, and the full length said when the value was cut, so that a hostile value
 * cannot blow up a message or a log line. Every character that could change how a line is shown is
 * written as a <code>&#92;uXXXX</code> escape: control characters (C0, DEL, C1: NUL, TAB, LF, CR,
 * VT, ESC...), the line and paragraph separators U+2028 and U+2029, the bidirectional controls
 * (U+061C, U+200E, U+200F, U+202A to U+202E, U+2066 to U+2069), U+FEFF and unpaired surrogates.
 * {@link #message(String)} is the one place that holds a whole message to one line of at most
 * {@value #MAX_MESSAGE} characters. Not part of the public API.
 */
public final class Texts {

  /** The most characters of a value a message shows: {@value}. */
  public static final int MAX_SHOWN = 60;

  /** The most characters of a message, on one line: {@value}. */
  public static final int MAX_MESSAGE = 300;

  private Texts() {}

  /**
   * Returns the value in single quotes, shortened to {@value #MAX_SHOWN} characters with its length
   * said when longer: {@code 'abc'}, {@code 'aaaa...' (10000000 characters)}.
   *
   * @param value the value; null is shown as {@code null}
   * @return the quoted value, at most about 100 characters
   */
  public static String quote(@Nullable String value) {
    return quote(value, MAX_SHOWN);
  }

  /**
   * Returns the value in single quotes, shortened to {@code max} characters with its length said
   * when longer: for messages that show several values, such as the two parties of a flow.
   *
   * @param value the value; null is shown as {@code null}
   * @param max the most characters shown, at least 1
   * @return the quoted value
   */
  public static String quote(@Nullable String value, int max) {
    return quote(value, max, '\'');
  }

  /**
   * Returns the value between two {@code mark}s, shortened to {@code max} characters with its
   * length said after the closing mark when it was cut: {@code "aaaa..." (10000000 characters)}.
   *
   * @param value the value; null is shown as {@code null}
   * @param max the most characters shown, at least 1
   * @param mark the quotation mark, such as {@code '"'}
   * @return the quoted value
   */
  public static String quote(@Nullable String value, int max, char mark) {
    if (value == null) {
      return "null";
    }
    StringBuilder sb = new StringBuilder(Math.min(value.length(), max) + 32).append(mark);
    boolean cut = appendShown(sb, value, max);
    sb.append(mark);
    if (cut) {
      sb.append(" (").append(value.length()).append(" characters)");
    }
    return sb.toString();
  }

  /**
   * Describes a flow in a message: its parties quoted short, its amount, kind and instant, on one
   * line and in at most about 160 characters.
   *
   * @param flow the flow
   * @return such as {@code 'ada' -> 'bob', 2 'review' at 2026-03-01T10:00:00Z}
   */
  public static String describe(Flow flow) {
    return quote(flow.giver().value(), 24)
        + " -> "
        + quote(flow.receiver().value(), 24)
        + ", "
        + flow.amount()
        + " "
        + quote(flow.kind().name(), 24)
        + " at "
        + flow.instant();
  }

  /**
   * Returns the value shortened to {@value #MAX_SHOWN} characters (with {@code ...} when cut), line
   * breaks, tabs and other control characters shown as escapes.
   *
   * @param value the value
   * @return the value as it can be shown on one line
   */
  public static String shown(String value) {
    StringBuilder sb = new StringBuilder(Math.min(value.length(), MAX_SHOWN) + 3);
    var unused = appendShown(sb, value, MAX_SHOWN);
    return sb.toString();
  }

  /**
   * Returns the value shortened to {@code max} characters (escapes counted, {@code ...} added when
   * cut: at most {@code max + 3} in all), every character {@link #isEscaped(int) that could change
   * how a line is shown} written as <code>&#92;uXXXX</code>: for free text from a lower level, such
   * as a library's message.
   *
   * @param value the value; null is shown as {@code null}
   * @param max the most characters shown, at least 1
   * @return the value as it can be shown on one line
   */
  public static String shown(@Nullable String value, int max) {
    if (value == null) {
      return "null";
    }
    StringBuilder sb = new StringBuilder(Math.min(value.length(), max) + 3);
    var unused = appendShown(sb, value, max);
    return sb.toString();
  }

  /**
   * Holds a message to the rules every refusal of the project follows: one line, at most {@value
   * #MAX_MESSAGE} characters, no character {@link #isEscaped(int) that could change how a line is
   * shown} (each is written as <code>&#92;uXXXX</code>). A message within the rules is returned as
   * it is. A longer one is cut, keeping its end from {@code " Fix: "} on (cut itself to half the
   * length if needed), so that the fix is still read; the cut is marked {@code ...}.
   *
   * @param message the message
   * @return the message within the rules
   */
  public static String message(String message) {
    if (message.length() <= MAX_MESSAGE && !needsEscape(message)) {
      return message;
    }
    int fixAt = message.lastIndexOf(" Fix: ");
    String head = fixAt < 0 ? message : message.substring(0, fixAt);
    String tail = fixAt < 0 ? "" : message.substring(fixAt);
    String shownTail = shown(tail, MAX_MESSAGE / 2 - 3);
    return shown(head, MAX_MESSAGE - shownTail.length() - 3) + shownTail;
  }

  /**
   * Whether a character is written as an escape in a message: a control character (C0, DEL, C1), a
   * line or paragraph separator (U+2028, U+2029), a bidirectional control (U+061C, U+200E, U+200F,
   * U+202A to U+202E, U+2066 to U+2069), U+FEFF or a surrogate code unit (an unpaired one: a pair
   * is one code point and shown as it is).
   *
   * @param cp a code point
   * @return whether it is escaped
   */
  public static boolean isEscaped(int cp) {
    return Character.isISOControl(cp)
        || cp == 0x2028
        || cp == 0x2029
        || cp == 0x061C
        || cp == 0x200E
        || cp == 0x200F
        || (cp >= 0x202A && cp <= 0x202E)
        || (cp >= 0x2066 && cp <= 0x2069)
        || cp == 0xFEFF
        || (cp >= Character.MIN_SURROGATE && cp <= Character.MAX_SURROGATE);
  }

  private static boolean needsEscape(String text) {
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      if (isEscaped(cp)) {
        return true;
      }
      i += Character.charCount(cp);
    }
    return false;
  }

  /**
   * Appends the value escaped, at most {@code max} characters of it with escapes counted, never cut
   * inside a surrogate pair, and {@code ...} where it was cut (after the {@code max}).
   *
   * @return whether the value was cut
   */
  private static boolean appendShown(StringBuilder sb, String value, int max) {
    int start = sb.length();
    int i = 0;
    while (i < value.length()) {
      int cp = value.codePointAt(i);
      String piece;
      if (isEscaped(cp)) {
        piece = String.format("\\u%04X", cp);
      } else {
        piece = new String(Character.toChars(cp));
      }
      if (sb.length() - start + piece.length() > max) {
        sb.append("...");
        return true;
      }
      sb.append(piece);
      i += Character.charCount(cp);
    }
    return false;
  }
}
