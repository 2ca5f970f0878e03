package dev.reciprocity.examples;

import dev.reciprocity.Amount;
import dev.reciprocity.Cadence;
import dev.reciprocity.Finding;
import dev.reciprocity.Flow;
import dev.reciprocity.FlowKind;
import dev.reciprocity.Interval;
import dev.reciprocity.PartyId;
import dev.reciprocity.ReciprocityReview;
import dev.reciprocity.ReciprocityRule;
import dev.reciprocity.core.BalanceChecks;
import dev.reciprocity.core.FindingFormatters;
import dev.reciprocity.core.Ledger;
import dev.reciprocity.core.LedgerSnapshot;
import dev.reciprocity.core.ReciprocityReviews;
import dev.reciprocity.core.ReviewReport;
import dev.reciprocity.core.ReviewSettings;
import dev.reciprocity.io.ReportFormat;
import dev.reciprocity.spi.BalanceCheck;
import dev.reciprocity.spi.FindingFormatter;
import java.io.PrintStream;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * A code-review platform's own balance check in the reciprocity review, runnable: the host's {@link
 * HeroCheck} and its {@link HeroWording} run next to the built-in chronic-imbalance check, in the
 * review of March 2026 and in the JSON report.
 *
 * <p>The team: every month from January to March 2026 Ada reviews Bob's work four times and Bob
 * never returns a review (a chronic giver and a chronic receiver); Cy and Dee review each other, 3
 * and 2 times in January and February, then in March Cy reviews Dee 8 times and Dee reviews Cy 3
 * times: balanced enough for the tolerance band, but Cy gave 8 of the 15 reviews of March. The
 * platform exported its events on 1 April, after one more review.
 */
public final class HostCheckExample {

  /** The kind of flow the platform records. */
  public static final FlowKind REVIEW = FlowKind.of("review");

  private HostCheckExample() {}

  /**
   * What the example produced.
   *
   * @param march the review of March 2026, with the host's check among its checks
   * @param report the report of all flows (latest complete month and whole range)
   * @param json the report rendered as JSON with the host's wording
   */
  public record Outcome(ReciprocityReview march, ReviewReport report, String json) {}

  /**
   * Records the team's reviews, reviews March with the built-in checks and the host's, prints the
   * findings in words and renders the report as JSON.
   *
   * @param out where to print the findings
   * @return the review, the report and its JSON
   */
  public static Outcome run(PrintStream out) {
    LedgerSnapshot snapshot = team();
    ReciprocityRule rule = ReciprocityRule.builder().cadence(Cadence.monthly()).build();
    Interval march = Cadence.monthly().seasonOf(Instant.parse("2026-03-01T00:00:00Z"));

    // README:begin host-review
    List<BalanceCheck> checks = new ArrayList<>(List.of(BalanceChecks.chronicImbalance(rule)));
    checks.add(new HeroCheck(rule, FlowKind.of("review")));
    ReciprocityReview review =
        ReciprocityReviews.builder(snapshot).rule(rule).checks(checks).review(march);

    FindingFormatter words =
        FindingFormatters.english().with(HeroCheck.REVIEW_BOTTLENECK, new HeroWording());
    for (Finding f : review.findings()) {
      out.println(f.type() + " " + words.summary(f) + "\n  " + words.suggestion(f));
    }
    ReviewReport report =
        ReciprocityReviews.builder(snapshot)
            .source("review platform")
            .settings(ReviewSettings.of(Cadence.monthly()))
            .checks(checks)
            .report();
    String json = ReportFormat.JSON.render(report, words);
    // README:end
    return new Outcome(review, report, json);
  }

  /**
   * The team's reviews, January to 1 April 2026, as the class description tells them.
   *
   * @return the flows
   */
  public static LedgerSnapshot team() {
    Ledger ledger = Ledger.create();
    for (String month : List.of("2026-01", "2026-02", "2026-03")) {
      boolean march = month.equals("2026-03");
      reviews(ledger, "ada", "bob", 4, month + "-02");
      reviews(ledger, "cy", "dee", march ? 8 : 3, month + "-10");
      reviews(ledger, "dee", "cy", march ? 3 : 2, month + "-20");
    }
    reviews(ledger, "dee", "cy", 1, "2026-04-01");
    return ledger.snapshot();
  }

  /** Appends {@code count} reviews of amount 1, one a day at 10:00 UTC from {@code firstDay}. */
  private static void reviews(
      Ledger ledger, String giver, String receiver, int count, String firstDay) {
    Instant first = Instant.parse(firstDay + "T10:00:00Z");
    for (int i = 0; i < count; i++) {
      ledger.append(
          Flow.builder()
              .giver(PartyId.of(giver))
              .receiver(PartyId.of(receiver))
              .kind(REVIEW)
              .amount(Amount.ONE)
              .instant(first.plus(i, ChronoUnit.DAYS))
              .build());
    }
  }

  /**
   * Runs the example and prints the JSON report after the findings.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    System.out.println(run(System.out).json());
  }
}
