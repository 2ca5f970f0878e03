package dev.reciprocity.examples.cli;

import dev.reciprocity.Flow;
import dev.reciprocity.spi.ScoringStrategy;
import dev.reciprocity.spi.ScoringStrategyProvider;
import dev.reciprocity.spi.StrategyContext;

/**
 * A host's own strategy for the tests of {@code reciprocity score}: {@code flow-count} counts the
 * flows, with a result type the command knows nothing about. Registered by the tests through a
 * class loader that holds its {@code META-INF/services} entry, never on the class path.
 */
public final class FlowCountProvider implements ScoringStrategyProvider {

  /**
   * The result: how many flows were scored.
   *
   * @param flows the number of flows
   */
  public record FlowCount(long flows) {}

  /** Called by ServiceLoader. */
  public FlowCountProvider() {}

  @Override
  public String name() {
    return "flow-count";
  }

  @Override
  public Class<?> resultType() {
    return FlowCount.class;
  }

  @Override
  public ScoringStrategy<?, ?> create(StrategyContext context) {
    return new ScoringStrategy<long[], FlowCount>() {
      @Override
      public String name() {
        return "flow-count";
      }

      @Override
      public long[] createAccumulator() {
        return new long[1];
      }

      @Override
      public long[] add(long[] accumulator, Flow flow) {
        accumulator[0]++;
        return accumulator;
      }

      @Override
      public long[] merge(long[] first, long[] second) {
        first[0] += second[0];
        return first;
      }

      @Override
      public FlowCount result(long[] accumulator) {
        return new FlowCount(accumulator[0]);
      }
    };
  }
}
