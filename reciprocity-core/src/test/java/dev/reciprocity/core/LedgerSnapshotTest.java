package dev.reciprocity.core;

import static dev.reciprocity.core.Fixtures.ADA;
import static dev.reciprocity.core.Fixtures.BOB;
import static dev.reciprocity.core.Fixtures.CY;
import static dev.reciprocity.core.Fixtures.MENTORING;
import static dev.reciprocity.core.Fixtures.REVIEW;
import static dev.reciprocity.core.Fixtures.day;
import static dev.reciprocity.core.Fixtures.flow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.reciprocity.Amount;
import dev.reciprocity.Flow;
import dev.reciprocity.Interval;
import dev.reciprocity.LimitExceededException;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The queries of a snapshot, each worked out by hand on five flows among three parties. */
class LedgerSnapshotTest {

  // day 0 ada->bob review 2; day 1 bob->ada review 1; day 2 ada->cy mentoring 3;
  // day 5 cy->bob review 4; day 9 bob->ada mentoring 5
  private static final Flow A = flow(ADA, BOB, REVIEW, "2", day(0));
  private static final Flow B = flow(BOB, ADA, REVIEW, "1", day(1));
  private static final Flow C = flow(ADA, CY, MENTORING, "3", day(2));
  private static final Flow D = flow(CY, BOB, REVIEW, "4", day(5));
  private static final Flow E = flow(BOB, ADA, MENTORING, "5", day(9));
  private static final LedgerSnapshot ALL = LedgerSnapshot.of(List.of(C, A, E, B, D));

  @Test
  void keepsTheGivenOrderAndSize() {
    assertEquals(List.of(C, A, E, B, D), ALL.flows());
    assertEquals(5, ALL.size());
  }

  @Test
  void betweenIsHalfOpenAndBeforeExcludesItsEnd() {
    assertEquals(List.of(C, A, B), ALL.between(Interval.between(day(0), day(5))).flows());
    assertEquals(List.of(C, A, B, D), ALL.between(Interval.between(day(0), day(6))).flows());
    assertEquals(List.of(A, B), ALL.before(day(2)).flows());
    assertEquals(List.of(), ALL.before(day(0)).flows());
  }

  @Test
  void involvingAndDyadSelectAPartysAndAPairsFlows() {
    assertEquals(List.of(C, D), ALL.involving(CY).flows());
    assertEquals(List.of(A, E, B), ALL.dyad(ADA, BOB).flows());
    assertEquals(List.of(A, E, B), ALL.dyad(BOB, ADA).flows());
    assertEquals(List.of(), LedgerSnapshot.of(List.of(A)).dyad(ADA, CY).flows());
  }

  @Test
  void ofKindsKeepsThoseKindsAndNoneKeepsEvery() {
    assertEquals(List.of(C, E), ALL.ofKinds(Set.of(MENTORING)).flows());
    assertEquals(ALL.flows(), ALL.ofKinds(Set.of()).flows());
  }

  @Test
  void partiesKindsAndTheFirstAndLastInstant() {
    assertEquals(List.of(ADA, BOB, CY), List.copyOf(ALL.parties()));
    assertEquals(List.of(MENTORING, REVIEW), List.copyOf(ALL.kinds()));
    assertEquals(Optional.of(day(0)), ALL.firstInstant());
    assertEquals(Optional.of(day(9)), ALL.lastInstant());
    assertEquals(Optional.empty(), LedgerSnapshot.of(List.of()).firstInstant());
    assertEquals(Optional.empty(), LedgerSnapshot.of(List.of()).lastInstant());
    assertEquals("LedgerSnapshot[5 flows]", ALL.toString());
  }

  @Test
  void aSnapshotWhoseAmountsPassTheBoundIsRefused() {
    Flow big = flow(ADA, BOB, REVIEW, "5000000000000", day(0));
    Flow again = flow(BOB, ADA, REVIEW, "5000000000000", day(1));
    LimitExceededException e =
        assertThrows(LimitExceededException.class, () -> LedgerSnapshot.of(List.of(big, again)));
    assertEquals("totalAmount", e.limit());
    assertEquals(
        Amount.of(5_000_000_000_000L), LedgerSnapshot.of(List.of(big)).flows().get(0).amount());
  }
}
