package dev.reciprocity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * {@link PortfolioScores} keeps its parties and dyads as columns and makes each element when it is
 * read: what goes in as objects or as micros comes out as equal objects, in order; equality and
 * hash follow the content; the lookup by party finds every party and no other; and what the value
 * types refuse, the builder refuses with their messages.
 */
class PortfolioScoresProperties {

  private static final NetworkScore NETWORK =
      NetworkScore.builder()
          .flowCount(0)
          .partyCount(0)
          .totalWeight(Amount.ZERO)
          .reciprocatedWeight(Amount.ZERO)
          .directedEdges(0)
          .reciprocatedEdges(0)
          .outStrengthGini(Double.NaN)
          .build();

  @Property(tries = 300)
  void whatGoesInComesOutInOrderAndLookupsFindEachParty(
      @ForAll("partyScores") List<PartyScore> parties,
      @ForAll("dyadScores") List<DyadScore> dyads) {
    PortfolioScores objects =
        PortfolioScores.builder()
            .addAllParties(parties)
            .addAllDyads(dyads)
            .network(NETWORK)
            .build();
    PortfolioScores.Builder micros = PortfolioScores.builder().network(NETWORK);
    parties.forEach(
        p ->
            micros.addParty(
                p.party(),
                p.outStrength().micros(),
                p.inStrength().micros(),
                p.reciprocatedStrength().micros()));
    dyads.forEach(d -> micros.addDyad(d.a(), d.b(), d.aToB().micros(), d.bToA().micros()));
    PortfolioScores fromMicros = micros.build();

    assertEquals(parties, objects.parties());
    assertEquals(dyads, objects.dyads());
    assertEquals(new ArrayList<>(parties), new ArrayList<>(fromMicros.parties()));
    assertEquals(objects, fromMicros);
    assertEquals(objects.hashCode(), fromMicros.hashCode());
    assertEquals(objects, PortfolioScores.builder().from(objects).build());
    // sized up front, or too small, the same scores
    assertEquals(
        objects,
        PortfolioScores.builder()
            .expected(parties.size(), dyads.size())
            .addAllParties(parties)
            .addAllDyads(dyads)
            .network(NETWORK)
            .build());
    assertEquals(
        objects,
        PortfolioScores.builder()
            .expected(parties.size() / 2, 1)
            .addAllParties(parties)
            .addAllDyads(dyads)
            .network(NETWORK)
            .build());
    for (PartyScore p : parties) {
      assertEquals(Optional.of(p), objects.party(p.party()));
    }
    assertEquals(Optional.empty(), objects.party(PartyId.of("zz-not-a-party")));
  }

  @Property(tries = 200)
  void anyChangedDyadWeightMakesTheScoresUnequal(
      @ForAll("dyadScores") List<DyadScore> dyads, @ForAll int which) {
    if (dyads.isEmpty()) {
      return;
    }
    int k = Math.floorMod(which, dyads.size());
    List<DyadScore> changed = new ArrayList<>(dyads);
    DyadScore d = dyads.get(k);
    changed.set(k, DyadScore.of(d.a(), d.b(), d.aToB().plus(Amount.ofMicros(1)), d.bToA()));
    assertNotEquals(
        PortfolioScores.builder().addAllDyads(dyads).network(NETWORK).build(),
        PortfolioScores.builder().addAllDyads(changed).network(NETWORK).build());
  }

  @Test
  void theListsAreUnmodifiable() {
    PortfolioScores scores =
        PortfolioScores.builder()
            .addParty(PartyId.of("ada"), 1, 0, 0)
            .addDyad(PartyId.of("ada"), PartyId.of("bob"), 1, 0)
            .network(NETWORK)
            .build();
    assertThrows(UnsupportedOperationException.class, () -> scores.parties().remove(0));
    assertThrows(UnsupportedOperationException.class, () -> scores.dyads().clear());
    assertThrows(IndexOutOfBoundsException.class, () -> scores.dyads().get(1));
  }

  @Test
  void partiesOutOfOrderAreRefusedNamingBoth() {
    PortfolioScores.Builder b =
        PortfolioScores.builder()
            .addParty(PartyId.of("bob"), 1, 0, 0)
            .addParty(PartyId.of("ada"), 0, 1, 0)
            .network(NETWORK);
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, b::build);
    assertTrue(e.getMessage().contains("'bob' came before 'ada'"), e.getMessage());
  }

  @Test
  void whatTheValueTypesRefuseTheBuilderRefusesWithTheirMessages() {
    PartyId ada = PartyId.of("ada");
    PartyId bob = PartyId.of("bob");
    assertEquals(
        assertThrows(
                IllegalArgumentException.class,
                () ->
                    PartyScore.builder()
                        .party(ada)
                        .outStrength(Amount.ofMicros(1))
                        .inStrength(Amount.ofMicros(1))
                        .reciprocatedStrength(Amount.ofMicros(2))
                        .build())
            .getMessage(),
        assertThrows(
                IllegalArgumentException.class,
                () -> PortfolioScores.builder().addParty(ada, 1, 1, 2))
            .getMessage());
    assertThrows(
        IllegalArgumentException.class, () -> PortfolioScores.builder().addParty(ada, -1, 0, 0));
    assertThrows(
        IllegalArgumentException.class, () -> PortfolioScores.builder().addDyad(bob, ada, 1, 1));
    assertThrows(
        IllegalArgumentException.class, () -> PortfolioScores.builder().addDyad(ada, ada, 1, 1));
    assertThrows(
        IllegalArgumentException.class, () -> PortfolioScores.builder().addDyad(ada, bob, 1, -1));
    assertThrows(IllegalStateException.class, () -> PortfolioScores.builder().build());
    assertThrows(IllegalArgumentException.class, () -> PortfolioScores.builder().expected(-1, 0));
    assertThrows(IllegalArgumentException.class, () -> PortfolioScores.builder().expected(0, -1));
  }

  /** Party scores with distinct ids, sorted by id, each with valid sums. */
  @Provide
  Arbitrary<List<PartyScore>> partyScores() {
    return names()
        .set()
        .ofMaxSize(30)
        .flatMap(
            names ->
                Arbitraries.longs()
                    .between(0, 1_000_000_000L)
                    .list()
                    .ofSize(3 * names.size())
                    .map(
                        sums -> {
                          List<PartyScore> out = new ArrayList<>();
                          int k = 0;
                          for (PartyId p : new TreeSet<>(names)) {
                            long o = sums.get(k++);
                            long i = sums.get(k++);
                            long r = Math.min(sums.get(k++), Math.min(o, i));
                            out.add(
                                PartyScore.builder()
                                    .party(p)
                                    .outStrength(Amount.ofMicros(o))
                                    .inStrength(Amount.ofMicros(i))
                                    .reciprocatedStrength(Amount.ofMicros(r))
                                    .build());
                          }
                          return out;
                        }));
  }

  /** Dyads between distinct names, in any order (the builder does not sort them). */
  @Provide
  Arbitrary<List<DyadScore>> dyadScores() {
    Arbitrary<DyadScore> dyad =
        names()
            .tuple2()
            .filter(t -> !t.get1().equals(t.get2()))
            .flatMap(
                t ->
                    Arbitraries.longs()
                        .between(0, 1_000_000_000L)
                        .tuple2()
                        .map(
                            w ->
                                DyadScore.of(
                                    t.get1(),
                                    t.get2(),
                                    Amount.ofMicros(w.get1()),
                                    Amount.ofMicros(w.get2()))));
    return dyad.list().ofMaxSize(40);
  }

  private static Arbitrary<PartyId> names() {
    return Arbitraries.strings()
        .withCharRange('a', 'f')
        .ofMinLength(1)
        .ofMaxLength(3)
        .map(PartyId::of);
  }
}
