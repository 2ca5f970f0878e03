/**
 * The reciprocity engine: an in-memory {@link dev.reciprocity.core.Ledger}, the built-in scoring
 * strategies reached through {@link dev.reciprocity.core.Strategies}, balance checks through
 * {@link dev.reciprocity.core.BalanceChecks} and the reciprocity review through
 * {@link dev.reciprocity.core.ReciprocityReviews}.
 *
 * <p>Classes under {@code dev.reciprocity.core.internal} are implementation details and may
 * change without notice.
 */
package dev.reciprocity.core;
