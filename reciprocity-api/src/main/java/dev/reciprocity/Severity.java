package dev.reciprocity;

/** How urgently a {@link Finding} asks for attention, from least to most. */
public enum Severity {
  /**
   * Worth a mention at the next review, such as a pattern that has since ended; a gentle reminder,
   * not an alarm.
   */
  @Implements(PatternComponent.HEARTBEAT_AS_INVITATION)
  NOTICE,
  /** A pattern that holds now and has held for the rule's whole horizon: act this season. */
  WARNING,
  /** A pattern that holds now and has held for twice the rule's horizon or more: act now. */
  ALERT
}
