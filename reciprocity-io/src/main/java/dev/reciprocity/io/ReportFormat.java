package dev.reciprocity.io;

import dev.reciprocity.core.FindingFormatters;
import dev.reciprocity.core.ReviewReport;
import dev.reciprocity.core.ScoreReport;
import dev.reciprocity.spi.FindingFormatter;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The forms a {@link ReviewReport}, or the {@link ScoreReport} of one scoring strategy, can take.
 * Each renders the whole report to one string; the sentences of findings come from a {@link
 * FindingFormatter}, the built-in English one unless told otherwise. Thread-safe.
 *
 * <pre>{@code
 * String json = ReportFormat.JSON.render(
 *     ReciprocityReviews.builder(snapshot).source("my platform").settings(settings).report());
 * }</pre>
 */
public enum ReportFormat {
  /** Plain text for a terminal, wrapped at 100 columns. */
  TEXT("text"),
  /** CommonMark with GitHub tables; party names are escaped. */
  MARKDOWN("markdown"),
  /** One JSON object for programs: exact amounts, unrounded shares, null where undefined. */
  JSON("json");

  private final String word;

  ReportFormat(String word) {
    this.word = word;
  }

  /**
   * Renders a report, wording findings in English ({@link FindingFormatters#english()}).
   *
   * @param report the report
   * @return the whole document, ending with a line break
   */
  public String render(ReviewReport report) {
    return render(report, FindingFormatters.english());
  }

  /**
   * Renders a report, wording findings with a formatter of the caller's, such as one that knows the
   * host's own finding types.
   *
   * @param report the report
   * @param formatter makes each finding's summary and suggestion
   * @return the whole document, ending with a line break
   */
  public String render(ReviewReport report, FindingFormatter formatter) {
    return switch (this) {
      case TEXT -> ReviewDocument.write(report, new TextDoc(), formatter);
      case MARKDOWN -> ReviewDocument.write(report, new MarkdownDoc(), formatter);
      case JSON -> JsonReport.render(report, formatter);
    };
  }

  /**
   * Writes a report to a writer, as {@link #render(ReviewReport, FindingFormatter)} would render
   * it. JSON is streamed: memory does not grow with the report, which for a review of millions of
   * flows runs to hundreds of megabytes. The writer is flushed, not closed.
   *
   * @param report the report
   * @param formatter makes each finding's summary and suggestion
   * @param out where the document goes
   * @throws IOException if writing fails
   */
  public void write(ReviewReport report, FindingFormatter formatter, Writer out)
      throws IOException {
    write(report, formatter, ReviewAdditions.none(), out);
  }

  /**
   * Writes a review and what follows it ({@link ReviewAdditions}): the kinds judged by rules of
   * their own, each as {@link #write(ScoreReport, Writer)} writes it (in text and Markdown a
   * document titled with its kind and strategy; in JSON, after the review's keys, {@code
   * kindRules}: one object per rule with {@code kinds}, {@code strategy}, {@code resultType},
   * {@code firstFlow}, {@code lastFlow}, {@code flowCount} and {@code result}), and the parties'
   * ask and decline rates (in text and Markdown a section "Asks", its table cut to {@link
   * dev.reciprocity.core.ReviewSettings#top()} rows of the most asked; in JSON {@code asks}, every
   * party with {@code party}, {@code asked}, {@code wasAsked}, {@code accepted}, {@code declined},
   * {@code redirected} and {@code declineRate}), and the agreements (in text and Markdown a section
   * per agreement with its terms, its revisions' rules and its adjustment path, then each rule's
   * scores; in JSON {@code agreements}: {@code name}, {@code parties}, {@code reviewCadence},
   * {@code exitRule}, {@code adjustments} and {@code rules}, each with {@code from}, {@code to} and
   * the scores as under {@code kindRules}). A key or section is left out when its list is empty.
   * The writer is flushed, not closed.
   *
   * @param report the review (of the kinds without a rule of their own)
   * @param formatter makes each finding's summary and suggestion
   * @param additions what follows the review
   * @param out where the document goes
   * @throws IOException if writing fails
   * @throws IllegalArgumentException for {@link #JSON} when a rule's strategy offers no writer
   */
  public void write(
      ReviewReport report, FindingFormatter formatter, ReviewAdditions additions, Writer out)
      throws IOException {
    Objects.requireNonNull(additions, "additions");
    if (this == JSON) {
      JsonReport.write(report, formatter, additions, out);
      return;
    }
    out.write(render(report, formatter));
    for (ScoreReport<?> rule : additions.kindRules()) {
      out.write("\n");
      String title =
          "Kind "
              + Figures.kindNames(rule.settings().kinds())
              + ", judged by its own rule: "
              + rule.strategy();
      out.write(ScoreDocument.write(rule, newDoc(), title));
    }
    if (!additions.asks().isEmpty()) {
      out.write("\n");
      out.write(AskDocument.write(additions.asks(), report.settings().top(), newDoc()));
    }
    for (AgreementReport a : additions.agreements()) {
      out.write("\n");
      out.write(AgreementDocument.write(a, newDoc()));
      for (ScoreReport<?> rule : a.rules()) {
        out.write("\n");
        out.write(ScoreDocument.write(rule, newDoc(), AgreementDocument.ruleTitle(a, rule)));
      }
    }
    out.flush();
  }

  /**
   * Renders the result of a scoring strategy with the writer the strategy offers ({@link
   * ScoreReport#writer()}): text and Markdown show a header (source, strategy, flows, range, kinds)
   * and what the writer writes, its tables cut to {@link dev.reciprocity.core.ReviewSettings#top()}
   * rows, or a result without a writer by its {@code toString()}; JSON writes the header's keys
   * and, under {@code result}, what the writer writes, every entry, and refuses a result without a
   * writer.
   *
   * <p>JSON keys: {@code schemaVersion}, {@code source}, {@code strategy}, {@code resultType},
   * {@code season}, {@code from}, {@code to}, {@code kinds}, {@code firstFlow}, {@code lastFlow},
   * {@code flowCount} and {@code result}: for portfolio scores {@code network}, {@code parties} and
   * {@code dyads}; for seasonal scores {@code seasons} (label, start, end and a portfolio each);
   * for immediate scores {@code window}, {@code giftWeight}, {@code returnedWeight}, {@code
   * returnedShare} and {@code openObligations}; for decayed balances {@code asOf}, {@code halfLife}
   * and {@code parties}.
   *
   * @param report the result and what the run looked at
   * @return the whole document, ending with a line break
   * @throws IllegalArgumentException for {@link #JSON} when the strategy offers no writer
   */
  public String render(ScoreReport<?> report) {
    Objects.requireNonNull(report, "report");
    return switch (this) {
      case TEXT -> ScoreDocument.write(report, new TextDoc());
      case MARKDOWN -> ScoreDocument.write(report, new MarkdownDoc());
      case JSON -> {
        StringWriter out = new StringWriter();
        try {
          JsonScores.write(report, out);
        } catch (IOException e) {
          throw new UncheckedIOException(e); // a StringWriter does not fail
        }
        yield out.toString();
      }
    };
  }

  /**
   * Writes the result of a scoring strategy to a writer, as {@link #render(ScoreReport)} would
   * render it; JSON is streamed. The writer is flushed, not closed.
   *
   * @param report the result and what the run looked at
   * @param out where the document goes
   * @throws IOException if writing fails
   * @throws IllegalArgumentException for {@link #JSON} when the strategy offers no writer
   */
  public void write(ScoreReport<?> report, Writer out) throws IOException {
    Objects.requireNonNull(report, "report");
    if (this == JSON) {
      JsonScores.write(report, out);
    } else {
      out.write(render(report));
      out.flush();
    }
  }

  /** A new document in this format's dialect, for {@link #TEXT} and {@link #MARKDOWN}. */
  private Doc newDoc() {
    return this == TEXT ? new TextDoc() : new MarkdownDoc();
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
    return Arrays.stream(values())
        .map(ReportFormat::word)
        .collect(Collectors.joining(", "))
        .replaceFirst(", (\\w+)$", " or $1");
  }

  /** Returns {@link #word()}, as shown in help. */
  @Override
  public String toString() {
    return word;
  }
}
