package dev.reciprocity.io;

import dev.reciprocity.spi.ResultDocument;

/**
 * A report document in some dialect (plain text, Markdown): a {@link ResultDocument}, which a
 * strategy's result writer fills, with the report's title and the text written. Every text handed
 * to it is plain text, party names included: the dialect escapes what its syntax would otherwise
 * interpret. Not thread-safe.
 */
interface Doc extends ResultDocument {

  /** The document's title, once at the top. */
  void title(String text);

  /** The document written so far. */
  String result();
}
