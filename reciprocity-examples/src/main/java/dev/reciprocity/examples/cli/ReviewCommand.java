package dev.reciprocity.examples.cli;

import dev.reciprocity.Flow;
import dev.reciprocity.FlowKind;
import dev.reciprocity.ReciprocityException;
import dev.reciprocity.io.FlowCsvReader;
import dev.reciprocity.io.FlowFileException;
import dev.reciprocity.io.Rejection;
import dev.reciprocity.io.RejectionCsvWriter;
import dev.reciprocity.io.Figures;
import dev.reciprocity.io.ReportFormat;
import dev.reciprocity.core.ReviewReport;
import dev.reciprocity.core.ReviewSettings;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
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
        ""},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
        "0:the report was written to standard output",
        "1:unexpected error (a bug; please report it)",
        "2:bad input: a malformed row, a missing file, a bad option"},
    footer = {
        "",
        "Examples:",
        "  reciprocity review",
        "  reciprocity review --flows flows.csv --season month --format markdown",
        "  reciprocity review --flows flows.csv --kind review,help --from 2024-01-01",
        "  reciprocity review --flows flows.csv --rejects rejects.csv"})
final class ReviewCommand implements Callable<Integer> {

  /** The classpath resource read without {@code --flows}. */
  static final String SHIPPED_RESOURCE = "/dev/reciprocity/examples/git-trailers/flows.csv";

  /** How the shipped data set is named in reports and messages. */
  static final String SHIPPED_NAME = "git/git commit trailers (data set shipped with the tool)";

  @Spec
  private CommandSpec spec;

  @Option(names = "--flows", paramLabel = "FILE",
      description = "CSV file of flows. Default: the shipped git/git trailer data (9,919 flows"
          + " from 2005 to 2026: who reviewed, acked, helped or mentored whom).")
  private Path flows;

  @Option(names = "--season", paramLabel = "month|quarter|year", defaultValue = "quarter",
      description = "Season length, in calendar units in UTC, for the latest complete season and"
          + " for chronic imbalance. Default: ${DEFAULT-VALUE}.")
  private Season season;

  @Option(names = "--from", paramLabel = "DATE|INSTANT",
      description = "Keep flows at or after this date (midnight UTC) or instant, such as"
          + " 2024-01-01 or 2024-01-01T09:30:00+02:00.")
  private Instant from;

  @Option(names = "--to", paramLabel = "DATE|INSTANT",
      description = "Keep flows before this date or instant (exclusive).")
  private Instant to;

  @Option(names = "--kind", paramLabel = "KIND", split = ",",
      description = "Keep only flows of this kind; repeat it, or separate kinds with commas, for"
          + " several. Default: every kind.")
  private List<String> kinds = new ArrayList<>();

  @Option(names = "--format", paramLabel = "text|markdown|json", defaultValue = "text",
      description = "Report format. Default: ${DEFAULT-VALUE}.")
  private ReportFormat format;

  private int top = 10;

  @Option(names = "--rejects", paramLabel = "FILE",
      description = "Instead of stopping at the first bad row, write every bad value (file,"
          + " line, column, value, reason, fix) to this CSV file; the run still ends with exit"
          + " code 2 and no report when there is one.")
  private Path rejects;

  /** Created by {@link ReciprocityCli#newCommandLine()}. */
  ReviewCommand() {}

  /**
   * Sets how many entries each list of the review shows.
   *
   * @param top the number, at least 1
   * @throws ParameterException if {@code top < 1}
   */
  @Option(names = "--top", paramLabel = "N", defaultValue = "10",
      description = "Entries per list (net givers, net receivers, exchanges, relationships,"
          + " findings in text and Markdown). Default: ${DEFAULT-VALUE}.")
  void setTop(int top) {
    if (top < 1) {
      throw new ParameterException(spec.commandLine(),
          "Invalid value for option '--top': " + top + " is less than 1; give a number of entries"
              + " per list, such as 10");
    }
    this.top = top;
  }

  @Override
  public Integer call() {
    ReviewSettings settings = settings();
    if (flows != null && rejects != null
        && flows.toAbsolutePath().normalize().equals(rejects.toAbsolutePath().normalize())) {
      throw new ParameterException(spec.commandLine(),
          "--rejects names the flows file " + flows + ", which it would overwrite;"
              + " name another file");
    }
    String source = flows == null ? SHIPPED_NAME : flows.toString();
    List<Flow> read = rejects == null ? read(null) : readCollectingRejects(source);
    ReviewReport report = ReviewReport.of(source, read, settings);
    String text = format.render(report);
    PrintWriter out = spec.commandLine().getOut();
    out.print(text);
    out.flush();
    return ReciprocityCli.EXIT_OK;
  }

  private ReviewSettings settings() {
    if (from != null && to != null && !to.isAfter(from)) {
      throw new ParameterException(spec.commandLine(),
          "--to " + to + " must be after --from " + from + "; the range is [from, to)");
    }
    SortedSet<FlowKind> kindSet = new TreeSet<>();
    for (String k : kinds) {
      if (k.isBlank()) {
        throw new ParameterException(spec.commandLine(),
            "Invalid value for option '--kind': a kind name must not be blank, such as review");
      }
      kindSet.add(FlowKind.of(k.strip()));
    }
    return new ReviewSettings(
        season.cadence(), Optional.ofNullable(from), Optional.ofNullable(to), kindSet, top);
  }

  /** Reads the flows, handing rejections to {@code rejected}, or stopping at the first if null. */
  private List<Flow> read(Consumer<Rejection> rejected) {
    if (flows != null) {
      return FlowCsvReader.read(flows, rejected);
    }
    try (InputStream in = ReviewCommand.class.getResourceAsStream(SHIPPED_RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("the shipped data set " + SHIPPED_RESOURCE
            + " is missing from the class path; the tool was built without its resources");
      }
      return FlowCsvReader.read(SHIPPED_NAME, in, rejected);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private List<Flow> readCollectingRejects(String source) {
    RejectionCsvWriter writer;
    try {
      writer = RejectionCsvWriter.create(rejects);
    } catch (IOException e) {
      throw rejectsNotWritable(e);
    }
    Set<Long> badLines = new HashSet<>();
    List<Flow> read;
    try (writer) {
      try {
        read = read(r -> {
          writer.accept(r);
          badLines.add(r.line());
        });
      } catch (FlowFileException e) {
        writer.accept(e.rejection());
        throw e;
      }
    } catch (IOException | UncheckedIOException e) {
      throw rejectsNotWritable(e);
    }
    if (writer.count() > 0) {
      throw new ReciprocityException(source + " has "
          + Figures.count(writer.count(), "bad value", "bad values") + " in "
          + Figures.count(badLines.size(), "row", "rows") + "; wrote them to " + rejects
          + " with the columns " + String.join(",", RejectionCsvWriter.HEADER)
          + ". No review was written. Fix: correct or remove those rows, then run again.");
    }
    return read;
  }

  private ReciprocityException rejectsNotWritable(Exception e) {
    return new ReciprocityException("cannot write the rejects file " + rejects + " ("
        + e.getMessage() + "). Fix: name a file in an existing, writable directory.", e);
  }
}
