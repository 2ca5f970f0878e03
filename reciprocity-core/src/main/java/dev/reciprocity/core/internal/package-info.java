/**
 * Implementation of the built-in strategies and checks. Not part of the public API: reach these
 * through {@link dev.reciprocity.core.Strategies}, {@link dev.reciprocity.core.BalanceChecks} and
 * {@link dev.reciprocity.core.ReciprocityReviews}.
 */
package dev.reciprocity.core.internal;
