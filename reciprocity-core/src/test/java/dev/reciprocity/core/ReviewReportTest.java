package dev.reciprocity.core;

import static dev.reciprocity.core.Fixtures.ADA;
import static dev.reciprocity.core.Fixtures.BOB;
import static dev.reciprocity.core.Fixtures.CY;
import static dev.reciprocity.core.Fixtures.flow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.reciprocity.Cadence;
import dev.reciprocity.Finding;
import dev.reciprocity.Flow;
import dev.reciprocity.Interval;
import dev.reciprocity.ReciprocityRule;
import dev.reciprocity.spi.BalanceCheck;
import dev.reciprocity.spi.FlowColumns;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The report of a range and its latest complete season: each check runs once for both. */
class ReviewReportTest {

  private static final ReciprocityRule MONTHLY =
      ReciprocityRule.builder().cadence(Cadence.monthly()).build();

  /** A check that counts its calls and passes them on to the built-in chronic check. */
  private static final class Counting implements BalanceCheck {
    final AtomicInteger calls = new AtomicInteger();
    final BalanceCheck inner = BalanceChecks.chronicImbalance(MONTHLY);

    @Override
    public List<Finding> check(FlowColumns flows, Instant asOf) {
      calls.incrementAndGet();
      return inner.check(flows, asOf);
    }
  }

  /**
   * Ada gives bob 5 on the 10th of every month from January to June 2024 and receives nothing; cy
   * gives bob 1 on 5 July, so June is the latest complete month.
   */
  private static LedgerSnapshot history() {
    List<Flow> flows = new ArrayList<>();
    for (int month = 1; month <= 6; month++) {
      flows.add(flow(ADA, BOB, "5", Instant.parse(String.format("2024-%02d-10T00:00:00Z", month))));
    }
    flows.add(flow(CY, BOB, "1", Instant.parse("2024-07-05T00:00:00Z")));
    return LedgerSnapshot.of(flows);
  }

  @Test
  void aReportRunsEachCheckOnceForBothReviews() {
    Counting counting = new Counting();
    ReviewReport report =
        ReciprocityReviews.builder(history())
            .settings(ReviewSettings.of(Cadence.monthly()))
            .checks(List.of(counting))
            .report();

    assertEquals(1, counting.calls.get(), "one run serves the whole range and the latest season");
    assertEquals("2024-06", report.latestSeason().orElseThrow().period().label());
    assertFalse(report.latestSeason().orElseThrow().findings().isEmpty());
  }

  @Test
  void aReviewOfOnePeriodRunsEachCheckOnce() {
    Counting counting = new Counting();
    var unused =
        ReciprocityReviews.builder(history())
            .rule(MONTHLY)
            .checks(List.of(counting))
            .review(Cadence.monthly().seasonOf(Instant.parse("2024-06-10T00:00:00Z")));

    assertEquals(1, counting.calls.get());
  }

  @Test
  void theLatestSeasonHasTheFindingsOfAReviewOfThatSeasonAlone() {
    ReviewReport report =
        ReciprocityReviews.builder(history())
            .settings(ReviewSettings.of(Cadence.monthly()))
            .report();
    Interval june = report.latestSeason().orElseThrow().period();

    List<Finding> alone =
        ReciprocityReviews.builder(history()).rule(MONTHLY).review(june).findings();
    assertFalse(alone.isEmpty(), "ada's streak, January to June");
    assertEquals(alone, report.latestSeason().orElseThrow().findings());
    assertEquals(
        ReciprocityReviews.builder(history())
            .rule(MONTHLY)
            .review(report.wholeRange().period())
            .findings(),
        report.wholeRange().findings());
  }

  @Test
  void theDefaultsAreTheBuiltInChecksOfTheSettingsCadence() {
    ReviewReport report =
        ReciprocityReviews.builder(history())
            .settings(ReviewSettings.of(Cadence.monthly()))
            .report();

    assertEquals(MONTHLY, report.rule());
    assertEquals("flows", report.source());
    assertEquals(ReciprocityReviews.DEFAULT_LIMIT, report.settings().top());
  }

  @Test
  void aRuleOfAnotherCadenceThanTheSettingsIsRefused() {
    ReciprocityReviews.Builder builder =
        ReciprocityReviews.builder(history())
            .settings(ReviewSettings.of(Cadence.quarterly()))
            .rule(MONTHLY);

    assertThrows(IllegalArgumentException.class, builder::report);
  }
}
