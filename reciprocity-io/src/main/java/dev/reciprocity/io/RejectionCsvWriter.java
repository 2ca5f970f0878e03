package dev.reciprocity.io;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import org.apache.commons.csv.CSVFormat;

/**
 * Writes {@link Rejection}s as a CSV file with the header {@code
 * file,line,column,value,reason,fix}, one row per rejected value, so that a person can correct the
 * flow file row by row.
 *
 * <p>The file is UTF-8 with RFC 4180 quoting. A text cell that starts with {@code =}, {@code +},
 * {@code -}, {@code @}, a tab or a carriage return is written with a leading apostrophe, so that a
 * spreadsheet shows it instead of evaluating it as a formula (CSV injection); a weight of {@code
 * -2} is therefore written {@code '-2}. The line of a rejection that concerns the whole file is
 * written as an empty cell.
 *
 * <p>Not thread-safe: confine an instance to one thread.
 */
public final class RejectionCsvWriter implements Consumer<Rejection>, Closeable {

  /** The header of the rejects file. */
  public static final List<String> HEADER =
      List.of("file", "line", "column", "value", "reason", "fix");

  // CSVFormat.format quotes one record; CSVPrinter is not used because its class file carries
  // SpotBugs annotations that javac (-Xlint:all -Werror) would warn about without that jar.
  private static final CSVFormat FORMAT = CSVFormat.RFC4180;
  private static final String RECORD_SEPARATOR = "\r\n";

  private final Writer out;
  private long count;

  private RejectionCsvWriter(Writer out) {
    this.out = out;
  }

  /**
   * Creates or truncates a rejects file and writes its header.
   *
   * @param file the file to write
   * @return the writer; close it to flush
   * @throws IOException if the file cannot be created or written
   */
  public static RejectionCsvWriter create(Path file) throws IOException {
    Objects.requireNonNull(file, "file");
    Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
    try {
      return create(out);
    } catch (IOException | RuntimeException e) {
      out.close();
      throw e;
    }
  }

  /**
   * Writes the header to {@code out} and returns a writer of rejections to it.
   *
   * @param out where the CSV goes; closed by {@link #close()}
   * @return the writer
   * @throws IOException if the header cannot be written
   */
  public static RejectionCsvWriter create(Writer out) throws IOException {
    RejectionCsvWriter writer = new RejectionCsvWriter(out);
    writer.record(HEADER.toArray());
    return writer;
  }

  /**
   * Writes one rejection as one row.
   *
   * @param rejection the rejection
   * @throws UncheckedIOException if the row cannot be written
   */
  @Override
  public void accept(Rejection rejection) {
    try {
      record(
          guard(rejection.source()),
          rejection.line() == 0 ? "" : Long.toString(rejection.line()),
          guard(rejection.column().orElse("")),
          guard(rejection.value().orElse("")),
          guard(rejection.reason()),
          guard(rejection.fix()));
      count++;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The number of rejections written so far.
   *
   * @return the count of rows after the header
   */
  public long count() {
    return count;
  }

  /**
   * Flushes and closes the file.
   *
   * @throws IOException if the file cannot be written
   */
  @Override
  public void close() throws IOException {
    out.close();
  }

  private void record(Object... cells) throws IOException {
    out.write(FORMAT.format(cells));
    out.write(RECORD_SEPARATOR);
  }

  /**
   * Neutralizes a cell a spreadsheet would evaluate as a formula.
   *
   * @param cell the text
   * @return the text, with an apostrophe in front if it starts with {@code = + - @}, tab or CR
   */
  static String guard(String cell) {
    if (cell.isEmpty()) {
      return cell;
    }
    char c = cell.charAt(0);
    return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r'
        ? "'" + cell
        : cell;
  }
}
