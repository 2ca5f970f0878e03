/**
 * Reading flows from CSV files with errors that teach: every rejected value names the file, the
 * physical line, the column, the value and the fix, and rejects can be collected into a file of
 * their own instead of stopping at the first.
 *
 * <p>Entry point: {@link dev.reciprocity.examples.csv.FlowCsvReader}.
 */
package dev.reciprocity.examples.csv;
