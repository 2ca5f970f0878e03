package dev.reciprocity.io;

import java.util.List;

/**
 * A report document in some dialect (plain text, Markdown). Every text handed to it is plain text,
 * party names included: the dialect escapes what its syntax would otherwise interpret. Not
 * thread-safe.
 */
interface Doc {

  /** A column of a table: its title and whether its cells are numbers (aligned right). */
  record Column(String title, boolean numeric) {}

  /** The document's title, once at the top. */
  void title(String text);

  /** A block of labelled facts: one label and one value per row. */
  void facts(List<List<String>> rows);

  /** A top-level section heading. */
  void section(String text);

  /** A heading inside a section. */
  void subsection(String text);

  /** A paragraph. */
  void paragraph(String text);

  /** A table; every row has one cell per column. */
  void table(List<Column> columns, List<List<String>> rows);

  /** A list whose items each hold one or more paragraphs. */
  void items(List<List<String>> items);

  /** Lines shown as they are (a program's text), neither wrapped nor interpreted. */
  void preformatted(List<String> lines);

  /** The document written so far. */
  String result();
}
