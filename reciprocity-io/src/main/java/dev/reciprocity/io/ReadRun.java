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

  /** Rows parsed ahead of the checks, see {@link #checkBlock}. */
  private static final int BLOCK_ROWS = 128;

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

  /** The row FastCSV writes into. */
  private final CsvRow parsed = new CsvRow();

  /**
   * Rows parsed but not yet checked: up to {@link #BLOCK_ROWS}, so that the cache slots of their
   * names are read together, their cache misses overlapping, before the rows are checked in order.
   */
  private final CsvRow[] block = new CsvRow[BLOCK_ROWS];

  private int blocked;

  private final int[] blockSlots = new int[2 * BLOCK_ROWS];

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

  private LedgerSnapshot readRows() {
    // RFC 4180 (FastCSV's defaults), strict: a quote left open is an error, as is anything but a
    // comma or a line break after a closing quote. Rows may have any number of values: the
    // checks below name a missing or an extra value with its line. The CsvReader is not closed,
    // since closing it would close the caller's stream.
    CsvReader<CsvRow> csv =
        CsvReader.builder()
            .skipEmptyLines(true)
            .allowUnclosedQuote(false)
            .extraFieldStrategy(FieldMismatchStrategy.IGNORE)
            .missingFieldStrategy(FieldMismatchStrategy.IGNORE)
            .maxBufferSize(maxValueLength + BUFFER_MARGIN)
            .build(parsed, in);
    parsed.maxValueLength = maxValueLength;
    parsed.keep = FlowCsvReader.MAX_HEADER_COLUMNS + 1;
    parsed.maxKept = FlowCsvReader.MAX_HEADER_LENGTH;
    Iterator<CsvRow> records = csv.iterator();
    long headerLine = 0;
    long rows = 0;
    HeaderReader.Header header = null;
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
        String m = e.getMessage();
        if (e.getCause() == null && m != null && m.startsWith(BUFFER_MESSAGE)) {
          throw valueTooLong(parsed.line, -1, -1);
        }
        throw brokenCsv(parsed.line, e.getCause() == null ? e : e.getCause());
      } catch (UncheckedIOException e) {
        checkBlock(header);
        throw brokenCsv(parsed.line, e.getCause());
      }
      long line = parsed.line;
      if (parsed.tooLong >= 0) {
        checkBlock(header);
        throw valueTooLong(line, parsed.tooLongValue, parsed.tooLong);
      }
      if (parsed.isBlank()) {
        continue;
      }
      if (header == null) {
        header = HeaderReader.read(source, parsed, line);
        headerLine = line;
        parsed.keep = header.size() + 1;
        parsed.maxKept = Integer.MAX_VALUE;
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
              "write the header "
                  + HeaderReader.HEADER_TEXT
                  + " on line 1 and one flow per line after it"));
    }
    if (rows == 0) {
      throw Problems.fatal(
          source,
          headerLine + 1,
          "the file has a header but no flow after it",
          "add one flow per line after the header, such as"
              + " 2024-03-01T10:00:00Z,Ada,Bob,review,1",
          null);
    }
    return flows.build();
  }

  /**
   * Checks the rows of the block in order, after a pass that reads the cache slots of their givers'
   * and receivers' names.
   */
  private void checkBlock(HeaderReader.@Nullable Header header) {
    int n = blocked;
    blocked = 0;
    if (n == 0 || header == null) {
      return;
    }
    int[] slots = blockSlots;
    int count = 0;
    for (int k = 0; k < n; k++) {
      CsvRow r = block[k];
      if (header.giver() < r.count) {
        slots[count++] = names.slotOf(r, header.giver());
      }
      if (header.receiver() < r.count) {
        slots[count++] = names.slotOf(r, header.receiver());
      }
    }
    long sum = 0;
    for (int k = 0; k < count; k++) {
      sum += names.touch(slots[k]);
    }
    touched ^= sum;
    for (int k = 0; k < n; k++) {
      row(block[k], header);
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
    int giver = names.party(row, line, header.giver(), "giver", "who gave");
    @Nullable PartyId newGiver = names.newParty;
    int receiver = names.party(row, line, header.receiver(), "receiver", "who received");
    @Nullable PartyId newReceiver = names.newParty;
    int kind = names.kind(row, line, header.kind());
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
      kind = names.admitKind(flows, NameReader.kept(newKind), row, header.kind());
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
