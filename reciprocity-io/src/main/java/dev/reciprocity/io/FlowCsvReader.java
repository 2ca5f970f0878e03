package dev.reciprocity.io;

import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.FieldMismatchStrategy;
import dev.reciprocity.Amount;
import dev.reciprocity.Flow;
import dev.reciprocity.FlowKind;
import dev.reciprocity.LimitExceededException;
import dev.reciprocity.PartyId;
import dev.reciprocity.core.LedgerSnapshot;
import dev.reciprocity.internal.Texts;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PushbackReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import org.apache.commons.io.input.ProxyInputStream;
import org.apache.commons.io.input.ProxyReader;
import org.jspecify.annotations.Nullable;

/**
 * Reads flows from a CSV file whose header names the columns {@code timestamp}, {@code giver},
 * {@code receiver}, {@code kind} and {@code weight}, in any order; further columns (such as {@code
 * commit}) are ignored.
 *
 * <h2>Format</h2>
 *
 * <ul>
 *   <li>UTF-8, with or without a byte order mark; RFC 4180 quoting (a value holding a comma or a
 *       quote is quoted, a quote inside is doubled, and a closing quote is followed by a comma or
 *       the end of the line). Header names match without regard to case or surrounding spaces.
 *   <li>{@code timestamp}: an ISO-8601 instant with an offset, such as {@code 2005-05-21T00:49:13Z}
 *       or {@code 2005-05-21T02:49:13+02:00}, at most {@value #MAX_TIMESTAMP_LENGTH} characters, in
 *       the years 0001 to 9999 ({@link Flow#EARLIEST} to {@link Flow#LATEST}).
 *   <li>{@code giver}, {@code receiver}: party ids, different from each other, in {@link
 *       PartyId#of(String)}'s canonical form (surrounding white space stripped, Unicode NFC), so
 *       that {@code René}, {@code " René "} and {@code Rene\u0301} are one party; 1 to {@value
 *       dev.reciprocity.PartyId#MAX_LENGTH} characters in that form, on one line, free of control
 *       characters and of unpaired surrogates. With {@link Options#foldCase()} names are also
 *       brought to lower case ({@link PartyId#ofCaseFolded(String)}).
 *   <li>{@code kind}: the name of a {@link FlowKind} counted in {@value
 *       dev.reciprocity.FlowKind#DEFAULT_UNIT}, canonical as party ids are, 1 to {@value
 *       dev.reciprocity.FlowKind#MAX_LENGTH} characters.
 *   <li>{@code weight}: a decimal number {@code >= 0} with at most {@value Amount#SCALE} decimal
 *       places and at most {@value Amount#MAX_TEXT_LENGTH} characters ({@link
 *       Amount#parse(String)}).
 * </ul>
 *
 * Surrounding spaces of every value are removed. Blank lines carry no flow and are passed over;
 * every other line is either a flow or a rejection: nothing is skipped silently.
 *
 * <h2>Bounds</h2>
 *
 * A value holds at most {@value #MAX_VALUE_LENGTH} characters; a longer one (or a quote that is
 * never closed) stops the read. Every value's length is checked against its bound before it is
 * parsed or normalised, and a weight outside the range of an {@link Amount} (such as {@code
 * 1e100000000}) is refused from its exponent without computing its digits, so a hostile file costs
 * time in proportion to its size and its messages stay short: a message quotes at most 60
 * characters of a value and says how long the value was. The weights of a source add up to at most
 * {@link Amount#MAX}, the most exact figures hold (as in a {@link dev.reciprocity.core.Ledger}); a
 * row whose weight would take the total past it is rejected.
 *
 * <h2>Errors</h2>
 *
 * Every problem is a {@link Rejection} that names the source, the physical line (the header is line
 * 1, a quoted value spanning lines counts every line), the column, the value and the fix. The
 * methods without a consumer stop at the first problem with a {@link FlowFileException}. The
 * methods with a consumer hand it every rejected value and go on with the next row; problems with
 * the file as a whole (missing, unreadable, empty, no usable header, broken quoting) still throw,
 * since no row after them can be trusted.
 *
 * <h2>Speed and memory</h2>
 *
 * The rows are parsed by FastCSV and appended straight into the columns of a {@link LedgerSnapshot}
 * ({@link #readSnapshot(Path)}): no {@link Flow} object is made per row, each distinct name is
 * checked and brought to canonical form once, and timestamps of the form {@code
 * 2005-05-21T00:49:13Z} and plain weights such as {@code 1.25} are read without the general parsers
 * (every other form is read by them, with the same results and the same messages). The snapshot
 * holds 28 to 32 bytes a flow plus each distinct name once; the methods named {@code read} return
 * the snapshot's {@link LedgerSnapshot#flows()}, a list that makes each {@link Flow} when it is
 * read. {@link Options#withProgress(Progress)} reports how far a long read has come.
 *
 * <p>The class is stateless and thread-safe; each call reads one source. The methods without an
 * {@link Options} argument read with {@link Options#DEFAULT}.
 */
public final class FlowCsvReader {

  /** The columns a flow file must have, in the order written by convention. */
  public static final List<String> REQUIRED_COLUMNS =
      List.of("timestamp", "giver", "receiver", "kind", "weight");

  /**
   * The longest {@code timestamp} value read: {@value} characters. The longest instant in the
   * supported range, with nanoseconds and an offset in seconds, has 38.
   */
  public static final int MAX_TIMESTAMP_LENGTH = 64;

  /**
   * The longest value of any column read, in characters: {@value} (16 MiB). A longer value, or a
   * quote that is never closed within this many characters, stops the read as broken CSV, so that a
   * hostile file cannot make the reader hold more than this of one value.
   */
  public static final int MAX_VALUE_LENGTH = 16 * 1024 * 1024;

  /**
   * Hears how far a read has come, for a progress bar or a log. Called on the reading thread: after
   * each block of input (some kilobytes), once at the end of a read that succeeds, and once when a
   * read stops with an {@link Error} such as {@link OutOfMemoryError} (before the error goes on),
   * so that a host can say how many flows were read. It must return quickly and must not throw.
   */
  @FunctionalInterface
  public interface Progress {

    /**
     * Tells how far the read has come.
     *
     * @param inputRead the bytes read so far from a file or stream, or the characters read so far
     *     from a {@link Reader}; a byte order mark included
     * @param flowsRead the flows read so far, rejected rows not included
     */
    void update(long inputRead, int flowsRead);
  }

  /**
   * How a {@link FlowCsvReader} reads names, and who hears its progress. Immutable and thread-safe
   * when the progress listener is.
   *
   * <pre>{@code
   * List<Flow> flows = FlowCsvReader.read(path, FlowCsvReader.Options.DEFAULT.withFoldCase(true),
   *     null);
   * }</pre>
   *
   * @param foldCase whether party names are brought to lower case ({@link
   *     PartyId#ofCaseFolded(String)}), so that {@code Ada} and {@code ada} are one party, for
   *     sources whose names are case-insensitive such as e-mail addresses; default false ({@link
   *     PartyId#of(String)}: case is kept)
   * @param progress hears how far a read has come; default null (no one)
   */
  public record Options(boolean foldCase, @Nullable Progress progress) {

    /** The options of the methods that take none: case is kept, no progress is reported. */
    public static final Options DEFAULT = new Options(false, null);

    /**
     * Options that fold case or not, without a progress listener.
     *
     * @param foldCase whether party names are brought to lower case
     */
    public Options(boolean foldCase) {
      this(foldCase, null);
    }

    /**
     * Returns the same options, folding case or not.
     *
     * @param fold whether party names are brought to lower case
     * @return the options
     */
    public Options withFoldCase(boolean fold) {
      return new Options(fold, progress);
    }

    /**
     * Returns the same options with a progress listener.
     *
     * @param listener hears how far a read has come; null for no one
     * @return the options
     */
    public Options withProgress(@Nullable Progress listener) {
      return new Options(foldCase, listener);
    }
  }

  private static final String HEADER_TEXT = String.join(",", REQUIRED_COLUMNS);

  /** The reason given for an instant outside the supported time range. */
  private static final String OUT_OF_RANGE =
      " lies outside the supported time range " + Flow.EARLIEST + " to " + Flow.LATEST;

  /** Integer digits of the largest amount, 9223372036854 ({@link Amount#MAX}). */
  private static final int MAX_INTEGER_DIGITS = 13;

  /** The most characters of a lower-level message (of the CSV parser) quoted in a reason. */
  private static final int MAX_DETAIL = 160;

  /** The bytes read from a stream at a time. */
  private static final int BLOCK = 1 << 16;

  /** 10 to the powers 0 to {@value Amount#SCALE}. */
  /** Rows parsed ahead of the checks, see {@code Run.block}. */
  private static final int BLOCK_ROWS = 128;

  private static final long[] POWERS_OF_TEN = {1, 10, 100, 1_000, 10_000, 100_000, 1_000_000};

  private FlowCsvReader() {}

  /**
   * Reads every flow of a file, stopping at the first problem.
   *
   * @param file the CSV file
   * @return the flows, in file order: {@link #readSnapshot(Path)}'s {@link LedgerSnapshot#flows()},
   *     an immutable list that makes each flow when it is read
   * @throws FlowFileException naming the file, line, column, value and fix of the first problem
   */
  public static List<Flow> read(Path file) {
    return readSnapshot(file).flows();
  }

  /**
   * Reads a file, handing every rejected value to {@code rejects} and going on with the next row.
   *
   * @param file the CSV file
   * @param rejects receives each problem of a row, in file order; null to stop at the first problem
   *     instead
   * @return the flows of the rows without problems, in file order; only a complete result when
   *     {@code rejects} received nothing
   * @throws FlowFileException if the file is missing, unreadable or empty, has no usable header or
   *     broken quoting, or (with a null consumer) at the first bad row
   */
  public static List<Flow> read(Path file, @Nullable Consumer<? super Rejection> rejects) {
    return readSnapshot(file, rejects).flows();
  }

  /**
   * Reads a file with options, handing every rejected value to {@code rejects} and going on with
   * the next row.
   *
   * @param file the CSV file
   * @param options how names are read, such as {@link Options#DEFAULT}
   * @param rejects receives each problem of a row, in file order; null to stop at the first problem
   *     instead
   * @return the flows of the rows without problems, in file order; only a complete result when
   *     {@code rejects} received nothing
   * @throws FlowFileException if the file is missing, unreadable or empty, has no usable header or
   *     broken quoting, or (with a null consumer) at the first bad row
   */
  public static List<Flow> read(
      Path file, Options options, @Nullable Consumer<? super Rejection> rejects) {
    return readSnapshot(file, options, rejects).flows();
  }

  /**
   * Reads every flow of a UTF-8 stream, stopping at the first problem. A UTF-8 byte order mark is
   * skipped. The stream is not closed.
   *
   * @param source the name of the stream in messages, such as a file path or a resource name
   * @param in the bytes
   * @return the flows, in stream order
   * @throws FlowFileException at the first problem
   */
  public static List<Flow> read(String source, InputStream in) {
    return readSnapshot(source, in).flows();
  }

  /**
   * Reads a UTF-8 stream, handing every rejected value to {@code rejects}. A UTF-8 byte order mark
   * is skipped; bytes that are not UTF-8 are rejected where they occur. The stream is not closed.
   *
   * @param source the name of the stream in messages
   * @param in the bytes
   * @param rejects receives each problem of a row; null to stop at the first problem instead
   * @return the flows of the rows without problems, in stream order
   * @throws FlowFileException if the stream is unreadable, empty, UTF-16, has no usable header or
   *     broken quoting, or (with a null consumer) at the first bad row
   */
  public static List<Flow> read(
      String source, InputStream in, @Nullable Consumer<? super Rejection> rejects) {
    return readSnapshot(source, in, rejects).flows();
  }

  /**
   * Reads a UTF-8 stream with options, handing every rejected value to {@code rejects}. A UTF-8
   * byte order mark is skipped; bytes that are not UTF-8 are rejected where they occur. The stream
   * is not closed.
   *
   * @param source the name of the stream in messages
   * @param in the bytes
   * @param options how names are read, such as {@link Options#DEFAULT}
   * @param rejects receives each problem of a row; null to stop at the first problem instead
   * @return the flows of the rows without problems, in stream order
   * @throws FlowFileException if the stream is unreadable, empty, UTF-16, has no usable header or
   *     broken quoting, or (with a null consumer) at the first bad row
   */
  public static List<Flow> read(
      String source,
      InputStream in,
      Options options,
      @Nullable Consumer<? super Rejection> rejects) {
    return readSnapshot(source, in, options, rejects).flows();
  }

  /**
   * Reads flows from characters, handing every rejected value to {@code rejects}. A leading byte
   * order mark character is skipped. The reader is not closed.
   *
   * @param source the name of the input in messages
   * @param in the characters
   * @param rejects receives each problem of a row; null to stop at the first problem instead
   * @return the flows of the rows without problems, in input order
   * @throws FlowFileException if the input is unreadable, empty, has no usable header or broken
   *     quoting, or (with a null consumer) at the first bad row
   */
  public static List<Flow> read(
      String source, Reader in, @Nullable Consumer<? super Rejection> rejects) {
    return readSnapshot(source, in, rejects).flows();
  }

  /**
   * Reads flows from characters with options, handing every rejected value to {@code rejects}. A
   * leading byte order mark character is skipped. The reader is not closed.
   *
   * @param source the name of the input in messages
   * @param in the characters
   * @param options how names are read, such as {@link Options#DEFAULT}
   * @param rejects receives each problem of a row; null to stop at the first problem instead
   * @return the flows of the rows without problems, in input order
   * @throws FlowFileException if the input is unreadable, empty, has no usable header or broken
   *     quoting, or (with a null consumer) at the first bad row
   */
  public static List<Flow> read(
      String source, Reader in, Options options, @Nullable Consumer<? super Rejection> rejects) {
    return readSnapshot(source, in, options, rejects).flows();
  }

  /**
   * Reads every flow of a file into a snapshot, stopping at the first problem: {@link #read(Path)}
   * without a {@link Flow} object per row, for large files.
   *
   * @param file the CSV file
   * @return the flows, in file order
   * @throws FlowFileException naming the file, line, column, value and fix of the first problem
   */
  public static LedgerSnapshot readSnapshot(Path file) {
    return readSnapshot(file, null);
  }

  /**
   * Reads a file into a snapshot, handing every rejected value to {@code rejects} and going on with
   * the next row.
   *
   * @param file the CSV file
   * @param rejects receives each problem of a row, in file order; null to stop at the first problem
   *     instead
   * @return the flows of the rows without problems, in file order; only a complete result when
   *     {@code rejects} received nothing
   * @throws FlowFileException if the file is missing, unreadable or empty, has no usable header or
   *     broken quoting, or (with a null consumer) at the first bad row
   */
  public static LedgerSnapshot readSnapshot(
      Path file, @Nullable Consumer<? super Rejection> rejects) {
    return readSnapshot(file, Options.DEFAULT, rejects);
  }

  /**
   * Reads a file into a snapshot with options, handing every rejected value to {@code rejects} and
   * going on with the next row.
   *
   * @param file the CSV file
   * @param options how names are read and who hears the progress, such as {@link Options#DEFAULT}
   * @param rejects receives each problem of a row, in file order; null to stop at the first problem
   *     instead
   * @return the flows of the rows without problems, in file order; only a complete result when
   *     {@code rejects} received nothing
   * @throws FlowFileException if the file is missing, unreadable or empty, has no usable header or
   *     broken quoting, or (with a null consumer) at the first bad row
   */
  public static LedgerSnapshot readSnapshot(
      Path file, Options options, @Nullable Consumer<? super Rejection> rejects) {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(options, "options");
    String source = file.toString();
    if (Files.isDirectory(file)) {
      throw fatal(
          source,
          "the path is a directory, not a file",
          "give the path of a CSV file with the header " + HEADER_TEXT,
          null);
    }
    InputStream in;
    try {
      in = Files.newInputStream(file);
    } catch (NoSuchFileException e) {
      throw fatal(
          source,
          "the file does not exist",
          "check the path; a relative path starts from the working directory "
              + Path.of("").toAbsolutePath(),
          e);
    } catch (AccessDeniedException e) {
      throw fatal(
          source,
          "the file cannot be read: permission denied",
          "make the file readable for this user, or copy it to a readable place",
          e);
    } catch (IOException e) {
      throw fatal(
          source,
          "the file cannot be opened (" + detail(e) + ")",
          "check that the path names a readable CSV file",
          e);
    }
    try (InputStream open = in) {
      return readSnapshot(source, open, options, rejects);
    } catch (IOException e) {
      throw fatal(
          source,
          "the file could not be closed (" + detail(e) + ")",
          "check the file system, then run again",
          e);
    }
  }

  /**
   * Reads every flow of a UTF-8 stream into a snapshot, stopping at the first problem. A UTF-8 byte
   * order mark is skipped. The stream is not closed.
   *
   * @param source the name of the stream in messages, such as a file path or a resource name
   * @param in the bytes
   * @return the flows, in stream order
   * @throws FlowFileException at the first problem
   */
  public static LedgerSnapshot readSnapshot(String source, InputStream in) {
    return readSnapshot(source, in, null);
  }

  /**
   * Reads a UTF-8 stream into a snapshot, handing every rejected value to {@code rejects}. A UTF-8
   * byte order mark is skipped; bytes that are not UTF-8 are rejected where they occur. The stream
   * is not closed.
   *
   * @param source the name of the stream in messages
   * @param in the bytes
   * @param rejects receives each problem of a row; null to stop at the first problem instead
   * @return the flows of the rows without problems, in stream order
   * @throws FlowFileException if the stream is unreadable, empty, UTF-16, has no usable header or
   *     broken quoting, or (with a null consumer) at the first bad row
   */
  public static LedgerSnapshot readSnapshot(
      String source, InputStream in, @Nullable Consumer<? super Rejection> rejects) {
    return readSnapshot(source, in, Options.DEFAULT, rejects);
  }

  /**
   * Reads a UTF-8 stream into a snapshot with options, handing every rejected value to {@code
   * rejects}. A UTF-8 byte order mark is skipped; bytes that are not UTF-8 are rejected where they
   * occur. The stream is not closed.
   *
   * @param source the name of the stream in messages
   * @param in the bytes
   * @param options how names are read and who hears the progress, such as {@link Options#DEFAULT}
   * @param rejects receives each problem of a row; null to stop at the first problem instead
   * @return the flows of the rows without problems, in stream order
   * @throws FlowFileException if the stream is unreadable, empty, UTF-16, has no usable header or
   *     broken quoting, or (with a null consumer) at the first bad row
   */
  public static LedgerSnapshot readSnapshot(
      String source,
      InputStream in,
      Options options,
      @Nullable Consumer<? super Rejection> rejects) {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(in, "in");
    Objects.requireNonNull(options, "options");
    Progress progress = options.progress();
    Counter counter = progress == null ? null : new Counter(progress);
    BufferedInputStream bytes =
        new BufferedInputStream(counter == null ? in : counting(in, counter), BLOCK);
    try {
      bytes.mark(3);
      int b0 = bytes.read();
      int b1 = bytes.read();
      int b2 = bytes.read();
      if ((b0 == 0xFE && b1 == 0xFF) || (b0 == 0xFF && b1 == 0xFE)) {
        throw fatal(
            source,
            "the file is UTF-16, not UTF-8",
            "save the file as UTF-8 (in a spreadsheet: \"CSV UTF-8\")",
            null);
      }
      if (!(b0 == 0xEF && b1 == 0xBB && b2 == 0xBF)) {
        bytes.reset();
      }
    } catch (IOException e) {
      throw fatal(
          source,
          "the file cannot be read (" + detail(e) + ")",
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
    return readChars(source, reader, options, rejects, counter);
  }

  /**
   * Reads flows from characters into a snapshot, handing every rejected value to {@code rejects}. A
   * leading byte order mark character is skipped. The reader is not closed.
   *
   * @param source the name of the input in messages
   * @param in the characters
   * @param rejects receives each problem of a row; null to stop at the first problem instead
   * @return the flows of the rows without problems, in input order
   * @throws FlowFileException if the input is unreadable, empty, has no usable header or broken
   *     quoting, or (with a null consumer) at the first bad row
   */
  public static LedgerSnapshot readSnapshot(
      String source, Reader in, @Nullable Consumer<? super Rejection> rejects) {
    return readSnapshot(source, in, Options.DEFAULT, rejects);
  }

  /**
   * Reads flows from characters into a snapshot with options, handing every rejected value to
   * {@code rejects}. A leading byte order mark character is skipped. The reader is not closed.
   *
   * @param source the name of the input in messages
   * @param in the characters
   * @param options how names are read and who hears the progress, such as {@link Options#DEFAULT}
   * @param rejects receives each problem of a row; null to stop at the first problem instead
   * @return the flows of the rows without problems, in input order
   * @throws FlowFileException if the input is unreadable, empty, has no usable header or broken
   *     quoting, or (with a null consumer) at the first bad row
   */
  public static LedgerSnapshot readSnapshot(
      String source, Reader in, Options options, @Nullable Consumer<? super Rejection> rejects) {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(in, "in");
    Objects.requireNonNull(options, "options");
    Progress progress = options.progress();
    Counter counter = progress == null ? null : new Counter(progress);
    return readChars(
        source, counter == null ? in : counting(in, counter), options, rejects, counter);
  }

  private static LedgerSnapshot readChars(
      String source,
      Reader in,
      Options options,
      @Nullable Consumer<? super Rejection> rejects,
      @Nullable Counter counter) {
    PushbackReader chars = new PushbackReader(in, 1);
    try {
      int first = chars.read();
      if (first >= 0 && first != '\uFEFF') {
        chars.unread(first);
      }
    } catch (IOException e) {
      throw fatal(
          source,
          "the file cannot be read (" + detail(e) + ")",
          "check that the file is readable, then run again",
          e);
    }
    return new Run(source, chars, options, rejects, counter).readAll();
  }

  /**
   * Parses an ISO-8601 date-time with offset, as the {@code timestamp} column holds it, within the
   * time range a {@link Flow} supports.
   *
   * <p>Bounded: a text longer than {@value #MAX_TIMESTAMP_LENGTH} characters is refused before it
   * is parsed, and every message quotes at most 60 characters of the text.
   *
   * @param text such as {@code 2005-05-21T00:49:13Z} or {@code 2005-05-21T02:49:13+02:00}
   * @return the instant, in [{@link Flow#EARLIEST}, {@link Flow#LATEST}]
   * @throws NullPointerException if {@code text} is null
   * @throws DateTimeParseException if the text is longer than {@value #MAX_TIMESTAMP_LENGTH}
   *     characters, is not such a date-time, or lies outside the years 0001 to 9999 (such as {@code
   *     +300000-01-03T00:00:00Z})
   */
  public static Instant parseInstant(String text) {
    Instant instant = parseUnranged(text);
    if (!inRange(instant)) {
      throw new DateTimeParseException(Texts.quote(text) + OUT_OF_RANGE, text, 0);
    }
    return instant;
  }

  private static boolean inRange(Instant instant) {
    return !instant.isBefore(Flow.EARLIEST) && !instant.isAfter(Flow.LATEST);
  }

  /** Parses a bounded ISO-8601 date-time with offset, in any year the parser knows. */
  private static Instant parseUnranged(String text) {
    if (text.length() > MAX_TIMESTAMP_LENGTH) {
      throw new DateTimeParseException(
          Texts.quote(text)
              + " is longer than "
              + MAX_TIMESTAMP_LENGTH
              + " characters, too long for an ISO-8601 instant",
          text,
          0);
    }
    try {
      return OffsetDateTime.parse(text, DateTimeFormatter.ISO_OFFSET_DATE_TIME).toInstant();
    } catch (DateTimeParseException e) {
      // java.time quotes the whole text; the text is bounded, but say it the library's way
      throw new DateTimeParseException(
          Texts.quote(text)
              + " is not an ISO-8601 instant with"
              + " offset, such as 2005-05-21T00:49:13Z",
          text,
          e.getErrorIndex(),
          e);
    }
  }

  /** Cuts a lower-level message to {@value #MAX_DETAIL} characters. */
  private static String shortened(String detail) {
    return detail.length() <= MAX_DETAIL ? detail : detail.substring(0, MAX_DETAIL) + "...";
  }

  /** The message of a lower-level problem, cut to {@value #MAX_DETAIL} characters. */
  private static String detail(Throwable e) {
    return e.getMessage() == null ? e.getClass().getSimpleName() : shortened(e.getMessage());
  }

  private static FlowFileException fatal(
      String source, String reason, String fix, Throwable cause) {
    return new FlowFileException(
        new Rejection(source, 0, Optional.empty(), Optional.empty(), reason, fix), cause);
  }

  /** The column positions found in the header. */
  private record Header(int size, int timestamp, int giver, int receiver, int kind, int weight) {}

  /** Counts the input read and tells a {@link Progress}; not thread-safe. */
  private static final class Counter {
    private final Progress progress;
    private long read;
    private LedgerSnapshot.@Nullable Builder flows;

    Counter(Progress progress) {
      this.progress = progress;
    }

    void add(long n) {
      if (n > 0) {
        read += n;
        report();
      }
    }

    void report() {
      progress.update(read, flows == null ? 0 : flows.size());
    }
  }

  /** Counts the bytes read through it. */
  private static InputStream counting(InputStream in, Counter counter) {
    return new ProxyInputStream(in) {
      @Override
      protected void afterRead(int n) {
        counter.add(n); // -1 at the end, which add ignores
      }
    };
  }

  /** Counts the characters read through it. */
  private static Reader counting(Reader in, Counter counter) {
    return new ProxyReader(in) {
      @Override
      protected void afterRead(int n) {
        counter.add(n);
      }
    };
  }

  /**
   * One pass over one source; not thread-safe. FastCSV parses each row into {@link #row}; the row
   * is then checked value by value and appended to {@link #flows}. Each value has a fast path for
   * its common form (a name read before, a timestamp such as {@code 2005-05-21T00:49:13Z}, a plain
   * weight such as {@code 1.25}) that makes no object, and otherwise goes the general way, which
   * decides what is accepted and what every message says: a fast path only accepts what the general
   * way accepts, with the same result.
   */
  private static final class Run {
    /** What {@link #party} and {@link #kind} return after a rejection. */
    private static final int REJECTED = -1;

    /** What {@link #party} and {@link #kind} return for a name read for the first time. */
    private static final int NEW = -2;

    private final String source;
    private final Reader in;
    private final Options options;
    private final @Nullable Consumer<? super Rejection> rejects;
    private final @Nullable Counter counter;
    private final LedgerSnapshot.Builder flows = LedgerSnapshot.builder();
    private final List<Rejection> rowProblems = new ArrayList<>();

    /** The row FastCSV writes into. */
    private final CsvRow parsed = new CsvRow();

    /** The row being checked: {@link #parsed} for the header, then a row of {@link #block}. */
    private CsvRow row = parsed;

    /**
     * Rows parsed but not yet checked: up to {@link #BLOCK_ROWS}, so that the cache slots of their
     * names are read together, their cache misses overlapping, before the rows are checked in
     * order.
     */
    private final CsvRow[] block = new CsvRow[BLOCK_ROWS];

    private int blocked;

    private final int[] blockSlots = new int[2 * BLOCK_ROWS];
    private final IndexCache partyIndexes = new IndexCache();
    private final IndexCache kindIndexes = new IndexCache();
    private PartyId[] partiesByIndex = new PartyId[64];

    // a party or kind read for the first time by party() or kind(), let in when its row is read
    private PartyId newParty;
    private FlowKind newKind;

    // the total of the weights read, in micros, which the builder keeps within Amount.MAX
    private long total;

    // what checkBlock read ahead, written so that the compiler keeps the reads; never read itself
    @SuppressWarnings("UnusedVariable")
    private long touched;

    // the instant and amount of the row being read, set by timestamp() and weight()
    private long epochSecond;
    private int nano;
    private long micros;

    // the date of the last fast-path timestamp, whose day is reused while the date repeats
    private final char[] lastDate = new char[10];
    private boolean haveLastDate;
    private long lastEpochDay;

    Run(
        String source,
        Reader in,
        Options options,
        @Nullable Consumer<? super Rejection> rejects,
        @Nullable Counter counter) {
      this.source = source;
      this.in = in;
      this.options = options;
      this.rejects = rejects;
      this.counter = counter;
      if (counter != null) {
        counter.flows = flows;
      }
    }

    LedgerSnapshot readAll() {
      try {
        LedgerSnapshot read = readRows();
        if (counter != null) {
          counter.report();
        }
        return read;
      } catch (Error e) {
        // such as OutOfMemoryError: tell how far the read came, without allocating
        if (counter != null) {
          counter.report();
        }
        throw e;
      }
    }

    private LedgerSnapshot readRows() {
      // RFC 4180 (FastCSV's defaults), strict: a quote left open is an error, as is anything but a
      // comma or a line break after a closing quote. Rows may have any number of values: the
      // checks below name a missing or an extra value with its line. The CsvReader is not closed,
      // since closing it would close the caller's reader.
      CsvReader<CsvRow> csv =
          CsvReader.builder()
              .skipEmptyLines(true)
              .allowUnclosedQuote(false)
              .extraFieldStrategy(FieldMismatchStrategy.IGNORE)
              .missingFieldStrategy(FieldMismatchStrategy.IGNORE)
              .maxBufferSize(MAX_VALUE_LENGTH)
              .build(parsed, in);
      Iterator<CsvRow> records = csv.iterator();
      long headerLine = 0;
      long rows = 0;
      Header header = null;
      while (true) {
        try {
          if (!records.hasNext()) {
            break;
          }
          var unused = records.next();
        } catch (CsvParseException e) {
          if (e.getCause() instanceof Error error) {
            throw error;
          }
          // the rows before the broken one are checked first, as they came first
          checkBlock(header);
          throw brokenCsv(parsed.line, e);
        } catch (UncheckedIOException e) {
          checkBlock(header);
          throw brokenCsv(parsed.line, e.getCause());
        }
        long line = parsed.line;
        if (parsed.isBlank()) {
          continue;
        }
        if (header == null) {
          header = header(line);
          headerLine = line;
          parsed.keep = header.size() + 1;
          continue;
        }
        rows++;
        if (block[blocked] == null) {
          block[blocked] = new CsvRow();
        }
        parsed.copyTo(block[blocked]);
        if (++blocked == BLOCK_ROWS) {
          checkBlock(header);
        }
      }
      checkBlock(header);
      if (header == null) {
        throw new FlowFileException(
            new Rejection(
                source,
                1,
                Optional.of("header"),
                Optional.of(""),
                "the file is empty",
                "write the header " + HEADER_TEXT + " on line 1 and one flow per line after it"));
      }
      if (rows == 0) {
        throw new FlowFileException(
            new Rejection(
                source,
                headerLine + 1,
                Optional.empty(),
                Optional.empty(),
                "the file has a header but no flow after it",
                "add one flow per line after the header, such as"
                    + " 2024-03-01T10:00:00Z,Ada,Bob,review,1"));
      }
      return flows.build();
    }

    /**
     * Checks the rows of the block in order, after a pass that reads the cache slots of their
     * givers' and receivers' names.
     */
    private void checkBlock(@Nullable Header header) {
      int n = blocked;
      blocked = 0;
      if (n == 0 || header == null) {
        return;
      }
      int[] slots = blockSlots;
      int names = 0;
      for (int k = 0; k < n; k++) {
        CsvRow r = block[k];
        names = slotOf(r, header.giver(), slots, names);
        names = slotOf(r, header.receiver(), slots, names);
      }
      long sum = 0;
      for (int k = 0; k < names; k++) {
        sum += partyIndexes.read(slots[k]);
      }
      touched ^= sum;
      for (int k = 0; k < n; k++) {
        row = block[k];
        row(row.line, header);
      }
      row = parsed;
    }

    /** Adds the cache slot of the row's name in value {@code index}, if it has one. */
    private int slotOf(CsvRow r, int index, int[] slots, int names) {
      if (index >= r.count) {
        return names;
      }
      slots[names] = partyIndexes.slotOf(r.chars(), r.start(index), r.end(index));
      return names + 1;
    }

    private FlowFileException brokenCsv(long line, @Nullable Throwable cause) {
      String detail = cause == null ? "unreadable input" : detail(cause);
      return new FlowFileException(
          new Rejection(
              source,
              line,
              Optional.empty(),
              Optional.empty(),
              "the row's CSV quoting is broken or the file cannot be read (" + detail + ")",
              "put a value that holds a comma, a quote or a line break in double quotes, and double"
                  + " every quote inside it, as in \"Jonathan \"\"Duke\"\" Leto\""),
          cause);
    }

    private Header header(long line) {
      List<String> values = new ArrayList<>();
      for (int v = 0; v < row.count; v++) {
        values.add(row.text(v));
      }
      List<String> names = new ArrayList<>();
      values.forEach(v -> names.add(v.strip().toLowerCase(Locale.ROOT)));
      String found = String.join(",", values);
      if (!names.isEmpty() && looksLikeTimestamp(values.get(0).strip())) {
        throw new FlowFileException(
            Rejection.ofValue(
                source,
                line,
                "header",
                found,
                "the first line holds a flow, not a header",
                "insert the header " + HEADER_TEXT + " as line 1"));
      }
      int[] index = new int[REQUIRED_COLUMNS.size()];
      List<String> missing = new ArrayList<>();
      for (int c = 0; c < REQUIRED_COLUMNS.size(); c++) {
        String name = REQUIRED_COLUMNS.get(c);
        int first = names.indexOf(name);
        int last = names.lastIndexOf(name);
        if (first < 0) {
          missing.add(name);
        } else if (first != last) {
          throw new FlowFileException(
              Rejection.ofValue(
                  source,
                  line,
                  name,
                  found,
                  "the header names the column "
                      + name
                      + " twice (columns "
                      + (first + 1)
                      + " and "
                      + (last + 1)
                      + ")",
                  "rename or remove one of them so that the header names each column once"));
        }
        index[c] = first;
      }
      if (!missing.isEmpty()) {
        throw new FlowFileException(
            Rejection.ofValue(
                source,
                line,
                missing.get(0),
                found,
                "the header has no column " + String.join(", ", missing),
                "make line 1 a header that names the columns "
                    + HEADER_TEXT
                    + " (in any order; further columns are ignored)"));
      }
      return new Header(names.size(), index[0], index[1], index[2], index[3], index[4]);
    }

    private static boolean looksLikeTimestamp(String text) {
      try {
        var unused = parseUnranged(text);
        return true;
      } catch (DateTimeParseException e) {
        return false;
      }
    }

    private void row(long line, Header header) {
      rowProblems.clear();
      if (row.count > header.size()) {
        int extra = header.size();
        reject(
            line,
            "value " + (extra + 1),
            row.text(extra),
            "lies beyond the header's "
                + header.size()
                + " columns: the row has "
                + row.count
                + " values",
            "put values that hold a comma in double quotes, or remove the extra values");
      }
      boolean timed = timestamp(line, header.timestamp());
      int giver = party(line, header.giver(), "giver", "who gave");
      PartyId newGiver = newParty;
      int receiver = party(line, header.receiver(), "receiver", "who received");
      PartyId newReceiver = newParty;
      int kind = kind(line, header.kind());
      boolean weighed =
          weight(
              line,
              header.weight(),
              giver == REJECTED ? null : partyOf(giver, newGiver),
              receiver == REJECTED ? null : partyOf(receiver, newReceiver));
      if (giver != REJECTED
          && receiver != REJECTED
          && ((giver >= 0 && receiver >= 0)
              ? giver == receiver
              : partyOf(giver, newGiver).equals(partyOf(receiver, newReceiver)))) {
        reject(
            line,
            "receiver",
            partyOf(receiver, newReceiver).value(),
            "is also the giver: a party cannot give to itself",
            "correct the giver or the receiver of this flow, or remove the row");
      }
      if (rowProblems.isEmpty() && timed && weighed && micros > Long.MAX_VALUE - total) {
        reject(
            line,
            "weight",
            stripped(header.weight()),
            "takes the total of the file's weights past "
                + Amount.MAX
                + ", the most exact figures hold",
            "split the flows into several files (by period or community), or record them in a"
                + " larger unit");
      }
      if (!rowProblems.isEmpty()) {
        if (rejects == null) {
          throw new FlowFileException(rowProblems.get(0));
        }
        rowProblems.forEach(rejects);
        return;
      }
      if (!timed || !weighed || giver == REJECTED || receiver == REJECTED || kind == REJECTED) {
        throw new IllegalStateException("a value was refused without a rejection");
      }
      // only a row that is read is let into the dictionaries, and its new names into the caches
      if (giver == NEW) {
        giver = admit(newGiver, header.giver());
      }
      if (receiver == NEW) {
        receiver = admit(newReceiver, header.receiver());
      }
      if (kind == NEW) {
        kind = flows.kindIndex(newKind);
        kindIndexes.put(row.chars(), row.start(header.kind()), row.end(header.kind()), kind);
      }
      try {
        flows.addIndexed(giver, receiver, kind, micros, epochSecond, nano);
        total += micros;
      } catch (IllegalArgumentException | IllegalStateException | LimitExceededException e) {
        // The checks above mirror the builder's own; this only catches a rule added to it later.
        Rejection r =
            new Rejection(
                source,
                line,
                Optional.empty(),
                Optional.empty(),
                "the row is not a valid flow (" + detail(e) + ")",
                "correct the row as the reason says");
        if (rejects == null) {
          throw new FlowFileException(r, e);
        }
        rejects.accept(r);
      }
    }

    /** The party of a dictionary index, or {@code pending} for {@link #NEW}. */
    private PartyId partyOf(int index, PartyId pending) {
      return index == NEW ? pending : partiesByIndex[index];
    }

    /** Lets a party into the dictionary and its name as written into the cache. */
    private int admit(PartyId party, int value) {
      int index = flows.partyIndex(party);
      if (index >= partiesByIndex.length) {
        partiesByIndex =
            Arrays.copyOf(partiesByIndex, Math.max(index + 1, 2 * partiesByIndex.length));
      }
      partiesByIndex[index] = party;
      partyIndexes.put(row.chars(), row.start(value), row.end(value), index);
      return index;
    }

    /** Adds the rejection of a value the row lacks. */
    private void missing(long line, String column) {
      rowProblems.add(
          new Rejection(
              source,
              line,
              Optional.of(column),
              Optional.empty(),
              "is missing: the row has " + row.count + " values but the header names more columns",
              "give the row a value for every column of the header, even an empty one"));
    }

    /** The value as the general way reads it: stripped of surrounding white space. */
    private String stripped(int index) {
      return row.text(index).strip();
    }

    /** Sets {@link #epochSecond} and {@link #nano}; false after a rejection. */
    private boolean timestamp(long line, int index) {
      if (index >= row.count) {
        missing(line, "timestamp");
        return false;
      }
      if (fastInstant(row.chars(), row.start(index), row.end(index))) {
        return true;
      }
      Instant instant = slowTimestamp(line, stripped(index));
      if (instant == null) {
        return false;
      }
      epochSecond = instant.getEpochSecond();
      nano = instant.getNano();
      return true;
    }

    /**
     * Reads a timestamp of exactly the form {@code yyyy-MM-ddTHH:mm:ssZ} in the years 0001 to 9999
     * (a valid date, hours 00 to 23, minutes and seconds 00 to 59), into {@link #epochSecond} and
     * {@link #nano}; false for any other text, which the general way then reads. Such a text is an
     * ISO-8601 instant within {@link Flow}'s range, as {@link #parseInstant} reads it.
     */
    private boolean fastInstant(char[] c, int from, int to) {
      if (to - from != 20
          || c[from + 4] != '-'
          || c[from + 7] != '-'
          || c[from + 10] != 'T'
          || c[from + 13] != ':'
          || c[from + 16] != ':'
          || c[from + 19] != 'Z') {
        return false;
      }
      long day;
      if (haveLastDate && Arrays.equals(c, from, from + 10, lastDate, 0, 10)) {
        day = lastEpochDay;
      } else {
        int year = digits(c, from, 4);
        int month = digits(c, from + 5, 2);
        int dayOfMonth = digits(c, from + 8, 2);
        if (year < 1 || month < 0 || dayOfMonth < 0) {
          return false;
        }
        try {
          day = LocalDate.of(year, month, dayOfMonth).toEpochDay();
        } catch (DateTimeException e) {
          return false;
        }
        System.arraycopy(c, from, lastDate, 0, 10);
        lastEpochDay = day;
        haveLastDate = true;
      }
      int hour = digits(c, from + 11, 2);
      int minute = digits(c, from + 14, 2);
      int second = digits(c, from + 17, 2);
      if (hour < 0 || hour > 23 || minute < 0 || minute > 59 || second < 0 || second > 59) {
        return false;
      }
      epochSecond = day * 86_400 + hour * 3_600L + minute * 60L + second;
      nano = 0;
      return true;
    }

    /** The number written by {@code n} ASCII digits from {@code from}, or -1. */
    private static int digits(char[] c, int from, int n) {
      int value = 0;
      for (int i = from; i < from + n; i++) {
        int d = c[i] - '0';
        if (d < 0 || d > 9) {
          return -1;
        }
        value = value * 10 + d;
      }
      return value;
    }

    private Instant slowTimestamp(long line, String text) {
      if (text.isEmpty()) {
        reject(
            line,
            "timestamp",
            text,
            "is empty",
            "write when the flow happened, such as 2005-05-21T00:49:13Z");
        return null;
      }
      if (text.length() > MAX_TIMESTAMP_LENGTH) {
        reject(
            line,
            "timestamp",
            text,
            "is longer than " + MAX_TIMESTAMP_LENGTH + " characters",
            "write an ISO-8601 instant such as 2005-05-21T00:49:13Z");
        return null;
      }
      Instant instant;
      try {
        instant = parseUnranged(text);
      } catch (DateTimeParseException e) {
        String fix;
        if (parses(() -> LocalDateTime.parse(text))) {
          fix = "add the offset: Z for UTC (" + text + "Z) or one such as +02:00";
        } else if (parses(() -> LocalDate.parse(text))) {
          fix = "add the time and offset, such as " + text + "T00:00:00Z";
        } else {
          fix =
              "write an ISO-8601 instant with offset, such as 2005-05-21T00:49:13Z or "
                  + "2005-05-21T02:49:13+02:00";
        }
        reject(line, "timestamp", text, "is not an ISO-8601 instant", fix);
        return null;
      }
      if (!inRange(instant)) {
        reject(
            line,
            "timestamp",
            text,
            OUT_OF_RANGE.strip(),
            "check the year: it must lie from 0001 to 9999");
        return null;
      }
      return instant;
    }

    private static boolean parses(Runnable parse) {
      try {
        parse.run();
        return true;
      } catch (DateTimeParseException e) {
        return false;
      }
    }

    /**
     * The dictionary index of the value's party; {@link #REJECTED} after a rejection; or {@link
     * #NEW} for a party read for the first time, then in {@link #newParty}.
     */
    private int party(long line, int index, String column, String role) {
      if (index >= row.count) {
        missing(line, column);
        return REJECTED;
      }
      int known = partyIndexes.get(row.chars(), row.start(index), row.end(index));
      if (known >= 0) {
        return known;
      }
      newParty = slowParty(line, stripped(index), column, role);
      return newParty == null ? REJECTED : NEW;
    }

    private PartyId slowParty(long line, String text, String column, String role) {
      if (text.isEmpty()) {
        reject(
            line,
            column,
            text,
            "is blank",
            "write " + role + " in this flow; every flow has a giver and a receiver");
        return null;
      }
      if (!checkName(
          line,
          column,
          text,
          PartyId.MAX_LENGTH,
          "shorten it, or write an id (a user name, an e-mail hash) instead")) {
        return null;
      }
      try {
        return options.foldCase() ? PartyId.ofCaseFolded(text) : PartyId.of(text);
      } catch (IllegalArgumentException e) {
        // The checks above mirror PartyId's own; this only catches a rule added to it later.
        reject(
            line,
            column,
            text,
            "is not a valid party id (" + detail(e) + ")",
            "correct the name as the reason says");
        return null;
      }
    }

    /**
     * The dictionary index of the value's kind; {@link #REJECTED} after a rejection; or {@link
     * #NEW} for a kind read for the first time, then in {@link #newKind}.
     */
    private int kind(long line, int index) {
      if (index >= row.count) {
        missing(line, "kind");
        return REJECTED;
      }
      int known = kindIndexes.get(row.chars(), row.start(index), row.end(index));
      if (known >= 0) {
        return known;
      }
      newKind = slowKind(line, stripped(index));
      return newKind == null ? REJECTED : NEW;
    }

    private FlowKind slowKind(long line, String text) {
      if (text.isEmpty()) {
        reject(line, "kind", text, "is blank", "write what flowed, such as review, help or mentor");
        return null;
      }
      if (!checkName(
          line,
          "kind",
          text,
          FlowKind.MAX_LENGTH,
          "write a short name for what flowed, such as review, help or mentor")) {
        return null;
      }
      try {
        return FlowKind.of(text);
      } catch (IllegalArgumentException e) {
        // The checks above mirror FlowKind's own; this only catches a rule added to it later.
        reject(
            line,
            "kind",
            text,
            "is not a valid kind (" + detail(e) + ")",
            "correct the kind as the reason says");
        return null;
      }
    }

    /**
     * Checks a stripped, non-empty name as {@link PartyId#of} and {@link FlowKind#of} would, and
     * also refuses U+FFFD (bytes that were not UTF-8) and unpaired surrogates (not characters; they
     * cannot be written back as UTF-8). The length is checked first on the text as read, with the
     * bound {@code 4 * max + 64} that the canonical form uses too (NFC shrinks a text to a quarter
     * at most), and only then on the canonical form, so that no normalisation is done on a hostile
     * value.
     */
    private boolean checkName(long line, String column, String text, int max, String shorten) {
      if (text.length() > 4 * max + 64) {
        reject(line, column, text, "is longer than " + max + " characters", shorten);
        return false;
      }
      for (int i = 0; i < text.length(); i++) {
        char c = text.charAt(i);
        if (c == '\uFFFD') {
          reject(
              line,
              column,
              text,
              "holds bytes that are not UTF-8 (shown as \uFFFD)",
              "save the file as UTF-8 (in a spreadsheet: \"CSV UTF-8\")");
          return false;
        }
        if (Character.isISOControl(c)) {
          reject(
              line,
              column,
              text,
              String.format("holds the control character U+%04X", (int) c),
              "keep names on one line and remove control characters");
          return false;
        }
        if (Character.isSurrogate(c)) {
          boolean paired =
              Character.isHighSurrogate(c)
                  && i + 1 < text.length()
                  && Character.isLowSurrogate(text.charAt(i + 1));
          if (!paired) {
            reject(
                line,
                column,
                text,
                String.format(
                    "holds the unpaired surrogate U+%04X, which is not a character", (int) c),
                "save the file as UTF-8 (in a spreadsheet: \"CSV UTF-8\")");
            return false;
          }
          i++;
        }
      }
      if (text.length() > max && Normalizer.normalize(text, Normalizer.Form.NFC).length() > max) {
        reject(line, column, text, "is longer than " + max + " characters", shorten);
        return false;
      }
      return true;
    }

    /** Sets {@link #micros}; false after a rejection. */
    private boolean weight(long line, int index, PartyId giver, PartyId receiver) {
      if (index >= row.count) {
        missing(line, "weight");
        return false;
      }
      if (fastMicros(row.chars(), row.start(index), row.end(index))) {
        return true;
      }
      Amount amount = slowWeight(line, stripped(index), giver, receiver);
      if (amount == null) {
        return false;
      }
      micros = amount.micros();
      return true;
    }

    /**
     * Reads a weight of 1 to 12 ASCII digits, optionally followed by a dot and 1 to 6 digits, into
     * {@link #micros}; false for any other text, which the general way then reads. Such a text is
     * an amount {@link Amount#parse} reads alike, well within {@link Amount#MAX}.
     */
    private boolean fastMicros(char[] c, int from, int to) {
      long whole = 0;
      int i = from;
      while (i < to && c[i] >= '0' && c[i] <= '9') {
        whole = whole * 10 + (c[i] - '0');
        i++;
      }
      int wholeDigits = i - from;
      if (wholeDigits == 0 || wholeDigits > 12) {
        return false;
      }
      long fraction = 0;
      int fractionDigits = 0;
      if (i < to) {
        if (c[i] != '.') {
          return false;
        }
        i++;
        while (i < to && c[i] >= '0' && c[i] <= '9') {
          fraction = fraction * 10 + (c[i] - '0');
          fractionDigits++;
          i++;
        }
        if (i < to || fractionDigits == 0 || fractionDigits > Amount.SCALE) {
          return false;
        }
      }
      micros = whole * 1_000_000 + fraction * POWERS_OF_TEN[Amount.SCALE - fractionDigits];
      return true;
    }

    private Amount slowWeight(long line, String text, PartyId giver, PartyId receiver) {
      if (text.isEmpty()) {
        reject(
            line,
            "weight",
            text,
            "is empty",
            "write how much flowed as a number, such as 1 or 0.5");
        return null;
      }
      if (text.length() > Amount.MAX_TEXT_LENGTH) {
        reject(
            line,
            "weight",
            text,
            "is longer than " + Amount.MAX_TEXT_LENGTH + " characters, too long for an amount",
            "write how much flowed as a plain number, such as 1 or 0.5");
        return null;
      }
      Amount amount;
      try {
        amount = Amount.parse(text);
      } catch (NumberFormatException e) {
        String fix =
            text.indexOf(',') >= 0
                ? "write the decimal separator as a dot, such as 0.5"
                : "write a plain decimal number such as 1 or 0.5, without unit or thousands separator";
        reject(line, "weight", text, "is not a number", fix);
        return null;
      } catch (ArithmeticException e) {
        if (tooManyDecimals(text)) {
          reject(
              line,
              "weight",
              text,
              "has more than " + Amount.SCALE + " decimal places",
              "round it to " + Amount.SCALE + " decimal places, or count in a smaller unit");
        } else {
          reject(
              line,
              "weight",
              text,
              "is too large (an amount holds up to about 9.2e12)",
              "count in a larger unit");
        }
        return null;
      }
      if (amount.signum() < 0) {
        String other =
            giver != null && receiver != null
                ? ": swap giver and receiver ("
                    + receiver
                    + " gave "
                    + giver
                    + ") and write "
                    + amount.negate()
                : ": swap giver and receiver and write " + amount.negate();
        reject(line, "weight", text, "is negative", "record the flow the other way round" + other);
        return null;
      }
      return amount;
    }

    /**
     * Tells, for a number of at most {@link Amount#MAX_TEXT_LENGTH} characters that {@link
     * Amount#parse} refused as out of range or too precise, whether it was too precise. Reads only
     * its precision and scale (in long arithmetic, since {@code precision - scale} of {@code
     * 1e2147483647} overflows an int); never computes its digits.
     */
    private static boolean tooManyDecimals(String text) {
      BigDecimal value = new BigDecimal(text);
      if (value.signum() == 0) {
        return false;
      }
      long integerDigits = (long) value.precision() - value.scale();
      if (integerDigits > MAX_INTEGER_DIGITS) {
        return false;
      }
      // at most 64 digits: stripping the zeros is cheap whatever the exponent
      return value.stripTrailingZeros().scale() > Amount.SCALE;
    }

    private void reject(long line, String column, String value, String reason, String fix) {
      rowProblems.add(Rejection.ofValue(source, line, column, value, reason, fix));
    }
  }
}
