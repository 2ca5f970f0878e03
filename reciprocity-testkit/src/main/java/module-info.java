/**
 * jqwik generators of the reciprocity model ({@link dev.reciprocity.testkit}), for property-based
 * scenarios against the library or a host's own strategies and checks.
 */
module dev.reciprocity.testkit {
  // the generators are jqwik Arbitraries of the API's values
  requires transitive dev.reciprocity;
  requires transitive net.jqwik.api;
  requires static org.jspecify;

  exports dev.reciprocity.testkit;
}
