package dev.reciprocity.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The rejects file: valid UTF-8 whatever the rejection holds, one line per reason, and put in place
 * whole or not at all.
 */
class RejectionCsvWriterTest {

  private static final String HEADER_LINE = "file,line,column,value,reason,fix\r\n";

  @TempDir Path dir;

  private static Rejection rejection(String value, String reason) {
    return new Rejection("f.csv", 2, Optional.of("giver"), Optional.of(value), reason, "fix it");
  }

  @Test
  void aReasonIsEscapedToOneLineOfValidText() {
    assertEquals("half \\uD83D of an emoji", RejectionCsvWriter.escaped("half \uD83D of an emoji"));
    assertEquals("low \\uDE00", RejectionCsvWriter.escaped("low \uDE00"));
    assertEquals("a\\u0000b\\u001Bc\\u0009d", RejectionCsvWriter.escaped("a\0b\u001Bc\td"));
    assertEquals("\\u000A\\u000D\\u2028\\u2029", RejectionCsvWriter.escaped("\n\r\u2028\u2029"));
    assertEquals("\\u202Eevil\\u2066\\uFEFF", RejectionCsvWriter.escaped("\u202Eevil\u2066\uFEFF"));
    // both ends of the ranges U+202A..U+202E and U+2066..U+2069, and a surrogate at the very end
    assertEquals("\\u202Ax\\u2069", RejectionCsvWriter.escaped("\u202Ax\u2069"));
    assertEquals("end \\uD83D", RejectionCsvWriter.escaped("end \uD83D"));
    String kept = "Ren\u00E9 \uD83D\uDE00 \u00A0ok";
    assertSame(kept, RejectionCsvWriter.escaped(kept));
  }

  @Test
  void aValueKeepsWhatWasReadButNoLoneSurrogate() {
    assertEquals("Ada\uFFFD", RejectionCsvWriter.wellFormed("Ada\uD83D"));
    assertEquals("\uFFFDx\uFFFD", RejectionCsvWriter.wellFormed("\uDE00x\uD83D"));
    assertEquals("\uFFFD\uD83D\uDE00", RejectionCsvWriter.wellFormed("\uD83D\uD83D\uDE00"));
    String kept = "line\nbreak\t\u202E \uD83D\uDE00";
    assertSame(kept, RejectionCsvWriter.wellFormed(kept));
  }

  @Test
  void aRowWithLoneSurrogatesIsWrittenWholeToAFile() throws IOException {
    Path file = dir.resolve("rejects.csv");
    try (RejectionCsvWriter w = RejectionCsvWriter.create(file)) {
      w.accept(rejection("\"Ada\"\uD83D", "has \uD83D after the quote"));
    }
    String text = Files.readString(file); // strict UTF-8: throws on a malformed byte
    assertEquals(
        HEADER_LINE + "f.csv,2,giver,\"\"\"Ada\"\"\uFFFD\",has \\uD83D after the quote,fix it\r\n",
        text);
  }

  @Test
  void theFileAppearsOnlyWhenClosedAndReplacesAnEarlierOneWhole() throws IOException {
    Path file = Files.writeString(dir.resolve("rejects.csv"), "earlier\n");
    RejectionCsvWriter w = RejectionCsvWriter.create(file);
    w.accept(rejection("x", "is bad"));
    assertEquals("earlier\n", Files.readString(file), "untouched until close");
    w.close();
    assertEquals(HEADER_LINE + "f.csv,2,giver,x,is bad,fix it\r\n", Files.readString(file));
    assertEquals(List.of("rejects.csv"), names());
    w.close(); // a second close does nothing
  }

  @Test
  void aDiscardedWriterLeavesTheEarlierFileAndNoTemporaryFile() throws IOException {
    Path file = Files.writeString(dir.resolve("rejects.csv"), "earlier\n");
    RejectionCsvWriter w = RejectionCsvWriter.create(file);
    w.accept(rejection("x", "is bad"));
    w.discard();
    w.close();
    assertEquals("earlier\n", Files.readString(file));
    assertEquals(List.of("rejects.csv"), names());
  }

  @Test
  void aDirectoryIsRefused() {
    FileSystemException e =
        assertThrows(FileSystemException.class, () -> RejectionCsvWriter.create(dir));
    assertTrue(e.getMessage().contains("is a directory"), e.getMessage());
  }

  @Test
  void aFailedWriteIsRememberedAndThrownAgainOnClose() throws IOException {
    Writer failing =
        new StringWriter() {
          @Override
          public void write(String str) {
            if (str.contains("bad")) {
              throw new UncheckedIOException(new IOException("No space left on device"));
            }
            super.write(str);
          }
        };
    Writer out =
        new Writer() {
          @Override
          public void write(char[] cbuf, int off, int len) throws IOException {
            String s = new String(cbuf, off, len);
            try {
              failing.write(s);
            } catch (UncheckedIOException e) {
              throw e.getCause();
            }
          }

          @Override
          public void write(String str) throws IOException {
            write(str.toCharArray(), 0, str.length());
          }

          @Override
          public void flush() {}

          @Override
          public void close() {}
        };
    RejectionCsvWriter w = RejectionCsvWriter.create(out);
    UncheckedIOException first =
        assertThrows(UncheckedIOException.class, () -> w.accept(rejection("x", "is bad")));
    assertThrows(UncheckedIOException.class, () -> w.accept(rejection("y", "is fine")));
    IOException onClose = assertThrows(IOException.class, w::close);
    assertSame(first.getCause(), onClose);
    assertEquals(0, w.count());
  }

  @Test
  void aFileWhoseWriteFailsIsNotPutInPlace() throws IOException {
    Path file = Files.writeString(dir.resolve("rejects.csv"), "earlier\n");
    RejectionCsvWriter w = RejectionCsvWriter.create(file);
    Files.delete(dir.resolve(names().stream().filter(n -> n.endsWith(".tmp")).findFirst().get()));
    Files.createDirectory(dir.resolve("blocker"));
    // the temporary file is gone: the move into place fails, and the earlier file stays
    assertThrows(IOException.class, w::close);
    assertEquals("earlier\n", Files.readString(file));
    assertFalse(names().stream().anyMatch(n -> n.endsWith(".tmp")));
  }

  private List<String> names() throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files
          .map(p -> p.getFileName().toString())
          .filter(n -> !n.equals("blocker"))
          .sorted()
          .toList();
    }
  }
}
