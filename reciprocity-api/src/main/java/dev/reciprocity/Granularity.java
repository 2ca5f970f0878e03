package dev.reciprocity;

/**
 * Over what horizon a return counts as legitimate (seed: Social Reciprocity Architecture, "a
 * one-time imbalance is tolerable; a chronic imbalance is toxic").
 */
public enum Granularity {
  /** Transaction level: a gift is returned by a reverse flow within the rule's window. */
  IMMEDIATE,
  /** Balance is judged season by season on the rule's cadence. */
  SEASONAL,
  /** Old flows fade with the rule's half-life: memory without hoarding. */
  DECAYING,
  /** A party's balance across all partners and the whole range: generalized reciprocity. */
  PORTFOLIO
}
