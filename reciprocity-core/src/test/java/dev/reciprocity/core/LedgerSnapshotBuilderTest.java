package dev.reciprocity.core;

import static dev.reciprocity.core.Fixtures.ADA;
import static dev.reciprocity.core.Fixtures.BOB;
import static dev.reciprocity.core.Fixtures.CY;
import static dev.reciprocity.core.Fixtures.REVIEW;
import static dev.reciprocity.core.Fixtures.day;
import static dev.reciprocity.core.Fixtures.flow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.reciprocity.Flow;
import dev.reciprocity.FlowKind;
import dev.reciprocity.LimitExceededException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Appending by dictionary index, as a reader of large files does. */
class LedgerSnapshotBuilderTest {

  private static final long DAY_1 = day(1).getEpochSecond();

  @Test
  void indexesAreDenseInFirstSeenOrderAndRowsReadBackAsFlows() {
    LedgerSnapshot.Builder b = LedgerSnapshot.builder();
    int ada = b.partyIndex(ADA);
    int bob = b.partyIndex(BOB);
    assertEquals(0, ada);
    assertEquals(1, bob);
    assertEquals(0, b.partyIndex(ADA), "a known party keeps its index");
    int review = b.kindIndex(REVIEW);
    assertEquals(0, review);
    int cy = b.partyIndex(CY);
    b.addIndexed(ada, bob, review, 2_000_000, DAY_1, 0);
    b.addIndexed(cy, ada, review, 500_000, DAY_1, 0);
    // the same flows appended by value read back alike
    assertEquals(
        List.of(flow(ADA, BOB, REVIEW, "2", day(1)), flow(CY, ADA, REVIEW, "0.5", day(1))),
        b.build().flows());
  }

  @Test
  void indexedRowsAreCheckedAsFlowsAre() {
    LedgerSnapshot.Builder b = LedgerSnapshot.builder();
    int ada = b.partyIndex(ADA);
    int bob = b.partyIndex(BOB);
    int review = b.kindIndex(REVIEW);
    IllegalArgumentException self =
        assertThrows(
            IllegalArgumentException.class, () -> b.addIndexed(ada, ada, review, 1, DAY_1, 0));
    assertTrue(self.getMessage().contains("'ada'"), self::getMessage);
    assertThrows(
        IllegalArgumentException.class, () -> b.addIndexed(ada, bob, review, -1, DAY_1, 0));
    assertThrows(
        IllegalArgumentException.class,
        () -> b.addIndexed(ada, bob, review, 1, Flow.LATEST.getEpochSecond() + 1, 0));
    assertThrows(IndexOutOfBoundsException.class, () -> b.addIndexed(ada, 2, review, 1, DAY_1, 0));
    assertThrows(IndexOutOfBoundsException.class, () -> b.addIndexed(ada, bob, 1, 1, DAY_1, 0));
    b.addIndexed(ada, bob, review, Long.MAX_VALUE, DAY_1, 0);
    LimitExceededException total =
        assertThrows(
            LimitExceededException.class, () -> b.addIndexed(bob, ada, review, 1, DAY_1, 0));
    assertEquals("totalAmount", total.limit());
    assertEquals(1, b.size(), "only the first row was appended");
    assertEquals(FlowKind.of("review"), b.build().flows().get(0).kind());
  }
}
