package dev.reciprocity;

/**
 * Two flows carry the same {@link Flow#id()} but differ in content. Ingest is idempotent by id (the
 * same flow twice counts once), so a second, different flow under a known id is refused rather than
 * silently dropped or applied.
 */
public class ConflictingFlowException extends ReciprocityException {

  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message which id, the two flows, and what to do next
   */
  public ConflictingFlowException(String message) {
    super(message);
  }
}
