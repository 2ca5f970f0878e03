/**
 * jqwik generators of the reciprocity model ({@link dev.reciprocity.testkit}), for property-based
 * scenarios against the library or a host's own strategies and checks, and the contract suites a
 * host runs against its own strategy or check ({@code ScoringStrategyContract}, {@code
 * BalanceCheckContract}). Depends on the API only, so that the engine's own tests can use it: the
 * suites ask the host for the column view.
 */
module dev.reciprocity.testkit {
  // the generators are jqwik Arbitraries of the API's values
  requires transitive dev.reciprocity;
  requires transitive net.jqwik.api;
  requires static org.jspecify;

  exports dev.reciprocity.testkit;
}
