package dev.reciprocity.io;

import dev.reciprocity.internal.Texts;
import java.util.Objects;
import java.util.Optional;

/**
 * One problem found while reading a flow file: where it is (source, physical line, column), the
 * value found there, what is wrong with it and what to do about it. Immutable and thread-safe.
 *
 * <p>A {@link FlowFileException} carries one rejection; {@link FlowCsvReader} in collecting mode
 * hands every rejection of a file to a consumer instead of stopping at the first.
 *
 * @param source the file or resource read, as shown to the user; not blank
 * @param line the physical line in the source, the header being line 1; 0 when the problem concerns
 *     the whole source (a missing file)
 * @param column the header name of the column, or a description such as {@code "value 7"} for a
 *     value beyond the header; empty when no column applies
 * @param value the text found, as read; empty when there is none (a missing value, a missing file)
 * @param reason what is wrong, as a clause that follows the value: {@code "is negative"}
 * @param fix what to do next, as an imperative sentence
 */
public record Rejection(
    String source,
    long line,
    Optional<String> column,
    Optional<String> value,
    String reason,
    String fix) {

  /**
   * Validates the components.
   *
   * @throws NullPointerException if a component is null
   * @throws IllegalArgumentException if {@code line} is negative or a text is blank
   */
  public Rejection {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(column, "column");
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(reason, "reason");
    Objects.requireNonNull(fix, "fix");
    if (line < 0) {
      throw new IllegalArgumentException("line must not be negative, got " + line);
    }
    if (source.isBlank() || reason.isBlank() || fix.isBlank()) {
      throw new IllegalArgumentException("a rejection needs a source, a reason and a fix");
    }
  }

  /**
   * Returns a rejection of one value in one cell.
   *
   * @param source the source
   * @param line the physical line, at least 1
   * @param column the column's header name
   * @param value the text found
   * @param reason what is wrong, following the value
   * @param fix what to do next
   * @return the rejection
   */
  static Rejection ofValue(
      String source, long line, String column, String value, String reason, String fix) {
    return new Rejection(source, line, Optional.of(column), Optional.of(value), reason, fix);
  }

  /** The most characters of the source shown in a message; a longer path keeps its end. */
  static final int MAX_SOURCE_SHOWN = 80;

  /**
   * Returns the one-line message for a person: where, what was found, what is wrong, what to do.
   * The message is one line of at most {@value dev.reciprocity.internal.Texts#MAX_MESSAGE}
   * characters ({@link Texts#message(String)}): control, bidirectional and line-separating
   * characters and unpaired surrogates are shown as <code>&#92;uXXXX</code> escapes, a source
   * longer than {@value #MAX_SOURCE_SHOWN} characters is shown by its end, and a value longer than
   * {@value dev.reciprocity.internal.Texts#MAX_SHOWN} characters is cut, with its length said, so
   * that a hostile value cannot blow up the message.
   *
   * <p>Example: {@code flows.csv, line 4, column weight, value "-2": is negative. Fix: ...}; a cut
   * value reads {@code value "xxxx..." (10485760 characters)}.
   *
   * @return the message; one line of at most 300 characters
   */
  public String message() {
    StringBuilder sb = new StringBuilder(shortSource(source));
    if (line > 0) {
      sb.append(", line ").append(line);
    }
    column.ifPresent(c -> sb.append(", column ").append(Texts.shown(c)));
    value.ifPresent(v -> sb.append(", value ").append(Texts.quote(v, Texts.MAX_SHOWN, '"')));
    sb.append(": ").append(reason);
    if (!reason.endsWith(".")) {
      sb.append('.');
    }
    sb.append(" Fix: ").append(fix);
    if (!fix.endsWith(".")) {
      sb.append('.');
    }
    return Texts.message(sb.toString());
  }

  /** The source, escaped, by its last {@value #MAX_SOURCE_SHOWN} characters when longer. */
  static String shortSource(String source) {
    String shown = Texts.shown(source, Integer.MAX_VALUE - 3);
    if (shown.length() <= MAX_SOURCE_SHOWN) {
      return shown;
    }
    int from = shown.length() - (MAX_SOURCE_SHOWN - 3);
    if (Character.isLowSurrogate(shown.charAt(from))) {
      from++;
    }
    return "..." + shown.substring(from);
  }
}
