package dev.reciprocity.examples;

import dev.reciprocity.Amount;
import dev.reciprocity.Flow;
import dev.reciprocity.FlowKind;
import dev.reciprocity.Interval;
import dev.reciprocity.PartyId;
import dev.reciprocity.ReciprocityRule;
import dev.reciprocity.core.LedgerSnapshot;
import dev.reciprocity.core.PortfolioFigures;
import dev.reciprocity.core.RunningFigures;
import dev.reciprocity.core.SeasonalFigures;
import java.io.PrintStream;
import java.time.Instant;
import java.util.List;

/**
 * The README's example for millions of flows: rows appended straight into a snapshot's columns,
 * figures computed from the columns, and figures kept live one event at a time. The code between
 * the {@code README:begin} and {@code README:end} markers is the README's, word for word.
 */
public final class LargeLedgerExample {

  private LargeLedgerExample() {}

  /**
   * What the example computed.
   *
   * @param figures the portfolio figures of the snapshot
   * @param seasons the seasonal figures of the snapshot
   * @param live the running figures after the same two flows
   */
  public record Outcome(PortfolioFigures figures, SeasonalFigures seasons, RunningFigures live) {}

  /**
   * Runs the example, printing the weighted reciprocity both ways.
   *
   * @param out where to print
   * @return the figures
   */
  public static Outcome run(PrintStream out) {
    // README:begin bulk
    LedgerSnapshot.Builder rows = LedgerSnapshot.builder(); // no Flow object per row
    // giver, receiver, kind, amount in millionths, epoch second, nanosecond
    rows.add(
        PartyId.of("ada"), PartyId.of("bob"), FlowKind.of("review"), 3_000_000, 1_767_261_600L, 0);
    rows.add(
        PartyId.of("bob"), PartyId.of("ada"), FlowKind.of("review"), 1_000_000, 1_767_348_000L, 0);
    LedgerSnapshot snapshot = rows.build();

    ReciprocityRule rule = ReciprocityRule.defaults(); // every kind, quarterly seasons
    PortfolioFigures figures = PortfolioFigures.of(snapshot, rule); // from the columns
    out.println("weighted reciprocity " + figures.network().weightedReciprocity());
    SeasonalFigures seasons = SeasonalFigures.of(snapshot, rule);
    for (Interval season : seasons.seasons()) {
      out.println(season.label() + " ada " + seasons.netBalance(PartyId.of("ada"), season));
    }
    // README:end

    // README:begin live
    RunningFigures live = RunningFigures.create(rule);
    for (Flow event :
        List.of(
            flow("ada", "bob", 3, "2026-01-01T10:00:00Z"),
            flow("bob", "ada", 1, "2026-01-02T10:00:00Z"))) {
      live.add(event); // O(1): dyad, parties and season updated
    }
    out.println("live weighted reciprocity " + live.network().weightedReciprocity());
    // README:end
    return new Outcome(figures, seasons, live);
  }

  private static Flow flow(String giver, String receiver, long hours, String instant) {
    return Flow.builder()
        .giver(PartyId.of(giver))
        .receiver(PartyId.of(receiver))
        .kind(FlowKind.of("review"))
        .amount(Amount.of(hours))
        .instant(Instant.parse(instant))
        .build();
  }

  /**
   * Runs the example.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    var unused = run(System.out);
  }
}
