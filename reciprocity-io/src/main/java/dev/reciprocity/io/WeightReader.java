package dev.reciprocity.io;

import dev.reciprocity.Amount;
import dev.reciprocity.PartyId;
import dev.reciprocity.internal.Texts;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Reads the {@code weight} column of {@link FlowCsvReader}: a non-negative decimal of the grammar
 * {@code [0-9]+(\.[0-9]{1,6})?} (zeros past the sixth place are read too: {@code 1.0000000}), ASCII
 * digits only, at most {@link Amount#MAX} and {@value Amount#MAX_TEXT_LENGTH} characters, into
 * micros. Every other text is refused with a fix for its likely cause (a sign, an exponent, a bare
 * point, a decimal comma, other digits, too many places, too large). Every step on the digits is
 * checked arithmetic: no value read can overflow, and no value read is negated (the advice for a
 * negative weight writes the digits without their sign). Not thread-safe: one per read.
 */
final class WeightReader {

  /** What {@link #micros(String)} returns for a text that is not of the grammar. */
  static final long NOT_A_NUMBER = -1;

  /** What {@link #micros(String)} returns for a number of more than 6 decimal places. */
  static final long TOO_MANY_PLACES = -2;

  /** What {@link #micros(String)} returns for a number past {@link Amount#MAX}. */
  static final long TOO_LARGE = -3;

  /** The most characters of a party's name quoted in the advice for a negative weight. */
  private static final int NAME_SHOWN = 24;

  private static final long[] POWERS_OF_TEN = {1, 10, 100, 1_000, 10_000, 100_000, 1_000_000};

  private final Problems problems;

  /** The weight read last, in micros, set by {@link #read}. */
  long micros;

  WeightReader(Problems problems) {
    this.problems = problems;
  }

  /**
   * Reads value {@code index} of the row into {@link #micros}; false after a rejection. The parties
   * (null when rejected) name who gave and received in the advice for a negative weight.
   */
  boolean read(
      CsvRow row, long line, int index, @Nullable PartyId giver, @Nullable PartyId receiver) {
    if (index >= row.count) {
      problems.missing(line, "weight", row.count);
      return false;
    }
    if (fast(row.chars(), row.start(index), row.end(index))) {
      return true;
    }
    return slow(line, row.text(index).strip(), giver, receiver);
  }

  /**
   * Reads a weight of 1 to 12 ASCII digits, optionally followed by a dot and 1 to 6 digits, into
   * {@link #micros}; false for any other text, which {@link #slow} then reads. Such a text is well
   * within {@link Amount#MAX}: no step can overflow.
   */
  private boolean fast(char[] c, int from, int to) {
    long whole = 0;
    int i = from;
    while (i < to && c[i] >= '0' && c[i] <= '9') {
      whole = whole * 10 + (c[i] - '0');
      i++;
    }
    int wholeDigits = i - from;
    if (wholeDigits == 0 || wholeDigits > 12) {
      return false;
    }
    long fraction = 0;
    int fractionDigits = 0;
    if (i < to) {
      if (c[i] != '.') {
        return false;
      }
      i++;
      while (i < to && c[i] >= '0' && c[i] <= '9') {
        fraction = fraction * 10 + (c[i] - '0');
        fractionDigits++;
        i++;
      }
      if (i < to || fractionDigits == 0 || fractionDigits > Amount.SCALE) {
        return false;
      }
    }
    micros = whole * 1_000_000 + fraction * POWERS_OF_TEN[Amount.SCALE - fractionDigits];
    return true;
  }

  /**
   * The micros of a text of the grammar {@code [0-9]+(\.[0-9]+)?}; {@link #TOO_MANY_PLACES}, {@link
   * #TOO_LARGE} or {@link #NOT_A_NUMBER} otherwise. Checked arithmetic throughout.
   */
  static long micros(String text) {
    int n = text.length();
    int i = 0;
    long whole = 0;
    boolean large = false;
    while (i < n && isAscii(text.charAt(i))) {
      if (!large) {
        try {
          whole = Math.addExact(Math.multiplyExact(whole, 10), text.charAt(i) - '0');
        } catch (ArithmeticException e) {
          large = true;
        }
      }
      i++;
    }
    if (i == 0) {
      return NOT_A_NUMBER;
    }
    long fraction = 0;
    int places = 0;
    if (i < n) {
      if (text.charAt(i) != '.') {
        return NOT_A_NUMBER;
      }
      i++;
      int start = i;
      while (i < n && isAscii(text.charAt(i))) {
        if (places < Amount.SCALE) {
          fraction = fraction * 10 + (text.charAt(i) - '0');
        }
        places++;
        i++;
      }
      if (i < n || i == start) {
        return NOT_A_NUMBER;
      }
    }
    for (int k = n - places + Amount.SCALE; k < n; k++) {
      if (text.charAt(k) != '0') {
        return TOO_MANY_PLACES; // zeros past the sixth place change nothing and are read
      }
    }
    if (places > Amount.SCALE) {
      places = Amount.SCALE;
    }
    if (large) {
      return TOO_LARGE;
    }
    try {
      return Math.addExact(
          Math.multiplyExact(whole, 1_000_000L),
          Math.multiplyExact(fraction, POWERS_OF_TEN[Amount.SCALE - places]));
    } catch (ArithmeticException e) {
      return TOO_LARGE;
    }
  }

  private static boolean isAscii(char c) {
    return c >= '0' && c <= '9';
  }

  private boolean slow(
      long line, String text, @Nullable PartyId giver, @Nullable PartyId receiver) {
    String reason;
    String fix;
    if (text.isEmpty()) {
      reason = "is empty";
      fix = "write how much flowed as a number, such as 1 or 0.5";
    } else if (text.length() > Amount.MAX_TEXT_LENGTH) {
      reason = "is longer than " + Amount.MAX_TEXT_LENGTH + " characters, too long for an amount";
      fix = "write how much flowed as a plain number, such as 1 or 0.5";
    } else {
      long read = micros(text);
      if (read >= 0) {
        micros = read;
        return true;
      }
      int foreign = foreignDigit(text);
      char first = text.charAt(0);
      String rest = text.substring(1);
      long unsigned = micros(rest);
      if (foreign >= 0) {
        reason =
            String.format(
                Locale.ROOT,
                "holds the digit %s (U+%04X), which is not an ASCII digit 0 to 9",
                Texts.quote(Character.toString(foreign)),
                foreign);
        fix = "write the number with the digits 0 to 9, such as 12 or 0.5";
      } else if (first == '-' && unsigned == 0) {
        reason = "is a negative zero";
        fix = "write 0 without the minus sign";
      } else if (first == '-' && unsigned > 0) {
        reason = "is negative";
        fix =
            "record the flow the other way round: swap giver and receiver"
                + (giver != null && receiver != null
                    ? " ("
                        + Texts.quote(receiver.value(), NAME_SHOWN)
                        + " gave "
                        + Texts.quote(giver.value(), NAME_SHOWN)
                        + ")"
                    : "")
                + " and write "
                + rest;
      } else if (first == '-' && unsigned != NOT_A_NUMBER) {
        reason = "is negative";
        fix = "record the flow the other way round, with a weight of at most " + Amount.MAX;
      } else if (first == '+' && unsigned >= 0) {
        reason = "has a plus sign";
        fix = "write the number without its sign: " + rest;
      } else if (isExponent(text)) {
        reason = "is in exponent notation";
        fix = "write the number out in plain digits, such as 1000 for 1e3";
      } else if (first == '.' && micros("0" + text) != NOT_A_NUMBER) {
        reason = "has no digit before the decimal point";
        fix = "write 0" + text;
      } else if (text.endsWith(".") && micros(text.substring(0, text.length() - 1)) >= 0) {
        reason = "has no digit after the decimal point";
        fix = "write " + text.substring(0, text.length() - 1);
      } else if (read == TOO_MANY_PLACES) {
        reason = "has more than " + Amount.SCALE + " decimal places";
        fix = "round it to " + Amount.SCALE + " decimal places, or count in a smaller unit";
      } else if (read == TOO_LARGE) {
        reason = "is too large: a weight is at most " + Amount.MAX;
        fix = "count in a larger unit";
      } else if (text.indexOf(',') >= 0) {
        reason = "is not a number";
        fix = "write the decimal separator as a dot and no thousands separator, such as 1000.5";
      } else {
        reason = "is not a number";
        fix = "write a plain decimal number such as 1 or 0.5, without unit or thousands separator";
      }
    }
    problems.reject(line, "weight", text, reason, fix);
    return false;
  }

  /** Whether the text is a number in exponent notation, such as {@code 1e3} or {@code 2.5E-1}. */
  private static boolean isExponent(String text) {
    int e = Math.max(text.indexOf('e'), text.indexOf('E'));
    if (e <= 0 || e == text.length() - 1) {
      return false;
    }
    String mantissa = text.substring(0, e);
    String exponent = text.substring(e + 1);
    if (exponent.charAt(0) == '+' || exponent.charAt(0) == '-') {
      exponent = exponent.substring(1);
    }
    if (mantissa.charAt(0) == '+' || mantissa.charAt(0) == '-') {
      mantissa = mantissa.substring(1);
    }
    return !exponent.isEmpty()
        && micros(exponent) != NOT_A_NUMBER
        && exponent.indexOf('.') < 0
        && (micros(mantissa) != NOT_A_NUMBER || micros("0" + mantissa) != NOT_A_NUMBER);
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
}
