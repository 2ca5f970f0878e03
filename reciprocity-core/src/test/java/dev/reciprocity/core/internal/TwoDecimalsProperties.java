package dev.reciprocity.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The findings' wording writes a share with two decimals as {@code String.format(Locale.ROOT,
 * "%.2f", v)} did, without the formatter: for any double (shares in [0, 1], halfway cases such as
 * 0.125 and 0.005, negative zero, the largest and smallest magnitudes, NaN and the infinities) both
 * give the same text.
 */
class TwoDecimalsProperties {

  @Property(tries = 5000)
  void twoDecimalsIsWhatTheFormatterWrites(@ForAll("doubles") double value) {
    assertEquals(
        String.format(Locale.ROOT, "%.2f", value), EnglishFindingFormatter.twoDecimals(value));
  }

  @Provide
  Arbitrary<Double> doubles() {
    return Arbitraries.oneOf(
        Arbitraries.doubles().between(0, 1),
        // halfway in decimal: k/200 and k/2000 (0.005, 0.125, 0.2675 ...)
        Arbitraries.integers().between(-400, 400).map(k -> k / 200.0),
        Arbitraries.integers().between(-4000, 4000).map(k -> k / 2000.0),
        Arbitraries.doubles(),
        Arbitraries.longs().map(Double::longBitsToDouble),
        Arbitraries.of(
            0.0,
            -0.0,
            -0.001,
            0.005,
            0.015,
            0.125,
            0.995,
            1e-300,
            Double.MIN_VALUE,
            Double.MAX_VALUE,
            -Double.MAX_VALUE,
            Double.NaN,
            Double.POSITIVE_INFINITY,
            Double.NEGATIVE_INFINITY));
  }
}
