package dev.reciprocity.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.reciprocity.core.LedgerSnapshot;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The reader's parse on a thread of its own, a few hundred rows ahead of the checks: the calling
 * thread hears every rejection and every progress report, in order; whatever way a read ends, the
 * parsing thread has ended and the source is read no further when the read returns or throws.
 */
class ParseAheadTest {

  private static final String HEADER = "timestamp,giver,receiver,kind,weight\n";
  private static final String PARSER = "reciprocity-csv-parser";

  /** Rows {@code from} to {@code to - 1}, each valid, one party pair per row. */
  private static String rows(int from, int to) {
    StringBuilder b = new StringBuilder();
    for (int i = from; i < to; i++) {
      b.append("2024-01-01T00:00:00Z,p").append(i).append(",q").append(i).append(",review,1\n");
    }
    return b.toString();
  }

  /** An endless stream of valid rows after a header, that counts the bytes read from it. */
  private static final class Endless extends InputStream {
    private byte[] chunk = (HEADER + rows(0, 100)).getBytes(StandardCharsets.UTF_8);
    private int at;
    private int chunks;
    private final byte[] breakAt;

    /** A stream that, after {@code goodChunks} chunks of 100 rows, repeats {@code bad} forever. */
    Endless(int goodChunks, String bad) {
      this.chunks = goodChunks;
      this.breakAt = bad.getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public int read() {
      byte[] one = new byte[1];
      return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
    }

    @Override
    public int read(byte[] b, int off, int len) {
      if (at == chunk.length) {
        at = 0;
        chunk = --chunks > 0 ? rows(0, 100).getBytes(StandardCharsets.UTF_8) : breakAt;
      }
      int n = Math.min(len, chunk.length - at);
      System.arraycopy(chunk, at, b, off, n);
      at += n;
      return n;
    }
  }

  private static boolean parserAlive() {
    return Thread.getAllStackTraces().keySet().stream()
        .anyMatch(t -> t.getName().equals(PARSER) && t.isAlive());
  }

  @Test
  void aFatalRowStopsTheParseAndTheSourceIsReadNoFurther() {
    // 20 blocks of good rows, then bad rows forever: without the stop, the parse never ends
    Endless in = new Endless(20 * 4096 / 100, "2024-01-01T00:00:00Z,a,b,review,oops\n");
    FlowFileException e =
        assertThrows(
            FlowFileException.class, () -> FlowCsvReader.builder().build().readSnapshot("s", in));
    assertTrue(e.getMessage().contains("oops"), e.getMessage());
    // the stream never ends: a parse that went on would still be alive
    assertFalse(parserAlive(), "the parsing thread outlived the read");
  }

  @Test
  void aRejectsConsumerThatThrowsStopsTheParse() {
    Endless in = new Endless(3, "2024-01-01T00:00:00Z,a,b,review,oops\n");
    IllegalStateException stop = new IllegalStateException("enough");
    IllegalStateException thrown =
        assertThrows(
            IllegalStateException.class,
            () ->
                FlowCsvReader.builder()
                    .rejects(
                        r -> {
                          throw stop;
                        })
                    .build()
                    .readSnapshot("s", in));
    assertSame(stop, thrown);
    assertFalse(parserAlive(), "the parsing thread outlived the read");
  }

  @Test
  void rejectionsAndProgressAreHeardOnTheCallingThreadInSourceOrder() {
    StringBuilder csv = new StringBuilder(HEADER);
    for (int i = 0; i < 3000; i++) {
      csv.append("2024-01-01T00:00:00Z,a")
          .append(i)
          .append(",b,review,")
          .append(i % 7 == 0 ? "x" : "1");
      csv.append('\n');
    }
    Thread caller = Thread.currentThread();
    List<Long> lines = new ArrayList<>();
    List<Thread> heardOn = new ArrayList<>();
    List<long[]> progress = new ArrayList<>();
    LedgerSnapshot read =
        FlowCsvReader.builder()
            .rejects(
                r -> {
                  lines.add(r.line());
                  heardOn.add(Thread.currentThread());
                })
            .progress(
                (bytes, flows) -> {
                  progress.add(new long[] {bytes, flows});
                  heardOn.add(Thread.currentThread());
                })
            .build()
            .readSnapshot("s", Csv.in(csv.toString()));
    List<Long> expected = new ArrayList<>();
    for (int i = 0; i < 3000; i += 7) {
      expected.add(i + 2L);
    }
    assertEquals(expected, lines);
    assertEquals(3000 - expected.size(), read.size());
    assertTrue(heardOn.stream().allMatch(t -> t == caller), "a listener was called elsewhere");
    long[] last = progress.get(progress.size() - 1);
    assertEquals(csv.toString().getBytes(StandardCharsets.UTF_8).length, last[0]);
    assertEquals(read.size(), last[1]);
    for (int k = 1; k < progress.size(); k++) {
      assertTrue(progress.get(k)[0] >= progress.get(k - 1)[0], "bytes went back");
      assertTrue(progress.get(k)[1] >= progress.get(k - 1)[1], "flows went back");
    }
    assertFalse(parserAlive(), "the parsing thread outlived the read");
  }

  @Test
  void anErrorOfTheSourceReachesTheCallerAsItself() {
    Error broken = new AssertionError("the disk caught fire");
    InputStream in =
        new InputStream() {
          private int calls;

          @Override
          public int read() {
            throw new UnsupportedOperationException();
          }

          @Override
          public int read(byte[] b, int off, int len) {
            if (calls++ == 0) {
              byte[] head = (HEADER + rows(0, 10)).getBytes(StandardCharsets.UTF_8);
              System.arraycopy(head, 0, b, off, head.length);
              return head.length;
            }
            throw broken;
          }
        };
    Error thrown =
        assertThrows(Error.class, () -> FlowCsvReader.builder().build().readSnapshot("s", in));
    assertSame(broken, thrown);
    assertFalse(parserAlive(), "the parsing thread outlived the read");
  }

  @Test
  void anIoFailureMidwayIsTheFileThatCannotBeRead() {
    InputStream in =
        new InputStream() {
          private int calls;

          @Override
          public int read() throws IOException {
            throw new IOException("unused");
          }

          @Override
          public int read(byte[] b, int off, int len) throws IOException {
            if (calls++ == 0) {
              byte[] head = (HEADER + rows(0, 2000)).getBytes(StandardCharsets.UTF_8);
              int n = Math.min(len, head.length);
              System.arraycopy(head, 0, b, off, n);
              return n;
            }
            throw new IOException("device gone");
          }
        };
    FlowFileException e =
        assertThrows(
            FlowFileException.class, () -> FlowCsvReader.builder().build().readSnapshot("s", in));
    assertTrue(e.getMessage().contains("device gone"), e.getMessage());
    assertFalse(parserAlive(), "the parsing thread outlived the read");
  }

  /** The names of the threads that read from a stream of the given text. */
  private static List<String> readers(String csv, int expectedFlows) {
    byte[] bytes = csv.getBytes(StandardCharsets.UTF_8);
    List<String> names = java.util.Collections.synchronizedList(new ArrayList<>());
    InputStream in =
        new java.io.ByteArrayInputStream(bytes) {
          @Override
          public synchronized int read(byte[] b, int off, int len) {
            names.add(Thread.currentThread().getName());
            return super.read(b, off, len);
          }
        };
    LedgerSnapshot read = FlowCsvReader.builder().build().readSnapshot("s", in);
    assertEquals(expectedFlows, read.size());
    assertFalse(parserAlive(), "the parsing thread outlived the read");
    return names;
  }

  @Test
  void aSourceOfOneBlockIsReadWithoutASecondThread() {
    // a block holds 4,096 rows: up to that, the calling thread reads the source itself
    assertFalse(readers(HEADER + rows(0, 100), 100).contains(PARSER));
    assertFalse(readers(HEADER + rows(0, 4096), 4096).contains(PARSER));
    assertTrue(readers(HEADER + rows(0, 3 * 4096), 3 * 4096).contains(PARSER));
  }

  @Test
  void withoutAThreadToBeHadTheCallingThreadParsesOn() {
    java.util.concurrent.ThreadFactory before = ReadRun.threads;
    ReadRun.threads =
        r ->
            new Thread(r, PARSER) {
              @Override
              public synchronized void start() {
                throw new OutOfMemoryError("unable to create native thread");
              }
            };
    try {
      List<String> names = readers(HEADER + rows(0, 3 * 4096 + 5), 3 * 4096 + 5);
      assertFalse(names.contains(PARSER), "a parser thread read the source");
    } finally {
      ReadRun.threads = before;
    }
  }

  @Test
  void anInterruptedCallerStillGetsTheWholeReadAndKeepsItsInterrupt() {
    String csv = HEADER + rows(0, 5000);
    Thread.currentThread().interrupt();
    try {
      LedgerSnapshot read = FlowCsvReader.builder().build().readSnapshot("s", Csv.in(csv));
      assertEquals(5000, read.size());
      assertTrue(Thread.currentThread().isInterrupted(), "the interrupt was swallowed");
    } finally {
      var unused = Thread.interrupted();
    }
  }
}
