/**
 * The reciprocity model as immutable values: parties, flows, reciprocity rules, seasons, scores,
 * findings and the reciprocity review.
 *
 * <p>Every type here is immutable and safe to share between threads. Values validate themselves on
 * construction and throw {@link java.lang.IllegalArgumentException} naming the attribute and the
 * offending value; an imbalance between parties is never an exception but a {@link
 * dev.reciprocity.Finding}.
 *
 * <p>Amounts are exact fixed-point numbers ({@link dev.reciprocity.Amount}) so that conservation
 * (the net balances of all parties sum to exactly zero) holds exactly, not within a tolerance.
 *
 * <p>The pattern terms (reciprocity rule, balance check, finding, reciprocity review) come from the
 * pattern texts <em>Social Reciprocity Architecture</em>, <em>Collaborative Reciprocity</em> and
 * <em>Community OS / Reciprocity</em>; the network measures (out-strength, in-strength,
 * reciprocated weight, weighted reciprocity) from Squartini, Picciolo, Ruzzenenti and Garlaschelli,
 * "Reciprocity of weighted networks", Scientific Reports 3, 2729 (2013).
 *
 * <p>Parameters and results are non-null unless marked {@code @Nullable} ({@link
 * org.jspecify.annotations.NullMarked}); an absent value is an empty {@link java.util.Optional}.
 * Results are meant to be used ({@link com.google.errorprone.annotations.CheckReturnValue}): the
 * values are immutable, so a method's result is its whole effect.
 */
@NullMarked
@CheckReturnValue
@Value.Style(
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    overshadowImplementation = true,
    jdkOnly = true,
    defaults = @Value.Immutable(copy = false))
package dev.reciprocity;

import com.google.errorprone.annotations.CheckReturnValue;
import org.immutables.value.Value;
import org.jspecify.annotations.NullMarked;
