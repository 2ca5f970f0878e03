package dev.reciprocity;

import dev.reciprocity.internal.Texts;

/**
 * Flows of kinds counted in different units (hours and euros, say) were about to be added up.
 * Amounts of different units are not comparable without an explicit rate ("benefits differ in
 * kind"), so figures across units are refused rather than summed, as JSR-354 and Joda-Money refuse
 * to add two currencies. Score each unit apart (select its kinds with {@link
 * ReciprocityRule#kinds()}), or value them in one unit with a {@link Valuation}.
 */
public class UnitMismatchException extends ReciprocityException {

  private static final long serialVersionUID = 1L;

  private final String firstUnit;
  private final String secondUnit;

  /**
   * Creates the exception for two units met in one figure.
   *
   * @param first the kind seen first
   * @param second a kind with another unit
   */
  public UnitMismatchException(FlowKind first, FlowKind second) {
    super(
        "cannot add amounts in "
            + Texts.quote(first.unit())
            + " (kind "
            + Texts.quote(first.name())
            + ") to amounts in "
            + Texts.quote(second.unit())
            + " (kind "
            + Texts.quote(second.name())
            + "): figures across units need a valuation between them."
            + " Fix: value the kinds in one unit with a Valuation (--valuation FILE on the command"
            + " line), select the kinds of one unit (ReciprocityRule.kinds(), --kind), or record"
            + " the flows in one unit.");
    this.firstUnit = first.unit();
    this.secondUnit = second.unit();
  }

  /**
   * Creates the exception for flows a valuation has no rate for.
   *
   * @param message what is missing and how to fix it
   * @param firstUnit the unit of the flows without a rate
   * @param secondUnit the valuation's common unit
   */
  public UnitMismatchException(String message, String firstUnit, String secondUnit) {
    super(message);
    this.firstUnit = firstUnit;
    this.secondUnit = secondUnit;
  }

  /**
   * The unit met first.
   *
   * @return the unit, such as {@code hours}
   */
  public String firstUnit() {
    return firstUnit;
  }

  /**
   * The other unit.
   *
   * @return the unit, such as {@code EUR}
   */
  public String secondUnit() {
    return secondUnit;
  }
}
