/**
 * Reading and writing for reciprocity, for hosts that embed it without the command line: {@link
 * dev.reciprocity.io.FlowCsvReader} reads flows from CSV with teaching errors (file, line, column,
 * value, fix) or collects every bad row as a {@link dev.reciprocity.io.Rejection} for {@link
 * dev.reciprocity.io.RejectionCsvWriter}; {@link dev.reciprocity.io.ReportFormat} writes a {@link
 * dev.reciprocity.core.ReviewReport}, or the {@link dev.reciprocity.core.ScoreReport} of one
 * scoring strategy, as text, Markdown or JSON; {@link dev.reciprocity.io.ValueFlowsReader} reads a
 * ValueFlows (JSON-LD) file of events, intents, claims and agreements, and {@link
 * dev.reciprocity.io.ValueFlowsWriter} writes a review's findings back as JSON-LD citing its
 * events.
 *
 * <p>Parameters and results are non-null unless marked {@code @Nullable} ({@link
 * org.jspecify.annotations.NullMarked}), and results are meant to be used ({@link
 * com.google.errorprone.annotations.CheckReturnValue}).
 */
@NullMarked
@CheckReturnValue
package dev.reciprocity.io;

import com.google.errorprone.annotations.CheckReturnValue;
import org.jspecify.annotations.NullMarked;
