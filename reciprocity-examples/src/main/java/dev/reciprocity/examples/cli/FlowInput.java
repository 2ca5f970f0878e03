package dev.reciprocity.examples.cli;

import dev.reciprocity.ReciprocityException;
import dev.reciprocity.core.LedgerSnapshot;
import dev.reciprocity.io.Figures;
import dev.reciprocity.io.FlowCsvReader;
import dev.reciprocity.io.FlowFileException;
import dev.reciprocity.io.Rejection;
import dev.reciprocity.io.RejectionCsvWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.jline.terminal.spi.SystemStream;
import org.jline.terminal.spi.TerminalProvider;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;

/**
 * The flows a command reads: a CSV file ({@code --flows}) or the shipped git/git trailer data,
 * stopping at the first bad value or collecting every bad value into a rejects file ({@code
 * --rejects}). Shared by {@code review} and {@code score}.
 *
 * <p>A file larger than {@value #PROGRESS_BAR_BYTES} bytes is read with a progress bar on standard
 * error when standard error is a terminal; never otherwise, and never on standard output. The input
 * counts the flows read, so that a command that runs out of memory can say how far it came ({@link
 * #outOfMemory}). Not thread-safe: one input per run of a command.
 */
final class FlowInput {

  /** The classpath resource read without {@code --flows}. */
  static final String SHIPPED_RESOURCE = "/dev/reciprocity/examples/git-trailers/flows.csv";

  /** How the shipped data set is named in reports and messages. */
  static final String SHIPPED_NAME = "git/git commit trailers (data set shipped with the tool)";

  /** Files larger than this many bytes (64 MiB) are read with a progress bar: {@value}. */
  static final long PROGRESS_BAR_BYTES = 64L << 20;

  private final @Nullable Path flows;
  private final @Nullable Path rejects;
  private final boolean foldCase;
  private int flowsRead;

  /**
   * An input.
   *
   * @param flows the CSV file; null for the shipped data set
   * @param rejects the rejects file; null to stop at the first bad value
   * @param foldCase whether the reader folds the case of names
   */
  FlowInput(@Nullable Path flows, @Nullable Path rejects, boolean foldCase) {
    this.flows = flows;
    this.rejects = rejects;
    this.foldCase = foldCase;
  }

  /** The name of the source in reports and messages. */
  String source() {
    return flows == null ? SHIPPED_NAME : flows.toString();
  }

  /**
   * Refuses a rejects file that is the flows file, which writing the rejects would overwrite.
   *
   * @throws ParameterException naming both options
   */
  void check(CommandLine cmd) {
    if (flows != null
        && rejects != null
        && flows.toAbsolutePath().normalize().equals(rejects.toAbsolutePath().normalize())) {
      throw new ParameterException(
          cmd,
          "--rejects names the flows file "
              + flows
              + ", which it would overwrite;"
              + " name another file");
    }
  }

  /**
   * Reads every flow, or throws.
   *
   * @param nothingWritten the sentence that says what was not written after bad values, such as
   *     {@code "No review was written."}
   * @return the flows, in file order
   * @throws FlowFileException at the first bad value, without a rejects file
   * @throws ReciprocityException after writing every bad value to the rejects file, or when it
   *     cannot be written
   */
  LedgerSnapshot read(String nothingWritten) {
    return rejects == null ? readFlows(null) : readCollectingRejects(nothingWritten);
  }

  /**
   * Says on standard error, in one line, that the command ran out of memory, how many flows it had
   * read, and how to give Java more heap.
   *
   * @param cmd the command line of the command that ran out of memory
   * @return {@link ReciprocityCli#EXIT_MEMORY}
   */
  int outOfMemory(CommandLine cmd) {
    String name = cmd.getCommandSpec().qualifiedName();
    long max = Runtime.getRuntime().maxMemory();
    long gib = (max + (1L << 30) - 1) >> 30;
    PrintWriter err = cmd.getErr();
    err.println(
        String.format(
            Locale.ROOT,
            "%s: ran out of memory after reading %,d %s of %s (Java may use %,d MiB); give Java"
                + " more heap, e.g. JAVA_TOOL_OPTIONS=-Xmx%dg %s ...",
            name,
            flowsRead,
            flowsRead == 1 ? "flow" : "flows",
            source(),
            max >> 20,
            Math.max(2, 2 * gib),
            name));
    err.flush();
    return ReciprocityCli.EXIT_MEMORY;
  }

  /** Reads the flows, handing rejections to {@code rejected}, or stopping at the first if null. */
  private LedgerSnapshot readFlows(@Nullable Consumer<Rejection> rejected) {
    if (flows != null) {
      try (ProgressBar bar = progressBar(flows)) {
        return reader(bar, rejected).readSnapshot(flows);
      }
    }
    try (InputStream in = FlowInput.class.getResourceAsStream(SHIPPED_RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(
            "the shipped data set "
                + SHIPPED_RESOURCE
                + " is missing from the class path; the tool was built without its resources");
      }
      return reader(null, rejected).readSnapshot(SHIPPED_NAME, in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The reader, with a listener that counts the flows read and moves the bar, if any. */
  private FlowCsvReader reader(@Nullable ProgressBar bar, @Nullable Consumer<Rejection> rejected) {
    return FlowCsvReader.builder()
        .foldCase(foldCase)
        .rejects(rejected)
        .progress(
            (bytes, read) -> {
              flowsRead = read;
              if (bar != null) {
                bar.stepTo(bytes);
              }
            })
        .build();
  }

  /**
   * A progress bar in MiB on standard error for a file larger than {@value #PROGRESS_BAR_BYTES}
   * bytes when standard error is a terminal; otherwise null.
   */
  private static @Nullable ProgressBar progressBar(Path file) {
    long size;
    try {
      size = Files.size(file);
    } catch (IOException | RuntimeException e) {
      return null; // the reader says what is wrong with the file
    }
    if (size <= PROGRESS_BAR_BYTES || !standardErrorIsATerminal()) {
      return null;
    }
    Path name = file.getFileName();
    return new ProgressBarBuilder()
        .setTaskName("Reading " + (name == null ? file : name))
        .setInitialMax(size)
        .setUnit(" MiB", 1 << 20)
        .setStyle(ProgressBarStyle.ASCII)
        .setUpdateIntervalMillis(250)
        .showSpeed()
        .clearDisplayOnFinish()
        .build();
  }

  /**
   * Whether standard error is a terminal, as JLine finds it (with {@code test -t 2} on POSIX
   * systems); false when that cannot be told.
   */
  static boolean standardErrorIsATerminal() {
    try {
      return TerminalProvider.load("exec").isSystemStream(SystemStream.Error);
    } catch (IOException | RuntimeException | LinkageError e) {
      return false;
    }
  }

  private LedgerSnapshot readCollectingRejects(String nothingWritten) {
    RejectionCsvWriter writer;
    try {
      writer = RejectionCsvWriter.create(rejects);
    } catch (IOException e) {
      throw rejectsNotWritable(e);
    }
    Set<Long> badLines = new HashSet<>();
    LedgerSnapshot read;
    try (writer) {
      try {
        read =
            readFlows(
                r -> {
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
      throw new ReciprocityException(
          source()
              + " has "
              + Figures.count(writer.count(), "bad value", "bad values")
              + " in "
              + Figures.count(badLines.size(), "row", "rows")
              + "; wrote them to "
              + rejects
              + " with the columns "
              + String.join(",", RejectionCsvWriter.HEADER)
              + ". "
              + nothingWritten
              + " Fix: correct or remove those rows, then run again.");
    }
    return read;
  }

  private ReciprocityException rejectsNotWritable(Exception e) {
    return new ReciprocityException(
        "cannot write the rejects file "
            + rejects
            + " ("
            + e.getMessage()
            + "). Fix: name a file in an existing, writable directory.",
        e);
  }
}
