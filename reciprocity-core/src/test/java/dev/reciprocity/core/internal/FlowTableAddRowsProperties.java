package dev.reciprocity.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.reciprocity.Amount;
import dev.reciprocity.Flow;
import dev.reciprocity.PartyId;
import dev.reciprocity.testkit.ReciprocityArbitraries;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * {@link FlowTable.Builder#addRows}, the merge of the streaming accumulators: the rows of the
 * second builder follow the first's, each the flow it was (parties and kind through this builder's
 * dictionaries, amount, instant, id and tags), and the dictionaries hold each party and kind once.
 */
class FlowTableAddRowsProperties {

  @Property(tries = 200)
  void theAppendedRowsAreTheFlowsOfBoth(
      @ForAll("flowsWithIdsAndTags") List<Flow> first,
      @ForAll("flowsWithIdsAndTags") List<Flow> second) {
    assertAppended(first, second);
  }

  /** More than one chunk of rows on both sides, and nanoseconds only in some chunks. */
  @Example
  void rowsAcrossChunksAreAppendedWhole() {
    List<Flow> first = new ArrayList<>();
    List<Flow> second = new ArrayList<>();
    Instant start = ReciprocityArbitraries.START;
    for (int i = 0; i < FlowTable.CHUNK + 1000; i++) {
      first.add(flow("p" + (i % 7), "q" + (i % 11), start.plusSeconds(i), i));
    }
    for (int i = 0; i < 2 * FlowTable.CHUNK + 5; i++) {
      Instant t = i < FlowTable.CHUNK ? start.plusSeconds(i) : start.plusNanos(i);
      second.add(flow("q" + (i % 13), "p" + (i % 5), t, i));
    }
    assertAppended(first, second);
  }

  private static Flow flow(String giver, String receiver, Instant at, int i) {
    Flow.Builder b =
        Flow.builder()
            .giver(PartyId.of(giver))
            .receiver(PartyId.of(receiver))
            .kind(ReciprocityArbitraries.KINDS.get(i % ReciprocityArbitraries.KINDS.size()))
            .amount(Amount.ofMicros(i))
            .instant(at);
    if (i % 1000 == 0) {
      b.id("f" + i).tags(Set.of("t" + (i % 3)));
    }
    return b.build();
  }

  private static void assertAppended(List<Flow> first, List<Flow> second) {
    // the first from one row, doubling, as the accumulators start small
    FlowTable.Builder a = new FlowTable.Builder(1);
    first.forEach(a::add);
    FlowTable.Builder b = new FlowTable.Builder();
    second.forEach(b::add);

    a.addRows(b);

    FlowTable table = a.freeze();
    List<Flow> all = new ArrayList<>(first);
    all.addAll(second);
    assertEquals(all.size(), table.size());
    for (int row = 0; row < all.size(); row++) {
      assertEquals(all.get(row), table.flow(row), "row " + row);
    }
    Set<PartyId> parties = new HashSet<>();
    Set<Object> kinds = new HashSet<>();
    for (Flow f : all) {
      parties.add(f.giver());
      parties.add(f.receiver());
      kinds.add(f.kind());
    }
    assertEquals(parties.size(), table.partyCount(), "parties");
    assertEquals(kinds.size(), table.kindCount(), "kinds");
    assertEquals(all.stream().mapToLong(f -> f.amount().micros()).sum(), table.total(), "total");
  }

  /** Communities with an id on every third flow and tags on every fifth. */
  @Provide
  Arbitrary<List<Flow>> flowsWithIdsAndTags() {
    return ReciprocityArbitraries.communities()
        .map(
            flows -> {
              List<Flow> marked = new ArrayList<>(flows.size());
              for (int i = 0; i < flows.size(); i++) {
                Flow.Builder b = Flow.builder().from(flows.get(i));
                if (i % 3 == 0) {
                  b.id("f" + i);
                }
                if (i % 5 == 0) {
                  b.tags(Set.of("t" + (i % 2), "u"));
                }
                marked.add(b.build());
              }
              return marked;
            });
  }
}
