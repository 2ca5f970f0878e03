package dev.reciprocity;

/**
 * The failure modes a balance check names (seeds: Social Reciprocity Architecture, Collaborative
 * Reciprocity, Community OS / Reciprocity).
 */
public enum FindingType {
  /**
   * Burnout risk: a party's give share lies above the tolerance band in {@code k} consecutive
   * seasons. "Consistent givers without receiving become resentful."
   */
  CHRONIC_GIVER,
  /**
   * Obligation risk: a party's give share lies below the tolerance band in {@code k} consecutive
   * seasons. "Consistent receivers without giving feel obligated."
   */
  CHRONIC_RECEIVER
}
