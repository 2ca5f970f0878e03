package dev.reciprocity.internal;

import org.jspecify.annotations.Nullable;

/**
 * Shows values that came from outside (a file, a request) safely inside a message: at most
 * {@value #MAX_SHOWN} characters, control characters escaped, and the full length said when the
 * value was cut, so that a hostile value cannot blow up a message or a log line. Not part of the
 * public API.
 */
public final class Texts {

  /** The most characters of a value a message shows: {@value}. */
  public static final int MAX_SHOWN = 60;

  private Texts() {}

  /**
   * Returns the value in single quotes, shortened to {@value #MAX_SHOWN} characters with its
   * length said when longer: {@code 'abc'}, {@code 'aaaa...' (10000000 characters)}.
   *
   * @param value the value; null is shown as {@code null}
   * @return the quoted value, at most about 100 characters
   */
  public static String quote(@Nullable String value) {
    if (value == null) {
      return "null";
    }
    return "'" + shown(value) + "'"
        + (value.length() > MAX_SHOWN ? " (" + value.length() + " characters)" : "");
  }

  /**
   * Returns the value shortened to {@value #MAX_SHOWN} characters (with {@code ...} when cut),
   * line breaks, tabs and other control characters shown as escapes.
   *
   * @param value the value
   * @return the value as it can be shown on one line
   */
  public static String shown(String value) {
    StringBuilder sb = new StringBuilder(Math.min(value.length(), MAX_SHOWN) + 8);
    int n = Math.min(value.length(), MAX_SHOWN);
    for (int i = 0; i < n; i++) {
      char c = value.charAt(i);
      if (c == '\n') {
        sb.append("\\n");
      } else if (c == '\r') {
        sb.append("\\r");
      } else if (c == '\t') {
        sb.append("\\t");
      } else if (Character.isISOControl(c) || c == '\uFEFF') {
        sb.append(String.format("\\u%04X", (int) c));
      } else {
        sb.append(c);
      }
    }
    if (value.length() > MAX_SHOWN) {
      sb.append("...");
    }
    return sb.toString();
  }
}
