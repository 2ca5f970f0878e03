package dev.reciprocity.spi;

import dev.reciprocity.Finding;
import dev.reciprocity.Flow;
import java.util.Collection;
import java.util.List;

/**
 * A balance check: turns flows into {@link Finding}s, each with its evidence and one concrete
 * suggestion (pattern: Benefit-Obligation Balance Check). Hosts may add their own next to the
 * built-ins.
 *
 * <p>Implementations must be pure (the findings depend only on the multiset of flows, not on
 * their order) and thread-safe.
 */
@FunctionalInterface
public interface BalanceCheck {

  /**
   * Runs the check.
   *
   * @param flows the flows to judge, in any order
   * @return the findings, most severe first; empty when all is in balance
   */
  List<Finding> check(Collection<Flow> flows);
}
