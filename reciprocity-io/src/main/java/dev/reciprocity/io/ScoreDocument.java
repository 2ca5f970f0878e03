package dev.reciprocity.io;

import dev.reciprocity.core.ReviewSettings;
import dev.reciprocity.core.ScoreReport;
import dev.reciprocity.spi.ResultWriter;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The content of a {@link ScoreReport} in text and Markdown, written once for any {@link Doc}
 * dialect: a header block, then what the strategy's {@link ResultWriter} writes (tables cut to
 * {@link ReviewSettings#top()} rows), or the text of a result without a writer.
 */
final class ScoreDocument {

  private ScoreDocument() {}

  /** Writes the report into the document and returns the document's text. */
  static <R> String write(ScoreReport<R> report, Doc doc) {
    return write(report, doc, "Scores: " + report.strategy());
  }

  /** {@link #write(ScoreReport, Doc)} under another title. */
  static <R> String write(ScoreReport<R> report, Doc doc, String title) {
    ReviewSettings settings = report.settings();
    doc.title(title);
    doc.facts(
        List.of(
            List.of("Source", report.source()),
            List.of("Strategy", report.strategy() + " (gives " + report.resultTypeName() + ")"),
            List.of("Flows", Long.toString(report.flowCount())),
            List.of(
                "Range", Figures.range(report.firstFlow(), report.lastFlow(), report.settings())),
            List.of(
                "Kinds",
                settings.kinds().isEmpty()
                    ? "all: " + Figures.kindNames(report.kindsPresent())
                    : Figures.kindNames(settings.kinds()) + " (selected)")));
    Optional<ResultWriter<R>> writer = report.writer();
    if (writer.isPresent()) {
      writer.get().document(report.result(), settings.top(), doc);
    } else {
      doc.section("Result");
      doc.paragraph("The strategy gives " + report.resultTypeName() + ", shown as its own text:");
      doc.preformatted(String.valueOf(report.result()).lines().collect(Collectors.toList()));
    }
    return doc.result();
  }
}
