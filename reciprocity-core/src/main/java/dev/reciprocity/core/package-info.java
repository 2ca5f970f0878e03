/**
 * The reciprocity engine: an in-memory {@link dev.reciprocity.core.Ledger}, the built-in scoring
 * strategies reached through {@link dev.reciprocity.core.Strategies}, balance checks through {@link
 * dev.reciprocity.core.BalanceChecks} and the reciprocity review through {@link
 * dev.reciprocity.core.ReciprocityReviews}.
 *
 * <p>Classes under {@code dev.reciprocity.core.internal} are implementation details and may change
 * without notice; the module does not export them.
 *
 * <p>Parameters and results are non-null unless marked {@code @Nullable} ({@link
 * org.jspecify.annotations.NullMarked}), and results are meant to be used ({@link
 * com.google.errorprone.annotations.CheckReturnValue}) except where a method is marked {@link
 * com.google.errorprone.annotations.CanIgnoreReturnValue}, such as {@link
 * dev.reciprocity.core.Ledger#append(dev.reciprocity.Flow)}.
 */
@NullMarked
@CheckReturnValue
package dev.reciprocity.core;

import com.google.errorprone.annotations.CheckReturnValue;
import org.jspecify.annotations.NullMarked;
