package dev.reciprocity.spi;

import java.io.IOException;

/**
 * Writes one type of result for people (text and Markdown, through a {@link ResultDocument}) and
 * for programs (JSON, through a {@link JsonSink}): how {@code reciprocity score} shows a strategy's
 * result in every {@code --format}. A strategy offers its writer by {@link
 * ScoringStrategy#writer()}; the built-in strategies offer one for each of their result types, and
 * a host's strategy offers its own, so that its results have JSON too. Implementations must be
 * stateless and thread-safe.
 *
 * <pre>{@code
 * ResultWriter<Tally> writer = new ResultWriter<>() {
 *   public String typeName() { return "Tally"; }
 *   public void document(Tally t, int maxRows, ResultDocument doc) {
 *     doc.section("Tally");
 *     doc.paragraph(t.count() + " flows");
 *   }
 *   public void json(Tally t, JsonSink json) throws IOException {
 *     json.beginObject();
 *     json.name("count");
 *     json.number(t.count());
 *     json.endObject();
 *   }
 * };
 * }</pre>
 *
 * @param <R> the result type
 */
public interface ResultWriter<R> {

  /**
   * The result type's name for a person and for the {@code resultType} key of JSON.
   *
   * @return a short name, such as {@code PortfolioScores}
   */
  String typeName();

  /**
   * Writes the result as sections, paragraphs and tables, which the library renders as text or
   * Markdown after its own header (source, strategy, flows, range, kinds).
   *
   * @param result the result
   * @param maxRows the most rows a table shows (the command line's {@code --top}), at least 1
   * @param doc where to write
   */
  void document(R result, int maxRows, ResultDocument doc);

  /**
   * Writes the result as one JSON value, usually an object, with every entry (no row limit): the
   * value of the document's {@code result} key.
   *
   * @param result the result
   * @param json where to write
   * @throws IOException if writing fails
   */
  void json(R result, JsonSink json) throws IOException;
}
