package dev.reciprocity.examples.cli;

import dev.reciprocity.Flow;
import dev.reciprocity.io.FlowCsvReader;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import picocli.CommandLine;
import picocli.CommandLine.TypeConversionException;

/**
 * The option converters of the command line. A value they refuse becomes picocli's usage error
 * (exit code 2) with a message that names the value (at most {@value #MAX_SHOWN} characters of it,
 * escapes counted, with its length when longer) and what would be accepted.
 */
final class Converters {

  /** The most characters of a refused value a message shows, escapes counted: {@value}. */
  static final int MAX_SHOWN = 60;

  private Converters() {}

  /** Registers every converter on a command and its subcommands. */
  static void registerAll(CommandLine cmd) {
    cmd.registerConverter(Season.class, Converters::season);
    cmd.registerConverter(OutputFormat.class, Converters::format);
    cmd.registerConverter(Instant.class, Converters::dateOrInstant);
  }

  /**
   * Reads a season length.
   *
   * @param text {@code month}, {@code quarter} or {@code year}, in any case
   * @return the season
   * @throws TypeConversionException for any other text
   */
  static Season season(String text) {
    return Season.of(text)
        .orElseThrow(
            () ->
                new TypeConversionException(
                    quote(text) + " is not a season length; use " + Season.choices()));
  }

  /**
   * Reads an output format.
   *
   * @param text {@code text}, {@code markdown}, {@code json} or {@code valueflows}, in any case
   * @return the format
   * @throws TypeConversionException for any other text
   */
  static OutputFormat format(String text) {
    return OutputFormat.of(text)
        .orElseThrow(
            () ->
                new TypeConversionException(
                    quote(text) + " is not a report format; use " + OutputFormat.choices()));
  }

  /**
   * Reads a calendar date (midnight UTC at its start) or an ISO-8601 instant with an offset, in the
   * years 0001 to 9999 that flows may have.
   *
   * @param text such as {@code 2024-01-01}, {@code 2024-01-01T09:30:00Z} or {@code
   *     2024-01-01T09:30:00+02:00}; at most {@value
   *     dev.reciprocity.io.FlowCsvReader#MAX_TIMESTAMP_LENGTH} characters
   * @return the instant
   * @throws TypeConversionException if the text is neither, is too long, or lies outside the
   *     supported time range
   */
  static Instant dateOrInstant(String text) {
    String t = text.strip();
    if (t.length() > FlowCsvReader.MAX_TIMESTAMP_LENGTH) {
      throw new TypeConversionException(
          quote(text)
              + " is longer than "
              + FlowCsvReader.MAX_TIMESTAMP_LENGTH
              + " characters, too long for a date or an instant;"
              + " write one such as 2024-01-01 or 2024-01-01T09:30:00Z");
    }
    Instant instant = null;
    try {
      instant = LocalDate.parse(t).atStartOfDay(ZoneOffset.UTC).toInstant();
    } catch (DateTimeParseException notADate) {
      // try the next form
    }
    if (instant == null) {
      try {
        instant = OffsetDateTime.parse(t, DateTimeFormatter.ISO_OFFSET_DATE_TIME).toInstant();
      } catch (DateTimeParseException notAnInstant) {
        // explained below
      }
    }
    if (instant == null) {
      try {
        LocalDateTime.parse(t);
      } catch (DateTimeParseException e) {
        throw new TypeConversionException(
            quote(text)
                + " is neither a date such as"
                + " 2024-01-01 (midnight UTC) nor an instant such as 2024-01-01T09:30:00Z");
      }
      throw new TypeConversionException(
          quote(text) + " has no offset; add Z for UTC (" + t + "Z) or an offset such as +02:00");
    }
    if (instant.isBefore(Flow.EARLIEST) || instant.isAfter(Flow.LATEST)) {
      throw new TypeConversionException(
          quote(text)
              + " lies outside the supported time"
              + " range "
              + Flow.EARLIEST
              + " to "
              + Flow.LATEST
              + "; check the year");
    }
    return instant;
  }

  /**
   * Returns a value typed on the command line in single quotes, safe to print on one line: control
   * characters, the line and paragraph separators, bidirectional formatting characters, U+FEFF and
   * lone surrogates as {@code \}{@code uXXXX} escapes ({@code \n}, {@code \r}, {@code \t} for the
   * common three), at most {@value #MAX_SHOWN} characters with escapes counted, never cut inside a
   * surrogate pair, and the full length said when cut: {@code 'aaaa...' (10000 characters)}.
   *
   * @param value the value as typed
   * @return the quoted value, at most about 90 characters
   */
  static String quote(String value) {
    StringBuilder sb = new StringBuilder(MAX_SHOWN + 32).append('\'');
    boolean cut = false;
    int shown = 0;
    for (int i = 0; i < value.length(); ) {
      int cp = value.codePointAt(i);
      String piece;
      if (cp == '\n') {
        piece = "\\n";
      } else if (cp == '\r') {
        piece = "\\r";
      } else if (cp == '\t') {
        piece = "\\t";
      } else if (mustEscape(cp)) {
        piece = String.format(Locale.ROOT, "\\u%04X", cp);
      } else {
        piece = Character.toString(cp);
      }
      if (shown + piece.length() > MAX_SHOWN) {
        sb.append("...");
        cut = true;
        break;
      }
      sb.append(piece);
      shown += piece.length();
      i += Character.charCount(cp);
    }
    sb.append('\'');
    if (cut) {
      sb.append(" (").append(value.length()).append(" characters)");
    }
    return sb.toString();
  }

  /** Control, line or paragraph separator, bidirectional formatting, byte order mark, surrogate. */
  private static boolean mustEscape(int cp) {
    return Character.isISOControl(cp)
        || (Character.charCount(cp) == 1 && Character.isSurrogate((char) cp))
        || cp == 0x2028
        || cp == 0x2029
        || cp == 0x061C
        || cp == 0x200E
        || cp == 0x200F
        || (cp >= 0x202A && cp <= 0x202E)
        || (cp >= 0x2066 && cp <= 0x2069)
        || cp == 0xFEFF;
  }
}
