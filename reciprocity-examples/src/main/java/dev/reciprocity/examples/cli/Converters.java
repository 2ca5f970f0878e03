package dev.reciprocity.examples.cli;

import dev.reciprocity.io.FlowCsvReader;
import dev.reciprocity.io.ReportFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import picocli.CommandLine;
import picocli.CommandLine.TypeConversionException;

/**
 * The option converters of the command line. A value they refuse becomes picocli's usage error
 * (exit code 2) with a message that names the value and what would be accepted.
 */
final class Converters {

  private Converters() {}

  /** Registers every converter on a command and its subcommands. */
  static void registerAll(CommandLine cmd) {
    cmd.registerConverter(Season.class, Converters::season);
    cmd.registerConverter(ReportFormat.class, Converters::format);
    cmd.registerConverter(Instant.class, Converters::dateOrInstant);
  }

  static Season season(String text) {
    return Season.of(text).orElseThrow(() -> new TypeConversionException(
        "'" + text + "' is not a season length; use " + Season.choices()));
  }

  static ReportFormat format(String text) {
    return ReportFormat.of(text).orElseThrow(() -> new TypeConversionException(
        "'" + text + "' is not a report format; use " + ReportFormat.choices()));
  }

  /**
   * Reads a calendar date (midnight UTC at its start) or an ISO-8601 instant with an offset.
   *
   * @param text such as {@code 2024-01-01}, {@code 2024-01-01T09:30:00Z} or
   *     {@code 2024-01-01T09:30:00+02:00}
   * @return the instant
   * @throws TypeConversionException if the text is neither
   */
  static Instant dateOrInstant(String text) {
    String t = text.strip();
    try {
      return LocalDate.parse(t).atStartOfDay(ZoneOffset.UTC).toInstant();
    } catch (DateTimeParseException notADate) {
      // try the next form
    }
    try {
      return FlowCsvReader.parseInstant(t);
    } catch (DateTimeParseException notAnInstant) {
      // explained below
    }
    try {
      LocalDateTime.parse(t);
      throw new TypeConversionException("'" + text + "' has no offset; add Z for UTC ("
          + t + "Z) or an offset such as +02:00");
    } catch (DateTimeParseException e) {
      throw new TypeConversionException("'" + text + "' is neither a date such as 2024-01-01"
          + " (midnight UTC) nor an instant such as 2024-01-01T09:30:00Z");
    }
  }
}
