package dev.reciprocity.io;

import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.FieldMismatchStrategy;
import dev.reciprocity.Amount;
import dev.reciprocity.FlowKind;
import dev.reciprocity.LimitExceededException;
import dev.reciprocity.PartyId;
import dev.reciprocity.core.LedgerSnapshot;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.Optional;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * One pass of {@link FlowCsvReader} over one source; not thread-safe. FastCSV parses each row into
 * {@link #parsed}; the row is then checked value by value ({@link HeaderReader}, {@link
 * TimestampReader}, {@link NameReader}, {@link WeightReader}) and appended to {@link #flows}. Each
 * value has a fast path for its common form (a name read before, a timestamp such as {@code
 * 2005-05-21T00:49:13Z}, a plain weight such as {@code 1.25}) that makes no object, and otherwise
 * goes the general way, which decides what is accepted and what every message says: a fast path
 * only accepts what the general way accepts, with the same result.
 */
final class ReadRun {

  /**
   * Rows handed from the parser to the checks at a time: enough that a hand-over (a queue
   * operation, and when one side waits, a spin or a short sleep) is rare next to the rows' own
   * work.
   */
  private static final int BLOCK_ROWS = 4096;

  /** Blocks of rows in flight at most: being parsed, waiting, and being checked. */
  private static final int BLOCKS = 4;

  /**
   * Makes the parser's thread, a daemon named {@code reciprocity-csv-parser}; a seam for tests,
   * which put a thread that cannot start in its place.
   */
  static ThreadFactory threads =
      r -> {
        Thread t = new Thread(r, "reciprocity-csv-parser");
        t.setDaemon(true);
        return t;
      };

  /** Rows whose names' cache slots are read ahead together, see {@link #checkRows}. */
  private static final int AHEAD = 128;

  /**
   * What FastCSV may hold beyond the longest value: its reads of 8 KiB and its room for the next
   * one, so that a value at the bound always reaches {@link CsvRow}, whose own check is exact.
   */
  private static final int BUFFER_MARGIN = 64 * 1024;

  /** The start of FastCSV's message when a value outgrows its buffer. */
  private static final String BUFFER_MESSAGE = "The maximum buffer size";

  private final String source;
  private final Reader in;
  private final @Nullable Consumer<? super Rejection> rejects;
  private final @Nullable ReadCounter counter;
  private final int maxValueLength;
  private final LedgerSnapshot.Builder flows = LedgerSnapshot.builder();
  private final Problems problems;
  private final TimestampReader timestamps;
  private final NameReader names;
  private final WeightReader weights;

  /** The row FastCSV writes into, on the parser's thread. */
  private final CsvRow parsed = new CsvRow();

  private final int[] aheadSlots = new int[2 * AHEAD];

  // the total of the weights read, in micros, kept within Amount.MAX
  private long total;

  // what checkBlock read ahead, written so that the compiler keeps the reads; never read itself
  @SuppressWarnings("UnusedVariable")
  private long touched;

  ReadRun(
      String source,
      Reader in,
      boolean foldCase,
      @Nullable Consumer<? super Rejection> rejects,
      @Nullable ReadCounter counter,
      int maxValueLength) {
    this.source = source;
    this.in = in;
    this.rejects = rejects;
    this.counter = counter;
    this.maxValueLength = maxValueLength;
    this.problems = new Problems(source);
    this.timestamps = new TimestampReader(problems);
    this.names = new NameReader(problems, foldCase);
    this.weights = new WeightReader(problems);
    if (counter != null) {
      counter.counting(flows);
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

  /**
   * Checks the blocks of rows the {@link Parser} parses, in order, on the calling thread. The first
   * block is parsed here too, so that a source of one block (up to {@link #BLOCK_ROWS} rows) is
   * read without a second thread; after it, the parser runs on a thread of its own, one block or
   * more ahead. Whatever way the checks end (read to the end, a fatal row, an error), the parser is
   * stopped and its thread has ended before this returns, so that the caller's reader is not read
   * after the read has returned.
   */
  private LedgerSnapshot readRows() {
    Parser parser = new Parser();
    Block b = parser.first();
    Thread thread = null;
    if (!b.last) {
      Thread started = threads.newThread(parser);
      try {
        started.start();
        thread = started;
      } catch (OutOfMemoryError e) {
        // no thread to be had (a host at its limit of threads): this thread parses on, a block at
        // a time, and the read only takes longer
      }
    }
    Block last;
    try {
      while (true) {
        checkRows(b);
        if (counter != null) {
          counter.report();
        }
        if (b.last) {
          last = b;
          break;
        }
        if (thread == null) {
          parser.fill(b);
        } else {
          parser.recycle(b);
          b = parser.nextFull();
        }
      }
    } finally {
      if (thread != null) {
        parser.stop(thread);
      }
    }
    if (last.failure != null) {
      throw rethrown(last.failure);
    }
    if (last.header == null) {
      throw new FlowFileException(
          new Rejection(
              source,
              1,
              Optional.of("header"),
              Optional.of(""),
              "the file is empty",
              "write the header "
                  + HeaderReader.HEADER_TEXT
                  + " on line 1 and one flow per line after it"));
    }
    if (last.parsedRows == 0) {
      throw Problems.fatal(
          source,
          last.headerLine + 1,
          "the file has a header but no flow after it",
          "add one flow per line after the header, such as"
              + " 2024-03-01T10:00:00Z,Ada,Bob,review,1",
          null);
    }
    return flows.build();
  }

  /**
   * Rows parsed and not yet checked, handed from the {@link Parser} to the checks; the last block
   * of a read also says how the parse ended after its rows.
   */
  private static final class Block {
    final CsvRow[] rows = new CsvRow[BLOCK_ROWS];
    int size;

    /** The header, once read; every row of a block comes after it. */
    HeaderReader.@Nullable Header header;

    /** The header's line, once read. */
    long headerLine;

    /** The rows after the header parsed up to the end of this block. */
    long parsedRows;

    /** Whether the parse ended with this block. */
    boolean last;

    /**
     * What stopped the parse after this block's rows (a {@link RuntimeException} such as broken
     * quoting, or an {@link Error} such as {@link OutOfMemoryError}); null at the end.
     */
    @Nullable Throwable failure;
  }

  /**
   * FastCSV's parse of the source into blocks of rows: the first on the calling thread, the others
   * on a thread of its own, where decoding and parsing run while the calling thread checks the rows
   * before. At most {@link #BLOCKS} blocks exist, so that memory does not grow with the file; every
   * block it takes, it hands back, the last one marked, whatever way the parse ends. It is never
   * interrupted (an interrupt would close a channel the caller owns): {@link #stop} asks it to end
   * at its next row.
   */
  private final class Parser implements Runnable {
    // lock-free queues, and a side that finds nothing waits by spinning, then by short sleeps: a
    // hand-over never signals the other thread, whose wake-up costs a system call (and, measured
    // in a virtual machine, about half a millisecond)
    private final ConcurrentLinkedQueue<Block> full = new ConcurrentLinkedQueue<>();
    private final ConcurrentLinkedQueue<Block> free = new ConcurrentLinkedQueue<>();
    private int made;
    private volatile boolean stopped;

    // RFC 4180 (FastCSV's defaults), strict: a quote left open is an error, as is anything but a
    // comma or a line break after a closing quote. Rows may have any number of values: the checks
    // name a missing or an extra value with its line. The CsvReader is not closed, since closing
    // it would close the caller's stream.
    private final Iterator<CsvRow> records =
        CsvReader.builder()
            .skipEmptyLines(true)
            .allowUnclosedQuote(false)
            .extraFieldStrategy(FieldMismatchStrategy.IGNORE)
            .missingFieldStrategy(FieldMismatchStrategy.IGNORE)
            .maxBufferSize(maxValueLength + BUFFER_MARGIN)
            .build(parsed, in)
            .iterator();

    // where the parse stands between blocks
    private HeaderReader.@Nullable Header header;
    private long headerLine;
    private long rows;

    Parser() {
      parsed.maxValueLength = maxValueLength;
      parsed.keep = FlowCsvReader.MAX_HEADER_COLUMNS + 1;
      parsed.maxKept = FlowCsvReader.MAX_HEADER_LENGTH;
    }

    /** The first block, parsed on the calling thread. */
    Block first() {
      made = 1;
      Block b = new Block();
      fill(b);
      return b;
    }

    /**
     * What ended the parser's thread outside a block (an {@link OutOfMemoryError} making a block or
     * handing one over), or null; read after {@link #ended}.
     */
    private volatile @Nullable Throwable died;

    /** Whether the parser's thread has handed over its last block or died. */
    private volatile boolean ended;

    /**
     * Parses the blocks after the first, handing each over, until the last or a stop. Whatever ends
     * it is kept for the checks ({@link #died}), never left to the thread's uncaught-exception
     * handler, which would print it.
     */
    @Override
    public void run() {
      try {
        while (true) {
          Block b = nextFree();
          if (b == null) {
            return; // stopped: the checks have ended and want nothing more
          }
          fill(b);
          full.add(b);
          if (b.last) {
            return;
          }
        }
      } catch (RuntimeException | Error e) {
        died = e;
      } finally {
        ended = true;
      }
    }

    /**
     * Fills the block from where the parse stands, up to {@link #BLOCK_ROWS} rows; marks it the
     * last, with what stopped the parse, when the source ends or cannot be parsed further.
     */
    private void fill(Block b) {
      b.size = 0;
      b.header = header;
      b.headerLine = headerLine;
      b.parsedRows = rows;
      try {
        while (b.size < BLOCK_ROWS && !stopped) {
          if (!next()) {
            b.last = true;
            return;
          }
          if (parsed.isBlank()) {
            continue;
          }
          HeaderReader.Header h = header;
          if (h == null) {
            h = HeaderReader.read(source, parsed, parsed.line);
            header = h;
            headerLine = parsed.line;
            parsed.keep = h.size() + 1;
            parsed.maxKept = Integer.MAX_VALUE;
            b.header = h;
            b.headerLine = headerLine;
            continue;
          }
          rows++;
          CsvRow row = b.rows[b.size];
          if (row == null) {
            row = new CsvRow();
            b.rows[b.size] = row;
          }
          parsed.copyTo(row);
          // the names' lookup keys, here on the parser's thread rather than in the checks
          row.keyNames(h.giver(), h.receiver(), h.kind());
          b.parsedRows = rows;
          b.size++;
        }
        // a full block that ends the source is the last: no thread is started for what is not
        // there (the row looked at stays in FastCSV's hands for the next block)
        if (b.size == BLOCK_ROWS && !stopped && !more()) {
          b.last = true;
        }
      } catch (RuntimeException | Error e) {
        b.failure = e;
        b.last = true;
      }
    }

    /**
     * Parses the next row into {@link #parsed}; false at the end of the source.
     *
     * @throws FlowFileException if the row's quoting is broken, the source cannot be read or a
     *     value is longer than the bound
     */
    private boolean next() {
      if (!more()) {
        return false;
      }
      var unused = records.next();
      if (parsed.tooLong >= 0) {
        throw valueTooLong(parsed.line, parsed.tooLongValue, parsed.tooLong);
      }
      return true;
    }

    /**
     * Whether the source has a row more, parsed into {@link #parsed} and kept for {@link #next}.
     *
     * @throws FlowFileException if that row's quoting is broken, the source cannot be read or a
     *     value is longer than the bound
     */
    private boolean more() {
      try {
        return records.hasNext();
      } catch (CsvParseException e) {
        if (e.getCause() instanceof Error error) {
          throw error;
        }
        String m = e.getMessage();
        if (e.getCause() == null && m != null && m.startsWith(BUFFER_MESSAGE)) {
          throw valueTooLong(parsed.line, -1, -1);
        }
        throw brokenCsv(parsed.line, e.getCause() == null ? e : e.getCause());
      } catch (UncheckedIOException e) {
        throw brokenCsv(parsed.line, e.getCause());
      }
    }

    /** A block to fill: a new one while fewer than {@link #BLOCKS} exist, else one handed back. */
    private @Nullable Block nextFree() {
      if (made < BLOCKS) {
        made++;
        return new Block();
      }
      for (int waited = 0; ; waited++) {
        Block b = free.poll();
        if (b != null) {
          return b;
        }
        if (stopped) {
          return null;
        }
        pause(waited);
      }
    }

    /**
     * The next block handed over, waiting for it; a wait is not cut short by an interrupt, which
     * stays set.
     */
    Block nextFull() {
      for (int waited = 0; ; waited++) {
        Block b = full.poll();
        if (b != null) {
          return b;
        }
        if (ended) {
          // a block handed over before the end is in the queue by now
          b = full.poll();
          if (b != null) {
            return b;
          }
          Throwable cause = died;
          throw cause != null
              ? rethrown(cause)
              : new IllegalStateException("the CSV parser's thread ended without its last block");
        }
        pause(waited);
      }
    }

    /** Hands a checked block back for the parser to fill again. */
    void recycle(Block b) {
      free.add(b);
    }

    /** Asks the parse to end and waits until its thread has ended. */
    void stop(Thread thread) {
      stopped = true;
      boolean interrupted = false;
      while (thread.isAlive()) {
        try {
          thread.join();
        } catch (InterruptedException e) {
          interrupted = true;
        }
      }
      if (interrupted) {
        Thread.currentThread().interrupt();
      }
    }
  }

  /**
   * Throws what stopped a parse, an {@link Error} or a {@link RuntimeException} (the only kinds a
   * parse keeps), as it is; returns a value only for the caller's {@code throw}.
   */
  private static RuntimeException rethrown(Throwable cause) {
    if (cause instanceof Error error) {
      throw error;
    }
    return (RuntimeException) cause;
  }

  /**
   * Waits a little, the {@code waited}-th time in a row: spins first (the other thread is most
   * likely about to hand a block over), then sleeps, 50 microseconds at first and longer the longer
   * the wait, up to a millisecond, so that a source that is slow to deliver (a pipe, a network
   * stream) is not polled thousands of times a second.
   */
  private static void pause(int waited) {
    if (waited < 2_000) {
      Thread.onSpinWait();
    } else {
      LockSupport.parkNanos(Math.min(1_000_000L, 50_000L * (1 + (waited - 2_000) / 8)));
    }
  }

  /**
   * Checks the rows of a block in order, {@link #AHEAD} at a time after a pass that reads the cache
   * slots of their givers' and receivers' names, so that the cache misses overlap.
   */
  private void checkRows(Block b) {
    HeaderReader.Header header = b.header;
    if (header == null) {
      return;
    }
    for (int from = 0; from < b.size; from += AHEAD) {
      int to = Math.min(b.size, from + AHEAD);
      int[] slots = aheadSlots;
      int count = 0;
      for (int k = from; k < to; k++) {
        CsvRow r = b.rows[k];
        if (header.giver() < r.count) {
          slots[count++] = names.slotOf(r, header.giver(), 0);
        }
        if (header.receiver() < r.count) {
          slots[count++] = names.slotOf(r, header.receiver(), 1);
        }
      }
      long sum = 0;
      for (int k = 0; k < count; k++) {
        sum += names.touch(slots[k]);
      }
      touched ^= sum;
      for (int k = from; k < to; k++) {
        row(b.rows[k], header);
      }
    }
  }

  private FlowFileException brokenCsv(long line, @Nullable Throwable cause) {
    String detail = cause == null ? "unreadable input" : Problems.detail(cause);
    return Problems.fatal(
        source,
        line,
        "the row's CSV quoting is broken or the file cannot be read (" + detail + ")",
        "put a value that holds a comma, a quote or a line break in double quotes, and double"
            + " every quote inside it, as in \"Jonathan \"\"Duke\"\" Leto\"",
        cause);
  }

  /** A value past the bound: its position and length when known, -1 when FastCSV found it. */
  private FlowFileException valueTooLong(long line, long value, long length) {
    String which =
        value < 0
            ? "a value of the row"
            : "value " + (value + 1) + " of the row (" + length + " characters)";
    return Problems.fatal(
        source,
        line,
        which
            + " is longer than "
            + maxValueLength
            + " characters, the most a value may have, or a quote is never closed",
        "check that every quote of the row is closed; split a value that long, or leave it out",
        null);
  }

  private void row(CsvRow row, HeaderReader.Header header) {
    long line = row.line;
    problems.clear();
    if (row.count > header.size()) {
      int extra = header.size();
      problems.reject(
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
    boolean timed = timestamps.read(row, line, header.timestamp());
    int giver = names.party(row, line, header.giver(), 0, "giver", "who gave");
    @Nullable PartyId newGiver = names.newParty;
    int receiver = names.party(row, line, header.receiver(), 1, "receiver", "who received");
    @Nullable PartyId newReceiver = names.newParty;
    int kind = names.kind(row, line, header.kind(), header.unit());
    @Nullable FlowKind newKind = names.newKind;
    boolean weighed =
        weights.read(
            row,
            line,
            header.weight(),
            giver == NameReader.REJECTED ? null : names.partyOf(giver, newGiver),
            receiver == NameReader.REJECTED ? null : names.partyOf(receiver, newReceiver));
    if (giver != NameReader.REJECTED
        && receiver != NameReader.REJECTED
        && ((giver >= 0 && receiver >= 0)
            ? giver == receiver
            : names.partyOf(giver, newGiver).equals(names.partyOf(receiver, newReceiver)))) {
      problems.reject(
          line,
          "receiver",
          names.partyOf(receiver, newReceiver).value(),
          "is also the giver: a party cannot give to itself",
          "correct the giver or the receiver of this flow, or remove the row");
    }
    long micros = weights.micros;
    if (problems.isEmpty() && timed && weighed && micros > Amount.MAX.micros() - total) {
      problems.reject(
          line,
          "weight",
          row.text(header.weight()).strip(),
          "takes the total of the file's weights past "
              + Amount.MAX
              + ", the most exact figures hold",
          "split the flows into several files (by period or community), or record them in a"
              + " larger unit");
    }
    if (!problems.isEmpty()) {
      if (rejects == null) {
        throw new FlowFileException(problems.all().get(0));
      }
      problems.all().forEach(rejects);
      return;
    }
    if (!timed
        || !weighed
        || giver == NameReader.REJECTED
        || receiver == NameReader.REJECTED
        || kind == NameReader.REJECTED) {
      throw new IllegalStateException("a value was refused without a rejection");
    }
    // only a row that is read is let into the dictionaries, and its new names into the caches
    if (giver == NameReader.NEW) {
      giver = names.admitParty(flows, NameReader.kept(newGiver), row, header.giver());
    }
    if (receiver == NameReader.NEW) {
      receiver = names.admitParty(flows, NameReader.kept(newReceiver), row, header.receiver());
    }
    if (kind == NameReader.NEW) {
      kind = names.admitKind(flows, NameReader.kept(newKind), row, header.kind(), header.unit());
    }
    try {
      flows.addIndexed(giver, receiver, kind, micros, timestamps.epochSecond, timestamps.nano);
      total = Math.addExact(total, micros);
    } catch (IllegalArgumentException | IllegalStateException | LimitExceededException e) {
      // The checks above mirror the builder's own; this only catches a rule added to it later.
      Rejection r =
          new Rejection(
              source,
              line,
              Optional.empty(),
              Optional.empty(),
              "the row is not a valid flow (" + Problems.detail(e) + ")",
              "correct the row as the reason says");
      if (rejects == null) {
        throw new FlowFileException(r, e);
      }
      rejects.accept(r);
    }
  }
}
