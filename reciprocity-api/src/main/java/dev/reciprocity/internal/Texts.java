package dev.reciprocity.internal;

import dev.reciprocity.Flow;
import org.jspecify.annotations.Nullable;

/**
 * Shows values that came from outside (a file, a request) safely inside a message: at most {@value
 * #MAX_SHOWN} characters, control characters escaped, and the full length said when the value was
 * cut, so that a hostile value cannot blow up a message or a log line. Not part of the public API.
 */
public final class Texts {

  /** The most characters of a value a message shows: {@value}. */
  public static final int MAX_SHOWN = 60;

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
   * Appends the value escaped, at most {@code max} characters of it with escapes counted, never cut
   * inside a surrogate pair, and {@code ...} where it was cut.
   *
   * @return whether the value was cut
   */
  private static boolean appendShown(StringBuilder sb, String value, int max) {
    int start = sb.length();
    int i = 0;
    while (i < value.length()) {
      int cp = value.codePointAt(i);
      String piece;
      if (cp == '\n') {
        piece = "\\n";
      } else if (cp == '\r') {
        piece = "\\r";
      } else if (cp == '\t') {
        piece = "\\t";
      } else if (Character.isISOControl(cp)
          || cp == 0xFEFF
          || (Character.charCount(cp) == 1 && Character.isSurrogate((char) cp))) {
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
