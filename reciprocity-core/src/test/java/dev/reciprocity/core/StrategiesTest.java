package dev.reciprocity.core;

import static dev.reciprocity.core.Fixtures.ADA;
import static dev.reciprocity.core.Fixtures.BOB;
import static dev.reciprocity.core.Fixtures.day;
import static dev.reciprocity.core.Fixtures.flow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.reciprocity.Flow;
import dev.reciprocity.ReciprocityRule;
import dev.reciprocity.UnknownStrategyException;
import dev.reciprocity.spi.ScoringStrategy;
import dev.reciprocity.spi.ScoringStrategyProvider;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Finding strategies by name through {@link java.util.ServiceLoader}. The test resources register
 * {@link FlowCountProvider} ({@code "flow-count"}) and two providers both named {@code "twin"}.
 */
class StrategiesTest {

  private static final List<Flow> FLOWS = List.of(
      flow(ADA, BOB, "2", day(0)), flow(BOB, ADA, "1", day(3)));

  @Test
  void builtInsAreFoundByName() {
    ReciprocityRule rule = ReciprocityRule.defaults();
    for (String name : List.of("portfolio", "seasonal", "immediate", "decaying")) {
      assertEquals(name, Strategies.byName(name, rule).name());
    }
    assertEquals(Strategies.portfolio(rule).score(FLOWS), score(Strategies.byName("portfolio", rule)));
    assertEquals(Strategies.seasonal(rule).score(FLOWS), score(Strategies.byName("seasonal", rule)));
  }

  @Test
  void aHostStrategyRegisteredWithServiceLoaderIsFound() {
    ScoringStrategy<?, ?> s = Strategies.byName("flow-count", ReciprocityRule.defaults());
    assertEquals(2L, score(s));
  }

  @Test
  void anUnknownNameListsTheKnownOnes() {
    UnknownStrategyException e = assertThrows(UnknownStrategyException.class,
        () -> Strategies.byName("seasonl", ReciprocityRule.defaults()));
    assertTrue(e.getMessage().contains("'seasonl'"), e.getMessage());
    assertTrue(e.getMessage().contains("seasonal") && e.getMessage().contains("flow-count"), e.getMessage());
  }

  @Test
  void aNameOfferedTwiceIsRefusedNamingBothProviders() {
    UnknownStrategyException e = assertThrows(UnknownStrategyException.class,
        () -> Strategies.byName("twin", ReciprocityRule.defaults()));
    assertTrue(e.getMessage().contains(TwinProviders.First.class.getName())
        && e.getMessage().contains(TwinProviders.Second.class.getName()), e.getMessage());
  }

  private static <A, R> R score(ScoringStrategy<A, R> strategy) {
    return strategy.score(FLOWS);
  }

  /** A host's strategy: counts the flows. */
  public static final class FlowCountProvider implements ScoringStrategyProvider {
    @Override
    public String name() {
      return "flow-count";
    }

    @Override
    public ScoringStrategy<?, ?> create(ReciprocityRule rule) {
      return new ScoringStrategy<long[], Long>() {
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
        public Long result(long[] accumulator) {
          return accumulator[0];
        }
      };
    }
  }

  /** Two providers that claim the same name. */
  public static final class TwinProviders {
    private TwinProviders() {}

    /** The first twin. */
    public static final class First implements ScoringStrategyProvider {
      @Override
      public String name() {
        return "twin";
      }

      @Override
      public ScoringStrategy<?, ?> create(ReciprocityRule rule) {
        return Strategies.portfolio(rule);
      }
    }

    /** The second twin. */
    public static final class Second implements ScoringStrategyProvider {
      @Override
      public String name() {
        return "twin";
      }

      @Override
      public ScoringStrategy<?, ?> create(ReciprocityRule rule) {
        return Strategies.portfolio(rule);
      }
    }
  }
}
