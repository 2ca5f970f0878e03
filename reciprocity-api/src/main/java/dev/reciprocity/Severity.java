package dev.reciprocity;

/** How urgently a {@link Finding} asks for attention, from least to most. */
public enum Severity {
  /** Worth a mention at the next review; a gentle reminder, not an alarm. */
  NOTICE,
  /** A pattern that has held for the rule's whole horizon: act this season. */
  WARNING,
  /** A pattern that has held for twice the rule's horizon or more: act now. */
  ALERT
}
