package dev.reciprocity.spi;

import dev.reciprocity.ReciprocityException;

/**
 * A named parameter given to a scoring strategy is unknown to it, malformed, out of range, or
 * missing where the strategy needs it. The message names the strategy, the parameter, the value and
 * what to write instead.
 */
public class StrategyParameterException extends ReciprocityException {

  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message the strategy, the parameter, the value and the fix
   */
  public StrategyParameterException(String message) {
    super(message);
  }
}
