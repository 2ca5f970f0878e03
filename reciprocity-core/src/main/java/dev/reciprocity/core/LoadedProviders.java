package dev.reciprocity.core;

import java.util.List;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * A class loader's providers of a service, loaded through {@link ServiceLoader} on the first {@link
 * #get} and kept: what {@link StrategyLookup} and {@link BalanceCheckLookup} share, and what the
 * lookups derived from one share with it. Thread-safe.
 *
 * @param <T> the service
 */
final class LoadedProviders<T> implements Supplier<List<T>> {
  private final Class<T> service;
  private final Optional<ClassLoader> loader;
  private volatile @Nullable List<T> providers;

  LoadedProviders(Class<T> service, Optional<ClassLoader> loader) {
    this.service = service;
    this.loader = loader;
  }

  @Override
  public List<T> get() {
    List<T> p = providers;
    if (p == null) {
      synchronized (this) {
        p = providers;
        if (p == null) {
          ServiceLoader<T> sl =
              loader
                  .map(l -> ServiceLoader.load(service, l))
                  .orElseGet(() -> ServiceLoader.load(service));
          p = sl.stream().map(ServiceLoader.Provider::get).collect(Collectors.toUnmodifiableList());
          providers = p;
        }
      }
    }
    return p;
  }
}
