package dev.reciprocity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.junit.jupiter.api.Test;

/** A flow's instant lies in the supported time range, years 0001 to 9999. */
class FlowTest {

  private static Flow at(Instant instant) {
    return Flow.builder()
        .giver(PartyId.of("ada"))
        .receiver(PartyId.of("bob"))
        .kind(FlowKind.of("review"))
        .amount(Amount.ONE)
        .instant(instant)
        .build();
  }

  @Test
  void aTypoedYearIsRefusedNamingTheSupportedRange() {
    Instant typo = Instant.parse("+300000-01-03T00:00:00Z");

    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> at(typo));

    String m = e.getMessage();
    assertTrue(m.contains(typo.toString()), m);
    assertTrue(
        m.contains("0001-01-01T00:00:00Z") && m.contains("9999-12-31T23:59:59.999999999Z"), m);
    assertTrue(m.length() < 300, m);
  }

  @Test
  void theRangeIncludesItsBoundsAndNothingBeyond() {
    assertEquals(Flow.EARLIEST, at(Flow.EARLIEST).instant());
    assertEquals(Flow.LATEST, at(Flow.LATEST).instant());
    assertThrows(IllegalArgumentException.class, () -> at(Flow.EARLIEST.minusNanos(1)));
    assertThrows(IllegalArgumentException.class, () -> at(Flow.LATEST.plusNanos(1)));
    assertThrows(IllegalArgumentException.class, () -> at(Instant.MIN));
    assertThrows(IllegalArgumentException.class, () -> at(Instant.MAX));
  }
}
