package dev.reciprocity.io;

import dev.reciprocity.Amount;
import dev.reciprocity.Flow;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Random;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import org.jspecify.annotations.Nullable;

/**
 * The fuzz target of the flows reader: generators of hostile CSV files and the check of one file
 * over every entry point ({@code read} and {@code readSnapshot}, of a {@link Path} and of a stream,
 * stopping at the first problem and collecting, keeping and folding case). The check holds a file
 * to what {@link FlowCsvReader} documents:
 *
 * <ul>
 *   <li>only {@link FlowFileException} is thrown;
 *   <li>every entry point gives the same flows, rejections or refusal; a read that stops at the
 *       first problem stops at the first rejection of the collecting read;
 *   <li>every message is one line of at most 300 characters with no raw control, bidirectional or
 *       line-separating character and no unpaired surrogate, and has a fix;
 *   <li>for the files made of simple rows (no quoting tricks), an independent model of the README's
 *       grammar, written with regular expressions, {@link BigDecimal} and {@code java.time}, agrees
 *       on which rows are read and on their figures.
 * </ul>
 *
 * Run briefly by {@link ReaderFuzzProperties} in every build, and at length by {@link
 * ReaderFuzzLongRun} (see the README, "Fuzzing the reader").
 */
final class ReaderFuzz {

  /** The value bound of the readers fuzzed, small so that long values cross it cheaply. */
  static final int MAX_VALUE = 4096;

  /** What one input came to. */
  enum Outcome {
    /** Every row read. */
    ACCEPTED,
    /** Some rows rejected, the others read. */
    ROWS_REJECTED,
    /** The file refused as a whole. */
    FILE_REFUSED
  }

  /** A generated file; {@code rows} are its rows when it is made of simple rows only. */
  @SuppressWarnings("ArrayRecordComponent") // a test value, never compared or hashed
  record Input(byte[] bytes, @Nullable List<Row> rows, String kind) {
    @Override
    public String toString() {
      String text = new String(bytes, StandardCharsets.UTF_8);
      return kind
          + " ("
          + bytes.length
          + " bytes): "
          + dev.reciprocity.internal.Texts.shown(text, 400);
    }
  }

  /** A simple row, as written. */
  record Row(String timestamp, String giver, String receiver, String weight) {
    String line() {
      return String.join(",", timestamp, giver, receiver, "review", weight);
    }
  }

  static final String HEADER = "timestamp,giver,receiver,kind,weight";

  private static final List<String> TIMESTAMPS =
      List.of(
          "2024-03-01T10:00:00Z",
          "2024-03-01T10:00:00.5Z",
          "2024-03-01T12:00:00+02:00",
          "2024-03-01T05:00:00-05:00",
          "2024-03-01T10:00:00.123456789Z",
          "0001-01-01T00:00:00Z",
          "9999-12-31T23:59:59.999999999Z",
          "0001-01-01T00:30:00+01:00",
          "9999-12-31T23:00:00-01:00",
          "2024-02-29T00:00:00Z",
          "2023-02-29T00:00:00Z",
          "2024-03-01t10:00:00z",
          "2024-03-01T10:00Z",
          "2024-03-01T10:00:00",
          "2024-03-01",
          "2024-03-01 10:00:00Z",
          "2024-03-01T24:00:00Z",
          "2024-03-01T23:59:60Z",
          "2024-03-01T10:00:00+0200",
          "2024-03-01T10:00:00+19:00",
          "2024-03-01T10:00:00+18:00",
          "2024-03-01T10:00:00.1234567890Z",
          "2024-03-01T10:00:00.Z",
          "+10000-01-01T00:00:00Z",
          "0000-12-31T23:59:59Z",
          "\u0662\u0660\u0662\u0664-03-01T10:00:00Z",
          "\uFF12024-03-01T10:00:00Z",
          "",
          " 2024-03-01T10:00:00Z ",
          "2024-13-01T10:00:00Z");

  private static final List<String> WEIGHTS =
      List.of(
          "1",
          "0",
          "0.5",
          "007",
          "2.500000",
          "1.0000000",
          "9223372036854.775807",
          "4611686018427.387903",
          "123456789012",
          "1234567890123",
          "-1",
          "-0",
          "-0.0",
          "+1",
          "1e3",
          "1E-2",
          ".5",
          "5.",
          "1,5",
          "1 000",
          "0x10",
          "NaN",
          "Infinity",
          "\u0661\u0662",
          "\uFF11\uFF12",
          "0.0000001",
          "9223372036854.775808",
          "-9223372036854.775808",
          "99999999999999999999999",
          "",
          " 3 ",
          "1" + "0".repeat(70));

  private static final List<String> NAMES = List.of("Ada", "Bob", "Cy", "ada", "Dee");

  private static final List<String> LINE_ENDS = List.of("\n", "\r\n", "\r");

  private static final byte[][] HOSTILE_BYTES = {
    {'"'},
    {','},
    {'\r'},
    {'\n'},
    {'\r', '\n'},
    {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
    {(byte) 0xFE, (byte) 0xFF},
    {(byte) 0xFF, (byte) 0xFE},
    {(byte) 0xC3},
    {(byte) 0xED, (byte) 0xA0, (byte) 0x80},
    {(byte) 0xF0, (byte) 0x9F, (byte) 0x98, (byte) 0x80},
    {(byte) 0xFF},
    {0},
    {0x1b},
    {0x0b},
    {'\t'},
    {(byte) 0xE2, (byte) 0x80, (byte) 0xAE},
    {(byte) 0xE2, (byte) 0x80, (byte) 0xA8},
    {(byte) 0xE2, (byte) 0x81, (byte) 0xA6},
    {(byte) 0xD9, (byte) 0xA1},
    {(byte) 0xC2, (byte) 0xA0},
    {'-'},
    {'9'},
    {'.'},
    {'e'},
    {' '},
    {'#'},
  };

  private ReaderFuzz() {}

  /** Hostile files: simple rows, mutated files, wide headers, long values. */
  static Arbitrary<Input> inputs() {
    return Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(4, simple()),
        net.jqwik.api.Tuple.of(5, mutated()),
        net.jqwik.api.Tuple.of(1, wide()),
        net.jqwik.api.Tuple.of(1, longValues()));
  }

  private static Arbitrary<Row> row() {
    return Combinators.combine(
            Arbitraries.of(TIMESTAMPS),
            Arbitraries.of(NAMES),
            Arbitraries.of(NAMES),
            Arbitraries.of(WEIGHTS))
        .as(Row::new);
  }

  /** A header and rows of tokens, with a line end, blank lines and a byte order mark or not. */
  static Arbitrary<Input> simple() {
    return Combinators.combine(
            row().list().ofMinSize(0).ofMaxSize(12),
            Arbitraries.of(LINE_ENDS),
            Arbitraries.integers().between(0, 2),
            Arbitraries.of(true, false))
        .as(
            (rows, end, blanks, bom) -> {
              StringBuilder sb = new StringBuilder();
              sb.append(end.repeat(blanks)).append(HEADER).append(end);
              for (Row r : rows) {
                sb.append(r.line()).append(end);
              }
              byte[] body = sb.toString().getBytes(StandardCharsets.UTF_8);
              return new Input(bom ? withBom(body) : body, rows, "simple");
            });
  }

  /** A simple file with up to 8 hostile edits: bytes inserted, ranges deleted or repeated. */
  static Arbitrary<Input> mutated() {
    return Combinators.combine(simple(), Arbitraries.longs(), Arbitraries.integers().between(1, 8))
        .as(
            (base, seed, edits) -> {
              Random random = new Random(seed);
              ByteArrayOutputStream out = new ByteArrayOutputStream();
              byte[] b = base.bytes();
              for (int k = 0; k < edits; k++) {
                int at = b.length == 0 ? 0 : random.nextInt(b.length + 1);
                out.reset();
                out.write(b, 0, at);
                switch (random.nextInt(4)) {
                  case 0, 1 -> out.writeBytes(HOSTILE_BYTES[random.nextInt(HOSTILE_BYTES.length)]);
                  case 2 -> at = Math.min(b.length, at + 1 + random.nextInt(8)); // delete
                  default -> {
                    int len = Math.min(b.length - at, 1 + random.nextInt(40));
                    for (int r = random.nextInt(50); r >= 0; r--) {
                      out.write(b, at, len); // repeat a range
                    }
                  }
                }
                out.write(b, at, b.length - at);
                b = out.toByteArray();
              }
              return new Input(b, null, "mutated");
            });
  }

  /** A header of many columns, and rows as wide. */
  static Arbitrary<Input> wide() {
    return Combinators.combine(
            Arbitraries.integers().between(1, 3000), Arbitraries.of(",", ",x", ",\"\""))
        .as(
            (n, filler) -> {
              String csv =
                  HEADER
                      + filler.repeat(n)
                      + "\n2024-03-01T10:00:00Z,Ada,Bob,review,1"
                      + filler.repeat(n)
                      + "\n";
              return new Input(csv.getBytes(StandardCharsets.UTF_8), null, "wide");
            });
  }

  /** A value near the bound, in a column read or ignored, quoted or not, after some rows. */
  static Arbitrary<Input> longValues() {
    return Combinators.combine(
            Arbitraries.integers().between(MAX_VALUE - 3, MAX_VALUE + 3),
            Arbitraries.integers().between(0, 5),
            Arbitraries.integers().between(0, 200),
            Arbitraries.of(true, false))
        .as(
            (length, column, before, quoted) -> {
              String value = "v".repeat(length);
              if (quoted) {
                value = "\"" + value + "\"";
              }
              String[] cells = {"2024-03-01T10:00:00Z", "Ada", "Bob", "review", "1", "x"};
              cells[column] = value;
              String csv =
                  HEADER
                      + ",note\n"
                      + "2024-03-01T10:00:00Z,Ada,Bob,review,1,x\n".repeat(before)
                      + String.join(",", cells)
                      + "\n";
              return new Input(csv.getBytes(StandardCharsets.UTF_8), null, "long value");
            });
  }

  private static byte[] withBom(byte[] body) {
    byte[] all = new byte[body.length + 3];
    all[0] = (byte) 0xEF;
    all[1] = (byte) 0xBB;
    all[2] = (byte) 0xBF;
    System.arraycopy(body, 0, all, 3, body.length);
    return all;
  }

  /** What one read gave: flows or a refusal, and the rejections heard. */
  private record Result(
      @Nullable List<Flow> flows, @Nullable Rejection refusal, List<Rejection> rejected) {}

  /**
   * Reads the input by every entry point and checks what {@link ReaderFuzz} says.
   *
   * @param file a scratch file the input is written to
   * @return what the input came to
   * @throws AssertionError for any undocumented outcome
   */
  static Outcome check(Input input, Path file) {
    try {
      Files.write(file, input.bytes());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Outcome outcome = null;
    for (boolean fold : List.of(false, true)) {
      Result collected = null;
      for (boolean collect : List.of(true, false)) {
        Result first = null;
        for (int entry = 0; entry < 4; entry++) {
          Result r = read(input, file, fold, collect, entry);
          if (first == null) {
            first = r;
          } else if (!first.equals(r)) {
            throw new AssertionError(
                "entry point " + entry + " differs from the first: " + r + " against " + first);
          }
        }
        if (collect) {
          collected = first;
        } else {
          Rejection expected =
              collected.rejected().isEmpty() ? collected.refusal() : collected.rejected().get(0);
          if (!Objects.equals(expected, first.refusal())
              || (expected == null && !collected.flows().equals(first.flows()))) {
            throw new AssertionError(
                "stopping at the first problem gave " + first + ", collecting " + collected);
          }
        }
      }
      if (!fold) {
        outcome =
            collected.refusal() != null
                ? Outcome.FILE_REFUSED
                : collected.rejected().isEmpty() ? Outcome.ACCEPTED : Outcome.ROWS_REJECTED;
        if (input.rows() != null) {
          checkModel(input.rows(), collected);
        }
      }
    }
    return outcome;
  }

  private static Result read(Input input, Path file, boolean fold, boolean collect, int entry) {
    List<Rejection> rejected = new ArrayList<>();
    FlowCsvReader reader =
        FlowCsvReader.builder()
            .foldCase(fold)
            .maxValueLength(MAX_VALUE)
            .rejects(collect ? rejected::add : null)
            .build();
    String source = file.toString();
    try {
      List<Flow> flows =
          switch (entry) {
            case 0 -> reader.read(file);
            case 1 -> reader.readSnapshot(file).flows();
            case 2 -> reader.read(source, new ByteArrayInputStream(input.bytes()));
            default -> reader.readSnapshot(source, new ByteArrayInputStream(input.bytes())).flows();
          };
      rejected.forEach(r -> checkMessage(r.message()));
      return new Result(List.copyOf(flows), null, rejected);
    } catch (FlowFileException e) {
      checkMessage(e.getMessage());
      if (!e.getMessage().equals(e.rejection().message())) {
        throw new AssertionError("the exception's message is not its rejection's: " + e);
      }
      rejected.forEach(r -> checkMessage(r.message()));
      return new Result(null, e.rejection(), rejected);
    }
  }

  private static void checkMessage(String message) {
    if (!Messages.withinRules(message) || !message.contains(" Fix: ")) {
      throw new AssertionError(
          "a message out of the rules: " + dev.reciprocity.internal.Texts.shown(message, 1000));
    }
  }

  private static final Pattern TIMESTAMP =
      Pattern.compile(
          "[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\\.[0-9]{1,9})?(Z|[+-][0-9]{2}:[0-9]{2})");
  private static final Pattern WEIGHT = Pattern.compile("[0-9]+(\\.[0-9]+)?");
  private static final BigDecimal MAX = new BigDecimal(Amount.MAX.toString());

  /** The independent model: which simple rows the README's grammar reads, and their figures. */
  private static void checkModel(List<Row> rows, Result collected) {
    if (rows.isEmpty()) {
      if (collected.refusal() == null) {
        throw new AssertionError("a file without rows was read: " + collected);
      }
      return;
    }
    List<String> expected = new ArrayList<>();
    BigDecimal total = BigDecimal.ZERO;
    int rejectedRows = 0;
    for (Row r : rows) {
      Instant instant = modelInstant(r.timestamp().strip());
      BigDecimal weight = modelWeight(r.weight().strip());
      boolean ok = instant != null && weight != null && !r.giver().equals(r.receiver());
      if (ok && total.add(weight).compareTo(MAX) > 0) {
        ok = false;
      }
      if (ok) {
        total = total.add(weight);
        expected.add(
            r.giver()
                + ">"
                + r.receiver()
                + "@"
                + instant
                + "="
                + weight.stripTrailingZeros().toPlainString());
      } else {
        rejectedRows++;
      }
    }
    if (collected.refusal() != null) {
      throw new AssertionError("a file of simple rows was refused: " + collected.refusal());
    }
    List<String> actual = new ArrayList<>();
    for (Flow f : collected.flows()) {
      actual.add(
          f.giver().value()
              + ">"
              + f.receiver().value()
              + "@"
              + f.instant()
              + "="
              + new BigDecimal(f.amount().toString()).stripTrailingZeros().toPlainString());
    }
    long rejectedLines =
        collected.rejected().stream().mapToLong(Rejection::line).distinct().count();
    if (!expected.equals(actual) || rejectedLines != rejectedRows) {
      throw new AssertionError(
          "the model reads "
              + expected
              + " and rejects "
              + rejectedRows
              + " rows; the reader read "
              + actual
              + " and rejected "
              + collected.rejected());
    }
  }

  private static @Nullable Instant modelInstant(String t) {
    if (!TIMESTAMP.matcher(t).matches()) {
      return null;
    }
    try {
      Instant i = OffsetDateTime.parse(t, DateTimeFormatter.ISO_OFFSET_DATE_TIME).toInstant();
      return i.isBefore(Flow.EARLIEST) || i.isAfter(Flow.LATEST) ? null : i;
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  private static @Nullable BigDecimal modelWeight(String w) {
    if (w.length() > Amount.MAX_TEXT_LENGTH || !WEIGHT.matcher(w).matches()) {
      return null;
    }
    BigDecimal d = new BigDecimal(w);
    if (d.signum() != 0 && d.stripTrailingZeros().scale() > Amount.SCALE) {
      return null;
    }
    return d.compareTo(MAX) > 0 ? null : d;
  }
}
