package dev.reciprocity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.function.Supplier;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

/**
 * The embedder trial: {@code Amount.MAX.plus(ONE)} said only "long overflow". Every overflow of
 * {@link Amount} arithmetic says what was computed, the exact result, the range and what to do.
 */
class AmountOverflowTest {

  private static final Amount MIN = Amount.ofMicros(Long.MIN_VALUE);

  private static final String RANGE =
      " lies outside the range of an Amount, -9223372036854.775808 to 9223372036854.775807."
          + " Fix: count in a larger unit, or compute with toBigDecimal().";

  @Test
  void maxPlusOneSaysWhatItComputedAndWhatToDo() {
    ArithmeticException e =
        assertThrows(ArithmeticException.class, () -> Amount.MAX.plus(Amount.ONE));

    assertEquals("9223372036854.775807 + 1 = 9223372036855.775807" + RANGE, e.getMessage());
  }

  @Test
  void everyOperationThatLeavesTheRangeIsNamed() {
    assertRefused(() -> MIN.minus(Amount.ONE), "-9223372036854.775808 - 1 = -9223372036855.775808");
    assertRefused(() -> MIN.negate(), "-(-9223372036854.775808) = 9223372036854.775808");
    assertRefused(() -> Amount.MAX.times(2), "9223372036854.775807 * 2 = 18446744073709.551614");
    assertRefused(() -> MIN.times(-1), "-9223372036854.775808 * -1 = 9223372036854.775808");
    assertRefused(
        () -> Amount.of(2).times(Long.MIN_VALUE),
        "2 * -9223372036854775808 = -18446744073709551616");
    assertRefused(() -> Amount.ONE.minus(MIN), "1 - -9223372036854.775808 = 9223372036855.775808");
    ArithmeticException units =
        assertThrows(ArithmeticException.class, () -> Amount.of(9_300_000_000_000L));
    assertEquals("9300000000000 units" + RANGE, units.getMessage());
  }

  @Test
  void theEdgesOfTheRangeAreStillAmounts() {
    assertEquals(MIN, Amount.MAX.negate().minus(Amount.ofMicros(1)));
    assertEquals(MIN, Amount.ofMicros(Long.MIN_VALUE / 2).times(2));
    assertEquals(Amount.MAX, Amount.MAX.times(1));
  }

  /** Arithmetic agrees with BigDecimal: exact inside the range, a named refusal outside. */
  @Property(tries = 2000)
  void arithmeticIsExactOrRefusedByName(
      @ForAll long a, @ForAll long b, @ForAll("factors") long factor) {
    Amount x = Amount.ofMicros(a);
    Amount y = Amount.ofMicros(b);
    check(() -> x.plus(y), x.toBigDecimal().add(y.toBigDecimal()));
    check(() -> x.minus(y), x.toBigDecimal().subtract(y.toBigDecimal()));
    check(x::negate, x.toBigDecimal().negate());
    check(() -> x.times(factor), x.toBigDecimal().multiply(BigDecimal.valueOf(factor)));
  }

  @net.jqwik.api.Provide
  net.jqwik.api.Arbitrary<Long> factors() {
    return net.jqwik.api.Arbitraries.oneOf(
        net.jqwik.api.Arbitraries.longs().between(-3, 3), net.jqwik.api.Arbitraries.longs());
  }

  private static void check(Supplier<Amount> operation, BigDecimal exact) {
    BigDecimal micros = exact.movePointRight(Amount.SCALE);
    boolean inRange =
        micros.compareTo(BigDecimal.valueOf(Long.MIN_VALUE)) >= 0
            && micros.compareTo(BigDecimal.valueOf(Long.MAX_VALUE)) <= 0;
    if (inRange) {
      assertEquals(0, operation.get().toBigDecimal().compareTo(exact), exact::toString);
    } else {
      ArithmeticException e = assertThrows(ArithmeticException.class, operation::get);
      assertTrue(
          e.getMessage().contains(" = " + exact.stripTrailingZeros().toPlainString() + RANGE),
          e::getMessage);
      assertTrue(e.getMessage().length() <= 300, e::getMessage);
    }
  }

  private static void assertRefused(Supplier<Amount> operation, String start) {
    ArithmeticException e = assertThrows(ArithmeticException.class, operation::get);
    assertEquals(start + RANGE, e.getMessage());
  }
}
