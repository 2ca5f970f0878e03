package dev.reciprocity;

import dev.reciprocity.internal.Texts;
import java.math.BigDecimal;
import java.math.RoundingMode;
import org.jspecify.annotations.Nullable;

/**
 * An exact fixed-point quantity in the unit of a {@link FlowKind}: hours of labour, reviews, euros,
 * and so on.
 *
 * <p>An amount holds a {@code long} count of millionths ({@value #SCALE} decimal places), as
 * JSR-354's {@code FastMoney} holds a {@code long} at a fixed scale. Sums and differences are
 * therefore exact, which is what makes the conservation invariant (net balances sum to exactly
 * zero) hold without a tolerance. The range is about &plusmn;9.2&nbsp;&times;&nbsp;10<sup>12</sup>
 * units ({@code -9223372036854.775808} to {@code 9223372036854.775807}); arithmetic that leaves it
 * throws {@link ArithmeticException} rather than wrapping, with a message that gives the operation,
 * its operands, the exact result and the range: {@code Amount.MAX.plus(Amount.ONE)} says {@code
 * "9223372036854.775807 + 1 = 9223372036855.775807 lies outside the range of an Amount, ..."}.
 *
 * <p>Amounts may be negative (a net balance is); a {@link Flow}'s amount may not. Instances are
 * immutable, value-based and thread-safe. Equality is numeric: {@code 1} equals {@code 1.000000}.
 */
public final class Amount implements Comparable<Amount> {

  /** Number of decimal places an amount keeps: 6. */
  public static final int SCALE = 6;

  private static final long UNIT = 1_000_000L;

  /** The amount 0. */
  public static final Amount ZERO = new Amount(0);

  /** The amount 1. */
  public static final Amount ONE = new Amount(UNIT);

  /** The largest amount, {@code Long.MAX_VALUE} millionths: about 9.2 &times; 10<sup>12</sup>. */
  public static final Amount MAX = new Amount(Long.MAX_VALUE);

  /**
   * The longest text {@link #parse(String)} reads: {@value} characters. Every amount in range can
   * be written in far fewer; the bound keeps a hostile field from costing time or memory.
   */
  public static final int MAX_TEXT_LENGTH = 64;

  /** Integer digits of the largest amount (9223372036854): {@value}. */
  private static final int MAX_INTEGER_DIGITS = 13;

  private final long micros;

  private Amount(long micros) {
    this.micros = micros;
  }

  /**
   * Returns the amount of {@code units} whole units.
   *
   * @param units whole units, any sign
   * @return {@code units}
   * @throws ArithmeticException if {@code |units|} exceeds {@code Long.MAX_VALUE / 10^6}, with a
   *     message that gives the range
   */
  public static Amount of(long units) {
    if (units > Long.MAX_VALUE / UNIT || units < Long.MIN_VALUE / UNIT) {
      throw new ArithmeticException(units + " units" + OUTSIDE);
    }
    return new Amount(units * UNIT);
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
    // cheap checks on precision and scale first: setScale on 1e100000000 would build a number
    // of a hundred million digits
    // in long: precision - scale overflows an int for exponents near 2^31
    if (value.signum() != 0 && (long) value.precision() - value.scale() > MAX_INTEGER_DIGITS) {
      throw new ArithmeticException(
          "amount "
              + Texts.quote(value.toString())
              + " is outside the range of an Amount (about +-9.2e12 units); count in a larger unit");
    }
    if (value.signum() != 0 && (long) value.stripTrailingZeros().scale() > SCALE) {
      throw new ArithmeticException(
          "amount "
              + Texts.quote(value.toString())
              + " has more than "
              + SCALE
              + " decimal places; round it to "
              + SCALE
              + " places or count in a smaller unit");
    }
    BigDecimal scaled =
        value.signum() == 0
            ? BigDecimal.ZERO.setScale(SCALE)
            : value.setScale(SCALE, RoundingMode.UNNECESSARY);
    try {
      return ofMicros(scaled.unscaledValue().longValueExact());
    } catch (ArithmeticException e) {
      throw new ArithmeticException(
          "amount "
              + Texts.quote(value.toString())
              + " is outside the range of an Amount (about +-9.2e12 units); count in a larger unit");
    }
  }

  /**
   * Parses a plain decimal such as {@code "3"}, {@code "0.25"} or {@code "-1.5"}; exponent forms
   * such as {@code "1e3"} are accepted too. Surrounding white space is ignored.
   *
   * <p>Bounded: a text longer than {@value #MAX_TEXT_LENGTH} characters is refused before it is
   * read, and a number outside the range (such as {@code 1e100000000}) is refused from its
   * exponent, without computing its digits, so a hostile field costs microseconds and yields a
   * short message.
   *
   * @param text the decimal text, without grouping separators or unit
   * @return the exact amount
   * @throws NullPointerException if {@code text} is null
   * @throws NumberFormatException if {@code text} is longer than {@value #MAX_TEXT_LENGTH}
   *     characters or is not a decimal number ({@code "NaN"} and {@code "Infinity"} are not)
   * @throws ArithmeticException if the number has more than {@value #SCALE} significant decimal
   *     places or lies outside the range
   */
  public static Amount parse(String text) {
    if (text.length() > MAX_TEXT_LENGTH) {
      throw new NumberFormatException(
          Texts.quote(text)
              + " is longer than "
              + MAX_TEXT_LENGTH
              + " characters, too long for an amount");
    }
    BigDecimal value;
    try {
      value = new BigDecimal(text.strip());
    } catch (NumberFormatException e) {
      throw new NumberFormatException(Texts.quote(text) + " is not a decimal number");
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
   * @throws ArithmeticException if the result leaves the range; the message gives the operation,
   *     the exact result and the range
   */
  public Amount plus(Amount other) {
    long sum = micros + other.micros;
    // overflow exactly when both operands have the sign the sum lacks
    if (((micros ^ sum) & (other.micros ^ sum)) < 0) {
      throw outside(this + " + " + other, toBigDecimal().add(other.toBigDecimal()));
    }
    return ofMicros(sum);
  }

  /**
   * Returns {@code this - other}.
   *
   * @param other the amount to subtract
   * @return {@code this - other}, exact
   * @throws ArithmeticException if the result leaves the range; the message gives the operation,
   *     the exact result and the range
   */
  public Amount minus(Amount other) {
    long difference = micros - other.micros;
    if (((micros ^ other.micros) & (micros ^ difference)) < 0) {
      throw outside(this + " - " + other, toBigDecimal().subtract(other.toBigDecimal()));
    }
    return ofMicros(difference);
  }

  /**
   * Returns {@code this * factor}.
   *
   * @param factor a whole multiplier, any sign
   * @return {@code this * factor}, exact
   * @throws ArithmeticException if the result leaves the range; the message gives the operation,
   *     the exact result and the range
   */
  public Amount times(long factor) {
    long high = Math.multiplyHigh(micros, factor);
    long product = micros * factor;
    if (high != (product >> 63)) {
      throw outside(this + " * " + factor, toBigDecimal().multiply(BigDecimal.valueOf(factor)));
    }
    return ofMicros(product);
  }

  /**
   * Returns {@code -this}.
   *
   * @return {@code -this}
   * @throws ArithmeticException if this is the smallest amount, {@code -9223372036854.775808},
   *     whose negation is one millionth past {@link #MAX}
   */
  public Amount negate() {
    if (micros == Long.MIN_VALUE) {
      throw outside("-(" + this + ")", toBigDecimal().negate());
    }
    return ofMicros(-micros);
  }

  /**
   * The refusal of an operation whose exact result lies outside the range: what was computed, the
   * exact result, the range and what to do.
   */
  private static ArithmeticException outside(String expression, BigDecimal exact) {
    return new ArithmeticException(
        expression + " = " + exact.stripTrailingZeros().toPlainString() + OUTSIDE);
  }

  /** The end of an overflow's message: the range and what to do. */
  private static final String OUTSIDE =
      " lies outside the range of an Amount, -9223372036854.775808 to 9223372036854.775807."
          + " Fix: count in a larger unit, or compute with toBigDecimal().";

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
   * Returns this amount as a {@link BigDecimal}, stripped of trailing zeros ({@code 1}, not {@code
   * 1.000000}).
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
  public boolean equals(@Nullable Object o) {
    return o instanceof Amount other && other.micros == micros;
  }

  @Override
  public int hashCode() {
    return Long.hashCode(micros);
  }

  /**
   * Returns the plain decimal text, without exponent or trailing zeros: {@code "3"}, {@code
   * "0.25"}, {@code "-1.5"}. {@link #parse(String)} reads it back.
   */
  @Override
  public String toString() {
    return toBigDecimal().toPlainString();
  }
}
