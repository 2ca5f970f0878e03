package dev.reciprocity.core;

import dev.reciprocity.Capacities;
import dev.reciprocity.ReciprocityRule;
import dev.reciprocity.UnknownStrategyException;
import dev.reciprocity.internal.Texts;
import dev.reciprocity.spi.ScoringStrategy;
import dev.reciprocity.spi.ScoringStrategyProvider;
import dev.reciprocity.spi.StrategyContext;
import dev.reciprocity.spi.StrategyParameterException;
import dev.reciprocity.spi.StrategyParameters;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * Finds scoring strategies by name, typed by their result and configured by named parameters: the
 * built-ins and any a host registers, through {@link ServiceLoader} (under {@code
 * META-INF/services/dev.reciprocity.spi.ScoringStrategyProvider} on the class path, a {@code
 * provides} clause on the module path) or in code with {@link
 * #withProvider(ScoringStrategyProvider...)}, for hosts whose providers come from a container.
 *
 * <p>A strategy is named as {@code NAME[:key=value,...]}, as on the command line's {@code
 * --strategy}: {@code "portfolio"}, {@code "decaying:halfLife=P90D"}, {@code
 * "review-for-review:days=14"}. Parameters the provider does not declare are refused before it
 * runs. Strategies that evaluate at an instant (decay) take it from the {@code asOf} parameter, or
 * else from {@link #withAsOf(Instant)} or {@link #withClock(Clock)}; the lookup never reads the
 * wall clock on its own.
 *
 * <pre>{@code
 * StrategyLookup lookup = StrategyLookup.create().withClock(clock);
 * ScoringStrategy<?, DecayedBalances> decay =
 *     lookup.find("decaying:halfLife=P90D", DecayedBalances.class, rule);
 * ScoringStrategy<?, ImmediateScores> reviews =
 *     lookup.find("review-for-review:days=14", ImmediateScores.class, rule);
 * }</pre>
 *
 * <pre>{@code
 * // providers made by the host's container, registered in code: class path and module path alike
 * StrategyLookup lookup = StrategyLookup.create().withProvider(container.get(ReviewsProvider.class));
 * }</pre>
 *
 * <p>Immutable and thread-safe. A lookup loads its class loader's providers once, when first asked
 * (and a lookup made from it by {@link #withClock}, {@link #withAsOf} or {@link #withProvider}
 * shares what it loaded); {@link #create()} or {@link #withClassLoader} makes a lookup that loads
 * afresh, for providers added to a class loader later.
 */
public final class StrategyLookup {

  private final Optional<ClassLoader> loader;
  private final Optional<Clock> clock;
  private final Optional<Instant> asOf;
  // the providers registered in code, in the order given
  private final List<ScoringStrategyProvider> registered;
  // the class loader's providers, loaded once when first asked; shared by derived lookups
  private final Supplier<List<ScoringStrategyProvider>> loaded;
  private final Capacities capacities;

  private StrategyLookup(
      Optional<ClassLoader> loader,
      Optional<Clock> clock,
      Optional<Instant> asOf,
      List<ScoringStrategyProvider> registered,
      Supplier<List<ScoringStrategyProvider>> loaded,
      Capacities capacities) {
    this.loader = loader;
    this.clock = clock;
    this.asOf = asOf;
    this.registered = registered;
    this.loaded = loaded;
    this.capacities = capacities;
  }

  private static Supplier<List<ScoringStrategyProvider>> loading(Optional<ClassLoader> loader) {
    return new LoadedProviders<>(ScoringStrategyProvider.class, loader);
  }

  /**
   * Returns a lookup over the thread's context class loader (as it is when the lookup first needs
   * its providers), with no clock and no provider registered in code.
   *
   * @return the lookup
   */
  public static StrategyLookup create() {
    return new StrategyLookup(
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        List.of(),
        loading(Optional.empty()),
        Capacities.none());
  }

  /**
   * Returns the same lookup with providers registered in code, next to those its class loader
   * offers: for hosts whose providers come from a container (dependency injection, a plugin
   * registry) and not from {@link ServiceLoader}. Works the same on the class path and on the
   * module path: the provider's class needs no service registration (no file under {@code
   * META-INF/services}, no clause in a module descriptor), and its package need not be exported. A
   * name must still be offered by one provider only, registered or loaded.
   *
   * <pre>{@code
   * StrategyLookup lookup = StrategyLookup.create().withProvider(new ReviewForReviewProvider());
   * ScoringStrategy<?, ImmediateScores> s = lookup.find("review-for-review", ImmediateScores.class, rule);
   * }</pre>
   *
   * @param providers the providers, added after any registered before; each is asked for its name,
   *     result type and parameter names at each {@code find}, and to create a strategy
   * @return a new lookup; this one is unchanged
   * @throws NullPointerException if {@code providers} or one of them is null
   */
  public StrategyLookup withProvider(ScoringStrategyProvider... providers) {
    Objects.requireNonNull(providers, "providers");
    List<ScoringStrategyProvider> all = new ArrayList<>(registered);
    for (int i = 0; i < providers.length; i++) {
      all.add(Objects.requireNonNull(providers[i], "providers[" + i + "]"));
    }
    return new StrategyLookup(loader, clock, asOf, List.copyOf(all), loaded, capacities);
  }

  /**
   * Returns the same lookup searching a class loader, such as a plugin's.
   *
   * @param classLoader the class loader whose providers to find
   * @return the lookup
   * @throws NullPointerException if {@code classLoader} is null
   */
  public StrategyLookup withClassLoader(ClassLoader classLoader) {
    Optional<ClassLoader> l = Optional.of(Objects.requireNonNull(classLoader, "classLoader"));
    return new StrategyLookup(l, clock, asOf, registered, loading(l), capacities);
  }

  /**
   * Returns the same lookup giving strategies the clock's instant, read at each {@code find}, as
   * the instant up to which flows are known.
   *
   * @param clock the clock; a fixed clock makes results reproducible
   * @return the lookup
   * @throws NullPointerException if {@code clock} is null
   */
  public StrategyLookup withClock(Clock clock) {
    return new StrategyLookup(
        loader,
        Optional.of(Objects.requireNonNull(clock, "clock")),
        asOf,
        registered,
        loaded,
        capacities);
  }

  /**
   * Returns the same lookup giving strategies a fixed instant up to which flows are known, such as
   * the end of the period a review looks at. It takes precedence over a clock.
   *
   * @param instant the instant
   * @return the lookup
   * @throws NullPointerException if {@code instant} is null
   */
  public StrategyLookup withAsOf(Instant instant) {
    return new StrategyLookup(
        loader,
        clock,
        Optional.of(Objects.requireNonNull(instant, "asOf")),
        registered,
        loaded,
        capacities);
  }

  /**
   * Returns the same lookup giving strategies the community's declared capacities ({@link
   * StrategyContext#capacities()}), which the proportional strategy judges giving against.
   *
   * @param capacities the capacities
   * @return the lookup
   * @throws NullPointerException if {@code capacities} is null
   */
  public StrategyLookup withCapacities(Capacities capacities) {
    return new StrategyLookup(
        loader, clock, asOf, registered, loaded, Objects.requireNonNull(capacities, "capacities"));
  }

  /**
   * Finds a strategy by its name with parameters, typed by its result.
   *
   * @param <R> the result type
   * @param spec {@code NAME[:key=value,...]}, such as {@code "decaying:halfLife=P90D"}
   * @param resultType the result type the caller expects
   * @param rule the rule that configures the strategy
   * @return the strategy
   * @throws UnknownStrategyException if no provider, or more than one, offers the name, or its
   *     results are not of {@code resultType}
   * @throws StrategyParameterException if a parameter is malformed, unknown to the strategy, or
   *     missing where the strategy needs it
   */
  public <R> ScoringStrategy<?, R> find(String spec, Class<R> resultType, ReciprocityRule rule) {
    Objects.requireNonNull(spec, "spec");
    int colon = spec.indexOf(':');
    String name = (colon < 0 ? spec : spec.substring(0, colon)).strip();
    StrategyParameters parameters =
        colon < 0 ? StrategyParameters.none() : StrategyParameters.parse(spec.substring(colon + 1));
    return find(name, resultType, rule, parameters);
  }

  /**
   * Finds a strategy by its name with parameters, whatever its result type.
   *
   * @param spec {@code NAME[:key=value,...]}
   * @param rule the rule that configures the strategy
   * @return the strategy
   * @throws UnknownStrategyException if no provider, or more than one, offers the name
   * @throws StrategyParameterException if a parameter is malformed, unknown or missing
   */
  public ScoringStrategy<?, ?> find(String spec, ReciprocityRule rule) {
    return find(spec, Object.class, rule);
  }

  /**
   * Finds a strategy by name, typed by its result, configured by a rule and parameters.
   *
   * @param <R> the result type
   * @param name the strategy's name
   * @param resultType the result type the caller expects
   * @param rule the rule that configures the strategy
   * @param parameters the named parameters
   * @return the strategy
   * @throws UnknownStrategyException if no provider, or more than one, offers the name, or its
   *     results are not of {@code resultType}
   * @throws StrategyParameterException if a parameter is malformed, unknown to the strategy, or
   *     missing where the strategy needs it
   */
  public <R> ScoringStrategy<?, R> find(
      String name, Class<R> resultType, ReciprocityRule rule, StrategyParameters parameters) {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(resultType, "resultType");
    Objects.requireNonNull(rule, "rule");
    Objects.requireNonNull(parameters, "parameters");
    ScoringStrategyProvider provider = provider(name);
    if (!resultType.isAssignableFrom(provider.resultType())) {
      throw new UnknownStrategyException(
          "the strategy '"
              + name
              + "' gives "
              + provider.resultType().getSimpleName()
              + ", not "
              + resultType.getSimpleName()
              + ". Fix: ask for "
              + provider.resultType().getSimpleName()
              + ".class, or name a strategy that gives "
              + resultType.getSimpleName()
              + ".");
    }
    for (String p : parameters.asMap().keySet()) {
      if (!provider.parameterNames().contains(p)) {
        throw new StrategyParameterException(
            "the strategy '"
                + name
                + "' takes no parameter "
                + Texts.quote(p)
                + (provider.parameterNames().isEmpty()
                    ? "; it takes none"
                    : "; it takes " + new TreeSet<>(provider.parameterNames()))
                + ". Fix: remove it or correct its name.");
      }
    }
    Optional<Instant> instant = asOf.or(() -> clock.map(Clock::instant));
    ScoringStrategy<?, ?> strategy =
        provider.create(
            StrategyContext.of(rule, parameters.forStrategy(name), instant)
                .withCapacities(capacities));
    @SuppressWarnings("unchecked") // the provider declared its result type, checked above
    ScoringStrategy<?, R> typed = (ScoringStrategy<?, R>) strategy;
    return typed;
  }

  /**
   * Lists the names of the strategies this lookup can find.
   *
   * @return the names, sorted
   */
  public SortedSet<String> names() {
    return providers().stream()
        .map(ScoringStrategyProvider::name)
        .collect(Collectors.toCollection(TreeSet::new));
  }

  /** The providers registered in code, then those the class loader offers. */
  private List<ScoringStrategyProvider> providers() {
    if (registered.isEmpty()) {
      return loaded.get();
    }
    List<ScoringStrategyProvider> all = new ArrayList<>(registered);
    all.addAll(loaded.get());
    return Collections.unmodifiableList(all);
  }

  private ScoringStrategyProvider provider(String name) {
    List<ScoringStrategyProvider> providers = providers();
    List<ScoringStrategyProvider> matches =
        providers.stream().filter(p -> p.name().equals(name)).collect(Collectors.toList());
    if (matches.size() == 1) {
      return matches.get(0);
    }
    if (matches.isEmpty()) {
      TreeSet<String> known =
          providers.stream()
              .map(ScoringStrategyProvider::name)
              .collect(Collectors.toCollection(TreeSet::new));
      throw new UnknownStrategyException(
          Texts.message(
              "no scoring strategy named "
                  + Texts.quote(name)
                  + "; known: "
                  + known
                  + ". Fix: correct the name, or add a ScoringStrategyProvider (in"
                  + " META-INF/services, a provides clause of module-info, or"
                  + " StrategyLookup.withProvider)."));
    }
    throw new UnknownStrategyException(
        "more than one provider offers the strategy '"
            + name
            + "': "
            + matches.stream().map(p -> p.getClass().getName()).collect(Collectors.joining(", "))
            + ". Fix: remove one from the class path (or from withProvider) or rename it.");
  }
}
