package dev.reciprocity.benchmarks;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.time.LocalDate;
import java.util.SplittableRandom;

/**
 * Writes a synthetic flows CSV for benchmarks, the same bytes for the same arguments.
 *
 * <p>The file has the header {@code timestamp,giver,receiver,kind,weight} and one flow per row:
 *
 * <ul>
 *   <li>parties are named {@code p000000}, {@code p000001}... (at least 6 digits, zero-padded);
 *   <li>the giver is drawn from a power law over the parties: the party of index {@code k} gives
 *       with probability about proportional to {@code 1 / (k + 1)} (Zipf, exponent 1, drawn as
 *       {@code floor(exp(u ln(n + 1))) - 1} with {@code u} uniform), so a few parties give much and
 *       most give little;
 *   <li>{@value #REVERSE_SHARE} of the flows (on average) reverse an earlier flow, drawn uniformly
 *       among the rows before: its receiver gives back to its giver; the others go to a receiver
 *       drawn uniformly among the other parties, so most of their dyads are distinct;
 *   <li>weights are lognormal ({@code exp(N(0, 1))}), written with at most 3 decimals, at least
 *       {@code 0.001};
 *   <li>timestamps are whole seconds in UTC ({@code 2021-03-05T12:34:56Z}) spread uniformly over
 *       the five years 2020-01-01 to 2024-12-31, one per stratum of equal length, so rows come in
 *       time order;
 *   <li>the kind is one of {@code review}, {@code mentoring}, {@code labour}, uniformly, all read
 *       in the same unit.
 * </ul>
 *
 * No flow has its giver as its receiver: the library refuses self-loops ({@code Flow} requires
 * giver and receiver to differ). All random numbers come from one {@link SplittableRandom} with the
 * fixed seed {@value #SEED}, drawn in a fixed order per row, so the output depends only on the
 * number of rows and parties. Writing is done into a byte buffer by hand (no formatting per row):
 * 10 million rows take seconds.
 *
 * <pre>
 * java -cp reciprocity-benchmarks/target/benchmarks.jar \
 *     dev.reciprocity.benchmarks.FlowGenerator 1000000 flows-1m.csv [parties]
 * </pre>
 *
 * <p>Stateless and thread-safe.
 */
public final class FlowGenerator {

  /** The seed of every file written. */
  public static final long SEED = 20_260_601L;

  /** The number of parties unless told otherwise. */
  public static final int DEFAULT_PARTIES = 100_000;

  /** The expected share of flows that reverse an earlier flow. */
  public static final double REVERSE_SHARE = 0.3;

  /** The header written. */
  public static final String HEADER = "timestamp,giver,receiver,kind,weight";

  /** The first instant written, inclusive. */
  public static final Instant START = Instant.parse("2020-01-01T00:00:00Z");

  /** The end of the time range, exclusive: every instant written is before it. */
  public static final Instant END = Instant.parse("2025-01-01T00:00:00Z");

  private static final String[] KINDS = {"review", "mentoring", "labour"};

  private static final int SECONDS_PER_DAY = 86_400;

  private FlowGenerator() {}

  /**
   * Writes {@code rows} flows among {@link #DEFAULT_PARTIES} parties.
   *
   * @param file the CSV file, replaced if it exists
   * @param rows the number of flows, at least 1
   * @throws IllegalArgumentException if {@code rows < 1}
   * @throws IOException if the file cannot be written
   */
  public static void write(Path file, int rows) throws IOException {
    write(file, rows, DEFAULT_PARTIES);
  }

  /**
   * Writes {@code rows} flows among {@code parties} parties. The file is written under a temporary
   * name beside it and moved into place when complete, so an interrupted run leaves no partial file
   * under the name.
   *
   * @param file the CSV file, replaced if it exists
   * @param rows the number of flows, at least 1
   * @param parties the number of parties, at least 2
   * @throws IllegalArgumentException if {@code rows < 1} or {@code parties < 2}
   * @throws IOException if the file cannot be written
   */
  public static void write(Path file, int rows, int parties) throws IOException {
    Path absolute = file.toAbsolutePath();
    Path temp = absolute.resolveSibling(absolute.getFileName() + ".part");
    try (OutputStream out = Files.newOutputStream(temp)) {
      write(out, rows, parties);
    }
    Files.move(temp, absolute, StandardCopyOption.REPLACE_EXISTING);
  }

  /**
   * Writes {@code rows} flows among {@code parties} parties to a stream, which is left open.
   *
   * @param out the stream
   * @param rows the number of flows, at least 1
   * @param parties the number of parties, at least 2
   * @throws IllegalArgumentException if {@code rows < 1} or {@code parties < 2}
   * @throws IOException if the stream cannot be written
   */
  public static void write(OutputStream out, int rows, int parties) throws IOException {
    if (rows < 1) {
      throw new IllegalArgumentException("rows must be at least 1, got " + rows);
    }
    if (parties < 2) {
      throw new IllegalArgumentException(
          "parties must be at least 2 (a flow needs a giver and another receiver), got " + parties);
    }
    byte[][] names = partyNames(parties);
    byte[][] kinds = new byte[KINDS.length][];
    for (int k = 0; k < KINDS.length; k++) {
      kinds[k] = ascii("," + KINDS[k] + ",");
    }
    int[] givers = new int[rows];
    int[] receivers = new int[rows];
    SplittableRandom random = new SplittableRandom(SEED);
    double logParties = Math.log(parties + 1.0);
    long start = START.getEpochSecond();
    double span = (double) (END.getEpochSecond() - start);
    Sink sink = new Sink(out);
    sink.put(ascii(HEADER + "\n"));
    long day = Long.MIN_VALUE;
    byte[] date = new byte[0];
    for (int i = 0; i < rows; i++) {
      long second = start + (long) ((i + random.nextDouble()) * span / rows);
      int giver;
      int receiver;
      if (i > 0 && random.nextDouble() < REVERSE_SHARE) {
        int earlier = random.nextInt(i);
        giver = receivers[earlier];
        receiver = givers[earlier];
      } else {
        giver = Math.min((int) Math.exp(random.nextDouble() * logParties) - 1, parties - 1);
        receiver = random.nextInt(parties - 1);
        if (receiver >= giver) {
          receiver++;
        }
      }
      givers[i] = giver;
      receivers[i] = receiver;
      long milli = Math.max(1L, Math.round(Math.exp(random.nextGaussian()) * 1000.0));
      int kind = random.nextInt(KINDS.length);

      long d = Math.floorDiv(second, SECONDS_PER_DAY);
      if (d != day) {
        day = d;
        date = ascii(LocalDate.ofEpochDay(d) + "T");
      }
      int secondOfDay = Math.floorMod(second, SECONDS_PER_DAY);
      sink.put(date);
      sink.twoDigits(secondOfDay / 3600);
      sink.put((byte) ':');
      sink.twoDigits(secondOfDay / 60 % 60);
      sink.put((byte) ':');
      sink.twoDigits(secondOfDay % 60);
      sink.put((byte) 'Z');
      sink.put((byte) ',');
      sink.put(names[giver]);
      sink.put((byte) ',');
      sink.put(names[receiver]);
      sink.put(kinds[kind]);
      sink.thousandths(milli);
      sink.put((byte) '\n');
    }
    sink.flush();
  }

  /**
   * Writes a file: {@code FlowGenerator ROWS FILE [PARTIES]}, then says on standard error how long
   * it took.
   *
   * @param args the number of rows, the file, and optionally the number of parties (default {@value
   *     #DEFAULT_PARTIES})
   * @throws IOException if the file cannot be written
   */
  public static void main(String[] args) throws IOException {
    if (args.length < 2 || args.length > 3) {
      System.err.println(
          "usage: FlowGenerator ROWS FILE [PARTIES]  (PARTIES default " + DEFAULT_PARTIES + ")");
      System.exit(2);
    }
    int rows = Integer.parseInt(args[0].replace("_", ""));
    Path file = Path.of(args[1]);
    int parties = args.length == 3 ? Integer.parseInt(args[2].replace("_", "")) : DEFAULT_PARTIES;
    long t0 = System.nanoTime();
    write(file, rows, parties);
    double seconds = (System.nanoTime() - t0) / 1e9;
    System.err.printf(
        "FlowGenerator: wrote %d flows among %d parties to %s in %.1f s (%d bytes)%n",
        rows, parties, file, seconds, Files.size(file));
  }

  /** The names {@code p000000}...: at least 6 digits, as many as the largest index needs. */
  static byte[][] partyNames(int parties) {
    int width = Math.max(6, Integer.toString(parties - 1).length());
    byte[][] names = new byte[parties][];
    for (int p = 0; p < parties; p++) {
      String digits = Integer.toString(p);
      names[p] = ascii("p" + "0".repeat(width - digits.length()) + digits);
    }
    return names;
  }

  private static byte[] ascii(String s) {
    return s.getBytes(StandardCharsets.US_ASCII);
  }

  /** A byte buffer in front of a stream: writes ASCII without encoders or formatting. */
  private static final class Sink {
    private final OutputStream out;
    private final byte[] buffer = new byte[1 << 16];
    private int size;

    Sink(OutputStream out) {
      this.out = out;
    }

    void put(byte b) throws IOException {
      if (size == buffer.length) {
        flush();
      }
      buffer[size++] = b;
    }

    void put(byte[] bytes) throws IOException {
      if (size + bytes.length > buffer.length) {
        flush();
      }
      System.arraycopy(bytes, 0, buffer, size, bytes.length);
      size += bytes.length;
    }

    void twoDigits(int value) throws IOException {
      put((byte) ('0' + value / 10));
      put((byte) ('0' + value % 10));
    }

    /** Writes {@code milli / 1000} in decimal, without trailing zeros in its fraction. */
    void thousandths(long milli) throws IOException {
      putLong(milli / 1000);
      int fraction = (int) (milli % 1000);
      if (fraction != 0) {
        put((byte) '.');
        put((byte) ('0' + fraction / 100));
        fraction %= 100;
        if (fraction != 0) {
          put((byte) ('0' + fraction / 10));
          fraction %= 10;
          if (fraction != 0) {
            put((byte) ('0' + fraction));
          }
        }
      }
    }

    private void putLong(long value) throws IOException {
      if (value >= 10) {
        putLong(value / 10);
      }
      put((byte) ('0' + value % 10));
    }

    void flush() throws IOException {
      out.write(buffer, 0, size);
      size = 0;
      out.flush();
    }
  }
}
