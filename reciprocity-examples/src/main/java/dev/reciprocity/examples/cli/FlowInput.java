package dev.reciprocity.examples.cli;

import dev.reciprocity.ReciprocityException;
import dev.reciprocity.core.LedgerSnapshot;
import dev.reciprocity.io.Figures;
import dev.reciprocity.io.FlowCsvReader;
import dev.reciprocity.io.FlowFileException;
import dev.reciprocity.io.Rejection;
import dev.reciprocity.io.RejectionCsvWriter;
import dev.reciprocity.io.ValueFlowsDocument;
import dev.reciprocity.io.ValueFlowsReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
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
 * --rejects}); or a ValueFlows file ({@code --flows FILE.jsonld}, by its extension), read whole by
 * {@link ValueFlowsReader} or refused at its first problem. Shared by {@code review} and {@code
 * score}.
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
  private final RejectsOpener opener;
  private int flowsRead;
  private @Nullable ValueFlowsDocument document;

  /** The extension of a ValueFlows file: {@value}. */
  static final String VALUEFLOWS_EXTENSION = ".jsonld";

  /** Opens the rejects file; a test stands in a writer that fails. */
  @FunctionalInterface
  interface RejectsOpener {
    /**
     * Starts the rejects file.
     *
     * @param file the file named by {@code --rejects}
     * @return its writer
     * @throws IOException if it cannot be started
     */
    RejectionCsvWriter open(Path file) throws IOException;
  }

  /**
   * An input.
   *
   * @param flows the CSV file; null for the shipped data set
   * @param rejects the rejects file; null to stop at the first bad value
   * @param foldCase whether the reader folds the case of names
   */
  FlowInput(@Nullable Path flows, @Nullable Path rejects, boolean foldCase) {
    this(flows, rejects, foldCase, RejectionCsvWriter::create);
  }

  /** An input whose rejects file is opened by {@code opener}. */
  FlowInput(@Nullable Path flows, @Nullable Path rejects, boolean foldCase, RejectsOpener opener) {
    this.flows = flows;
    this.rejects = rejects;
    this.foldCase = foldCase;
    this.opener = opener;
  }

  /** The name of the source in reports and messages. */
  String source() {
    return flows == null ? SHIPPED_NAME : flows.toString();
  }

  /**
   * Whether the flows are a ValueFlows file: {@code --flows} ends in {@value
   * #VALUEFLOWS_EXTENSION}.
   */
  boolean isValueFlows() {
    return flows != null
        && flows.toString().toLowerCase(Locale.ROOT).endsWith(VALUEFLOWS_EXTENSION);
  }

  /**
   * The ValueFlows file, read once, on the first call.
   *
   * @return the document; empty when the flows are not a ValueFlows file
   * @throws dev.reciprocity.io.ModelFileException if the file cannot be read or used
   */
  Optional<ValueFlowsDocument> valueFlows() {
    if (flows == null || !isValueFlows()) {
      return Optional.empty();
    }
    ValueFlowsDocument read = document;
    if (read == null) {
      read = ValueFlowsReader.read(flows);
      document = read;
      flowsRead = read.flows().size();
    }
    return Optional.of(read);
  }

  /**
   * Says on standard error, in one line, what of a ValueFlows file was not read and why: the events
   * and intents left out, by reason with their first ids, and the nodes of types not read. Nothing
   * when everything was read, or for a CSV file.
   *
   * @param cmd the command line, for its name and its standard error
   */
  void sayWhatWasLeftOut(CommandLine cmd) {
    ValueFlowsDocument doc = document;
    if (doc == null || (doc.leftOutCount() == 0 && doc.otherNodes().isEmpty())) {
      return;
    }
    StringBuilder line =
        new StringBuilder(cmd.getCommandSpec().qualifiedName())
            .append(": ")
            .append(source())
            .append(": read ")
            .append(Figures.count(doc.flows().size(), "flow", "flows"))
            .append(" and ")
            .append(Figures.count(doc.requests().size(), "ask", "asks"));
    String sep = "; left out ";
    for (Map.Entry<ValueFlowsDocument.LeftOut, List<String>> e : doc.leftOut().entrySet()) {
      List<String> ids = e.getValue();
      line.append(sep)
          .append(e.getKey().count(ids.size()))
          .append(": ")
          .append(String.join(", ", ids.subList(0, Math.min(3, ids.size()))));
      if (ids.size() > 3) {
        line.append(" and ").append(ids.size() - 3).append(" more");
      }
      sep = "; ";
    }
    if (!doc.otherNodes().isEmpty()) {
      line.append("; not read: ");
      String comma = "";
      for (Map.Entry<String, Integer> e : doc.otherNodes().entrySet()) {
        line.append(comma)
            .append(Figures.count(e.getValue(), e.getKey() + " node", e.getKey() + " nodes"));
        comma = ", ";
      }
    }
    PrintWriter err = cmd.getErr();
    err.println(ReciprocityCli.bounded(line.toString()));
    err.flush();
  }

  /**
   * Refuses a rejects file that is the flows file, which writing the rejects would replace: the
   * same path, or another name for the same file (a symbolic or hard link, a path through a linked
   * directory), also when the rejects file does not exist yet.
   *
   * @throws ParameterException naming both options
   */
  void check(CommandLine cmd) {
    if (isValueFlows() && rejects != null) {
      throw new ParameterException(
          cmd,
          "--rejects collects the bad rows of a CSV file, but "
              + flows
              + " is a ValueFlows file, read whole or refused at its first problem with the place"
              + " and the fix. Fix: drop --rejects.");
    }
    if (isValueFlows() && foldCase) {
      throw new ParameterException(
          cmd,
          "--fold-case folds the case of the names of a CSV file, but "
              + flows
              + " is a ValueFlows file, whose agents are told apart by their IRIs. Fix: drop"
              + " --fold-case.");
    }
    if (flows != null && rejects != null && sameFile(flows, rejects)) {
      boolean samePath =
          flows.toAbsolutePath().normalize().equals(rejects.toAbsolutePath().normalize());
      throw new ParameterException(
          cmd,
          "--rejects "
              + rejects
              + " is the flows file "
              + (samePath ? "" : "by another name (a link) ")
              + flows
              + ", which writing the rejects would overwrite. Fix: name another file for"
              + " --rejects, such as rejects.csv");
    }
  }

  /**
   * Whether {@code rejects} names the file {@code flows} names: by path, by the file system's
   * identity of the two files ({@link Files#isSameFile}, which sees symbolic and hard links), or,
   * when {@code rejects} does not exist yet, by its real directory and its name. False when the
   * file system cannot tell (the reader and the writer then say what is wrong).
   */
  static boolean sameFile(Path flows, Path rejects) {
    if (flows.toAbsolutePath().normalize().equals(rejects.toAbsolutePath().normalize())) {
      return true;
    }
    try {
      if (!Files.exists(flows)) {
        return false;
      }
      if (Files.exists(rejects)) {
        return Files.isSameFile(flows, rejects);
      }
      Path absolute = rejects.toAbsolutePath();
      Path dir = absolute.getParent();
      Path name = absolute.getFileName();
      if (dir == null || name == null || Files.isSymbolicLink(absolute)) {
        // a dangling link points nowhere the flows file is; writing replaces the link itself
        return false;
      }
      return flows.toRealPath().equals(dir.toRealPath().resolve(name));
    } catch (IOException | SecurityException e) {
      return false;
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
    Optional<ValueFlowsDocument> doc = valueFlows();
    if (doc.isPresent()) {
      return LedgerSnapshot.of(doc.get().flows());
    }
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
    Path file = Objects.requireNonNull(rejects);
    RejectionCsvWriter writer;
    try {
      writer = opener.open(file);
    } catch (IOException | RuntimeException e) {
      throw rejectsNotWritable(file, e, nothingWritten);
    }
    Set<Long> badLines = new HashSet<>();
    LedgerSnapshot read;
    try {
      try {
        read =
            readFlows(
                r -> {
                  try {
                    writer.accept(r);
                  } catch (UncheckedIOException e) {
                    throw new RejectsWriteFailed(e);
                  }
                  badLines.add(r.line());
                });
      } catch (FlowFileException e) {
        // a problem with the whole file (missing, no header) or a row the reader cannot pass
        try {
          writer.accept(e.rejection());
        } catch (UncheckedIOException w) {
          throw new RejectsWriteFailed(w);
        }
        writer.close();
        throw e;
      }
      // the file is moved into place here, complete, or not at all
      writer.close();
    } catch (IOException e) {
      writer.discard();
      throw rejectsNotWritable(file, e, nothingWritten);
    } catch (RejectsWriteFailed e) {
      writer.discard();
      throw rejectsNotWritable(file, e.getCause(), nothingWritten);
    } catch (RuntimeException | Error e) {
      writer.discard(); // nothing half written is put in place; does nothing after close()
      throw e;
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

  /**
   * The one line that says the rejects file could not be written, why, that none was put in place,
   * and what to do.
   */
  private static ReciprocityException rejectsNotWritable(
      Path file, Throwable e, String nothingWritten) {
    return new ReciprocityException(
        "cannot write the rejects file "
            + file
            + " ("
            + describe(e)
            + "); no rejects file was put there, and a file already there is unchanged. "
            + nothingWritten
            + " Fix: name a file in an existing, writable directory on a file system with free"
            + " space.",
        e);
  }

  /** An I/O problem in a few words: its message, or its type when it has none. */
  private static String describe(Throwable e) {
    String message = e.getMessage();
    String type = e.getClass().getSimpleName();
    if (message == null || message.isBlank()) {
      return type;
    }
    if (e instanceof CharacterCodingException) {
      return type + ": " + message;
    }
    return message;
  }

  /** A row the reader handed over could not be written to the rejects file. */
  private static final class RejectsWriteFailed extends RuntimeException {
    private static final long serialVersionUID = 1L;

    RejectsWriteFailed(UncheckedIOException e) {
      super(e.getCause());
    }

    @Override
    @SuppressWarnings("NullAway") // an UncheckedIOException's cause, never null, is the cause
    public synchronized IOException getCause() {
      return (IOException) super.getCause();
    }
  }
}
