package dev.reciprocity.examples.cli;

import dev.reciprocity.Flow;
import dev.reciprocity.ReciprocityException;
import dev.reciprocity.io.Figures;
import dev.reciprocity.io.FlowCsvReader;
import dev.reciprocity.io.FlowFileException;
import dev.reciprocity.io.Rejection;
import dev.reciprocity.io.RejectionCsvWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;

/**
 * The flows a command reads: a CSV file ({@code --flows}) or the shipped git/git trailer data,
 * stopping at the first bad value or collecting every bad value into a rejects file ({@code
 * --rejects}). Shared by {@code review} and {@code score}.
 *
 * @param flows the CSV file; null for the shipped data set
 * @param rejects the rejects file; null to stop at the first bad value
 * @param options how the reader reads names (case folded or kept)
 */
record FlowInput(Path flows, Path rejects, FlowCsvReader.Options options) {

  /** The classpath resource read without {@code --flows}. */
  static final String SHIPPED_RESOURCE = "/dev/reciprocity/examples/git-trailers/flows.csv";

  /** How the shipped data set is named in reports and messages. */
  static final String SHIPPED_NAME = "git/git commit trailers (data set shipped with the tool)";

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
  List<Flow> read(String nothingWritten) {
    return rejects == null ? readFlows(null) : readCollectingRejects(nothingWritten);
  }

  /** Reads the flows, handing rejections to {@code rejected}, or stopping at the first if null. */
  private List<Flow> readFlows(Consumer<Rejection> rejected) {
    if (flows != null) {
      return FlowCsvReader.read(flows, options, rejected);
    }
    try (InputStream in = FlowInput.class.getResourceAsStream(SHIPPED_RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(
            "the shipped data set "
                + SHIPPED_RESOURCE
                + " is missing from the class path; the tool was built without its resources");
      }
      return FlowCsvReader.read(SHIPPED_NAME, in, options, rejected);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private List<Flow> readCollectingRejects(String nothingWritten) {
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
