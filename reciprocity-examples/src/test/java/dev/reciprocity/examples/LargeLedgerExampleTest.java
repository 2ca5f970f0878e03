package dev.reciprocity.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.reciprocity.Amount;
import dev.reciprocity.Cadence;
import dev.reciprocity.Interval;
import dev.reciprocity.PartyId;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class LargeLedgerExampleTest {

  @Test
  void theReadmesFiguresAreWhatTheArithmeticSays() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    LargeLedgerExample.Outcome o =
        LargeLedgerExample.run(new PrintStream(bytes, true, StandardCharsets.UTF_8));
    // ada gave bob 3, bob gave ada 1: reciprocated 2 * min(3, 1) = 2 of a total 4
    assertEquals(0.5, o.figures().network().weightedReciprocity());
    assertEquals(0.5, o.live().network().weightedReciprocity());
    assertEquals(o.figures().network(), o.live().network());
    // both flows fall in the first quarter of 2026: ada's net balance 3 - 1 = 2
    Interval q1 = Cadence.quarterly().seasonOf(Instant.parse("2026-01-01T10:00:00Z"));
    assertEquals(List.of(q1), o.seasons().seasons());
    assertEquals(Amount.of(2), o.seasons().netBalance(PartyId.of("ada"), q1));
    assertEquals(Amount.of(2), o.live().netBalance(PartyId.of("ada"), q1));
    String printed = bytes.toString(StandardCharsets.UTF_8);
    assertEquals(
        "weighted reciprocity 0.5\n2026-Q1 ada 2\nlive weighted reciprocity 0.5\n", printed);
  }
}
