package dev.reciprocity;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * An exact fixed-point quantity in the unit of a {@link FlowKind}: hours of labour, reviews,
 * euros, and so on.
 *
 * <p>An amount holds a {@code long} count of millionths ({@value #SCALE} decimal places), as
 * JSR-354's {@code FastMoney} holds a {@code long} at a fixed scale. Sums and differences are
 * therefore exact, which is what makes the conservation invariant (net balances sum to exactly
 * zero) hold without a tolerance. The range is about &plusmn;9.2&nbsp;&times;&nbsp;10<sup>12</sup>
 * units; arithmetic that leaves it throws {@link ArithmeticException} rather than wrapping.
 *
 * <p>Amounts may be negative (a net balance is); a {@link Flow}'s amount may not.
 * Instances are immutable, value-based and thread-safe. Equality is numeric: {@code 1} equals
 * {@code 1.000000}.
 */
public final class Amount implements Comparable<Amount> {

  /** Number of decimal places an amount keeps: 6. */
  public static final int SCALE = 6;

  private static final long UNIT = 1_000_000L;

  /** The amount 0. */
  public static final Amount ZERO = new Amount(0);

  /** The amount 1. */
  public static final Amount ONE = new Amount(UNIT);

  private final long micros;

  private Amount(long micros) {
    this.micros = micros;
  }

  /**
   * Returns the amount of {@code units} whole units.
   *
   * @param units whole units, any sign
   * @return {@code units}
   * @throws ArithmeticException if {@code |units|} exceeds {@code Long.MAX_VALUE / 10^6}
   */
  public static Amount of(long units) {
    return new Amount(Math.multiplyExact(units, UNIT));
  }

  /**
   * Returns the amount whose value is {@code micros / 10^6}: the inverse of {@link #micros()}.
   *
   * @param micros the amount in millionths of a unit
   * @return {@code micros * 10^-6}
   */
  public static Amount ofMicros(long micros) {
    return micros == 0 ? ZERO : new Amount(micros);
  }

  /**
   * Returns the exact amount of a decimal number.
   *
   * @param value a decimal with at most {@value #SCALE} significant decimal places
   * @return {@code value}
   * @throws NullPointerException if {@code value} is null
   * @throws ArithmeticException if {@code value} has more than {@value #SCALE} significant decimal
   *     places, which could not be kept exactly, or lies outside the range
   */
  public static Amount of(BigDecimal value) {
    BigDecimal scaled;
    try {
      scaled = value.setScale(SCALE, RoundingMode.UNNECESSARY);
    } catch (ArithmeticException e) {
      throw new ArithmeticException(
          "amount " + value.toPlainString() + " has more than " + SCALE
              + " decimal places; round it to " + SCALE + " places or express it in a smaller unit");
    }
    try {
      return ofMicros(scaled.unscaledValue().longValueExact());
    } catch (ArithmeticException e) {
      throw new ArithmeticException(
          "amount " + value.toPlainString() + " is outside the range of an Amount (about +-9.2e12 units)");
    }
  }

  /**
   * Parses a plain decimal such as {@code "3"}, {@code "0.25"} or {@code "-1.5"}; exponent forms
   * such as {@code "1e3"} are accepted too.
   *
   * @param text the decimal text, without grouping separators or unit
   * @return the exact amount
   * @throws NullPointerException if {@code text} is null
   * @throws NumberFormatException if {@code text} is not a decimal number ({@code "NaN"} and
   *     {@code "Infinity"} are not)
   * @throws ArithmeticException if the number has more than {@value #SCALE} significant decimal
   *     places or lies outside the range
   */
  public static Amount parse(String text) {
    BigDecimal value;
    try {
      value = new BigDecimal(text.strip());
    } catch (NumberFormatException e) {
      throw new NumberFormatException("'" + text + "' is not a decimal number");
    }
    return of(value);
  }

  /**
   * Returns this amount in millionths of a unit.
   *
   * @return {@code this * 10^6}, exact
   */
  public long micros() {
    return micros;
  }

  /**
   * Returns {@code this + other}.
   *
   * @param other the amount to add
   * @return {@code this + other}, exact
   * @throws ArithmeticException if the result leaves the range
   */
  public Amount plus(Amount other) {
    return ofMicros(Math.addExact(micros, other.micros));
  }

  /**
   * Returns {@code this - other}.
   *
   * @param other the amount to subtract
   * @return {@code this - other}, exact
   * @throws ArithmeticException if the result leaves the range
   */
  public Amount minus(Amount other) {
    return ofMicros(Math.subtractExact(micros, other.micros));
  }

  /**
   * Returns {@code this * factor}.
   *
   * @param factor a whole multiplier, any sign
   * @return {@code this * factor}, exact
   * @throws ArithmeticException if the result leaves the range
   */
  public Amount times(long factor) {
    return ofMicros(Math.multiplyExact(micros, factor));
  }

  /**
   * Returns {@code -this}.
   *
   * @return {@code -this}
   */
  public Amount negate() {
    return ofMicros(Math.negateExact(micros));
  }

  /**
   * Returns the smaller of this and {@code other}.
   *
   * @param other the other amount
   * @return {@code min(this, other)}
   */
  public Amount min(Amount other) {
    return micros <= other.micros ? this : other;
  }

  /**
   * Returns the sign of this amount.
   *
   * @return -1, 0 or 1
   */
  public int signum() {
    return Long.signum(micros);
  }

  /**
   * Tells whether this amount is zero.
   *
   * @return {@code this == 0}
   */
  public boolean isZero() {
    return micros == 0;
  }

  /**
   * Returns this amount as a {@link BigDecimal}, stripped of trailing zeros ({@code 1}, not
   * {@code 1.000000}).
   *
   * @return the exact decimal value
   */
  public BigDecimal toBigDecimal() {
    if (micros % UNIT == 0) {
      return BigDecimal.valueOf(micros / UNIT);
    }
    return BigDecimal.valueOf(micros, SCALE).stripTrailingZeros();
  }

  /**
   * Returns the nearest {@code double}; exact for amounts of up to 2<sup>53</sup> millionths.
   *
   * @return {@code this} as a double
   */
  public double doubleValue() {
    return micros / (double) UNIT;
  }

  @Override
  public int compareTo(Amount other) {
    return Long.compare(micros, other.micros);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Amount other && other.micros == micros;
  }

  @Override
  public int hashCode() {
    return Long.hashCode(micros);
  }

  /**
   * Returns the plain decimal text, without exponent or trailing zeros: {@code "3"},
   * {@code "0.25"}, {@code "-1.5"}. {@link #parse(String)} reads it back.
   */
  @Override
  public String toString() {
    return toBigDecimal().toPlainString();
  }
}
