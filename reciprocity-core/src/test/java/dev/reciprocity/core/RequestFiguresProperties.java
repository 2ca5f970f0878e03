package dev.reciprocity.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.reciprocity.AskRates;
import dev.reciprocity.FlowKind;
import dev.reciprocity.Interval;
import dev.reciprocity.PartyId;
import dev.reciprocity.Request;
import dev.reciprocity.testkit.ReciprocityArbitraries;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * Ask and decline rates against their definition: every ask in the period is counted once for its
 * asker and once, with its outcome, for the party asked; asks outside it are not.
 */
class RequestFiguresProperties {

  private static final Instant MID = ReciprocityArbitraries.START.plusSeconds(500L * 86_400);

  @Property(tries = 300)
  void everyAskInThePeriodIsCountedOnceEachSide(@ForAll("asks") List<Request> asks) {
    Interval period = Interval.between(ReciprocityArbitraries.START, MID);
    List<AskRates> rates = RequestFigures.of(asks, period);
    long inPeriod = asks.stream().filter(r -> period.contains(r.instant())).count();
    assertEquals(inPeriod, rates.stream().mapToLong(AskRates::asked).sum());
    assertEquals(inPeriod, rates.stream().mapToLong(AskRates::wasAsked).sum());
    for (AskRates a : rates) {
      long declined =
          asks.stream()
              .filter(
                  r ->
                      period.contains(r.instant())
                          && r.asked().equals(a.party())
                          && r.outcome() == Request.Outcome.DECLINED)
              .count();
      long made =
          asks.stream()
              .filter(r -> period.contains(r.instant()) && r.asker().equals(a.party()))
              .count();
      assertEquals(declined, a.declined());
      assertEquals(made, a.asked());
    }
    List<PartyId> order = rates.stream().map(AskRates::party).toList();
    assertEquals(order.stream().sorted().toList(), order);
  }

  @Provide
  Arbitrary<List<Request>> asks() {
    return Combinators.combine(
            ReciprocityArbitraries.distinctPairs(5),
            ReciprocityArbitraries.instants(
                ReciprocityArbitraries.START, ReciprocityArbitraries.END),
            Arbitraries.of(Request.Outcome.class))
        .as(
            (pair, at, outcome) ->
                Request.builder()
                    .asker(pair.get1())
                    .asked(pair.get2())
                    .kind(FlowKind.of("review"))
                    .instant(at)
                    .outcome(outcome)
                    .redirectedTo(
                        outcome == Request.Outcome.REDIRECTED
                            ? Optional.of(PartyId.of("elsewhere"))
                            : Optional.empty())
                    .build())
        .list()
        .ofMaxSize(40);
  }

  @Test
  void anAskKnowsItsOwnRules() {
    Request.Builder ask =
        Request.builder()
            .asker(PartyId.of("ada"))
            .asked(PartyId.of("bob"))
            .kind(FlowKind.of("review"))
            .instant(MID);
    assertThrows(
        IllegalArgumentException.class,
        () -> ask.outcome(Request.Outcome.REDIRECTED).build()); // to whom?
    assertThrows(
        IllegalArgumentException.class,
        () ->
            Request.builder()
                .from(ask.outcome(Request.Outcome.DECLINED).build())
                .answeredBy("flow-1")
                .build());
    assertThrows(
        IllegalArgumentException.class,
        () ->
            Request.builder()
                .asker(PartyId.of("ada"))
                .asked(PartyId.of("ada"))
                .kind(FlowKind.of("review"))
                .instant(MID)
                .outcome(Request.Outcome.ACCEPTED)
                .build());
  }
}
