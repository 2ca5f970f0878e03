package dev.reciprocity.core.internal;

import dev.reciprocity.Finding;
import dev.reciprocity.Interval;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What the chronic check computed for one review, kept for the next review of the same flows: a
 * report reviews the whole range, then the latest season, and the latest season's check needs the
 * same seasons and sums up to that season's end. {@link ChronicImbalanceCheck#checkReusing} judges
 * from them when it can show the findings are the same, and the check runs afresh otherwise. Holds
 * the last state only, for as long as the object lives (one report). Not thread-safe.
 */
public final class ChronicReuse {

  private @Nullable ChronicImbalanceCheck check;
  private ChronicImbalanceCheck.@Nullable State state;
  private int reused;

  /** Creates an empty one, for one report. */
  public ChronicReuse() {}

  /** The check as of {@code asOf}, from the kept state when it serves, else computed and kept. */
  List<Finding> check(
      ChronicImbalanceCheck chronic, FlowSelection selection, Instant asOf, Interval period) {
    ChronicImbalanceCheck.State kept = state;
    if (kept != null && check == chronic) {
      List<Finding> findings = chronic.checkReusing(kept, selection, asOf, period);
      if (findings != null) {
        reused++;
        return findings;
      }
    }
    check = chronic;
    state = chronic.state(selection, asOf);
    return chronic.check(state, asOf, period);
  }

  /** How many checks were judged from a kept state, for tests. */
  public int reused() {
    return reused;
  }
}
