package dev.reciprocity.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.reciprocity.Amount;
import dev.reciprocity.DevelopmentalScores;
import dev.reciprocity.DevelopmentalScores.ReturnFrom;
import dev.reciprocity.Flow;
import dev.reciprocity.FlowKind;
import dev.reciprocity.ImmediateScores;
import dev.reciprocity.OpenObligation;
import dev.reciprocity.PartyId;
import dev.reciprocity.ReciprocityRule;
import dev.reciprocity.spi.FlowColumns;
import dev.reciprocity.spi.ScoringStrategy;
import dev.reciprocity.spi.StrategyParameterException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import org.junit.jupiter.api.Test;

/**
 * The developmental strategy against {@link DevelopmentalModel}, written from its javadoc, in each
 * of its forms (one pass, a parallel {@code collector()}, the engine's {@code score(FlowColumns)});
 * with a lag of 0 and returns in the dyad, against the immediate strategy; and on small cases
 * worked by hand.
 */
class DevelopmentalProperties extends CommunityProviders {

  private static final FlowKind MENTOR = FlowKind.of("mentor");
  private static final Instant T0 = Instant.parse("2024-01-01T00:00:00Z");

  @Property(tries = 400)
  void developmentalScoresEqualTheModelOfTheirJavadoc(
      @ForAll("sparseOrDense") List<Flow> flows,
      @ForAll("rulesWithShortWindows") ReciprocityRule rule,
      @ForAll("lags") Duration lag,
      @ForAll ReturnFrom returnFrom) {
    DevelopmentalModel model = DevelopmentalModel.of(flows, rule, lag, returnFrom);
    ScoringStrategy<?, DevelopmentalScores> developmental =
        Strategies.developmental(rule, lag, returnFrom);
    Statistics.label("returned").collect(model.returnedWeight.signum() > 0 ? "some" : "none");
    Statistics.label("returned").coverage(c -> c.check("some").percentage(p -> p > 30));
    assertEqualsModel(model, developmental.score(flows), "score(Iterable)");
    assertEqualsModel(
        model, flows.parallelStream().collect(developmental.collector()), "parallel collector");
    assertEqualsModel(
        model, developmental.score(LedgerSnapshot.of(flows).columns()), "score(FlowColumns)");
  }

  /** With a lag of 0 and returns within the dyad, the figures are immediate reciprocity's. */
  @Property(tries = 300)
  void withNoLagInTheDyadItIsImmediateReciprocity(
      @ForAll("sparseOrDense") List<Flow> flows,
      @ForAll("rulesWithShortWindows") ReciprocityRule rule) {
    FlowColumns columns = LedgerSnapshot.of(flows).columns();
    ImmediateScores immediate = Strategies.immediate(rule).score(columns);
    DevelopmentalScores developmental =
        Strategies.developmental(rule, Duration.ZERO, ReturnFrom.DYAD).score(columns);
    assertEquals(immediate.giftWeight(), developmental.giftWeight());
    assertEquals(immediate.returnedWeight(), developmental.returnedWeight());
    assertEquals(new ArrayList<>(immediate.openObligations()), developmental.openObligations());
  }

  /** A mentor's gift is returned only by the mentee, only after the lag, only within the window. */
  @Test
  void aMenteeReturnsAfterTheLagWithinTheWindow() {
    ReciprocityRule rule = ReciprocityRule.builder().window(Duration.ofDays(30)).build();
    Duration lag = Duration.ofDays(180);
    PartyId mentor = PartyId.of("mentor");
    PartyId mentee = PartyId.of("mentee");
    PartyId newcomer = PartyId.of("newcomer");
    List<Flow> flows =
        List.of(
            flow(mentor, mentee, 10, T0),
            // too early: a gift of its own, not a return
            flow(mentee, mentor, 1, T0.plus(Duration.ofDays(10))),
            // due: returns 4 of the 10
            flow(mentee, mentor, 4, T0.plus(Duration.ofDays(190))),
            // pays forward to a newcomer: a return only when the network counts
            flow(mentee, newcomer, 5, T0.plus(Duration.ofDays(200))));
    DevelopmentalScores dyad = Strategies.developmental(rule, lag, ReturnFrom.DYAD).score(flows);
    assertEquals(Amount.of(4), dyad.returnedWeight());
    assertEquals(Amount.of(16), dyad.giftWeight()); // 10 + 1 + 5
    OpenObligation mentoring = dyad.openObligations().get(0);
    assertEquals(mentor, mentoring.creditor());
    assertEquals(Amount.of(6), mentoring.amount());
    assertEquals(T0.plus(lag), dyad.dueFrom(mentoring));
    assertEquals(T0.plus(lag).plus(Duration.ofDays(30)), dyad.dueBy(mentoring));
    assertEquals(false, mentoring.overdue()); // the last flow, day 200, is inside the span

    DevelopmentalScores network =
        Strategies.developmental(rule, lag, ReturnFrom.NETWORK).score(flows);
    // the mentee returns 4 to the mentor and pays 5 forward to the newcomer: 9 of the 10
    assertEquals(Amount.of(9), network.returnedWeight());
    assertEquals(Amount.of(11), network.giftWeight()); // 10 + the early 1
    assertEquals(2, network.openObligations().size());
    assertEquals(Amount.of(1), network.openObligations().get(0).amount());
    assertEquals(mentor, network.openObligations().get(0).creditor());
  }

  @Test
  void theProviderNeedsALagAndReadsItsParameters() {
    StrategyLookup lookup = StrategyLookup.create();
    StrategyParameterException missing =
        assertThrows(
            StrategyParameterException.class,
            () -> lookup.find("developmental", ReciprocityRule.defaults()));
    assertTrue(missing.getMessage().contains("lag=P180D"), missing.getMessage());
    assertThrows(
        StrategyParameterException.class,
        () -> lookup.find("developmental:lag=P180D,returnFrom=circle", ReciprocityRule.defaults()));
    assertThrows(
        StrategyParameterException.class,
        () -> lookup.find("developmental:lag=-P1D", ReciprocityRule.defaults()));
    List<Flow> flows = List.of(flow(PartyId.of("a"), PartyId.of("b"), 1, T0));
    @SuppressWarnings("unchecked")
    DevelopmentalScores s =
        ((ScoringStrategy<?, DevelopmentalScores>)
                lookup.find(
                    "developmental:lag=PT0S,window=P7D,returnFrom=network",
                    ReciprocityRule.defaults()))
            .score(flows);
    assertEquals(Duration.ZERO, s.lag());
    assertEquals(Duration.ofDays(7), s.window());
    assertEquals(ReturnFrom.NETWORK, s.returnFrom());
  }

  private static Flow flow(PartyId giver, PartyId receiver, long units, Instant at) {
    return Flow.builder()
        .giver(giver)
        .receiver(receiver)
        .kind(MENTOR)
        .amount(Amount.of(units))
        .instant(at)
        .build();
  }

  private static void assertEqualsModel(
      DevelopmentalModel model, DevelopmentalScores s, String form) {
    ImmediateModelProperties.assertEqualsModel(
        model.giftWeight,
        model.returnedWeight,
        model.open,
        s.giftWeight(),
        s.returnedWeight(),
        s.openObligations(),
        form);
  }

  /** No lag, a few hours, a few days, a season. */
  @Provide
  Arbitrary<Duration> lags() {
    return Arbitraries.of(
        Duration.ZERO,
        Duration.ofHours(3),
        Duration.ofDays(2),
        Duration.ofDays(20),
        Duration.ofDays(90));
  }
}
