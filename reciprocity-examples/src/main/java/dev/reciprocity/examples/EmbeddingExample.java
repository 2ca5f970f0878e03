package dev.reciprocity.examples;

import dev.reciprocity.Amount;
import dev.reciprocity.Cadence;
import dev.reciprocity.Finding;
import dev.reciprocity.Flow;
import dev.reciprocity.FlowKind;
import dev.reciprocity.PartyId;
import dev.reciprocity.PortfolioScores;
import dev.reciprocity.ReciprocityRule;
import dev.reciprocity.ToleranceBand;
import dev.reciprocity.core.BalanceChecks;
import dev.reciprocity.core.FindingFormatters;
import dev.reciprocity.core.Ledger;
import dev.reciprocity.core.LedgerSnapshot;
import dev.reciprocity.core.Strategies;
import dev.reciprocity.spi.FindingFormatter;
import java.io.PrintStream;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * The embedding example of the README, runnable: a small code-review community in which Ada
 * reviews Bob's work every week for four months and Bob never reviews hers.
 */
public final class EmbeddingExample {

  private EmbeddingExample() {}

  /**
   * Records the flows, scores them and prints the weighted reciprocity and the findings.
   *
   * @param out where to print
   * @return the findings
   */
  public static List<Finding> run(PrintStream out) {
    Ledger ledger = Ledger.create();
    Instant start = Instant.parse("2026-01-05T10:00:00Z");
    for (int week = 0; week < 17; week++) {
      ledger.append(Flow.builder()
          .giver(PartyId.of("ada")).receiver(PartyId.of("bob"))
          .kind(FlowKind.of("review")).amount(Amount.ONE)
          .instant(start.plus(7L * week, ChronoUnit.DAYS))
          .build());
    }

    ReciprocityRule rule = ReciprocityRule.builder()
        .cadence(Cadence.monthly())
        .toleranceBand(ToleranceBand.of(0.3, 0.7))   // give shares counted as balanced
        .consecutiveSeasons(3)                       // chronic after 3 months outside the band
        .build();
    LedgerSnapshot flows = ledger.snapshot();
    PortfolioScores scores = Strategies.portfolio(rule).score(flows.flows());
    out.println("weighted reciprocity " + scores.network().weightedReciprocity());
    Instant asOf = Instant.parse("2026-05-01T00:00:00Z");   // the flows known up to May
    List<Finding> findings = BalanceChecks.chronicImbalance(rule).check(flows.flows(), asOf);
    FindingFormatter words = FindingFormatters.english();
    for (Finding f : findings) {
      out.println(f.severity() + " " + words.summary(f) + "\n  " + words.suggestion(f));
    }
    return findings;
  }

  /**
   * Runs the example.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    run(System.out);
  }
}
