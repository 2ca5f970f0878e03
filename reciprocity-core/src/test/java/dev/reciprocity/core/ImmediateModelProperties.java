package dev.reciprocity.core;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.reciprocity.Amount;
import dev.reciprocity.Flow;
import dev.reciprocity.ImmediateScores;
import dev.reciprocity.OpenObligation;
import dev.reciprocity.ReciprocityRule;
import dev.reciprocity.core.ImmediateModel.Open;
import dev.reciprocity.spi.ScoringStrategy;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.statistics.Statistics;

/**
 * The immediate strategy against {@link ImmediateModel}, written from its javadoc, in each of its
 * forms (one pass, a parallel {@code collector()}, the engine's {@code score(FlowColumns)}): gift
 * weight, returned weight and the open obligations (creditor, debtor, open amount, since, age,
 * overdue) are equal; the obligations come oldest first. The metamorphic properties (order, merge)
 * would hold for a strategy that matched gifts consistently wrong (newest first, outside the
 * window, across dyads); this one would not.
 */
class ImmediateModelProperties extends CommunityProviders {

  @Property(tries = 500)
  void immediateScoresEqualTheModelOfTheirJavadoc(
      @ForAll("sparseOrDense") List<Flow> flows,
      @ForAll("rulesWithShortWindows") ReciprocityRule rule) {
    ImmediateModel model = ImmediateModel.of(flows, rule);
    ScoringStrategy<?, ImmediateScores> immediate = Strategies.immediate(rule);

    Statistics.label("returned").collect(model.returnedWeight.signum() > 0 ? "some" : "none");
    Statistics.label("returned").coverage(c -> c.check("some").percentage(p -> p > 40));
    Statistics.label("open")
        .collect(
            model.open.stream().anyMatch(Open::overdue)
                ? "overdue"
                : model.open.isEmpty() ? "none" : "in window");
    Statistics.label("open").coverage(c -> c.check("overdue").percentage(p -> p > 20));
    assertEqualsModel(model, rule, immediate.score(flows), "score(Iterable)");
    assertEqualsModel(
        model, rule, flows.parallelStream().collect(immediate.collector()), "parallel collector");
    assertEqualsModel(
        model, rule, immediate.score(LedgerSnapshot.of(flows).columns()), "score(FlowColumns)");
  }

  private static void assertEqualsModel(
      ImmediateModel model, ReciprocityRule rule, ImmediateScores s, String form) {
    assertEquals(rule.window(), s.window(), form);
    assertEqualsModel(
        model.giftWeight,
        model.returnedWeight,
        model.open,
        s.giftWeight(),
        s.returnedWeight(),
        s.openObligations(),
        form);
  }

  /**
   * A model's gift weight, returned weight and open obligations against a result's, the obligations
   * oldest first; for the immediate and the developmental strategy alike.
   */
  static void assertEqualsModel(
      BigDecimal giftWeight,
      BigDecimal returnedWeight,
      List<Open> open,
      Amount actualGiftWeight,
      Amount actualReturnedWeight,
      List<OpenObligation> obligations,
      String form) {
    assertEquals(
        0,
        giftWeight.compareTo(actualGiftWeight.toBigDecimal()),
        () -> form + ": gift weight " + actualGiftWeight + ", model " + giftWeight);
    assertEquals(
        0,
        returnedWeight.compareTo(actualReturnedWeight.toBigDecimal()),
        () -> form + ": returned weight " + actualReturnedWeight + ", model " + returnedWeight);
    List<Open> actual =
        obligations.stream()
            .map(
                o ->
                    new Open(o.creditor(), o.debtor(), o.amount(), o.since(), o.age(), o.overdue()))
            .sorted(ImmediateModel.BY_CONTENT)
            .collect(Collectors.toList());
    assertEquals(open, actual, form);
    List<Instant> since =
        obligations.stream().map(OpenObligation::since).collect(Collectors.toList());
    assertEquals(
        since.stream().sorted().collect(Collectors.toList()), since, form + ": oldest first");
  }
}
