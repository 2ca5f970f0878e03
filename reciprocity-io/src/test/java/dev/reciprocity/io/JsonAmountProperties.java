package dev.reciprocity.io;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.math.BigDecimal;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The JSON report writes amounts from their micros as {@code BigDecimal} would write them. */
class JsonAmountProperties {

  @Property(tries = 5000)
  void anAmountIsWrittenAsBigDecimalWritesIt(@ForAll("micros") long micros) throws IOException {
    assertEquals(bigDecimal(micros), JsonReport.plain(micros));
    // and through a generator, from the thread's buffer, after a longer amount was written in it
    StringWriter out = new StringWriter();
    try (JsonGenerator g = JsonReport.generator(out)) {
      g.writeStartArray();
      JsonReport.number(g, Long.MIN_VALUE + 1);
      JsonReport.number(g, micros);
      g.writeEndArray();
    }
    assertEquals(
        "[ " + bigDecimal(Long.MIN_VALUE + 1) + ", " + bigDecimal(micros) + " ]", out.toString());
  }

  @Example
  void edgeAmountsAreWrittenAsBigDecimalWritesThem() {
    for (long micros :
        new long[] {
          0,
          1,
          -1,
          10,
          100_000,
          1_000_000,
          -1_000_000,
          1_500_000,
          10_000_000,
          1_000_001,
          Long.MAX_VALUE,
          Long.MIN_VALUE,
          Long.MIN_VALUE + 1,
          999_999,
          -999_999
        }) {
      assertEquals(bigDecimal(micros), JsonReport.plain(micros), "micros " + micros);
    }
  }

  @Provide
  Arbitrary<Long> micros() {
    // whole units, tenths, cents and any micros; small and large
    return Arbitraries.oneOf(
        Arbitraries.longs(),
        Arbitraries.longs().between(-10_000_000_000L, 10_000_000_000L),
        Arbitraries.longs().between(-1_000_000, 1_000_000).map(x -> x * 10_000),
        Arbitraries.longs().between(-1_000_000, 1_000_000).map(x -> x * 1_000_000));
  }

  private static String bigDecimal(long micros) {
    BigDecimal value = BigDecimal.valueOf(micros, 6);
    return (value.signum() == 0 ? BigDecimal.ZERO : value.stripTrailingZeros()).toPlainString();
  }
}
