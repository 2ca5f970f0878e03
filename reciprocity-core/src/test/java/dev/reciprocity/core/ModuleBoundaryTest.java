package dev.reciprocity.core;

import static java.util.stream.Collectors.toMap;
import static java.util.stream.Collectors.toSet;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.reciprocity.Flow;
import java.lang.module.Configuration;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleDescriptor.Exports;
import java.lang.module.ModuleDescriptor.Requires;
import java.lang.module.ModuleFinder;
import java.lang.module.ModuleReference;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import org.junit.jupiter.api.Test;

/**
 * The module boundary as built. The tests run on the class path (see the surefire configuration),
 * so they read the descriptors compiled from {@code module-info.java} and resolve the built modules
 * of reciprocity-api and reciprocity-core (with JGraphT's) in a module layer of their own, as a
 * host on the module path would have them.
 *
 * <p>That the examples and the command line use the public API only is tested in
 * reciprocity-examples, by its own {@code ModuleBoundaryTest}.
 */
class ModuleBoundaryTest {

  private static final String API = "dev.reciprocity";
  private static final String CORE = "dev.reciprocity.core";

  @Test
  void coreExportsItsPublicPackageOnly() {
    ModuleDescriptor core = descriptor(StrategyLookup.class);
    assertEquals(CORE, core.name());
    assertTrue(core.packages().contains("dev.reciprocity.core.internal"));
    assertEquals(Map.of(CORE, Set.of()), exports(core));
    assertFalse(core.isOpen());
    assertEquals(Set.of(), core.opens());
  }

  @Test
  void apiExportsItsHelpersOnlyToTheLibrarysOwnModules() {
    ModuleDescriptor api = descriptor(Flow.class);
    assertEquals(API, api.name());
    assertEquals(
        Map.of(
            "dev.reciprocity", Set.of(),
            "dev.reciprocity.spi", Set.of(),
            "dev.reciprocity.internal", Set.of(CORE, "dev.reciprocity.io")),
        exports(api));
  }

  @Test
  void coreUsesAndProvidesTheStrategyAndCheckSpis() {
    ModuleDescriptor core = descriptor(StrategyLookup.class);
    String spi = "dev.reciprocity.spi.ScoringStrategyProvider";
    String checks = "dev.reciprocity.spi.BalanceCheckProvider";
    assertEquals(Set.of(spi, checks), core.uses());
    assertEquals(2, core.provides().size());
    java.util.Map<String, List<String>> provided = new java.util.HashMap<>();
    core.provides().forEach(p -> provided.put(p.service(), p.providers()));
    String prefix = "dev.reciprocity.core.internal.StrategyProviders$";
    assertEquals(
        List.of(
            prefix + "Portfolio",
            prefix + "Seasonal",
            prefix + "Immediate",
            prefix + "Decaying",
            prefix + "Developmental",
            prefix + "Proportional"),
        provided.get(spi));
    String checkPrefix = "dev.reciprocity.core.internal.CheckProviders$";
    assertEquals(
        java.util.stream.Stream.of(
                "Chronic",
                "Hero",
                "LockIn",
                "Fragility",
                "Extraction",
                "BarterDrift",
                "Accumulation",
                "Churn",
                "MissedCadence",
                "OverdueReturn")
            .map(n -> checkPrefix + n)
            .toList(),
        provided.get(checks));
  }

  @Test
  void annotationModulesAreNotNeededAtRunTime() {
    // everything but the JDK, the API and JGraphT is required static: annotations only; the
    // engine's one library at run time is JGraphT, for the graph algorithms of the network
    // circulation (docs/design.md, section 5)
    assertEquals(Set.of("java.base"), mandatory(descriptor(Flow.class)));
    assertEquals(
        Set.of("java.base", API, "org.jgrapht.core"), mandatory(descriptor(StrategyLookup.class)));
  }

  @Test
  void onTheModulePathTheLookupFindsTheBuiltInsThroughProvides() throws Exception {
    ModuleLayer layer = layer();
    ClassLoader loader = layer.findLoader(CORE);
    Class<?> lookupType = loader.loadClass(StrategyLookup.class.getName());
    assertEquals(layer.findModule(CORE).orElseThrow(), lookupType.getModule());

    Object lookup = lookupType.getMethod("create").invoke(null);
    // A lookup reads the thread's context class loader. In a named module ServiceLoader needs
    // `uses`, and ignores META-INF/services: only `provides` offers the built-ins here.
    Thread thread = Thread.currentThread();
    ClassLoader saved = thread.getContextClassLoader();
    thread.setContextClassLoader(loader);
    Object names;
    try {
      names = lookupType.getMethod("names").invoke(lookup);
    } finally {
      thread.setContextClassLoader(saved);
    }
    assertEquals(
        List.of("decaying", "developmental", "immediate", "portfolio", "proportional", "seasonal"),
        List.copyOf((SortedSet<?>) names));
  }

  /**
   * A provider registered in code on the module path: made outside the library's modules (here a
   * proxy of the layer's SPI type, from the class path), with no {@code provides} clause, found
   * next to the built-ins.
   */
  @Test
  void onTheModulePathAProviderRegisteredInCodeIsFound() throws Exception {
    ModuleLayer layer = layer();
    ClassLoader loader = layer.findLoader(CORE);
    Class<?> lookupType = loader.loadClass(StrategyLookup.class.getName());
    Class<?> spi = loader.loadClass("dev.reciprocity.spi.ScoringStrategyProvider");
    Class<?> ruleType = loader.loadClass("dev.reciprocity.ReciprocityRule");
    Class<?> strategies = loader.loadClass(Strategies.class.getName());
    Object rule = ruleType.getMethod("defaults").invoke(null);
    Object provider =
        java.lang.reflect.Proxy.newProxyInstance(
            loader,
            new Class<?>[] {spi},
            (proxy, method, args) -> {
              return switch (method.getName()) {
                case "name" -> "in-code";
                case "resultType" -> loader.loadClass("dev.reciprocity.PortfolioScores");
                case "parameterNames" -> Set.of();
                case "create" -> strategies.getMethod("portfolio").invoke(null);
                case "toString" -> "in-code provider";
                default -> throw new UnsupportedOperationException(method.getName());
              };
            });
    Object array = java.lang.reflect.Array.newInstance(spi, 1);
    java.lang.reflect.Array.set(array, 0, provider);
    Object lookup = lookupType.getMethod("create").invoke(null);
    lookup = lookupType.getMethod("withProvider", array.getClass()).invoke(lookup, array);

    Thread thread = Thread.currentThread();
    ClassLoader saved = thread.getContextClassLoader();
    thread.setContextClassLoader(loader);
    Object names;
    Object strategy;
    try {
      names = lookupType.getMethod("names").invoke(lookup);
      strategy =
          lookupType.getMethod("find", String.class, ruleType).invoke(lookup, "in-code", rule);
    } finally {
      thread.setContextClassLoader(saved);
    }
    assertEquals(
        List.of(
            "decaying",
            "developmental",
            "immediate",
            "in-code",
            "portfolio",
            "proportional",
            "seasonal"),
        List.copyOf((SortedSet<?>) names));
    assertEquals(layer.findModule(CORE).orElseThrow(), strategy.getClass().getModule());
    Class<?> strategyType = loader.loadClass("dev.reciprocity.spi.ScoringStrategy");
    assertEquals("portfolio", strategyType.getMethod("name").invoke(strategy));
  }

  @Test
  void onTheModulePathTheInternalPackagesAreClosed() throws Exception {
    ModuleLayer layer = layer();
    Module api = layer.findModule(API).orElseThrow();
    Module core = layer.findModule(CORE).orElseThrow();
    assertTrue(core.isExported("dev.reciprocity.core"));
    assertFalse(core.isExported("dev.reciprocity.core.internal"));
    assertFalse(api.isExported("dev.reciprocity.internal"));
    assertTrue(api.isExported("dev.reciprocity.internal", core));

    // code outside the library (here the class path's unnamed module) cannot call the internals
    Class<?> builtIns = layer.findLoader(CORE).loadClass("dev.reciprocity.core.internal.BuiltIns");
    assertThrows(IllegalAccessException.class, () -> builtIns.getMethod("english").invoke(null));
  }

  /** The modules of the API and the engine, resolved and bound in a layer of their own. */
  private static ModuleLayer layer() {
    ModuleFinder finder =
        ModuleFinder.of(
            location(Flow.class),
            location(StrategyLookup.class),
            // JGraphT and the two libraries its module requires
            location(org.jgrapht.Graph.class),
            location(org.jheaps.AddressableHeap.class),
            location(org.apfloat.Apfloat.class));
    Configuration configuration =
        ModuleLayer.boot().configuration().resolveAndBind(finder, ModuleFinder.of(), Set.of(CORE));
    return ModuleLayer.boot()
        .defineModulesWithOneLoader(configuration, ClassLoader.getPlatformClassLoader());
  }

  /** The descriptor of the module (directory or jar) a class was loaded from. */
  private static ModuleDescriptor descriptor(Class<?> type) {
    Set<ModuleReference> found = ModuleFinder.of(location(type)).findAll();
    assertEquals(1, found.size(), () -> "modules at " + location(type) + ": " + found);
    return found.iterator().next().descriptor();
  }

  private static Path location(Class<?> type) {
    try {
      return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
    } catch (URISyntaxException e) {
      throw new AssertionError(e);
    }
  }

  private static Map<String, Set<String>> exports(ModuleDescriptor descriptor) {
    return descriptor.exports().stream().collect(toMap(Exports::source, Exports::targets));
  }

  private static Set<String> mandatory(ModuleDescriptor descriptor) {
    return descriptor.requires().stream()
        .filter(r -> !r.modifiers().contains(Requires.Modifier.STATIC))
        .map(Requires::name)
        .collect(toSet());
  }
}
