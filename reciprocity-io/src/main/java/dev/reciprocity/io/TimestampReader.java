package dev.reciprocity.io;

import dev.reciprocity.Flow;
import dev.reciprocity.internal.Texts;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Reads the {@code timestamp} column of {@link FlowCsvReader}: the instant of the grammar {@code
 * yyyy-MM-ddTHH:mm:ss[.f{1,9}](Z|+hh:mm|-hh:mm)}, ASCII digits, upper case {@code T} and {@code Z},
 * in the years 0001 to 9999. Every other text is refused with a fix for its likely cause (a lower
 * case {@code t}, no seconds, no offset, a date alone, digits other than ASCII). The common form
 * {@code 2005-05-21T00:49:13Z} is read without making an object, the day reused while the date
 * repeats. Not thread-safe: one per read.
 */
final class TimestampReader {

  /** The reason given for an instant outside the supported time range. */
  static final String OUT_OF_RANGE =
      "lies outside the supported time range " + Flow.EARLIEST + " to " + Flow.LATEST;

  private static final String EXAMPLE = "2005-05-21T00:49:13Z";

  private final Problems problems;

  /** The instant of the value read last, set by {@link #read}. */
  long epochSecond;

  int nano;

  // the date of the last fast-path timestamp, whose day is reused while the date repeats
  private final char[] lastDate = new char[10];
  private boolean haveLastDate;
  private long lastEpochDay;

  TimestampReader(Problems problems) {
    this.problems = problems;
  }

  /**
   * Reads value {@code index} of the row into {@link #epochSecond} and {@link #nano}; false after a
   * rejection.
   */
  boolean read(CsvRow row, long line, int index) {
    if (index >= row.count) {
      problems.missing(line, "timestamp", row.count);
      return false;
    }
    if (fast(row.chars(), row.start(index), row.end(index))) {
      return true;
    }
    String text = row.text(index).strip();
    Instant instant = slow(line, text);
    if (instant == null) {
      return false;
    }
    epochSecond = instant.getEpochSecond();
    nano = instant.getNano();
    return true;
  }

  /**
   * Reads a timestamp of exactly the form {@code yyyy-MM-ddTHH:mm:ssZ} in the years 0001 to 9999 (a
   * valid date, hours 00 to 23, minutes and seconds 00 to 59); false for any other text, which
   * {@link #slow} then reads. Such a text is an instant of the grammar within {@link Flow}'s range.
   */
  private boolean fast(char[] c, int from, int to) {
    if (to - from != 20
        || c[from + 4] != '-'
        || c[from + 7] != '-'
        || c[from + 10] != 'T'
        || c[from + 13] != ':'
        || c[from + 16] != ':'
        || c[from + 19] != 'Z') {
      return false;
    }
    long day;
    if (haveLastDate && Arrays.equals(c, from, from + 10, lastDate, 0, 10)) {
      day = lastEpochDay;
    } else {
      int year = digits(c, from, 4);
      int month = digits(c, from + 5, 2);
      int dayOfMonth = digits(c, from + 8, 2);
      if (year < 1 || month < 0 || dayOfMonth < 0) {
        return false;
      }
      try {
        day = LocalDate.of(year, month, dayOfMonth).toEpochDay();
      } catch (DateTimeException e) {
        return false;
      }
      System.arraycopy(c, from, lastDate, 0, 10);
      lastEpochDay = day;
      haveLastDate = true;
    }
    int hour = digits(c, from + 11, 2);
    int minute = digits(c, from + 14, 2);
    int second = digits(c, from + 17, 2);
    if (hour < 0 || hour > 23 || minute < 0 || minute > 59 || second < 0 || second > 59) {
      return false;
    }
    epochSecond = day * 86_400 + hour * 3_600L + minute * 60L + second;
    nano = 0;
    return true;
  }

  /** The number written by {@code n} ASCII digits from {@code from}, or -1. */
  private static int digits(char[] c, int from, int n) {
    int value = 0;
    for (int i = from; i < from + n; i++) {
      int d = c[i] - '0';
      if (d < 0 || d > 9) {
        return -1;
      }
      value = value * 10 + d;
    }
    return value;
  }

  /** The number written by {@code n} ASCII digits of {@code s} from {@code from}, or -1. */
  private static int digits(String s, int from, int n) {
    int value = 0;
    for (int i = from; i < from + n; i++) {
      int d = s.charAt(i) - '0';
      if (d < 0 || d > 9) {
        return -1;
      }
      value = value * 10 + d;
    }
    return value;
  }

  private @Nullable Instant slow(long line, String text) {
    if (text.isEmpty()) {
      problems.reject(
          line, "timestamp", text, "is empty", "write when the flow happened, such as " + EXAMPLE);
      return null;
    }
    if (text.length() > FlowCsvReader.MAX_TIMESTAMP_LENGTH) {
      problems.reject(
          line,
          "timestamp",
          text,
          "is longer than " + FlowCsvReader.MAX_TIMESTAMP_LENGTH + " characters",
          "write an ISO-8601 instant such as " + EXAMPLE);
      return null;
    }
    Instant instant = strict(text);
    if (instant == null) {
      problems.reject(line, "timestamp", text, reason(text), fix(text));
      return null;
    }
    if (!inRange(instant)) {
      problems.reject(
          line, "timestamp", text, OUT_OF_RANGE, "check the year: it must lie from 0001 to 9999");
      return null;
    }
    return instant;
  }

  /** Why a text of at most {@value FlowCsvReader#MAX_TIMESTAMP_LENGTH} characters is refused. */
  private static String reason(String text) {
    int foreign = foreignDigit(text);
    if (foreign >= 0) {
      return String.format(
          Locale.ROOT,
          "holds the digit %s (U+%04X), which is not an ASCII digit 0 to 9",
          Texts.quote(Character.toString(foreign)),
          foreign);
    }
    if (isFarYear(text)) {
      return OUT_OF_RANGE;
    }
    return "is not an ISO-8601 instant of the form yyyy-MM-ddTHH:mm:ssZ or with an offset";
  }

  /** The fix for a text {@link #strict} refused, after its likely cause. */
  private static String fix(String text) {
    String shown = Texts.shown(text, FlowCsvReader.MAX_TIMESTAMP_LENGTH);
    if (foreignDigit(text) >= 0) {
      return "write the instant with the digits 0 to 9, such as " + EXAMPLE;
    }
    if (isFarYear(text)) {
      return "write a year from 0001 to 9999 (4 digits, no sign)";
    }
    String upper = text.toUpperCase(Locale.ROOT);
    if (!upper.equals(text) && strict(upper) != null) {
      return "write T and Z in upper case: " + Texts.shown(upper, 64);
    }
    int end = offsetStart(text);
    String local = text.substring(0, end);
    String offset = text.substring(end);
    if (local.length() == 16 && strict(local + ":00" + (offset.isEmpty() ? "Z" : offset)) != null) {
      return offset.isEmpty()
          ? "add the seconds and the offset, such as " + Texts.shown(local, 64) + ":00Z"
          : "add the seconds: " + Texts.shown(local + ":00" + offset, 64);
    }
    if (offset.isEmpty() && strict(text + "Z") != null) {
      return "add the offset: Z for UTC (" + shown + "Z) or one such as +02:00";
    }
    if (strict(text + "T00:00:00Z") != null) {
      return "add the time and offset, such as " + shown + "T00:00:00Z";
    }
    return "write an ISO-8601 instant with offset, such as "
        + EXAMPLE
        + " or 2005-05-21T02:49:13+02:00";
  }

  /**
   * Whether the text looks like a date of a year written with a sign or more than 4 digits, such as
   * {@code +300000-01-03T00:00:00Z}: ASCII digits, bounded by the text's length.
   */
  static boolean isFarYear(String text) {
    int i = text.startsWith("+") || text.startsWith("-") ? 1 : 0;
    int start = i;
    while (i < text.length() && text.charAt(i) >= '0' && text.charAt(i) <= '9') {
      i++;
    }
    int digits = i - start;
    return (start == 1 ? digits >= 4 : digits > 4) && i < text.length() && text.charAt(i) == '-';
  }

  /**
   * Whether the text starts as a date does, in any year: {@code 2024-03-01T}, {@code
   * +300000-01-03t}.
   */
  static boolean looksLikeDate(String text) {
    int i = text.startsWith("+") || text.startsWith("-") ? 1 : 0;
    int start = i;
    while (i < text.length() && text.charAt(i) >= '0' && text.charAt(i) <= '9') {
      i++;
    }
    return i - start >= 4
        && text.length() >= i + 7
        && text.charAt(i) == '-'
        && Character.isDigit(text.charAt(i + 1))
        && Character.isDigit(text.charAt(i + 2))
        && text.charAt(i + 3) == '-'
        && Character.isDigit(text.charAt(i + 4))
        && Character.isDigit(text.charAt(i + 5))
        && (text.length() == i + 6 || "Tt ".indexOf(text.charAt(i + 6)) >= 0);
  }

  /** Where the offset of a text starts: at its Z or its sign after the time, else its end. */
  private static int offsetStart(String text) {
    if (text.length() > 10) {
      for (int i = text.length() - 1; i > 10; i--) {
        char c = text.charAt(i);
        if (c == 'Z' || c == 'z' || c == '+' || c == '-') {
          return i;
        }
      }
    }
    return text.length();
  }

  /** The first digit of the text that is not an ASCII digit, or -1. */
  private static int foreignDigit(String text) {
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      if (Character.isDigit(cp) && (cp < '0' || cp > '9')) {
        return cp;
      }
      i += Character.charCount(cp);
    }
    return -1;
  }

  static boolean inRange(Instant instant) {
    return !instant.isBefore(Flow.EARLIEST) && !instant.isAfter(Flow.LATEST);
  }

  /**
   * Reads a text of the grammar {@code yyyy-MM-ddTHH:mm:ss[.f{1,9}](Z|+hh:mm|-hh:mm)} (ASCII
   * digits, a valid date and time, an offset of at most 18 hours), in any year 0000 to 9999; null
   * for any other text.
   */
  static @Nullable Instant strict(String t) {
    int n = t.length();
    if (n < 20
        || n > FlowCsvReader.MAX_TIMESTAMP_LENGTH
        || t.charAt(4) != '-'
        || t.charAt(7) != '-'
        || t.charAt(10) != 'T'
        || t.charAt(13) != ':'
        || t.charAt(16) != ':') {
      return null;
    }
    int year = digits(t, 0, 4);
    int month = digits(t, 5, 2);
    int day = digits(t, 8, 2);
    int hour = digits(t, 11, 2);
    int minute = digits(t, 14, 2);
    int second = digits(t, 17, 2);
    if (year < 0
        || month < 0
        || day < 0
        || hour < 0
        || hour > 23
        || minute < 0
        || minute > 59
        || second < 0
        || second > 59) {
      return null;
    }
    int i = 19;
    int fraction = 0;
    if (t.charAt(i) == '.') {
      int digits = 0;
      i++;
      while (i < n && t.charAt(i) >= '0' && t.charAt(i) <= '9') {
        if (digits == 9) {
          return null;
        }
        fraction = fraction * 10 + (t.charAt(i) - '0');
        digits++;
        i++;
      }
      if (digits == 0) {
        return null;
      }
      for (int k = digits; k < 9; k++) {
        fraction *= 10;
      }
    }
    int offsetSeconds;
    if (i == n - 1 && t.charAt(i) == 'Z') {
      offsetSeconds = 0;
    } else if (i == n - 6 && (t.charAt(i) == '+' || t.charAt(i) == '-') && t.charAt(i + 3) == ':') {
      int oh = digits(t, i + 1, 2);
      int om = digits(t, i + 4, 2);
      if (oh < 0 || om < 0 || om > 59 || oh * 60 + om > 18 * 60) {
        return null;
      }
      offsetSeconds = (t.charAt(i) == '-' ? -1 : 1) * (oh * 3_600 + om * 60);
    } else {
      return null;
    }
    long epochDay;
    try {
      epochDay = LocalDate.of(year, month, day).toEpochDay();
    } catch (DateTimeException e) {
      return null;
    }
    long seconds = epochDay * 86_400 + hour * 3_600L + minute * 60L + second - offsetSeconds;
    return Instant.ofEpochSecond(seconds, fraction);
  }

  /** {@link FlowCsvReader#parseInstant(String)}. */
  static Instant parseInstant(String text) {
    if (text.length() > FlowCsvReader.MAX_TIMESTAMP_LENGTH) {
      throw new DateTimeParseException(
          Texts.quote(text)
              + " is longer than "
              + FlowCsvReader.MAX_TIMESTAMP_LENGTH
              + " characters, too long for an ISO-8601 instant",
          Texts.shown(text),
          0);
    }
    Instant instant = strict(text);
    if (instant == null) {
      throw new DateTimeParseException(
          Texts.message(Texts.quote(text) + " " + reason(text) + ". Fix: " + fix(text)), text, 0);
    }
    if (!inRange(instant)) {
      throw new DateTimeParseException(Texts.quote(text) + " " + OUT_OF_RANGE, text, 0);
    }
    return instant;
  }
}
