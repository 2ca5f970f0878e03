package dev.reciprocity.io;

import dev.reciprocity.Amount;
import dev.reciprocity.Flow;
import dev.reciprocity.FlowKind;
import dev.reciprocity.PartyId;
import dev.reciprocity.internal.Texts;
import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
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
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
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
 *       quote is quoted, a quote inside is doubled). Header names match without regard to case or
 *       surrounding spaces.
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
 * Every value's length is checked against its bound before it is parsed or normalised, and a weight
 * outside the range of an {@link Amount} (such as {@code 1e100000000}) is refused from its exponent
 * without computing its digits, so a hostile file costs time in proportion to its size and its
 * messages stay short: a message quotes at most 60 characters of a value and says how long the
 * value was.
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
   * How a {@link FlowCsvReader} reads names. Immutable and thread-safe.
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
   */
  public record Options(boolean foldCase) {

    /** The options of the methods that take none: case is kept. */
    public static final Options DEFAULT = new Options(false);

    /**
     * Returns the same options, folding case or not.
     *
     * @param fold whether party names are brought to lower case
     * @return the options
     */
    public Options withFoldCase(boolean fold) {
      return new Options(fold);
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

  private static final CSVFormat FORMAT =
      CSVFormat.RFC4180.builder().setIgnoreEmptyLines(false).get();

  private FlowCsvReader() {}

  /**
   * Reads every flow of a file, stopping at the first problem.
   *
   * @param file the CSV file
   * @return the flows, in file order
   * @throws FlowFileException naming the file, line, column, value and fix of the first problem
   */
  public static List<Flow> read(Path file) {
    return read(file, null);
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
    return read(file, Options.DEFAULT, rejects);
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
      return read(source, open, options, rejects);
    } catch (IOException e) {
      throw fatal(
          source,
          "the file could not be closed (" + detail(e) + ")",
          "check the file system, then run again",
          e);
    }
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
    return read(source, in, null);
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
    return read(source, in, Options.DEFAULT, rejects);
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
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(in, "in");
    Objects.requireNonNull(options, "options");
    BufferedInputStream bytes = new BufferedInputStream(in);
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
    return read(source, reader, options, rejects);
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
    return read(source, in, Options.DEFAULT, rejects);
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
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(in, "in");
    Objects.requireNonNull(options, "options");
    BufferedReader chars = new BufferedReader(in);
    try {
      chars.mark(1);
      if (chars.read() != '\uFEFF') {
        chars.reset();
      }
      CSVParser parser = FORMAT.parse(chars);
      return new Run(source, parser, options, rejects).readAll();
    } catch (IOException e) {
      throw fatal(
          source,
          "the file cannot be read (" + detail(e) + ")",
          "check that the file is readable, then run again",
          e);
    }
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

  /** One pass over one source; not thread-safe. */
  private static final class Run {
    private final String source;
    private final CSVParser parser;
    private final Options options;
    private final @Nullable Consumer<? super Rejection> rejects;
    private final List<Flow> flows = new ArrayList<>();
    private final List<Rejection> rowProblems = new ArrayList<>();

    Run(
        String source,
        CSVParser parser,
        Options options,
        @Nullable Consumer<? super Rejection> rejects) {
      this.source = source;
      this.parser = parser;
      this.options = options;
      this.rejects = rejects;
    }

    List<Flow> readAll() {
      Iterator<CSVRecord> records = parser.iterator();
      long previousEnd = 0;
      long headerLine = 0;
      long rows = 0;
      Header header = null;
      while (true) {
        long line = previousEnd + 1;
        CSVRecord record;
        try {
          if (!records.hasNext()) {
            break;
          }
          record = records.next();
        } catch (UncheckedIOException e) {
          throw brokenCsv(line, e.getCause());
        }
        // The parser has read exactly this record and its line break: its last physical line.
        previousEnd = parser.getCurrentLineNumber();
        if (isBlank(record)) {
          continue;
        }
        if (header == null) {
          header = header(record, line);
          headerLine = line;
          continue;
        }
        rows++;
        row(record, line, header);
      }
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
      return flows;
    }

    private FlowFileException brokenCsv(long line, IOException cause) {
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

    private static boolean isBlank(CSVRecord record) {
      return record.size() == 1 && record.get(0).isBlank();
    }

    private Header header(CSVRecord record, long line) {
      List<String> names = new ArrayList<>();
      record.forEach(v -> names.add(v.strip().toLowerCase(Locale.ROOT)));
      String found = String.join(",", record.toList());
      if (!names.isEmpty() && looksLikeTimestamp(record.get(0).strip())) {
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

    private void row(CSVRecord record, long line, Header header) {
      rowProblems.clear();
      if (record.size() > header.size()) {
        int extra = header.size();
        reject(
            line,
            "value " + (extra + 1),
            record.get(extra),
            "lies beyond the header's "
                + header.size()
                + " columns: the row has "
                + record.size()
                + " values",
            "put values that hold a comma in double quotes, or remove the extra values");
      }
      Instant instant = timestamp(record, line, header.timestamp());
      PartyId giver = party(record, line, header.giver(), "giver", "who gave");
      PartyId receiver = party(record, line, header.receiver(), "receiver", "who received");
      FlowKind kind = kind(record, line, header.kind());
      Amount amount = weight(record, line, header.weight(), giver, receiver);
      if (giver != null && giver.equals(receiver)) {
        reject(
            line,
            "receiver",
            receiver.value(),
            "is also the giver: a party cannot give to itself",
            "correct the giver or the receiver of this flow, or remove the row");
      }
      if (!rowProblems.isEmpty()) {
        if (rejects == null) {
          throw new FlowFileException(rowProblems.get(0));
        }
        rowProblems.forEach(rejects);
        return;
      }
      try {
        flows.add(
            Flow.builder()
                .giver(giver)
                .receiver(receiver)
                .kind(kind)
                .amount(amount)
                .instant(instant)
                .build());
      } catch (IllegalArgumentException | IllegalStateException e) {
        // The checks above mirror Flow's own; this only catches a rule added to Flow later.
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

    /** Returns the stripped value, or null (after a rejection) when the row is too short. */
    private String value(CSVRecord record, long line, int index, String column) {
      if (index < record.size()) {
        return record.get(index).strip();
      }
      rowProblems.add(
          new Rejection(
              source,
              line,
              Optional.of(column),
              Optional.empty(),
              "is missing: the row has "
                  + record.size()
                  + " values but the header names more columns",
              "give the row a value for every column of the header, even an empty one"));
      return null;
    }

    private Instant timestamp(CSVRecord record, long line, int index) {
      String text = value(record, line, index, "timestamp");
      if (text == null) {
        return null;
      }
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

    private PartyId party(CSVRecord record, long line, int index, String column, String role) {
      String text = value(record, line, index, column);
      if (text == null) {
        return null;
      }
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

    private FlowKind kind(CSVRecord record, long line, int index) {
      String text = value(record, line, index, "kind");
      if (text == null) {
        return null;
      }
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

    private Amount weight(CSVRecord record, long line, int index, PartyId giver, PartyId receiver) {
      String text = value(record, line, index, "weight");
      if (text == null) {
        return null;
      }
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
