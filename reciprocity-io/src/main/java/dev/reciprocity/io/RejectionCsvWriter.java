package dev.reciprocity.io;

import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Consumer;
import org.apache.commons.csv.CSVFormat;
import org.jspecify.annotations.Nullable;

/**
 * Writes {@link Rejection}s as a CSV file with the header {@code
 * file,line,column,value,reason,fix}, one row per rejected value, so that a person can correct the
 * flow file row by row.
 *
 * <p>The file is UTF-8 with RFC 4180 quoting, and every character written is valid UTF-8: in the
 * {@code reason} and {@code fix} cells, control characters (tab and line breaks included), the line
 * and paragraph separators U+2028 and U+2029, bidirectional formatting characters, U+FEFF and lone
 * surrogates are written as {@code \}{@code uXXXX} escapes, so that each reads as one line of text;
 * the {@code file}, {@code column} and {@code value} cells keep what was read (CSV quoting carries
 * line breaks), except that a lone surrogate, which UTF-8 cannot encode, is written as U+FFFD, the
 * replacement character. A text cell that starts with {@code =}, {@code +}, {@code -}, {@code @}, a
 * tab or a carriage return is written with a leading apostrophe, so that a spreadsheet shows it
 * instead of evaluating it as a formula (CSV injection); a weight of {@code -2} is therefore
 * written {@code '-2}. The line of a rejection that concerns the whole file is written as an empty
 * cell.
 *
 * <p>A writer {@linkplain #create(Path) of a file} writes to a temporary file in the same directory
 * and moves it into place (atomically where the file system can) only when {@link #close()} finds
 * every row written: a file already at that path is replaced whole or not at all, never cut short.
 * After a failed write the writer refuses further rows, and {@code close()} deletes the temporary
 * file and throws.
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

  /** How many names a temporary file is tried under before giving up. */
  private static final int TEMPORARY_NAME_TRIES = 16;

  private final Writer out;
  private final @Nullable Path temporary;
  private final @Nullable Path target;
  private long count;
  private @Nullable IOException failure;
  private boolean closed;

  private RejectionCsvWriter(Writer out, @Nullable Path temporary, @Nullable Path target) {
    this.out = out;
    this.temporary = temporary;
    this.target = target;
  }

  /**
   * Starts a rejects file: writes the header to a temporary file next to {@code file}, which {@link
   * #close()} moves into place. Until then a file already at {@code file} is left as it is. When
   * {@code file} is a symbolic link to a file, the file it names is replaced and the link kept.
   *
   * @param file the file to write; replaced when the writer is closed
   * @return the writer; close it to put the file in place, or {@link #discard()} it
   * @throws java.nio.file.FileSystemException if {@code file} is a directory or another file that
   *     is not a regular file (a device such as {@code /dev/stdout}), or its directory does not
   *     exist or cannot be written
   * @throws IOException if the temporary file cannot be created or written
   */
  public static RejectionCsvWriter create(Path file) throws IOException {
    Objects.requireNonNull(file, "file");
    Path target = file.toAbsolutePath();
    if (Files.exists(target)) {
      if (!Files.isRegularFile(target)) {
        throw new FileSystemException(
            file.toString(),
            null,
            Files.isDirectory(target) ? "is a directory" : "is not a regular file");
      }
      // through a symbolic link: the file it names is replaced and the link kept
      target = target.toRealPath();
    }
    Path name = target.getFileName();
    Path dir = target.getParent();
    if (name == null || dir == null) {
      throw new FileSystemException(file.toString(), null, "is a directory");
    }
    Path temporary = null;
    OutputStream stream = null;
    for (int i = 0; stream == null; i++) {
      temporary =
          dir.resolve(
              String.format(
                  Locale.ROOT,
                  ".%s.%08x.tmp",
                  name,
                  ThreadLocalRandom.current().nextInt() & 0xffffffffL));
      try {
        stream =
            Files.newOutputStream(
                temporary, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
      } catch (FileAlreadyExistsException e) {
        if (i + 1 == TEMPORARY_NAME_TRIES) {
          throw e;
        }
      } catch (NoSuchFileException e) {
        throw new NoSuchFileException(file.toString(), null, "its directory does not exist");
      } catch (AccessDeniedException e) {
        throw new AccessDeniedException(
            file.toString(), null, "no permission to create a file in its directory");
      }
    }
    // strict: a character UTF-8 cannot encode is an error, never a silent '?'
    Writer out =
        new BufferedWriter(
            new OutputStreamWriter(
                stream,
                StandardCharsets.UTF_8
                    .newEncoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)));
    RejectionCsvWriter writer = new RejectionCsvWriter(out, temporary, target);
    try {
      writer.header();
    } catch (IOException | RuntimeException e) {
      writer.discard();
      throw e;
    }
    return writer;
  }

  /**
   * Writes the header to {@code out} and returns a writer of rejections to it.
   *
   * @param out where the CSV goes; closed by {@link #close()} and by {@link #discard()}
   * @return the writer
   * @throws IOException if the header cannot be written
   */
  public static RejectionCsvWriter create(Writer out) throws IOException {
    RejectionCsvWriter writer =
        new RejectionCsvWriter(Objects.requireNonNull(out, "out"), null, null);
    writer.header();
    return writer;
  }

  /**
   * Writes one rejection as one row.
   *
   * @param rejection the rejection
   * @throws UncheckedIOException if the row cannot be written, or an earlier row or the header
   *     could not be written
   * @throws IllegalStateException if the writer is closed
   */
  @Override
  public void accept(Rejection rejection) {
    if (closed) {
      throw new IllegalStateException("the rejects writer is closed");
    }
    if (failure != null) {
      throw new UncheckedIOException(failure);
    }
    try {
      record(
          guard(wellFormed(rejection.source())),
          rejection.line() == 0 ? "" : Long.toString(rejection.line()),
          guard(wellFormed(rejection.column().orElse(""))),
          guard(wellFormed(rejection.value().orElse(""))),
          guard(escaped(rejection.reason())),
          guard(escaped(rejection.fix())));
      count++;
    } catch (IOException e) {
      failure = e;
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
   * Flushes and closes the output; for a writer of a file, then moves the temporary file into place
   * (atomically where the file system supports it, otherwise replacing the file there). Does
   * nothing when already closed or discarded.
   *
   * @throws IOException if a row or the header could not be written, or the file could not be
   *     flushed or moved into place; the temporary file is then deleted and a file already at the
   *     path is left as it was
   */
  @Override
  public void close() throws IOException {
    if (closed) {
      return;
    }
    closed = true;
    IOException problem = failure;
    try {
      out.close();
    } catch (IOException e) {
      problem = first(problem, e);
    }
    if (temporary == null || target == null) {
      if (problem != null) {
        throw problem;
      }
      return;
    }
    if (problem == null) {
      try {
        move(temporary, target);
        return;
      } catch (IOException e) {
        problem = e;
      }
    }
    try {
      Files.deleteIfExists(temporary);
    } catch (IOException e) {
      problem.addSuppressed(e);
    }
    throw problem;
  }

  /**
   * Closes the output without putting anything in place: for a writer of a file, the temporary file
   * is deleted and a file already at the path is left as it was. For a run that failed before every
   * rejection was written. Does nothing when already closed or discarded; never throws for a
   * problem of the file system.
   */
  public void discard() {
    if (closed) {
      return;
    }
    closed = true;
    try {
      out.close();
    } catch (IOException | RuntimeException e) {
      // nothing of it is kept
    }
    if (temporary != null) {
      try {
        Files.deleteIfExists(temporary);
      } catch (IOException e) {
        // a stray temporary file, named after the target and starting with a dot, is all it leaves
      }
    }
  }

  private static void move(Path from, Path to) throws IOException {
    try {
      Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
    }
  }

  private static IOException first(@Nullable IOException earlier, IOException later) {
    if (earlier == null) {
      return later;
    }
    if (earlier != later) {
      earlier.addSuppressed(later);
    }
    return earlier;
  }

  private void header() throws IOException {
    try {
      record(HEADER.toArray());
    } catch (IOException e) {
      failure = e;
      throw e;
    }
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

  /**
   * Returns the text with every lone surrogate replaced by U+FFFD, so that it can be written as
   * UTF-8; surrogate pairs and every other character are kept.
   *
   * @param text the text as read
   * @return the text, the same instance when it holds no lone surrogate
   */
  static String wellFormed(String text) {
    int i = firstLoneSurrogate(text, 0);
    if (i < 0) {
      return text;
    }
    StringBuilder sb = new StringBuilder(text.length());
    int from = 0;
    while (i >= 0) {
      sb.append(text, from, i).append('\uFFFD');
      from = i + 1;
      i = firstLoneSurrogate(text, from);
    }
    return sb.append(text, from, text.length()).toString();
  }

  /**
   * Returns the text with control characters, U+2028, U+2029, bidirectional formatting characters,
   * U+FEFF and lone surrogates written as {@code \}{@code uXXXX} escapes (upper-case hex), so that
   * it reads as one line and encodes as UTF-8.
   *
   * @param text a reason or a fix
   * @return the text, the same instance when nothing needs an escape
   */
  static String escaped(String text) {
    StringBuilder sb = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isHighSurrogate(c)
          && i + 1 < text.length()
          && Character.isLowSurrogate(text.charAt(i + 1))) {
        if (sb != null) {
          sb.append(c).append(text.charAt(i + 1));
        }
        i++;
        continue;
      }
      if (Character.isSurrogate(c) || needsEscape(c)) {
        if (sb == null) {
          sb = new StringBuilder(text.length() + 16).append(text, 0, i);
        }
        sb.append(String.format(Locale.ROOT, "\\u%04X", (int) c));
      } else if (sb != null) {
        sb.append(c);
      }
    }
    return sb == null ? text : sb.toString();
  }

  /** Control, line or paragraph separator, bidirectional formatting, or the byte order mark. */
  private static boolean needsEscape(char c) {
    return Character.isISOControl(c)
        || c == '\u2028'
        || c == '\u2029'
        || c == '\u061C'
        || c == '\u200E'
        || c == '\u200F'
        || (c >= '\u202A' && c <= '\u202E')
        || (c >= '\u2066' && c <= '\u2069')
        || c == '\uFEFF';
  }

  /**
   * The index of the first surrogate at or after {@code from} that is not half of a pair, or -1.
   */
  private static int firstLoneSurrogate(String text, int from) {
    for (int i = from; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isHighSurrogate(c)) {
        if (i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
          i++;
        } else {
          return i;
        }
      } else if (Character.isLowSurrogate(c)) {
        return i;
      }
    }
    return -1;
  }
}
