package dev.reciprocity.io;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.reciprocity.FlowKind;
import dev.reciprocity.core.ReviewSettings;
import dev.reciprocity.core.ScoreReport;
import dev.reciprocity.spi.ResultWriter;
import java.io.IOException;
import java.io.Writer;
import java.time.Instant;
import java.util.Optional;

/**
 * A {@link ScoreReport} as one JSON object, for programs, streamed. The result is written by the
 * strategy's {@link ResultWriter}, with every entry ({@link ReviewSettings#top()} does not apply).
 * Instants are ISO-8601 strings in UTC.
 *
 * <p>Top-level keys: {@code schemaVersion}, {@code source}, {@code strategy}, {@code resultType}
 * (the writer's {@link ResultWriter#typeName()}, such as {@code PortfolioScores}), {@code season},
 * {@code from}, {@code to}, {@code kinds}, {@code firstFlow}, {@code lastFlow}, {@code flowCount}
 * and {@code result}, which the writer writes.
 */
final class JsonScores {

  /** The version of this document's layout; see {@link JsonReport#SCHEMA_VERSION}. */
  static final int SCHEMA_VERSION = JsonReport.SCHEMA_VERSION;

  private JsonScores() {}

  /**
   * Writes the report as pretty-printed JSON, ending with a line break; the writer is flushed, not
   * closed.
   *
   * @throws IllegalArgumentException if the strategy offers no writer of its result
   */
  static <R> void write(ScoreReport<R> report, Writer out) throws IOException {
    Optional<ResultWriter<R>> writer = report.writer();
    if (writer.isEmpty()) {
      throw new IllegalArgumentException(
          "the strategy "
              + report.strategy()
              + " gives "
              + report.resultTypeName()
              + ", which has no JSON form: the strategy offers no ResultWriter"
              + " (ScoringStrategy.writer())");
    }
    ReviewSettings settings = report.settings();
    JsonGenerator g = JsonReport.generator(out);
    g.writeStartObject();
    g.writeNumberField("schemaVersion", SCHEMA_VERSION);
    g.writeStringField("source", report.source());
    g.writeStringField("strategy", report.strategy());
    g.writeStringField("resultType", report.resultTypeName());
    g.writeStringField("season", Figures.seasonWord(settings.cadence()));
    instant(g, "from", settings.from());
    instant(g, "to", settings.to());
    g.writeArrayFieldStart("kinds");
    for (FlowKind k : settings.kinds()) {
      g.writeString(k.name());
    }
    g.writeEndArray();
    g.writeStringField("firstFlow", report.firstFlow().toString());
    g.writeStringField("lastFlow", report.lastFlow().toString());
    g.writeNumberField("flowCount", report.flowCount());
    g.writeFieldName("result");
    writer.get().json(report.result(), new JacksonSink(g));
    g.writeEndObject();
    g.flush();
    out.write("\n");
    out.flush();
  }

  /**
   * One kind's rule inside a review's JSON: an object of {@code kinds}, {@code strategy}, {@code
   * resultType}, {@code firstFlow}, {@code lastFlow}, {@code flowCount} and {@code result}.
   *
   * @throws IllegalArgumentException if the strategy offers no writer of its result
   */
  static <R> void rule(JsonGenerator g, ScoreReport<R> report) throws IOException {
    ResultWriter<R> writer =
        report
            .writer()
            .orElseThrow(
                () ->
                    new IllegalArgumentException(
                        "the strategy "
                            + report.strategy()
                            + " gives "
                            + report.resultTypeName()
                            + ", which has no JSON form: the strategy offers no ResultWriter"
                            + " (ScoringStrategy.writer())"));
    g.writeStartObject();
    g.writeArrayFieldStart("kinds");
    for (FlowKind k : report.settings().kinds()) {
      g.writeString(k.name());
    }
    g.writeEndArray();
    g.writeStringField("strategy", report.strategy());
    g.writeStringField("resultType", report.resultTypeName());
    g.writeStringField("firstFlow", report.firstFlow().toString());
    g.writeStringField("lastFlow", report.lastFlow().toString());
    g.writeNumberField("flowCount", report.flowCount());
    g.writeFieldName("result");
    writer.json(report.result(), new JacksonSink(g));
    g.writeEndObject();
  }

  private static void instant(JsonGenerator g, String key, Optional<Instant> instant)
      throws IOException {
    g.writeStringField(key, instant.map(Instant::toString).orElse(null));
  }
}
