package dev.reciprocity.patterns;

/**
 * The pattern catalog could not be made, or the committed one was out of date: the message says
 * which, with every problem found, and what to do.
 */
public final class CatalogException extends Exception {

  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message what was wrong and what to do
   */
  public CatalogException(String message) {
    super(message);
  }
}
