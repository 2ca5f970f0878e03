package dev.reciprocity.spi;

import java.util.List;

/**
 * Where a {@link ResultWriter} writes a result for a person: a document the library renders as
 * plain text or as Markdown, so that a writer writes once for both. Every text handed to it is
 * plain text, party names included: the dialect escapes what its syntax would otherwise interpret.
 * Not thread-safe.
 *
 * <pre>{@code
 * doc.section("Parties");
 * doc.paragraph("The most active parties first.");
 * doc.table(List.of(new ResultDocument.Column("Party", false), new ResultDocument.Column("Gave", true)),
 *     List.of(List.of("ada", "12.5")));
 * }</pre>
 */
public interface ResultDocument {

  /**
   * A column of a table.
   *
   * @param title the column's title
   * @param numeric whether its cells are numbers, aligned right
   */
  record Column(String title, boolean numeric) {}

  /**
   * Starts a top-level section.
   *
   * @param text the section's heading
   */
  void section(String text);

  /**
   * Starts a part of a section.
   *
   * @param text the part's heading
   */
  void subsection(String text);

  /**
   * Writes a paragraph, wrapped by the dialect.
   *
   * @param text the paragraph
   */
  void paragraph(String text);

  /**
   * Writes a block of labelled facts.
   *
   * @param rows one label and one value per row
   */
  void facts(List<List<String>> rows);

  /**
   * Writes a table.
   *
   * @param columns the columns
   * @param rows the rows, each with one cell per column
   * @throws IllegalArgumentException if a row's size differs from the number of columns
   */
  void table(List<Column> columns, List<List<String>> rows);

  /**
   * Writes a list whose items each hold one or more paragraphs.
   *
   * @param items the items, each a list of paragraphs
   */
  void items(List<List<String>> items);

  /**
   * Writes lines as they are (a program's text), neither wrapped nor interpreted.
   *
   * @param lines the lines
   */
  void preformatted(List<String> lines);
}
