/**
 * jqwik generators of the reciprocity model ({@link dev.reciprocity.testkit.ReciprocityArbitraries}):
 * communities, flows, rules and mirrored flow sets, for property-based scenarios against the
 * library or a host's own strategies and checks.
 */
package dev.reciprocity.testkit;
