package dev.reciprocity.examples.cli;

import dev.reciprocity.core.FindingFormatters;
import dev.reciprocity.core.LedgerSnapshot;
import dev.reciprocity.core.ReciprocityReviews;
import dev.reciprocity.core.ReviewReport;
import dev.reciprocity.core.ReviewSettings;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code reciprocity review}: reads flows, runs the reciprocity review of the latest complete
 * season and of the whole range, and prints it as text, Markdown or JSON. The report is built in
 * full before anything is printed, so a failed run prints no partial report.
 */
@Command(
    name = "review",
    mixinStandardHelpOptions = true,
    versionProvider = ReciprocityCli.Version.class,
    sortOptions = false,
    resourceBundle = "dev.reciprocity.examples.cli.ReviewCommand",
    description = {
      "The reciprocity review: who gave significantly without return, who received without"
          + " giving back, which exchanges would rebalance, and what to celebrate, with the"
          + " findings of chronic imbalance, for the latest complete season and for the whole"
          + " range.",
      "",
      "The CSV needs a header naming the columns timestamp,giver,receiver,kind,weight in any"
          + " order; further columns are ignored. UTF-8 (a byte order mark is fine), RFC 4180"
          + " quoting. timestamp: an ISO-8601 instant such as 2005-05-21T00:49:13Z or"
          + " 2005-05-21T02:49:13+02:00; weight: a number >= 0 with at most 6 decimals.",
      ""
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:the report was written to standard output",
      "1:unexpected error (a bug; please report it)",
      "2:bad input: a malformed row, a missing file, a bad option",
      "3:out of memory: give Java more heap, e.g. JAVA_TOOL_OPTIONS=-Xmx8g"
    },
    footer = {
      "",
      "Examples:",
      "  reciprocity review",
      "  reciprocity review --flows flows.csv --season month --format markdown",
      "  reciprocity review --flows flows.csv --kind review,help --from 2024-01-01",
      "  reciprocity review --flows flows.csv --rejects rejects.csv"
    })
final class ReviewCommand implements Callable<Integer> {

  @Spec private CommandSpec spec;

  @Mixin private FlowOptions options;

  /** Created by {@link ReciprocityCli#newCommandLine()}. */
  ReviewCommand() {}

  @Override
  public Integer call() {
    ReviewSettings settings = options.settings();
    FlowInput input = new FlowInput(options.flows, options.rejects, options.foldCase);
    input.check(spec.commandLine());
    try {
      return review(input, settings);
    } catch (OutOfMemoryError e) {
      // the flows and the report were held by review(), and are garbage now
      return input.outOfMemory(spec.commandLine());
    }
  }

  private int review(FlowInput input, ReviewSettings settings) {
    LedgerSnapshot read = input.read("No review was written.");
    // the default rule and checks of the season's cadence
    ReviewReport report =
        ReciprocityReviews.builder(read).source(input.source()).settings(settings).report();
    PrintWriter out = spec.commandLine().getOut();
    try {
      // streamed: a JSON review of millions of flows is never held whole
      options.format.write(report, FindingFormatters.english(), out);
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a PrintWriter keeps its errors; this does not happen
    }
    return ReciprocityCli.EXIT_OK;
  }
}
