/**
 * jqwik generators of the reciprocity model ({@link
 * dev.reciprocity.testkit.ReciprocityArbitraries}): communities, flows, rules and mirrored flow
 * sets, for property-based scenarios against the library or a host's own strategies and checks; and
 * the contract suites {@link dev.reciprocity.testkit.ScoringStrategyContract} and {@link
 * dev.reciprocity.testkit.BalanceCheckContract}, which a host extends in its tests to hold its own
 * strategy or check to the SPI's contract.
 *
 * <p>Parameters and results are non-null ({@link org.jspecify.annotations.NullMarked}).
 */
@NullMarked
package dev.reciprocity.testkit;

import org.jspecify.annotations.NullMarked;
