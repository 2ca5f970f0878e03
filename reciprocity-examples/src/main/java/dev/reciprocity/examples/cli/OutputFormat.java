package dev.reciprocity.examples.cli;

import dev.reciprocity.io.ReportFormat;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * What {@code --format} names: one of the report formats ({@link ReportFormat}), or {@code
 * valueflows}, the findings of a review as ValueFlows JSON-LD ({@link
 * dev.reciprocity.io.ValueFlowsWriter}), which only {@code review} of a ValueFlows file writes.
 */
enum OutputFormat {
  /** {@link ReportFormat#TEXT}. */
  TEXT(ReportFormat.TEXT),
  /** {@link ReportFormat#MARKDOWN}. */
  MARKDOWN(ReportFormat.MARKDOWN),
  /** {@link ReportFormat#JSON}. */
  JSON(ReportFormat.JSON),
  /** The findings as ValueFlows JSON-LD, citing the events of the file read. */
  VALUEFLOWS(null);

  private final @Nullable ReportFormat report;

  OutputFormat(@Nullable ReportFormat report) {
    this.report = report;
  }

  /**
   * The report format this names.
   *
   * @return the format; empty for {@link #VALUEFLOWS}
   */
  Optional<ReportFormat> report() {
    return Optional.ofNullable(report);
  }

  /** The word on the command line. */
  String word() {
    return report == null ? "valueflows" : report.word();
  }

  /** The format of a word, in any case; empty for any other word. */
  static Optional<OutputFormat> of(String word) {
    String w = word.strip().toLowerCase(Locale.ROOT);
    return Arrays.stream(values()).filter(f -> f.word().equals(w)).findFirst();
  }

  /** The words {@link #of(String)} accepts, for messages: {@code "text, markdown, json or ..."}. */
  static String choices() {
    return Arrays.stream(values())
        .map(OutputFormat::word)
        .collect(Collectors.joining(", "))
        .replaceFirst(", (\\w+)$", " or $1");
  }

  /** Returns {@link #word()}, as shown in help. */
  @Override
  public String toString() {
    return word();
  }
}
