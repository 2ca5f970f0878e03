package dev.reciprocity.core;

import static dev.reciprocity.core.Fixtures.ADA;
import static dev.reciprocity.core.Fixtures.BOB;
import static dev.reciprocity.core.Fixtures.day;
import static dev.reciprocity.core.Fixtures.flow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.reciprocity.DecayedBalances;
import dev.reciprocity.Flow;
import dev.reciprocity.ImmediateScores;
import dev.reciprocity.PortfolioScores;
import dev.reciprocity.ReciprocityRule;
import dev.reciprocity.SeasonalScores;
import dev.reciprocity.UnknownStrategyException;
import dev.reciprocity.spi.ScoringStrategy;
import dev.reciprocity.spi.ScoringStrategyProvider;
import dev.reciprocity.spi.StrategyContext;
import dev.reciprocity.spi.StrategyParameterException;
import java.net.URL;
import java.net.URLClassLoader;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Finding strategies by name through {@link java.util.ServiceLoader}. The test resources register
 * {@link FlowCountProvider} ({@code "flow-count"}, parameter {@code min}) and two providers both
 * named {@code "twin"}.
 */
class StrategiesTest {

  private static final List<Flow> FLOWS =
      List.of(flow(ADA, BOB, "2", day(0)), flow(BOB, ADA, "1", day(3)));

  @Test
  void builtInsAreFoundByNameTypedByTheirResult() {
    ReciprocityRule rule = ReciprocityRule.defaults();
    ScoringStrategy<?, PortfolioScores> portfolio =
        Strategies.byName("portfolio", rule, PortfolioScores.class);
    ScoringStrategy<?, SeasonalScores> seasonal =
        Strategies.byName("seasonal", rule, SeasonalScores.class);
    ScoringStrategy<?, ImmediateScores> immediate =
        Strategies.byName("immediate", rule, ImmediateScores.class);
    assertEquals(Strategies.portfolio(rule).score(FLOWS), portfolio.score(FLOWS));
    assertEquals(Strategies.seasonal(rule).score(FLOWS), seasonal.score(FLOWS));
    assertEquals(Strategies.immediate(rule).score(FLOWS), immediate.score(FLOWS));
    assertEquals(
        List.of(
            "decaying",
            "developmental",
            "flow-count",
            "immediate",
            "portfolio",
            "proportional",
            "seasonal",
            "twin"),
        List.copyOf(StrategyLookup.create().names()));
  }

  @Test
  void aWrongResultTypeIsRefusedNamingBoth() {
    UnknownStrategyException e =
        assertThrows(
            UnknownStrategyException.class,
            () -> Strategies.byName("seasonal", ReciprocityRule.defaults(), PortfolioScores.class));
    assertTrue(
        e.getMessage().contains("SeasonalScores") && e.getMessage().contains("PortfolioScores"),
        e.getMessage());
  }

  @Test
  void parametersConfigureABuiltIn() {
    ReciprocityRule rule = ReciprocityRule.defaults();
    ScoringStrategy<?, ImmediateScores> oneDay =
        StrategyLookup.create().find("immediate:window=P1D", ImmediateScores.class, rule);
    // BOB returns ADA's gift after 3 days: inside the default 30 days, outside one day
    assertEquals("1", Strategies.immediate(rule).score(FLOWS).returnedWeight().toString());
    assertEquals("0", oneDay.score(FLOWS).returnedWeight().toString());
    assertEquals(Duration.ofDays(1), oneDay.score(FLOWS).window());
  }

  @Test
  void decayingTakesItsInstantFromAParameterOrAClockNeverTheWallClock() {
    ReciprocityRule rule = ReciprocityRule.builder().halfLife(Duration.ofDays(30)).build();
    Instant asOf = day(33);
    StrategyParameterException missing =
        assertThrows(
            StrategyParameterException.class,
            () -> StrategyLookup.create().find("decaying", DecayedBalances.class, rule));
    assertTrue(missing.getMessage().contains("asOf"), missing.getMessage());

    DecayedBalances expected = Strategies.decaying(rule, asOf).score(FLOWS);
    assertEquals(
        expected,
        StrategyLookup.create()
            .find("decaying:asOf=" + asOf, DecayedBalances.class, rule)
            .score(FLOWS));
    assertEquals(
        expected,
        StrategyLookup.create()
            .withClock(Clock.fixed(asOf, ZoneOffset.UTC))
            .find("decaying", DecayedBalances.class, rule)
            .score(FLOWS));
    assertEquals(
        expected,
        StrategyLookup.create()
            .withAsOf(asOf)
            .find("decaying", DecayedBalances.class, rule)
            .score(FLOWS));
  }

  @Test
  void aHostStrategyWithAParameterIsFoundWithoutACast() {
    ScoringStrategy<?, Long> all =
        StrategyLookup.create().find("flow-count", Long.class, ReciprocityRule.defaults());
    assertEquals(2L, all.score(FLOWS));
    ScoringStrategy<?, Long> s =
        StrategyLookup.create().find("flow-count:min=2", Long.class, ReciprocityRule.defaults());
    assertEquals(1L, s.score(FLOWS));
    ScoringStrategy<?, Long> none =
        StrategyLookup.create().find("flow-count:min=3", Long.class, ReciprocityRule.defaults());
    assertEquals(0L, none.score(FLOWS));
  }

  @Test
  void unknownAndMalformedParametersAreRefusedWithTheFix() {
    ReciprocityRule rule = ReciprocityRule.defaults();
    StrategyParameterException unknown =
        assertThrows(
            StrategyParameterException.class,
            () -> StrategyLookup.create().find("flow-count:minimum=2", Long.class, rule));
    assertTrue(
        unknown.getMessage().contains("'minimum'") && unknown.getMessage().contains("[min]"),
        unknown.getMessage());
    StrategyParameterException malformed =
        assertThrows(
            StrategyParameterException.class,
            () -> StrategyLookup.create().find("flow-count:min=two", Long.class, rule));
    assertTrue(
        malformed.getMessage().contains("flow-count")
            && malformed.getMessage().contains("'two'")
            && malformed.getMessage().contains("not a whole number"),
        malformed.getMessage());
    StrategyParameterException noEquals =
        assertThrows(
            StrategyParameterException.class,
            () -> StrategyLookup.create().find("immediate:P1D", ImmediateScores.class, rule));
    assertTrue(noEquals.getMessage().contains("key=value"), noEquals.getMessage());
  }

  @Test
  void aClassLoaderWithoutTheHostProviderDoesNotFindIt() {
    ClassLoader bare = new URLClassLoader(new URL[0], ClassLoader.getPlatformClassLoader());
    UnknownStrategyException e =
        assertThrows(
            UnknownStrategyException.class,
            () ->
                StrategyLookup.create()
                    .withClassLoader(bare)
                    .find("flow-count", Long.class, ReciprocityRule.defaults()));
    assertTrue(e.getMessage().contains("'flow-count'"), e.getMessage());
    assertEquals(
        2L,
        StrategyLookup.create()
            .withClassLoader(StrategiesTest.class.getClassLoader())
            .find("flow-count", Long.class, ReciprocityRule.defaults())
            .score(FLOWS));
  }

  @Test
  void anUnknownNameListsTheKnownOnes() {
    UnknownStrategyException e =
        assertThrows(
            UnknownStrategyException.class,
            () -> Strategies.byName("seasonl", ReciprocityRule.defaults(), Object.class));
    assertTrue(e.getMessage().contains("'seasonl'"), e.getMessage());
    assertTrue(
        e.getMessage().contains("seasonal") && e.getMessage().contains("flow-count"),
        e.getMessage());
  }

  @Test
  void aNameOfferedTwiceIsRefusedNamingBothProviders() {
    UnknownStrategyException e =
        assertThrows(
            UnknownStrategyException.class,
            () -> Strategies.byName("twin", ReciprocityRule.defaults(), Object.class));
    assertTrue(
        e.getMessage().contains(TwinProviders.First.class.getName())
            && e.getMessage().contains(TwinProviders.Second.class.getName()),
        e.getMessage());
  }

  /** A host's strategy: counts the flows of at least {@code min} units (parameter, default 0). */
  public static final class FlowCountProvider implements ScoringStrategyProvider {
    @Override
    public String name() {
      return "flow-count";
    }

    @Override
    public Class<Long> resultType() {
      return Long.class;
    }

    @Override
    public Set<String> parameterNames() {
      return Set.of("min");
    }

    @Override
    public ScoringStrategy<?, Long> create(StrategyContext context) {
      long min = context.parameters().integer("min", 0, 1_000_000).orElse(0);
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
          if (flow.amount().micros() >= min * 1_000_000L) {
            accumulator[0]++;
          }
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
      public Class<PortfolioScores> resultType() {
        return PortfolioScores.class;
      }

      @Override
      public ScoringStrategy<?, PortfolioScores> create(StrategyContext context) {
        return Strategies.portfolio(context.rule());
      }
    }

    /** The second twin. */
    public static final class Second implements ScoringStrategyProvider {
      @Override
      public String name() {
        return "twin";
      }

      @Override
      public Class<PortfolioScores> resultType() {
        return PortfolioScores.class;
      }

      @Override
      public ScoringStrategy<?, PortfolioScores> create(StrategyContext context) {
        return Strategies.portfolio(context.rule());
      }
    }
  }
}
