package dev.reciprocity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * {@link ImmediateScores} keeps its open obligations as columns and makes each one when it is read:
 * what goes in as objects or as parts comes out as equal objects, in order, to the nanosecond;
 * equality and hash follow the content; and what {@link OpenObligation} and the scores refuse, the
 * builder refuses with the same messages.
 */
class ImmediateScoresProperties {

  private static final Duration WINDOW = Duration.ofDays(30);

  @Property(tries = 300)
  void whatGoesInComesOutInOrder(@ForAll("obligations") List<OpenObligation> open) {
    ImmediateScores objects = scores(open);
    ImmediateScores.Builder parts =
        ImmediateScores.builder()
            .window(WINDOW)
            .giftWeight(Amount.of(10))
            .returnedWeight(Amount.of(3));
    open.forEach(
        o ->
            parts.addOpenObligation(
                o.creditor(), o.debtor(), o.amount().micros(), o.since(), o.age(), o.overdue()));
    ImmediateScores fromParts = parts.build();

    assertEquals(open, objects.openObligations());
    assertEquals(new ArrayList<>(open), new ArrayList<>(fromParts.openObligations()));
    assertEquals(objects, fromParts);
    assertEquals(objects.hashCode(), fromParts.hashCode());
    assertEquals(objects, ImmediateScores.builder().from(objects).build());
    assertEquals(
        objects,
        ImmediateScores.builder()
            .expectedOpenObligations(open.size())
            .window(WINDOW)
            .giftWeight(Amount.of(10))
            .returnedWeight(Amount.of(3))
            .addAllOpenObligations(open)
            .build());
    assertEquals(0.3, objects.returnedShare(), 1e-15);
    assertEquals(open.stream().filter(OpenObligation::overdue).count(), objects.overdueCount());
  }

  @Property(tries = 300)
  void theNumericFormEqualsTheObjectForm(@ForAll("obligations") List<OpenObligation> open) {
    ImmediateScores.Builder numbers =
        ImmediateScores.builder()
            .window(WINDOW)
            .giftWeight(Amount.of(10))
            .returnedWeight(Amount.of(3));
    for (OpenObligation o : open) {
      Instant since = o.since();
      Duration age = o.age();
      numbers.addOpenObligation(
          o.creditor(),
          o.debtor(),
          o.amount().micros(),
          since.getEpochSecond(),
          since.getNano(),
          age.getSeconds(),
          age.getNano(),
          o.overdue());
    }
    assertEquals(open, numbers.build().openObligations());
  }

  /**
   * A build from a full builder takes its columns without a copy; whatever the builder does after
   * (adds, a reset, a growth), what was built stays as it was.
   */
  @Property(tries = 300)
  void whatWasBuiltNeverChangesWhenTheBuilderGoesOn(
      @ForAll("obligations") List<OpenObligation> first,
      @ForAll("obligations") List<OpenObligation> more,
      @ForAll boolean reset) {
    ImmediateScores.Builder b =
        ImmediateScores.builder()
            .window(WINDOW)
            .giftWeight(Amount.of(10))
            .returnedWeight(Amount.of(3))
            .expectedOpenObligations(first.size())
            .addAllOpenObligations(first);
    ImmediateScores built = b.build();
    List<OpenObligation> before = new ArrayList<>(built.openObligations());
    if (reset) {
      b.openObligations(more);
    } else {
      b.addAllOpenObligations(more);
    }
    ImmediateScores after = b.build();

    assertEquals(first, before);
    assertEquals(before, new ArrayList<>(built.openObligations()));
    List<OpenObligation> expected = new ArrayList<>(reset ? List.of() : first);
    expected.addAll(more);
    assertEquals(expected, new ArrayList<>(after.openObligations()));
  }

  @Property(tries = 200)
  void anyChangedObligationMakesTheScoresUnequal(
      @ForAll("obligations") List<OpenObligation> open, @ForAll int which) {
    if (open.isEmpty()) {
      return;
    }
    int k = Math.floorMod(which, open.size());
    List<OpenObligation> changed = new ArrayList<>(open);
    OpenObligation o = open.get(k);
    changed.set(
        k,
        OpenObligation.builder()
            .from(o)
            .since(o.since().plusNanos(1))
            .build()); // one nanosecond later
    assertNotEquals(scores(open), scores(changed));
  }

  @Test
  void theListIsUnmodifiable() {
    ImmediateScores s =
        scores(
            List.of(
                OpenObligation.builder()
                    .creditor(PartyId.of("ada"))
                    .debtor(PartyId.of("bob"))
                    .amount(Amount.ofMicros(1))
                    .since(Instant.EPOCH)
                    .age(Duration.ZERO)
                    .overdue(false)
                    .build()));
    assertThrows(UnsupportedOperationException.class, () -> s.openObligations().remove(0));
    assertThrows(IndexOutOfBoundsException.class, () -> s.openObligations().get(1));
  }

  @Test
  void whatTheValueTypesRefuseTheBuilderRefusesWithTheirMessages() {
    PartyId ada = PartyId.of("ada");
    PartyId bob = PartyId.of("bob");
    String expected =
        assertThrows(
                IllegalArgumentException.class,
                () ->
                    OpenObligation.builder()
                        .creditor(ada)
                        .debtor(bob)
                        .amount(Amount.ZERO)
                        .since(Instant.EPOCH)
                        .age(Duration.ZERO)
                        .overdue(false)
                        .build())
            .getMessage();
    assertEquals(
        expected,
        assertThrows(
                IllegalArgumentException.class,
                () ->
                    ImmediateScores.builder()
                        .addOpenObligation(ada, bob, 0, Instant.EPOCH, Duration.ZERO, false))
            .getMessage());
    assertThrows(
        IllegalArgumentException.class,
        () ->
            ImmediateScores.builder()
                .addOpenObligation(ada, bob, 1, Instant.EPOCH, Duration.ofSeconds(-1), false));
    assertEquals(
        expected,
        assertThrows(
                IllegalArgumentException.class,
                () -> ImmediateScores.builder().addOpenObligation(ada, bob, 0, 0, 0, 0, 0, false))
            .getMessage());
    assertThrows(
        IllegalArgumentException.class,
        () -> ImmediateScores.builder().addOpenObligation(ada, bob, 1, 0, 0, -1, 0, false));
    assertThrows(
        java.time.DateTimeException.class,
        () ->
            ImmediateScores.builder()
                .addOpenObligation(ada, bob, 1, 0, 1_000_000_000, 0, 0, false));
    assertThrows(
        java.time.DateTimeException.class,
        () -> ImmediateScores.builder().addOpenObligation(ada, bob, 1, 0, 0, 0, -1, false));
    assertThrows(
        java.time.DateTimeException.class,
        () ->
            ImmediateScores.builder()
                .addOpenObligation(ada, bob, 1, Instant.MAX.getEpochSecond() + 1, 0, 0, 0, false));
    assertThrows(
        IllegalArgumentException.class,
        () -> ImmediateScores.builder().expectedOpenObligations(-1));
    IllegalStateException unset =
        assertThrows(IllegalStateException.class, () -> ImmediateScores.builder().build());
    assertTrue(unset.getMessage().contains("[window, giftWeight, returnedWeight]"));
    assertThrows(
        IllegalArgumentException.class,
        () ->
            ImmediateScores.builder()
                .window(Duration.ZERO)
                .giftWeight(Amount.ZERO)
                .returnedWeight(Amount.ZERO)
                .build());
    assertThrows(
        IllegalArgumentException.class,
        () ->
            ImmediateScores.builder()
                .window(WINDOW)
                .giftWeight(Amount.ofMicros(-1))
                .returnedWeight(Amount.ZERO)
                .build());
  }

  private static ImmediateScores scores(List<OpenObligation> open) {
    return ImmediateScores.builder()
        .window(WINDOW)
        .giftWeight(Amount.of(10))
        .returnedWeight(Amount.of(3))
        .addAllOpenObligations(open)
        .build();
  }

  @Provide
  Arbitrary<List<OpenObligation>> obligations() {
    Arbitrary<PartyId> names =
        Arbitraries.strings()
            .withCharRange('a', 'e')
            .ofMinLength(1)
            .ofMaxLength(2)
            .map(PartyId::of);
    Arbitrary<OpenObligation> one =
        Combinators.combine(
                names,
                names,
                Arbitraries.longs().between(1, 1_000_000_000_000L),
                Arbitraries.longs().between(-10_000_000_000L, 10_000_000_000L),
                Arbitraries.integers().between(0, 999_999_999),
                Arbitraries.longs().between(0, 1_000_000_000L),
                Arbitraries.integers().between(0, 999_999_999),
                Arbitraries.of(true, false))
            .as(
                (c, d, m, s, sn, a, an, overdue) ->
                    OpenObligation.builder()
                        .creditor(c)
                        .debtor(d)
                        .amount(Amount.ofMicros(m))
                        .since(Instant.ofEpochSecond(s, sn))
                        .age(Duration.ofSeconds(a, an))
                        .overdue(overdue)
                        .build());
    return one.list().ofMaxSize(30);
  }
}
