/**
 * Reading and writing for reciprocity ({@link dev.reciprocity.io}): the flows CSV reader with its
 * teaching errors and rejects file, ValueFlows JSON-LD in and out, and the reciprocity review as
 * text, Markdown and JSON.
 */
module dev.reciprocity.io {
  // the engine's types (ReviewReport) and the API's (Flow) are in this module's signatures
  requires transitive dev.reciprocity.core;
  // FastCSV (reading), Commons CSV (the rejects file) and Jackson work inside; none of their
  // types is in a signature
  requires de.siegmar.fastcsv;
  requires org.apache.commons.csv;
  requires org.apache.commons.io;
  requires com.fasterxml.jackson.databind;
  requires com.fasterxml.jackson.dataformat.yaml;
  requires static org.jspecify;
  requires static com.google.errorprone.annotations;

  exports dev.reciprocity.io;
}
