/**
 * jqwik generators of the reciprocity model ({@link
 * dev.reciprocity.testkit.ReciprocityArbitraries}): communities, flows, rules and mirrored flow
 * sets, for property-based scenarios against the library or a host's own strategies and checks.
 *
 * <p>Parameters and results are non-null ({@link org.jspecify.annotations.NullMarked}).
 */
@NullMarked
package dev.reciprocity.testkit;

import org.jspecify.annotations.NullMarked;
