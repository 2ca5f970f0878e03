/**
 * The reciprocity review as a report: {@link dev.reciprocity.examples.report.ReviewReport} runs
 * the review of the latest complete season and of the whole range with
 * {@code reciprocity-core}, and {@link dev.reciprocity.examples.report.ReportFormat} renders it
 * as text, Markdown or JSON.
 */
package dev.reciprocity.examples.report;
