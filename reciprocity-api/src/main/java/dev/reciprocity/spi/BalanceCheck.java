package dev.reciprocity.spi;

import dev.reciprocity.Finding;
import dev.reciprocity.Implements;
import dev.reciprocity.PatternComponent;
import java.time.Instant;
import java.util.List;

/**
 * A balance check: turns flows into {@link Finding}s, each with its evidence and the data of one
 * concrete suggestion (pattern: Benefit-Obligation Balance Check, docs/design.md). Hosts add their
 * own next to the built-ins ({@code dev.reciprocity.core.BalanceChecks}) and name their own {@link
 * dev.reciprocity.FindingType}s; a reciprocity review runs any list of checks, each once.
 *
 * <p>A check reads the same {@link FlowColumns} as the built-in checks: simple code walks {@link
 * FlowColumns#flows()}, code that must be fast reads the columns and the engine's sums ({@link
 * FlowColumns#partySums()}, {@link FlowColumns#seasons(dev.reciprocity.Cadence)}), which the
 * built-in checks of the same review have usually computed already.
 *
 * <h2>Implementation</h2>
 *
 * Implementations must be pure (the findings depend only on the multiset of flows and on {@code
 * asOf}, not on the order of the rows) and thread-safe: one check may run on several threads at
 * once. The contract suite {@code dev.reciprocity.testkit.BalanceCheckContract} checks both.
 *
 * <pre>{@code
 * BalanceCheck silentGivers = (flows, asOf) -> {
 *   List<Finding> found = new ArrayList<>();
 *   for (Flow f : flows.flows()) { ... }                    // simple: one Flow at a time
 *   return found;
 * };
 * List<Finding> findings = silentGivers.check(snapshot.columns(), Instant.now());
 * }</pre>
 */
@FunctionalInterface
@Implements(PatternComponent.BENEFIT_OBLIGATION_BALANCE_CHECK)
public interface BalanceCheck {

  /**
   * Runs the check.
   *
   * @param flows the flows to judge, in any order; all of them known by {@code asOf}
   * @param asOf the instant up to which the flows are known: a season (or any span a check judges)
   *     that ends after it is not over yet and is not judged, so that a quarter with six weeks of
   *     data is not called a quarter of imbalance. A review passes the end of the period it
   *     reviews.
   * @return the findings, most severe first; empty when all is in balance
   */
  List<Finding> check(FlowColumns flows, Instant asOf);
}
