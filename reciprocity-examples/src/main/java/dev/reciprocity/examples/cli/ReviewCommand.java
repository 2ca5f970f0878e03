package dev.reciprocity.examples.cli;

import dev.reciprocity.FlowKind;
import dev.reciprocity.core.FindingFormatters;
import dev.reciprocity.core.LedgerSnapshot;
import dev.reciprocity.core.ReciprocityReviews;
import dev.reciprocity.core.ReviewReport;
import dev.reciprocity.core.ReviewSettings;
import dev.reciprocity.io.FlowCsvReader;
import dev.reciprocity.io.ReportFormat;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
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

  @Option(
      names = "--flows",
      paramLabel = "FILE",
      description =
          "CSV file of flows. Default: the shipped git/git trailer data (9,919 flows"
              + " from 2005 to 2026: who reviewed, acked, helped or mentored whom).")
  private Path flows;

  @Option(
      names = "--season",
      paramLabel = "month|quarter|year",
      defaultValue = "quarter",
      description =
          "Season length, in calendar units in UTC, for the latest complete season and"
              + " for chronic imbalance. Default: ${DEFAULT-VALUE}.")
  private Season season;

  @Option(
      names = "--from",
      paramLabel = "DATE|INSTANT",
      description =
          "Keep flows at or after this date (midnight UTC) or instant, such as"
              + " 2024-01-01 or 2024-01-01T09:30:00+02:00.")
  private Instant from;

  @Option(
      names = "--to",
      paramLabel = "DATE|INSTANT",
      description = "Keep flows before this date or instant (exclusive).")
  private Instant to;

  @Option(
      names = "--kind",
      paramLabel = "KIND",
      split = ",",
      description =
          "Keep only flows of this kind; repeat it, or separate kinds with commas, for"
              + " several. Default: every kind.")
  private List<String> kinds = new ArrayList<>();

  @Option(
      names = "--format",
      paramLabel = "text|markdown|json",
      defaultValue = "text",
      description = "Report format. Default: ${DEFAULT-VALUE}.")
  private ReportFormat format;

  private int top = 10;

  @Option(
      names = "--rejects",
      paramLabel = "FILE",
      description =
          "Instead of stopping at the first bad row, write every bad value (file,"
              + " line, column, value, reason, fix) to this CSV file; the run still ends with exit"
              + " code 2 and no report when there is one.")
  private Path rejects;

  @Option(
      names = "--fold-case",
      description =
          "Read party names without regard to case: Ada and ada are one party, shown"
              + " in lower case. Without it case is kept; names are always stripped of surrounding"
              + " space and brought to Unicode NFC, so René typed with a combining accent is René.")
  private boolean foldCase;

  /** Created by {@link ReciprocityCli#newCommandLine()}. */
  ReviewCommand() {}

  /**
   * Sets how many entries each list of the review shows.
   *
   * @param top the number, at least 1
   * @throws ParameterException if {@code top < 1}
   */
  @Option(
      names = "--top",
      paramLabel = "N",
      defaultValue = "10",
      description =
          "Entries per list (net givers, net receivers, exchanges, relationships,"
              + " findings in text and Markdown). Default: ${DEFAULT-VALUE}.")
  void setTop(int top) {
    if (top < 1) {
      throw new ParameterException(
          spec.commandLine(),
          "Invalid value for option '--top': "
              + top
              + " is less than 1; give a number of entries"
              + " per list, such as 10");
    }
    this.top = top;
  }

  @Override
  public Integer call() {
    ReviewSettings settings = settings();
    FlowInput input =
        new FlowInput(flows, rejects, FlowCsvReader.Options.DEFAULT.withFoldCase(foldCase));
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
      format.write(report, FindingFormatters.english(), out);
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a PrintWriter keeps its errors; this does not happen
    }
    return ReciprocityCli.EXIT_OK;
  }

  /**
   * Reads one {@code --kind} value as a flow kind.
   *
   * @throws ParameterException if it is too long or holds a control character
   */
  static FlowKind kind(CommandSpec spec, String text) {
    try {
      return FlowKind.of(text.strip());
    } catch (IllegalArgumentException e) {
      throw new ParameterException(
          spec.commandLine(), "Invalid value for option '--kind': " + e.getMessage());
    }
  }

  private ReviewSettings settings() {
    return settings(spec, season, from, to, kinds, top);
  }

  /**
   * The settings of the options {@code review} and {@code score} share.
   *
   * @throws ParameterException if {@code --to} is not after {@code --from}, or a kind is blank, too
   *     long or holds a control character
   */
  static ReviewSettings settings(
      CommandSpec spec,
      Season season,
      @Nullable Instant from,
      @Nullable Instant to,
      List<String> kinds,
      int top) {
    if (from != null && to != null && !to.isAfter(from)) {
      throw new ParameterException(
          spec.commandLine(),
          "--to " + to + " must be after --from " + from + "; the range is [from, to)");
    }
    SortedSet<FlowKind> kindSet = new TreeSet<>();
    for (String k : kinds) {
      if (k.isBlank()) {
        throw new ParameterException(
            spec.commandLine(),
            "Invalid value for option '--kind': a kind name must not be blank, such as review");
      }
      kindSet.add(kind(spec, k));
    }
    return new ReviewSettings(
        season.cadence(), Optional.ofNullable(from), Optional.ofNullable(to), kindSet, top);
  }
}
