package dev.reciprocity.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.reciprocity.PortfolioScores;
import dev.reciprocity.ReciprocityRule;
import dev.reciprocity.UnknownStrategyException;
import dev.reciprocity.spi.ScoringStrategy;
import dev.reciprocity.spi.ScoringStrategyProvider;
import dev.reciprocity.spi.StrategyContext;
import java.io.IOException;
import java.net.URL;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * Providers registered in code ({@link StrategyLookup#withProvider}) on the class path, and the
 * class loader's providers loaded once per lookup. The module path is tested in {@link
 * ModuleBoundaryTest}.
 */
class StrategyLookupTest {

  private static final String SERVICES =
      "META-INF/services/" + ScoringStrategyProvider.class.getName();

  /** A provider a container would make: not registered under META-INF/services. */
  static final class InCodeProvider implements ScoringStrategyProvider {
    private final String name;

    InCodeProvider(String name) {
      this.name = name;
    }

    @Override
    public String name() {
      return name;
    }

    @Override
    public Class<?> resultType() {
      return PortfolioScores.class;
    }

    @Override
    public Set<String> parameterNames() {
      return Set.of();
    }

    @Override
    public ScoringStrategy<?, ?> create(StrategyContext context) {
      return Strategies.portfolio(context.rule());
    }
  }

  /** A class loader that counts how often the strategy providers are looked up in it. */
  static final class CountingLoader extends ClassLoader {
    final AtomicInteger lookups = new AtomicInteger();

    CountingLoader() {
      super(StrategyLookupTest.class.getClassLoader());
    }

    @Override
    public Enumeration<URL> getResources(String name) throws IOException {
      if (name.equals(SERVICES)) {
        lookups.incrementAndGet();
      }
      return super.getResources(name);
    }
  }

  @Test
  void aProviderRegisteredInCodeIsFoundNextToTheLoadedOnes() {
    StrategyLookup plain = StrategyLookup.create();
    StrategyLookup lookup = plain.withProvider(new InCodeProvider("in-code"));

    ScoringStrategy<?, PortfolioScores> s =
        lookup.find("in-code", PortfolioScores.class, ReciprocityRule.defaults());
    assertEquals(Strategies.portfolio().score(List.of()), s.score(List.of()));
    assertTrue(lookup.names().containsAll(Set.of("in-code", "portfolio", "flow-count")));
    // the lookup it came from is unchanged
    assertFalse(plain.names().contains("in-code"));
    assertThrows(
        UnknownStrategyException.class, () -> plain.find("in-code", ReciprocityRule.defaults()));
  }

  @Test
  void registrationsAddUpAndSurviveTheOtherWithers() {
    StrategyLookup lookup =
        StrategyLookup.create()
            .withProvider(new InCodeProvider("one"))
            .withProvider(new InCodeProvider("two"), new InCodeProvider("three"))
            .withAsOf(java.time.Instant.EPOCH)
            .withClassLoader(new CountingLoader());
    assertTrue(
        lookup.names().containsAll(Set.of("one", "two", "three")),
        () -> "names: " + lookup.names());
  }

  @Test
  void aNameOfferedInCodeAndByServiceLoaderIsRefusedAsAmbiguous() {
    StrategyLookup lookup = StrategyLookup.create().withProvider(new InCodeProvider("portfolio"));
    UnknownStrategyException e =
        assertThrows(
            UnknownStrategyException.class,
            () -> lookup.find("portfolio", ReciprocityRule.defaults()));
    assertTrue(e.getMessage().contains("more than one provider"), e.getMessage());
    assertTrue(e.getMessage().contains(InCodeProvider.class.getName()), e.getMessage());
  }

  @Test
  void aNullProviderIsRefused() {
    StrategyLookup lookup = StrategyLookup.create();
    assertThrows(
        NullPointerException.class, () -> lookup.withProvider((ScoringStrategyProvider) null));
    assertThrows(
        NullPointerException.class, () -> lookup.withProvider((ScoringStrategyProvider[]) null));
  }

  @Test
  void findLoadsTheProvidersOncePerLookup() {
    CountingLoader loader = new CountingLoader();
    StrategyLookup lookup = StrategyLookup.create().withClassLoader(loader);
    assertEquals(0, loader.lookups.get(), "nothing loaded before the first find");
    for (int i = 0; i < 5; i++) {
      assertEquals("portfolio", lookup.find("portfolio", ReciprocityRule.defaults()).name());
      assertTrue(lookup.names().contains("flow-count"));
    }
    // lookups derived from it share what it loaded
    assertTrue(
        lookup
            .withAsOf(java.time.Instant.EPOCH)
            .withProvider(new InCodeProvider("x"))
            .names()
            .contains("x"));
    assertEquals(1, loader.lookups.get());
    // a lookup made anew loads anew, and sees providers added to the loader since
    assertTrue(StrategyLookup.create().withClassLoader(loader).names().contains("portfolio"));
    assertEquals(2, loader.lookups.get());
  }

  @Test
  void lookupsOnManyThreadsAtOnceLoadOnce() throws Exception {
    CountingLoader loader = new CountingLoader();
    StrategyLookup lookup = StrategyLookup.create().withClassLoader(loader);
    int threads = 4;
    CyclicBarrier start = new CyclicBarrier(threads);
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<ScoringStrategy<?, ?>>> found = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        found.add(
            pool.submit(
                () -> {
                  start.await();
                  return lookup.find("seasonal", ReciprocityRule.defaults());
                }));
      }
      for (Future<ScoringStrategy<?, ?>> f : found) {
        assertEquals("seasonal", f.get().name());
      }
    } finally {
      pool.shutdownNow();
    }
    assertEquals(1, loader.lookups.get());
  }
}
