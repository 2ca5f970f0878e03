package dev.reciprocity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * Invariant 9 (docs/design.md, section 3, Invariants): amounts are exact fixed-point numbers, as
 * JSR-354's FastMoney, so the other invariants can hold exactly rather than within a tolerance.
 * Expected values are computed with {@link BigDecimal} / {@link BigInteger}, independently of
 * {@link Amount}.
 */
class ExactnessProperties {

  private static final long HALF_RANGE = Long.MAX_VALUE / 2;

  @Property
  void addingThenSubtractingGivesBackTheAmount(
      @ForAll("halfRange") Amount a, @ForAll("halfRange") Amount b) {
    assertEquals(a, a.plus(b).minus(b));
    assertEquals(0, a.plus(b).toBigDecimal().compareTo(a.toBigDecimal().add(b.toBigDecimal())));
  }

  @Property
  void printingThenParsingGivesBackTheAmount(@ForAll("anyAmount") Amount a) {
    assertEquals(a, Amount.parse(a.toString()));
    assertEquals(a, Amount.of(a.toBigDecimal()));
  }

  /**
   * The text of an amount, built here from its millionths with integer arithmetic: a sign, the
   * whole units, and the six decimals without trailing zeros (none at all for whole units).
   */
  @Property
  void theTextOfAnAmountIsItsPlainDecimalWithoutTrailingZeros(@ForAll("anyAmount") Amount a) {
    BigInteger micros = BigInteger.valueOf(a.micros());
    BigInteger[] unitsAndRest = micros.abs().divideAndRemainder(BigInteger.valueOf(1_000_000));
    String decimals = String.format("%06d", unitsAndRest[1].intValueExact()).replaceAll("0+$", "");
    String expected =
        (micros.signum() < 0 ? "-" : "")
            + unitsAndRest[0]
            + (decimals.isEmpty() ? "" : "." + decimals);

    assertEquals(expected, a.toString());
  }

  @Property(tries = 200)
  void aSumOfTenthsIsExactlyNTimesOneTenth(@ForAll @IntRange(min = 0, max = 100_000) int n) {
    Amount tenth = Amount.parse("0.1");
    Amount running = Amount.ZERO;
    for (int i = 0; i < n; i++) {
      running = running.plus(tenth);
    }
    Amount sum = running;
    BigDecimal expected = new BigDecimal("0.1").multiply(BigDecimal.valueOf(n));

    assertEquals(0, sum.toBigDecimal().compareTo(expected), () -> sum + " vs " + expected);
    assertEquals(Amount.of(expected), sum);
    assertEquals(tenth.times(n), sum);
  }

  @Property
  void arithmeticLeavingTheRangeThrowsInsteadOfWrapping(
      @ForAll("anyAmount") Amount a, @ForAll("anyAmount") Amount b) {
    BigInteger sum = BigInteger.valueOf(a.micros()).add(BigInteger.valueOf(b.micros()));
    if (sum.bitLength() < Long.SIZE) {
      assertEquals(sum.longValueExact(), a.plus(b).micros());
    } else {
      assertThrows(ArithmeticException.class, () -> a.plus(b));
    }
  }

  @Provide
  Arbitrary<Amount> halfRange() {
    return Arbitraries.oneOf(
            List.of(
                Arbitraries.longs().between(-HALF_RANGE, HALF_RANGE),
                Arbitraries.longs().between(-10_000_000, 10_000_000)))
        .map(Amount::ofMicros);
  }

  @Provide
  Arbitrary<Amount> anyAmount() {
    return Arbitraries.oneOf(
            List.of(
                Arbitraries.longs(),
                Arbitraries.longs().between(-10_000_000, 10_000_000),
                Arbitraries.longs().between(-1000, 1000).map(u -> u * 1_000_000)))
        .map(Amount::ofMicros);
  }
}
