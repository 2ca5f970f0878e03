/**
 * Implementation of the built-in strategies and checks. Not part of the public API: reach these
 * through {@link dev.reciprocity.core.Strategies}, {@link dev.reciprocity.core.BalanceChecks} and
 * {@link dev.reciprocity.core.ReciprocityReviews}. The module does not export this package; only
 * the {@link dev.reciprocity.spi.ScoringStrategyProvider}s in {@code StrategyProviders} are public,
 * for {@link java.util.ServiceLoader} on the class path.
 */
@NullMarked
@CheckReturnValue
package dev.reciprocity.core.internal;

import com.google.errorprone.annotations.CheckReturnValue;
import org.jspecify.annotations.NullMarked;
