package dev.reciprocity.examples.cli;

import dev.reciprocity.Flow;
import dev.reciprocity.internal.Texts;
import dev.reciprocity.io.FlowCsvReader;
import dev.reciprocity.io.ReportFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import picocli.CommandLine;
import picocli.CommandLine.TypeConversionException;

/**
 * The option converters of the command line. A value they refuse becomes picocli's usage error
 * (exit code 2) with a message that names the value (at most 60 characters of it, with its length
 * when longer) and what would be accepted.
 */
final class Converters {

  private Converters() {}

  /** Registers every converter on a command and its subcommands. */
  static void registerAll(CommandLine cmd) {
    cmd.registerConverter(Season.class, Converters::season);
    cmd.registerConverter(ReportFormat.class, Converters::format);
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
                    Texts.quote(text) + " is not a season length; use " + Season.choices()));
  }

  /**
   * Reads a report format.
   *
   * @param text {@code text}, {@code markdown} or {@code json}, in any case
   * @return the format
   * @throws TypeConversionException for any other text
   */
  static ReportFormat format(String text) {
    return ReportFormat.of(text)
        .orElseThrow(
            () ->
                new TypeConversionException(
                    Texts.quote(text) + " is not a report format; use " + ReportFormat.choices()));
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
          Texts.quote(text)
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
            Texts.quote(text)
                + " is neither a date such as"
                + " 2024-01-01 (midnight UTC) nor an instant such as 2024-01-01T09:30:00Z");
      }
      throw new TypeConversionException(
          Texts.quote(text)
              + " has no offset; add Z for UTC ("
              + t
              + "Z) or an offset such as +02:00");
    }
    if (instant.isBefore(Flow.EARLIEST) || instant.isAfter(Flow.LATEST)) {
      throw new TypeConversionException(
          Texts.quote(text)
              + " lies outside the supported time"
              + " range "
              + Flow.EARLIEST
              + " to "
              + Flow.LATEST
              + "; check the year");
    }
    return instant;
  }
}
