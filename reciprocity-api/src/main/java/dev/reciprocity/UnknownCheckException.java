package dev.reciprocity;

/** No balance check is known under the requested name, or more than one provider claims it. */
public class UnknownCheckException extends ReciprocityException {

  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message the name, the names that are known, and what to do next
   */
  public UnknownCheckException(String message) {
    super(message);
  }
}
