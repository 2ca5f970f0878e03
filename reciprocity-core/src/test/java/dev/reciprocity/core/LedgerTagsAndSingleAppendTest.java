package dev.reciprocity.core;

import static dev.reciprocity.core.Fixtures.ADA;
import static dev.reciprocity.core.Fixtures.BOB;
import static dev.reciprocity.core.Fixtures.CY;
import static dev.reciprocity.core.Fixtures.day;
import static dev.reciprocity.core.Fixtures.flow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.reciprocity.ConflictingFlowException;
import dev.reciprocity.Flow;
import dev.reciprocity.LimitExceededException;
import dev.reciprocity.PartyId;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * The embedder trial: tags were unbounded and bypassed {@link LedgerLimits} (a 10 MB tag was
 * accepted under {@code maxNameLength(64)}), and a single {@link Ledger#append(Flow)} was refused
 * "at position 0 of the batch".
 */
class LedgerTagsAndSingleAppendTest {

  private static final String TEN_MEGABYTES = "t".repeat(10 * 1024 * 1024);

  private static Flow tagged(Set<String> tags) {
    return Flow.builder().from(flow(ADA, BOB, "1", day(0))).tags(tags).build();
  }

  private static Set<String> tags(int n) {
    Set<String> tags = new HashSet<>();
    for (int i = 0; i < n; i++) {
      tags.add("tag" + i);
    }
    return tags;
  }

  @Test
  void aTenMegabyteTagIsRefusedBeforeAnythingIsAppended() {
    Ledger ledger = Ledger.create(LedgerLimits.defaults().toBuilder().maxNameLength(64).build());
    Flow flow = tagged(Set.of("project", TEN_MEGABYTES));

    for (Function<Flow, Object> append :
        List.<Function<Flow, Object>>of(ledger::append, f -> ledger.appendAll(List.of(f)))) {
      LimitExceededException e =
          assertThrows(LimitExceededException.class, () -> append.apply(flow));
      assertEquals("maxTagLength", e.limit());
      assertTrue(e.getMessage().contains("(10485760 characters)"), e::getMessage);
      assertTrue(e.getMessage().contains("longer than the ledger's limit of 256"), e::getMessage);
      assertTrue(e.getMessage().contains("Fix: "), e::getMessage);
      assertTrue(e.getMessage().length() <= 300, e::getMessage);
      assertEquals(0, ledger.size());
    }
  }

  @Test
  void moreTagsThanTheLimitAreRefusedAndTheLimitIsTheHosts() {
    Ledger ledger = Ledger.create();
    LimitExceededException e =
        assertThrows(
            LimitExceededException.class,
            () -> ledger.append(tagged(tags(LedgerLimits.MAX_TAGS + 1))));
    assertEquals("maxTags", e.limit());
    assertTrue(
        e.getMessage().contains("has 33 tags, more than the ledger's limit of 32"), e::getMessage);
    assertTrue(ledger.append(tagged(tags(LedgerLimits.MAX_TAGS))));

    Ledger none = Ledger.create(LedgerLimits.defaults().toBuilder().maxTags(0).build());
    assertThrows(LimitExceededException.class, () -> none.append(tagged(Set.of("x"))));
    assertTrue(none.append(flow(ADA, BOB, "1", day(0))));

    Ledger longTags = Ledger.create(LedgerLimits.defaults().toBuilder().maxTagLength(4).build());
    assertTrue(longTags.append(tagged(Set.of("abcd"))));
    assertThrows(LimitExceededException.class, () -> longTags.append(tagged(Set.of("abcde"))));
    assertThrows(
        IllegalArgumentException.class, () -> LedgerLimits.defaults().toBuilder().maxTags(-1));
    assertThrows(
        IllegalArgumentException.class, () -> LedgerLimits.defaults().toBuilder().maxTagLength(0));
  }

  /** Tags are checked on flows whose parties the ledger holds already, too (the short path). */
  @Test
  void tagsAreCheckedWhenBothPartiesAreKnown() {
    Ledger ledger = Ledger.create();
    ledger.append(flow(ADA, BOB, "1", day(0)));

    assertThrows(LimitExceededException.class, () -> ledger.append(tagged(Set.of(TEN_MEGABYTES))));
    assertEquals(1, ledger.size());
  }

  @Test
  void aSingleAppendIsRefusedAsTheFlowNotAsABatch() {
    LedgerLimits tight =
        LedgerLimits.defaults().toBuilder()
            .maxFlows(1)
            .maxParties(2)
            .maxNameLength(3)
            .earliest(Instant.parse("2020-01-01T00:00:00Z"))
            .build();
    Ledger ledger = Ledger.create(tight);
    ledger.append(flow(ADA, BOB, "1", day(0)));
    Ledger empty = Ledger.create(tight);
    Ledger twoParties = Ledger.create(LedgerLimits.defaults().toBuilder().maxParties(2).build());
    twoParties.append(flow(ADA, BOB, "1", day(0)));
    Flow withId = Flow.builder().from(flow(ADA, BOB, "1", day(0))).id("f1").build();
    Ledger ids = Ledger.create();
    ids.append(withId);

    List<RuntimeException> refusals =
        List.of(
            assertThrows(
                LimitExceededException.class, () -> ledger.append(flow(BOB, ADA, "1", day(1)))),
            assertThrows(
                LimitExceededException.class, () -> twoParties.append(flow(ADA, CY, "1", day(0)))),
            assertThrows(
                LimitExceededException.class,
                () -> empty.append(flow(PartyId.of("adam"), BOB, "1", day(0)))),
            assertThrows(
                LimitExceededException.class,
                () -> empty.append(flow(ADA, BOB, "1", Instant.parse("2019-01-01T00:00:00Z")))),
            assertThrows(
                ConflictingFlowException.class,
                () ->
                    ids.append(Flow.builder().from(flow(ADA, BOB, "2", day(0))).id("f1").build())));
    for (RuntimeException e : refusals) {
      String m = e.getMessage();
      assertFalse(m.contains("batch"), m);
      assertFalse(m.contains("position"), m);
      assertTrue(
          m.contains("the flow was not appended") || m.contains("The flow was not appended"), m);
      assertTrue(m.contains("Fix: "), m);
    }
    // a batch is still a batch
    LimitExceededException batch =
        assertThrows(
            LimitExceededException.class,
            () ->
                empty.appendAll(List.of(flow(ADA, BOB, "1", day(0)), flow(BOB, ADA, "1", day(1)))));
    assertTrue(
        batch.getMessage().contains("the flow at position 1 of the batch"), batch::getMessage);
    assertTrue(batch.getMessage().contains("nothing of the batch was appended"), batch::getMessage);
  }
}
