package dev.reciprocity.examples.report;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The forms a {@link ReviewReport} can take. Each renders the whole report to one string. */
public enum ReportFormat {
  /** Plain text for a terminal, wrapped at 100 columns. */
  TEXT("text", r -> ReviewDocument.write(r, new TextDoc())),
  /** CommonMark with GitHub tables; party names are escaped. */
  MARKDOWN("markdown", r -> ReviewDocument.write(r, new MarkdownDoc())),
  /** One JSON object for programs: exact amounts, unrounded shares, null where undefined. */
  JSON("json", JsonReport::render);

  private final String word;
  private final Function<ReviewReport, String> renderer;

  ReportFormat(String word, Function<ReviewReport, String> renderer) {
    this.word = word;
    this.renderer = renderer;
  }

  /**
   * Renders a report.
   *
   * @param report the report
   * @return the whole document, ending with a line break
   */
  public String render(ReviewReport report) {
    return renderer.apply(report);
  }

  /**
   * The word for this format, as written on the command line.
   *
   * @return {@code text}, {@code markdown} or {@code json}
   */
  public String word() {
    return word;
  }

  /**
   * Finds the format for a word, ignoring case.
   *
   * @param word {@code text}, {@code markdown} or {@code json}
   * @return the format; empty for any other word
   */
  public static Optional<ReportFormat> of(String word) {
    String w = word.strip().toLowerCase(Locale.ROOT);
    return Arrays.stream(values()).filter(f -> f.word.equals(w)).findFirst();
  }

  /**
   * The words accepted by {@link #of(String)}, for messages.
   *
   * @return {@code "text, markdown or json"}
   */
  public static String choices() {
    return Arrays.stream(values()).map(ReportFormat::word).collect(Collectors.joining(", "))
        .replaceFirst(", (\\w+)$", " or $1");
  }

  /** Returns {@link #word()}, as shown in help. */
  @Override
  public String toString() {
    return word;
  }
}
