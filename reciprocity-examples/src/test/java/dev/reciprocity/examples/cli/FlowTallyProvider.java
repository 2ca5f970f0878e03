package dev.reciprocity.examples.cli;

import dev.reciprocity.Flow;
import dev.reciprocity.spi.JsonSink;
import dev.reciprocity.spi.ResultDocument;
import dev.reciprocity.spi.ResultWriter;
import dev.reciprocity.spi.ScoringStrategy;
import dev.reciprocity.spi.ScoringStrategyProvider;
import dev.reciprocity.spi.StrategyContext;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A host's own strategy whose result type brings its own writer: {@code flow-tally} counts the
 * flows of each kind, and writes the tally as text, Markdown and JSON through {@link
 * ScoringStrategy#writer()}. Registered by the tests as {@link FlowCountProvider} is.
 */
public final class FlowTallyProvider implements ScoringStrategyProvider {

  /**
   * The result: the number of flows of each kind.
   *
   * @param byKind the count per kind name, sorted by name
   */
  public record Tally(Map<String, Long> byKind) {}

  /** Writes a {@link Tally}: a table of kinds and counts, and {@code {"byKind": {...}}}. */
  static final ResultWriter<Tally> WRITER =
      new ResultWriter<>() {
        @Override
        public String typeName() {
          return "Tally";
        }

        @Override
        public void document(Tally result, int maxRows, ResultDocument doc) {
          doc.section("Flows by kind");
          doc.table(
              List.of(
                  new ResultDocument.Column("Kind", false),
                  new ResultDocument.Column("Flows", true)),
              result.byKind().entrySet().stream()
                  .limit(maxRows)
                  .map(e -> List.of(e.getKey(), Long.toString(e.getValue())))
                  .toList());
        }

        @Override
        public void json(Tally result, JsonSink json) throws IOException {
          json.beginObject();
          json.name("byKind");
          json.beginObject();
          for (Map.Entry<String, Long> e : result.byKind().entrySet()) {
            json.name(e.getKey());
            json.number(e.getValue());
          }
          json.endObject();
          json.endObject();
        }
      };

  /** Called by ServiceLoader. */
  public FlowTallyProvider() {}

  @Override
  public String name() {
    return "flow-tally";
  }

  @Override
  public Class<?> resultType() {
    return Tally.class;
  }

  @Override
  public ScoringStrategy<?, ?> create(StrategyContext context) {
    return new ScoringStrategy<Map<String, Long>, Tally>() {
      @Override
      public String name() {
        return "flow-tally";
      }

      @Override
      public Map<String, Long> createAccumulator() {
        return new TreeMap<>();
      }

      @Override
      public Map<String, Long> add(Map<String, Long> accumulator, Flow flow) {
        accumulator.merge(flow.kind().name(), 1L, Long::sum);
        return accumulator;
      }

      @Override
      public Map<String, Long> merge(Map<String, Long> first, Map<String, Long> second) {
        second.forEach((k, v) -> first.merge(k, v, Long::sum));
        return first;
      }

      @Override
      public Tally result(Map<String, Long> accumulator) {
        return new Tally(new TreeMap<>(accumulator));
      }

      @Override
      public Optional<ResultWriter<Tally>> writer() {
        return Optional.of(WRITER);
      }
    };
  }
}
