package dev.reciprocity.io;

import dev.reciprocity.Amount;
import dev.reciprocity.Flow;
import dev.reciprocity.FlowKind;
import dev.reciprocity.Implements;
import dev.reciprocity.PartyId;
import dev.reciprocity.PatternComponent;
import dev.reciprocity.core.LedgerSnapshot;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PushbackReader;
import java.io.Reader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * Reads flows from a CSV file whose header names the columns {@code timestamp}, {@code giver},
 * {@code receiver}, {@code kind} and {@code weight}, in any order, and optionally {@code unit};
 * further columns (such as {@code commit}) are ignored. Made by {@link #builder()}:
 *
 * <pre>{@code
 * FlowCsvReader reader = FlowCsvReader.builder().foldCase(true).rejects(rejected::add).build();
 * LedgerSnapshot flows = reader.readSnapshot(Path.of("flows.csv"));
 * }</pre>
 *
 * <h2>Format</h2>
 *
 * The table "What the reader accepts" of the README is the grammar, accepted and refused examples
 * included (a test reads it, so that the table and this reader cannot drift apart):
 *
 * <ul>
 *   <li>UTF-8, with or without one byte order mark (two are refused); RFC 4180 quoting (a value
 *       holding a comma or a quote is quoted, a quote inside is doubled, and a closing quote is
 *       followed by a comma or the end of the line). Header names match without regard to case or
 *       surrounding spaces; the header is the first line that is not blank.
 *   <li>{@code timestamp}: an ISO-8601 instant {@code yyyy-MM-ddTHH:mm:ss}, with an optional
 *       fraction of 1 to 9 digits, then {@code Z} or an offset {@code +hh:mm} / {@code -hh:mm},
 *       such as {@code 2005-05-21T00:49:13Z} or {@code 2005-05-21T02:49:13+02:00}: ASCII digits,
 *       upper case {@code T} and {@code Z}, seconds written, in the years 0001 to 9999 ({@link
 *       Flow#EARLIEST} to {@link Flow#LATEST}), at most {@value #MAX_TIMESTAMP_LENGTH} characters.
 *   <li>{@code giver}, {@code receiver}: party ids, different from each other, in {@link
 *       PartyId#of(String)}'s canonical form, 1 to {@value dev.reciprocity.PartyId#MAX_LENGTH}
 *       characters in that form. With {@link Builder#foldCase(boolean)} names are read by {@link
 *       PartyId#ofCaseFolded(String)}.
 *   <li>{@code kind}: the name of a {@link FlowKind}, 1 to {@value
 *       dev.reciprocity.FlowKind#MAX_LENGTH} characters, counted in {@value
 *       dev.reciprocity.FlowKind#DEFAULT_UNIT} unless the file has a {@code unit} column.
 *   <li>{@code unit} (optional, {@link #UNIT_COLUMN}): the unit of the row's kind, such as {@code
 *       hours} or {@code EUR}, 1 to {@value dev.reciprocity.FlowKind#MAX_LENGTH} characters in the
 *       canonical form of names; blank for {@value dev.reciprocity.FlowKind#DEFAULT_UNIT}. A kind
 *       keeps the unit of its first row: a second unit of one kind is rejected. Kinds of different
 *       units are added up only through a {@link dev.reciprocity.Valuation}.
 *   <li>{@code weight}: a non-negative decimal of ASCII digits with at most {@value Amount#SCALE}
 *       places: {@code 1}, {@code 0.5}, {@code 007.250}; at most {@link Amount#MAX} and {@value
 *       Amount#MAX_TEXT_LENGTH} characters. No sign, exponent, thousands separator or bare point
 *       ({@code +1}, {@code -0}, {@code 1e3}, {@code 1,000}, {@code .5}, {@code 5.} are refused,
 *       each with its own fix).
 * </ul>
 *
 * Surrounding white space of every value is removed. Blank lines carry no flow and are passed over;
 * every other line is either a flow or a rejection: nothing is skipped silently.
 *
 * <h2>Bounds</h2>
 *
 * Every bound holds the same on every line and in every column, read or ignored. A value holds at
 * most {@link Builder#maxValueLength(int)} characters ({@value #MAX_VALUE_LENGTH} by default); a
 * longer one, or a quote never closed within that many characters, stops the read. The header holds
 * at most {@value #MAX_HEADER_COLUMNS} columns and {@value #MAX_HEADER_LENGTH} characters, checked
 * before it is looked at. Every value's length is checked against its bound before it is parsed or
 * normalised, and every number read is checked without arithmetic that could overflow, so a hostile
 * file costs time in proportion to its size. The weights of a source add up to at most {@link
 * Amount#MAX}; a row whose weight would take the total past it is rejected.
 *
 * <h2>Errors</h2>
 *
 * Every problem is a {@link Rejection} that names the source, the physical line (a quoted value
 * spanning lines counts every line), the column, the value and the fix; its {@link
 * Rejection#message()} is one line of at most 300 characters, the value quoted short with every
 * control, bidirectional and line-separating character escaped. Without a {@link
 * Builder#rejects(Consumer) rejects consumer} a read stops at the first problem with a {@link
 * FlowFileException}; with one, it hands the consumer every rejected value and goes on with the
 * next row. Problems with the file as a whole (missing, unreadable, empty, no usable header, broken
 * quoting, a value past its bound) always throw, since no row after them can be trusted. No other
 * exception is thrown for any input, except an {@link Error} such as {@link OutOfMemoryError}.
 *
 * <h2>Speed and memory</h2>
 *
 * The rows are parsed by FastCSV and appended straight into the columns of a {@link LedgerSnapshot}
 * ({@link #readSnapshot(Path)}): no {@link Flow} object is made per row, each distinct name is
 * checked and brought to canonical form once, and timestamps of the form {@code
 * 2005-05-21T00:49:13Z} and plain weights such as {@code 1.25} are read without the general parsers
 * (with the same results). The snapshot holds 28 to 32 bytes a flow plus each distinct name once;
 * the methods named {@code read} return the snapshot's {@link LedgerSnapshot#flows()}, a list that
 * makes each {@link Flow} when it is read.
 *
 * <p>A read of more than 4,096 rows decodes and parses the CSV on a thread of its own (named {@code
 * reciprocity-csv-parser}, a daemon) a block of rows ahead of the checks, which run on the calling
 * thread, so that a read uses two cores; a shorter source is read on the calling thread alone. That
 * thread has ended when the read returns or throws, and the source is not read after. The rejects
 * consumer and the progress listener are called on the calling thread, in source order.
 *
 * <p>A reader is immutable and thread-safe when its rejects consumer and progress listener are;
 * each call reads one source.
 */
@Implements(PatternComponent.VISIBLE_FLOWS)
public final class FlowCsvReader {

  /** The columns a flow file must have, in the order written by convention. */
  public static final List<String> REQUIRED_COLUMNS =
      List.of("timestamp", "giver", "receiver", "kind", "weight");

  /**
   * The optional column that names the unit of each row's kind: {@value}. Without it every kind is
   * counted in {@value dev.reciprocity.FlowKind#DEFAULT_UNIT}; a blank value means that unit too.
   * Each kind has one unit in a file: a row that gives a kind a second unit is rejected, naming the
   * line that gave the first.
   */
  public static final String UNIT_COLUMN = "unit";

  /**
   * The longest {@code timestamp} value read: {@value} characters. The longest instant of the
   * grammar, with nanoseconds and an offset, has 35.
   */
  public static final int MAX_TIMESTAMP_LENGTH = 64;

  /**
   * The longest value of any column read, in characters, by default: {@value} (16 MiB). A longer
   * value, or a quote that is never closed within this many characters, stops the read, so that a
   * hostile file cannot make the reader hold more than this of one value.
   */
  public static final int MAX_VALUE_LENGTH = 16 * 1024 * 1024;

  /** The most columns a header may name: {@value}. */
  public static final int MAX_HEADER_COLUMNS = 1024;

  /** The most characters of a header's values together: {@value}. */
  public static final int MAX_HEADER_LENGTH = 64 * 1024;

  /**
   * Hears how far a read has come, for a progress bar or a log. Called on the thread that called
   * the read: after each block of rows (4,096), once at the end of a read that succeeds, and once
   * when a read stops with an {@link Error} such as {@link OutOfMemoryError} (before the error goes
   * on), so that a host can say how many flows were read. It must return quickly and must not
   * throw.
   */
  @FunctionalInterface
  public interface Progress {

    /**
     * Tells how far the read has come.
     *
     * @param inputRead the bytes read so far; a byte order mark included
     * @param flowsRead the flows read so far, rejected rows not included
     */
    void update(long inputRead, int flowsRead);
  }

  /** The bytes read from a stream at a time. */
  private static final int BLOCK = 1 << 16;

  private final boolean foldCase;
  private final @Nullable Consumer<? super Rejection> rejects;
  private final @Nullable Progress progress;
  private final int maxValueLength;

  private FlowCsvReader(Builder builder) {
    this.foldCase = builder.foldCase;
    this.rejects = builder.rejects;
    this.progress = builder.progress;
    this.maxValueLength = builder.maxValueLength;
  }

  /**
   * Returns a builder of a reader that keeps case, stops at the first problem, reports no progress
   * and bounds values to {@value #MAX_VALUE_LENGTH} characters.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Makes a {@link FlowCsvReader}. Not thread-safe; {@link #build()} may be called many times.
   *
   * <pre>{@code
   * FlowCsvReader reader = FlowCsvReader.builder()
   *     .foldCase(true)                              // Ada and ada are one party
   *     .rejects(rejected::add)                      // go on after a bad row
   *     .progress((bytes, flows) -> bar.stepTo(bytes))
   *     .build();
   * }</pre>
   */
  public static final class Builder {
    private boolean foldCase;
    private @Nullable Consumer<? super Rejection> rejects;
    private @Nullable Progress progress;
    private int maxValueLength = MAX_VALUE_LENGTH;

    private Builder() {}

    /**
     * Sets whether party names are brought to lower case ({@link PartyId#ofCaseFolded(String)}), so
     * that {@code Ada} and {@code ada} are one party, for sources whose names are case-insensitive
     * such as e-mail addresses.
     *
     * @param fold true to fold case; default false ({@link PartyId#of(String)}: case is kept)
     * @return this builder
     */
    public Builder foldCase(boolean fold) {
      this.foldCase = fold;
      return this;
    }

    /**
     * Sets who receives each problem of a row, in source order; the read then goes on with the next
     * row, and its result is complete only when the consumer received nothing.
     *
     * @param consumer receives each rejection; null (the default) to stop at the first problem with
     *     a {@link FlowFileException}
     * @return this builder
     */
    public Builder rejects(@Nullable Consumer<? super Rejection> consumer) {
      this.rejects = consumer;
      return this;
    }

    /**
     * Sets who hears how far a read has come.
     *
     * @param listener the listener; null (the default) for no one
     * @return this builder
     */
    public Builder progress(@Nullable Progress listener) {
      this.progress = listener;
      return this;
    }

    /**
     * Sets the longest value of any column, in characters. The bound is the same on every line and
     * in every column, read or ignored; a longer value stops the read with a {@link
     * FlowFileException}.
     *
     * @param max 1 to {@value #MAX_VALUE_LENGTH}; default {@value #MAX_VALUE_LENGTH}
     * @return this builder
     * @throws IllegalArgumentException if {@code max} lies outside that range
     */
    public Builder maxValueLength(int max) {
      if (max < 1 || max > MAX_VALUE_LENGTH) {
        throw new IllegalArgumentException(
            "maxValueLength must lie from 1 to " + MAX_VALUE_LENGTH + ", got " + max);
      }
      this.maxValueLength = max;
      return this;
    }

    /**
     * Returns a reader with the settings made so far.
     *
     * @return an immutable reader
     */
    public FlowCsvReader build() {
      return new FlowCsvReader(this);
    }
  }

  /**
   * Reads the flows of a file.
   *
   * @param file the CSV file
   * @return the flows, in file order: {@link #readSnapshot(Path)}'s {@link LedgerSnapshot#flows()},
   *     an immutable list that makes each flow when it is read; without a rejects consumer every
   *     flow of the file
   * @throws NullPointerException if {@code file} is null
   * @throws FlowFileException if the file is missing, unreadable, empty, has no usable header,
   *     broken quoting or a value past its bound, or (without a rejects consumer) at the first bad
   *     row
   */
  public List<Flow> read(Path file) {
    return readSnapshot(file).flows();
  }

  /**
   * Reads the flows of a UTF-8 stream. A UTF-8 byte order mark is skipped; bytes that are not UTF-8
   * are rejected where they occur. The stream is not closed.
   *
   * @param source the name of the stream in messages, such as a file path or a resource name
   * @param in the bytes
   * @return the flows, in stream order
   * @throws NullPointerException if an argument is null
   * @throws FlowFileException if the stream is unreadable, empty, UTF-16, has no usable header,
   *     broken quoting or a value past its bound, or (without a rejects consumer) at the first bad
   *     row
   */
  public List<Flow> read(String source, InputStream in) {
    return readSnapshot(source, in).flows();
  }

  /**
   * Reads the flows of a file into a snapshot: {@link #read(Path)} without a {@link Flow} object
   * per row, for large files.
   *
   * @param file the CSV file
   * @return the flows, in file order
   * @throws NullPointerException if {@code file} is null
   * @throws FlowFileException if the file is missing, unreadable, empty, has no usable header,
   *     broken quoting or a value past its bound, or (without a rejects consumer) at the first bad
   *     row
   */
  public LedgerSnapshot readSnapshot(Path file) {
    Objects.requireNonNull(file, "file");
    String source = file.toString();
    if (Files.isDirectory(file)) {
      throw Problems.fatal(
          source,
          "the path is a directory, not a file",
          "give the path of a CSV file with the header " + HeaderReader.HEADER_TEXT,
          null);
    }
    InputStream in;
    try {
      in = Files.newInputStream(file);
    } catch (NoSuchFileException e) {
      throw Problems.fatal(
          source,
          "the file does not exist",
          "check the path; a relative path starts from the working directory "
              + Path.of("").toAbsolutePath(),
          e);
    } catch (AccessDeniedException e) {
      throw Problems.fatal(
          source,
          "the file cannot be read: permission denied",
          "make the file readable for this user, or copy it to a readable place",
          e);
    } catch (IOException | RuntimeException e) {
      throw Problems.fatal(
          source,
          "the file cannot be opened (" + Problems.detail(e) + ")",
          "check that the path names a readable CSV file",
          e);
    }
    try (InputStream open = in) {
      return readSnapshot(source, open);
    } catch (IOException e) {
      throw Problems.fatal(
          source,
          "the file could not be closed (" + Problems.detail(e) + ")",
          "check the file system, then run again",
          e);
    }
  }

  /**
   * Reads the flows of a UTF-8 stream into a snapshot. A UTF-8 byte order mark is skipped; bytes
   * that are not UTF-8 are rejected where they occur. The stream is not closed.
   *
   * @param source the name of the stream in messages
   * @param in the bytes
   * @return the flows, in stream order
   * @throws NullPointerException if an argument is null
   * @throws FlowFileException if the stream is unreadable, empty, UTF-16, has no usable header,
   *     broken quoting or a value past its bound, or (without a rejects consumer) at the first bad
   *     row
   */
  public LedgerSnapshot readSnapshot(String source, InputStream in) {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(in, "in");
    ReadCounter counter = progress == null ? null : new ReadCounter(progress);
    BufferedInputStream bytes =
        new BufferedInputStream(counter == null ? in : counter.counting(in), BLOCK);
    try {
      bytes.mark(3);
      int b0 = bytes.read();
      int b1 = bytes.read();
      int b2 = bytes.read();
      if ((b0 == 0xFE && b1 == 0xFF) || (b0 == 0xFF && b1 == 0xFE)) {
        throw Problems.fatal(
            source,
            "the file is UTF-16, not UTF-8",
            "save the file as UTF-8 (in a spreadsheet: \"CSV UTF-8\")",
            null);
      }
      if (!(b0 == 0xEF && b1 == 0xBB && b2 == 0xBF)) {
        bytes.reset();
      }
    } catch (IOException e) {
      throw Problems.fatal(
          source,
          "the file cannot be read (" + Problems.detail(e) + ")",
          "check that the file is readable, then run again",
          e);
    }
    // Malformed bytes become U+FFFD, which the row checks reject with their line and column.
    Reader reader =
        new InputStreamReader(
            bytes,
            StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE));
    PushbackReader chars = new PushbackReader(reader, 1);
    try {
      int first = chars.read();
      if (first == '\uFEFF') {
        throw Problems.fatal(
            source,
            "the file starts with two byte order marks",
            "save the file as UTF-8 once (a second mark is left when a UTF-8 file is saved as"
                + " UTF-8 with a mark again), or remove the invisible character U+FEFF at its start",
            null);
      }
      if (first >= 0) {
        chars.unread(first);
      }
    } catch (IOException e) {
      throw Problems.fatal(
          source,
          "the file cannot be read (" + Problems.detail(e) + ")",
          "check that the file is readable, then run again",
          e);
    }
    return new ReadRun(source, chars, foldCase, rejects, counter, maxValueLength).readAll();
  }

  /**
   * Parses a {@code timestamp} value as the reader does: the ISO-8601 instant of the grammar above
   * ({@code yyyy-MM-ddTHH:mm:ss}, an optional fraction, {@code Z} or {@code ±hh:mm}), within the
   * time range a {@link Flow} supports.
   *
   * <p>Bounded: a text longer than {@value #MAX_TIMESTAMP_LENGTH} characters is refused before it
   * is parsed, and every message quotes at most 60 characters of the text, escaped.
   *
   * @param text such as {@code 2005-05-21T00:49:13Z} or {@code 2005-05-21T02:49:13+02:00}
   * @return the instant, in [{@link Flow#EARLIEST}, {@link Flow#LATEST}]
   * @throws NullPointerException if {@code text} is null
   * @throws DateTimeParseException if the text is longer than {@value #MAX_TIMESTAMP_LENGTH}
   *     characters, is not such an instant (lower case {@code t} or {@code z}, no seconds, no
   *     offset, digits other than ASCII), or lies outside the years 0001 to 9999
   */
  public static Instant parseInstant(String text) {
    return TimestampReader.parseInstant(text);
  }
}
