package dev.reciprocity.io;

import dev.reciprocity.internal.Texts;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The problems of the row being read by {@link FlowCsvReader}, and the messages of problems with a
 * whole source. Every reason and fix made here is the reader's own text; values are quoted by
 * {@link Rejection#message()} and text from a lower level (an {@link java.io.IOException}, the CSV
 * parser) goes through {@link #detail(Throwable)}, bounded and escaped. Not thread-safe.
 */
final class Problems {

  /**
   * The most characters of a lower-level message (of the CSV parser, of I/O) quoted in a reason.
   */
  static final int MAX_DETAIL = 100;

  final String source;
  private final List<Rejection> row = new ArrayList<>();

  Problems(String source) {
    this.source = source;
  }

  /** Forgets the problems of the previous row. */
  void clear() {
    row.clear();
  }

  boolean isEmpty() {
    return row.isEmpty();
  }

  List<Rejection> all() {
    return row;
  }

  /** Adds the rejection of a value. */
  void reject(long line, String column, String value, String reason, String fix) {
    row.add(Rejection.ofValue(source, line, column, value, reason, fix));
  }

  /** Adds the rejection of a value the row lacks. */
  void missing(long line, String column, long count) {
    row.add(
        new Rejection(
            source,
            line,
            Optional.of(column),
            Optional.empty(),
            "is missing: the row has " + count + " values but the header names more columns",
            "give the row a value for every column of the header, even an empty one"));
  }

  /**
   * The message of a lower-level problem, cut to {@value #MAX_DETAIL} characters, every control,
   * bidirectional or line-separating character escaped.
   */
  static String detail(Throwable e) {
    String m = e.getMessage();
    return m == null ? e.getClass().getSimpleName() : Texts.shown(m, MAX_DETAIL);
  }

  /** A problem with the source as a whole. */
  static FlowFileException fatal(
      String source, String reason, String fix, @Nullable Throwable cause) {
    return new FlowFileException(
        new Rejection(source, 0, Optional.empty(), Optional.empty(), reason, fix), cause);
  }

  /** A problem with the source from a line on. */
  static FlowFileException fatal(
      String source, long line, String reason, String fix, @Nullable Throwable cause) {
    return new FlowFileException(
        new Rejection(source, line, Optional.empty(), Optional.empty(), reason, fix), cause);
  }
}
