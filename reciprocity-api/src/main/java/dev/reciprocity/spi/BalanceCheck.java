package dev.reciprocity.spi;

import dev.reciprocity.Finding;
import dev.reciprocity.Flow;
import java.time.Instant;
import java.util.Collection;
import java.util.List;

/**
 * A balance check: turns flows into {@link Finding}s, each with its evidence and the data of one
 * concrete suggestion (pattern: Benefit-Obligation Balance Check). Hosts add their own next to the
 * built-ins ({@code dev.reciprocity.core.BalanceChecks}) and name their own {@link
 * dev.reciprocity.FindingType}s; a reciprocity review runs any list of checks.
 *
 * <h2>Implementation</h2>
 *
 * Implementations must be pure (the findings depend only on the multiset of flows and on {@code
 * asOf}, not on the order of the flows) and thread-safe: one check may run on several threads at
 * once. They must not alter their input.
 *
 * <pre>{@code
 * BalanceCheck slowReviews = (flows, asOf) -> ...;   // a host's own check
 * List<Finding> findings = slowReviews.check(snapshot.flows(), Instant.now());
 * }</pre>
 */
@FunctionalInterface
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
  List<Finding> check(Collection<Flow> flows, Instant asOf);
}
