package dev.reciprocity.io;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads the header of {@link FlowCsvReader}: the first line that is not blank, which names the
 * {@link FlowCsvReader#REQUIRED_COLUMNS} in any order, each once, without regard to case or
 * surrounding spaces. Bounded before it is looked at: at most {@value
 * FlowCsvReader#MAX_HEADER_COLUMNS} columns and {@value FlowCsvReader#MAX_HEADER_LENGTH} characters
 * ({@link CsvRow} keeps no more of it). Every message names the header's own line.
 */
final class HeaderReader {

  /** The header as written by convention. */
  static final String HEADER_TEXT = String.join(",", FlowCsvReader.REQUIRED_COLUMNS);

  /**
   * The column positions found in the header; {@code unit} is {@code -1} when the header names no
   * {@link FlowCsvReader#UNIT_COLUMN unit} column.
   */
  record Header(int size, int timestamp, int giver, int receiver, int kind, int weight, int unit) {}

  private HeaderReader() {}

  /**
   * Reads the header from the row FastCSV parsed on {@code line}.
   *
   * @throws FlowFileException if it is too large, holds a flow, or does not name each column once
   */
  static Header read(String source, CsvRow row, long line) {
    if (row.count > FlowCsvReader.MAX_HEADER_COLUMNS) {
      throw Problems.fatal(
          source,
          line,
          "the header has "
              + row.count
              + " columns, more than the "
              + FlowCsvReader.MAX_HEADER_COLUMNS
              + " a flow file may have",
          "make line " + line + " a header that names the columns " + HEADER_TEXT,
          null);
    }
    if (row.overflow) {
      throw Problems.fatal(
          source,
          line,
          "the header is longer than "
              + FlowCsvReader.MAX_HEADER_LENGTH
              + " characters, more than a flow file's header may have",
          "make line " + line + " a header that names the columns " + HEADER_TEXT,
          null);
    }
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
              "line " + line + " holds a flow, not a header",
              "insert the header " + HEADER_TEXT + " before line " + line));
    }
    int[] index = new int[FlowCsvReader.REQUIRED_COLUMNS.size()];
    List<String> missing = new ArrayList<>();
    for (int c = 0; c < FlowCsvReader.REQUIRED_COLUMNS.size(); c++) {
      String name = FlowCsvReader.REQUIRED_COLUMNS.get(c);
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
              "the header on line " + line + " has no column " + String.join(", ", missing),
              "make line "
                  + line
                  + " a header that names the columns "
                  + HEADER_TEXT
                  + " (in any order; further columns are ignored)"));
    }
    int unit = names.indexOf(FlowCsvReader.UNIT_COLUMN);
    int lastUnit = names.lastIndexOf(FlowCsvReader.UNIT_COLUMN);
    if (unit != lastUnit) {
      throw new FlowFileException(
          Rejection.ofValue(
              source,
              line,
              FlowCsvReader.UNIT_COLUMN,
              found,
              "the header names the column "
                  + FlowCsvReader.UNIT_COLUMN
                  + " twice (columns "
                  + (unit + 1)
                  + " and "
                  + (lastUnit + 1)
                  + ")",
              "rename or remove one of them so that the header names each column once"));
    }
    return new Header(names.size(), index[0], index[1], index[2], index[3], index[4], unit);
  }

  /** Whether a header's first value is rather a flow's timestamp, in any year. */
  private static boolean looksLikeTimestamp(String text) {
    return TimestampReader.looksLikeDate(text);
  }
}
