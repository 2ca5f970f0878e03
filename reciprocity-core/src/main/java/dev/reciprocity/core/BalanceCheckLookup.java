package dev.reciprocity.core;

import dev.reciprocity.Agreement;
import dev.reciprocity.FlowKind;
import dev.reciprocity.ReciprocityRule;
import dev.reciprocity.UnknownCheckException;
import dev.reciprocity.internal.Texts;
import dev.reciprocity.spi.BalanceCheck;
import dev.reciprocity.spi.BalanceCheckProvider;
import dev.reciprocity.spi.CheckContext;
import dev.reciprocity.spi.FindingFormatter;
import dev.reciprocity.spi.StrategyParameterException;
import dev.reciprocity.spi.StrategyParameters;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Finds balance checks by name, configured by named parameters: the built-ins and any a host
 * registers, through {@link java.util.ServiceLoader} (under {@code
 * META-INF/services/dev.reciprocity.spi.BalanceCheckProvider} on the class path, a {@code provides}
 * clause on the module path) or in code with {@link #withProvider(BalanceCheckProvider...)}, as
 * {@link StrategyLookup} finds strategies.
 *
 * <p>A check is named as {@code NAME[:key=value,...]}, as on the command line's {@code --check}:
 * {@code "hero"}, {@code "hero:share=0.6,minGivers=4"}. Parameters the provider does not declare
 * are refused before it runs. {@link #checks(ReciprocityRule, Collection, Collection)} makes the
 * set a review runs: every check on by default, each tuned or added by a name with parameters, less
 * those switched off.
 *
 * <pre>{@code
 * BalanceCheckLookup lookup = BalanceCheckLookup.create().withAgreements(agreements);
 * List<BalanceCheck> checks =
 *     lookup.checks(rule, List.of("hero:share=0.6", "bottleneck"), List.of("barter-drift"));
 * ReviewReport report = ReciprocityReviews.builder(flows).checks(checks).report();
 * }</pre>
 *
 * <p>Immutable and thread-safe. A lookup loads its class loader's providers once, when first asked
 * (and a lookup made from it shares what it loaded); {@link #create()} or {@link #withClassLoader}
 * makes a lookup that loads afresh.
 */
public final class BalanceCheckLookup {

  private final Optional<ClassLoader> loader;
  private final List<BalanceCheckProvider> registered;
  // the class loader's providers, loaded once when first asked; shared by derived lookups
  private final LoadedProviders<BalanceCheckProvider> loaded;
  private final List<Agreement> agreements;
  private final SortedMap<FlowKind, String> kindRules;

  private BalanceCheckLookup(
      Optional<ClassLoader> loader,
      LoadedProviders<BalanceCheckProvider> loaded,
      List<BalanceCheckProvider> registered,
      List<Agreement> agreements,
      SortedMap<FlowKind, String> kindRules) {
    this.loader = loader;
    this.loaded = loaded;
    this.registered = registered;
    this.agreements = agreements;
    this.kindRules = kindRules;
  }

  /**
   * Returns a lookup over the thread's context class loader, with no provider registered in code,
   * no agreements and no kinds' own rules.
   *
   * @return the lookup
   */
  public static BalanceCheckLookup create() {
    return new BalanceCheckLookup(
        Optional.empty(),
        new LoadedProviders<>(BalanceCheckProvider.class, Optional.empty()),
        List.of(),
        List.of(),
        new TreeMap<>());
  }

  /**
   * Returns the same lookup with providers registered in code, found before the class loader's.
   *
   * @param providers the providers
   * @return the lookup
   * @throws NullPointerException if {@code providers} or one of them is null
   */
  public BalanceCheckLookup withProvider(BalanceCheckProvider... providers) {
    List<BalanceCheckProvider> all = new ArrayList<>(registered);
    all.addAll(List.of(providers));
    return new BalanceCheckLookup(loader, loaded, List.copyOf(all), agreements, kindRules);
  }

  /**
   * Returns the same lookup over another class loader's providers.
   *
   * @param classLoader the class loader
   * @return the lookup
   * @throws NullPointerException if {@code classLoader} is null
   */
  public BalanceCheckLookup withClassLoader(ClassLoader classLoader) {
    Optional<ClassLoader> l = Optional.of(Objects.requireNonNull(classLoader, "classLoader"));
    return new BalanceCheckLookup(
        l, new LoadedProviders<>(BalanceCheckProvider.class, l), registered, agreements, kindRules);
  }

  /**
   * Returns the same lookup whose checks see the community's agreements ({@link CheckContext}).
   *
   * @param agreements the agreements
   * @return the lookup
   * @throws NullPointerException if {@code agreements} or one of them is null
   */
  public BalanceCheckLookup withAgreements(List<Agreement> agreements) {
    return new BalanceCheckLookup(loader, loaded, registered, List.copyOf(agreements), kindRules);
  }

  /**
   * Returns the same lookup whose checks see the rules kinds are judged by apart from the review.
   *
   * @param kindRules each kind's strategy, as named to a {@link StrategyLookup}
   * @return the lookup
   * @throws NullPointerException if {@code kindRules} or a key or value is null
   */
  public BalanceCheckLookup withKindRules(Map<FlowKind, String> kindRules) {
    return new BalanceCheckLookup(loader, loaded, registered, agreements, new TreeMap<>(kindRules));
  }

  /**
   * Finds a check by its name with parameters.
   *
   * @param spec {@code NAME[:key=value,...]}, such as {@code "hero:share=0.6"}
   * @param rule the review's rule
   * @return the check
   * @throws UnknownCheckException if no provider, or more than one, offers the name
   * @throws StrategyParameterException if a parameter is malformed or unknown to the check
   */
  public BalanceCheck find(String spec, ReciprocityRule rule) {
    Objects.requireNonNull(spec, "spec");
    Objects.requireNonNull(rule, "rule");
    int colon = spec.indexOf(':');
    String name = nameOf(spec);
    StrategyParameters parameters =
        colon < 0 ? StrategyParameters.none() : StrategyParameters.parse(spec.substring(colon + 1));
    BalanceCheckProvider provider = provider(name);
    for (String p : parameters.asMap().keySet()) {
      if (!provider.parameterDefaults().containsKey(p)) {
        throw new StrategyParameterException(
            "the check '"
                + name
                + "' takes no parameter "
                + Texts.quote(p)
                + (provider.parameterDefaults().isEmpty()
                    ? "; it takes none"
                    : "; it takes " + new TreeSet<>(provider.parameterDefaults().keySet()))
                + ". Fix: remove it or correct its name.");
      }
    }
    return provider.create(
        CheckContext.of(rule, parameters.forStrategy(name))
            .withAgreements(agreements)
            .withKindRules(kindRules));
  }

  /**
   * The checks a review runs: every check on by default, in the order of their names, with a check
   * named in {@code specs} configured by its parameters (a check not on by default, such as a
   * host's, is added after them), less those named in {@code off}.
   *
   * @param rule the review's rule
   * @param specs checks to add or tune, as {@code NAME[:key=value,...]}
   * @param off names of checks not to run
   * @return the checks, in order
   * @throws UnknownCheckException if a name is unknown, or a check is both named and switched off
   * @throws StrategyParameterException if a parameter is malformed or unknown to its check
   */
  public List<BalanceCheck> checks(
      ReciprocityRule rule, Collection<String> specs, Collection<String> off) {
    Objects.requireNonNull(rule, "rule");
    List<BalanceCheck> checks = new ArrayList<>();
    for (String spec : chosen(specs, off)) {
      checks.add(find(spec, rule));
    }
    return checks;
  }

  /**
   * The names with parameters of the checks {@link #checks(ReciprocityRule, Collection,
   * Collection)} makes, in order: for a host that wraps some of them.
   *
   * @param specs checks to add or tune, as {@code NAME[:key=value,...]}
   * @param off names of checks not to run
   * @return the specs, in order
   * @throws UnknownCheckException if a name is unknown, or a check is both named and switched off
   */
  public List<String> chosen(Collection<String> specs, Collection<String> off) {
    Map<String, String> chosen = new LinkedHashMap<>();
    for (BalanceCheckProvider p : sortedProviders()) {
      if (p.enabledByDefault()) {
        chosen.put(p.name(), p.name());
      }
    }
    for (String spec : specs) {
      String name = nameOf(spec);
      var unused = provider(name);
      if (off.contains(name)) {
        throw new UnknownCheckException(
            "the check '"
                + name
                + "' is both named by --check and switched off by --skip-check. Fix: drop one.");
      }
      chosen.put(name, spec);
    }
    for (String name : off) {
      var unused = provider(name.strip());
      chosen.remove(name.strip());
    }
    return List.copyOf(chosen.values());
  }

  /**
   * The name of a check's spec: the part before {@code :}.
   *
   * @param spec {@code NAME[:key=value,...]}
   * @return the name, stripped
   */
  public static String nameOf(String spec) {
    int colon = spec.indexOf(':');
    return (colon < 0 ? spec : spec.substring(0, colon)).strip();
  }

  /**
   * The wording of every check's findings: {@code base} for the built-in types, each provider's own
   * {@link BalanceCheckProvider#wording()} for its types.
   *
   * @param base the wording of the built-in types, such as {@link FindingFormatters#english()}
   * @return the combined wording
   * @throws NullPointerException if {@code base} is null
   */
  public FindingFormatter wording(FindingFormatter base) {
    FindingFormatter words = Objects.requireNonNull(base, "base");
    for (BalanceCheckProvider p : providers()) {
      if (p.wording().isPresent()) {
        for (var type : p.findingTypes()) {
          words = words.with(type, p.wording().get());
        }
      }
    }
    return words;
  }

  /**
   * The providers this lookup can find, sorted by name: for a listing such as {@code review
   * --help}.
   *
   * @return the providers
   */
  public List<BalanceCheckProvider> providers() {
    return sortedProviders();
  }

  private List<BalanceCheckProvider> sortedProviders() {
    List<BalanceCheckProvider> all = new ArrayList<>(allProviders());
    all.sort(java.util.Comparator.comparing(BalanceCheckProvider::name));
    return all;
  }

  private List<BalanceCheckProvider> allProviders() {
    List<BalanceCheckProvider> all = new ArrayList<>(registered);
    all.addAll(loaded.get());
    return all;
  }

  private BalanceCheckProvider provider(String name) {
    List<BalanceCheckProvider> providers = allProviders();
    List<BalanceCheckProvider> matches =
        providers.stream().filter(p -> p.name().equals(name)).collect(Collectors.toList());
    if (matches.size() == 1) {
      return matches.get(0);
    }
    if (matches.isEmpty()) {
      Set<String> known =
          providers.stream()
              .map(BalanceCheckProvider::name)
              .collect(Collectors.toCollection(TreeSet::new));
      throw new UnknownCheckException(
          Texts.message(
              "no balance check named "
                  + Texts.quote(name)
                  + "; known: "
                  + known
                  + ". Fix: correct the name, or add a BalanceCheckProvider (in"
                  + " META-INF/services, a provides clause of module-info, or"
                  + " BalanceCheckLookup.withProvider)."));
    }
    throw new UnknownCheckException(
        "more than one provider offers the check '"
            + name
            + "': "
            + matches.stream().map(p -> p.getClass().getName()).collect(Collectors.joining(", "))
            + ". Fix: remove one from the class path (or from withProvider) or rename it.");
  }
}
