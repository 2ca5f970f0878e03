package dev.reciprocity;

import org.jspecify.annotations.Nullable;

/**
 * The root of the library's own exceptions: a problem with the data or the configuration that the
 * caller can mend. Misuse of the API (a null, a value out of range) stays {@link
 * NullPointerException} or {@link IllegalArgumentException}; an imbalance between parties is never
 * an exception but a {@link Finding}.
 *
 * <p>Messages say what was wrong, where, and what to do next.
 */
@Implements(PatternComponent.ERRORS_AS_TEACHERS)
public class ReciprocityException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message what was wrong, where, and what to do next
   */
  public ReciprocityException(String message) {
    super(message);
  }

  /**
   * Creates the exception with a cause.
   *
   * @param message what was wrong, where, and what to do next
   * @param cause the underlying problem; null when unknown
   */
  public ReciprocityException(String message, @Nullable Throwable cause) {
    super(message, cause);
  }
}
