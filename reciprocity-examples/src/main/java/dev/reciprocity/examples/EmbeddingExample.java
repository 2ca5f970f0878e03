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
import dev.reciprocity.spi.ScoringStrategy;
import java.io.PrintStream;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * The embedding examples of the README, runnable: a small code-review community in which Ada
 * reviews Bob's work every week for four months and Bob never reviews hers; he mentors her once.
 * The code between the {@code README:begin} and {@code README:end} markers is the README's, word
 * for word ({@code ReadmeTest} holds them together).
 */
public final class EmbeddingExample {

  private EmbeddingExample() {}

  /**
   * What the example produced.
   *
   * @param scores the portfolio scores of all flows, in one pass
   * @param onAllCores the same scored by {@link ScoringStrategy#scoreParallel}
   * @param reviewsOnly the scores of the review flows, collected on a parallel stream
   * @param findings the chronic findings as of 1 May 2026
   */
  public record Outcome(
      PortfolioScores scores,
      PortfolioScores onAllCores,
      PortfolioScores reviewsOnly,
      List<Finding> findings) {}

  /**
   * Records the flows, scores them and prints the weighted reciprocity and the findings.
   *
   * @param out where to print
   * @return the scores and findings
   */
  public static Outcome run(PrintStream out) {
    // README:begin record
    Ledger ledger = Ledger.create();
    ledger.append(
        Flow.builder()
            .giver(PartyId.of("ada"))
            .receiver(PartyId.of("bob"))
            .kind(FlowKind.of("review"))
            .amount(Amount.ONE)
            .instant(Instant.parse("2026-01-05T10:00:00Z"))
            .build());
    // ... more flows, from your platform's events
    // README:end
    // 16 more weekly reviews, the last on 27 April
    for (int week = 1; week < 17; week++) {
      ledger.append(
          Flow.builder()
              .giver(PartyId.of("ada"))
              .receiver(PartyId.of("bob"))
              .kind(FlowKind.of("review"))
              .amount(Amount.ONE)
              .instant(Instant.parse("2026-01-05T10:00:00Z").plus(7L * week, ChronoUnit.DAYS))
              .build());
    }
    // and one mentoring session the other way, in January
    ledger.append(
        Flow.builder()
            .giver(PartyId.of("bob"))
            .receiver(PartyId.of("ada"))
            .kind(FlowKind.of("mentoring"))
            .amount(Amount.ONE)
            .instant(Instant.parse("2026-01-20T15:00:00Z"))
            .build());

    // README:begin score-and-check
    ReciprocityRule rule =
        ReciprocityRule.builder()
            .cadence(Cadence.monthly())
            .toleranceBand(ToleranceBand.of(0.3, 0.7)) // give shares counted as balanced
            .consecutiveSeasons(3) // chronic after 3 months outside the band
            .build();
    LedgerSnapshot snapshot = ledger.snapshot(); // immutable, safe to share
    PortfolioScores scores = Strategies.portfolio(rule).score(snapshot.columns());
    out.println("weighted reciprocity " + scores.network().weightedReciprocity());

    Instant asOf = Instant.parse("2026-05-01T00:00:00Z"); // flows known up to 1 May
    List<Finding> findings = BalanceChecks.chronicImbalance(rule).check(snapshot.columns(), asOf);
    FindingFormatter words = FindingFormatters.english();
    for (Finding f : findings) {
      out.println(f.severity() + " " + words.summary(f) + "\n  " + words.suggestion(f));
    }
    // README:end

    // README:begin partitions
    ScoringStrategy<?, PortfolioScores> portfolio = Strategies.portfolio(rule);
    PortfolioScores onAllCores = portfolio.scoreParallel(snapshot.flows()); // equals score(...)
    PortfolioScores reviewsOnly =
        snapshot.flows().parallelStream()
            .filter(f -> f.kind().equals(FlowKind.of("review")))
            .collect(portfolio.collector());
    // README:end
    return new Outcome(scores, onAllCores, reviewsOnly, findings);
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
