package dev.reciprocity;

/**
 * A flow, a batch or a value was refused because it would pass a limit: the most flows, parties,
 * tags or characters a host allows, the supported time range, or the total of amounts that exact
 * figures can hold. The limit is checked before memory is spent or a figure is computed, so that
 * nothing is half-applied and no figure wraps; the message names the limit, the value that passed
 * it and what to do.
 */
public class LimitExceededException extends ReciprocityException {

  private static final long serialVersionUID = 1L;

  private final String limit;

  /**
   * Creates the exception.
   *
   * @param limit the name of the limit, such as {@code "maxFlows"} or {@code "totalAmount"}
   * @param message what passed the limit, the limit, and what to do next
   */
  public LimitExceededException(String limit, String message) {
    super(message);
    this.limit = limit;
  }

  /**
   * The name of the limit that was passed: {@code maxFlows}, {@code maxParties}, {@code
   * maxNameLength}, {@code maxTags}, {@code maxTagLength}, {@code timeRange} or {@code
   * totalAmount}.
   *
   * @return the limit's name
   */
  public String limit() {
    return limit;
  }
}
