package dev.reciprocity.io;

import dev.reciprocity.Implements;
import dev.reciprocity.PatternComponent;
import dev.reciprocity.ReciprocityException;
import dev.reciprocity.internal.Texts;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A flow file could not be read: it is missing, unreadable, empty, has no usable header, or a row
 * holds a value that is not a valid flow. The exception names the file, the physical line (the
 * header is line 1), the column, the value found, what is wrong and what to do; its {@link
 * #getMessage() message} is one line of at most 300 characters meant for a person, every value in
 * it quoted short and escaped.
 *
 * <pre>{@code
 * /data/flows.csv, line 4, column weight, value "-2": the weight is negative. Fix: record the
 * flow the other way round: swap giver and receiver and write the weight 2.
 * }</pre>
 */
@Implements(PatternComponent.ERRORS_AS_TEACHERS)
public class FlowFileException extends ReciprocityException {

  private static final long serialVersionUID = 1L;

  // Kept as plain fields, not as a Rejection, so that the exception stays serializable.
  private final String source;
  private final long line;
  private final @Nullable String column;
  private final @Nullable String value;
  private final String reason;
  private final String fix;

  /**
   * Creates the exception for one rejection.
   *
   * @param rejection where the problem is, what is wrong, and the fix
   */
  public FlowFileException(Rejection rejection) {
    this(rejection, null);
  }

  /**
   * Creates the exception for one rejection caused by a lower-level problem.
   *
   * @param rejection where the problem is, what is wrong, and the fix
   * @param cause the underlying problem, such as an {@link java.io.IOException}; may be null
   */
  public FlowFileException(Rejection rejection, @Nullable Throwable cause) {
    // Texts.message holds every message to one line of at most 300 characters
    super(Texts.message(Objects.requireNonNull(rejection, "rejection").message()), cause);
    this.source = rejection.source();
    this.line = rejection.line();
    this.column = rejection.column().orElse(null);
    this.value = rejection.value().orElse(null);
    this.reason = rejection.reason();
    this.fix = rejection.fix();
  }

  /**
   * The problem as a value, for a rejects file or a test.
   *
   * @return the rejection
   */
  public Rejection rejection() {
    return new Rejection(
        source, line, Optional.ofNullable(column), Optional.ofNullable(value), reason, fix);
  }

  /**
   * The file or resource read.
   *
   * @return the source, as shown to the user
   */
  public String source() {
    return source;
  }

  /**
   * The physical line of the problem, the header being line 1.
   *
   * @return the line; 0 when the problem concerns the whole file
   */
  public long line() {
    return line;
  }

  /**
   * The column of the problem.
   *
   * @return the header name of the column; empty when no column applies
   */
  public Optional<String> column() {
    return Optional.ofNullable(column);
  }

  /**
   * The text found.
   *
   * @return the value as read; empty when there is none
   */
  public Optional<String> value() {
    return Optional.ofNullable(value);
  }

  /**
   * What is wrong.
   *
   * @return the reason, a clause that follows the value
   */
  public String reason() {
    return reason;
  }

  /**
   * What to do next.
   *
   * @return the fix, an imperative sentence
   */
  public String fix() {
    return fix;
  }
}
