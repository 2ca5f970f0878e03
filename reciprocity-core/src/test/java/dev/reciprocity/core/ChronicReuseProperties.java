package dev.reciprocity.core;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.reciprocity.Finding;
import dev.reciprocity.Flow;
import dev.reciprocity.Interval;
import dev.reciprocity.ReciprocityRule;
import dev.reciprocity.core.internal.BuiltIns;
import dev.reciprocity.core.internal.ChronicReuse;
import dev.reciprocity.spi.BalanceCheck;
import java.time.Instant;
import java.util.List;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

/**
 * A report's latest season is judged from what the chronic check computed for the whole range: the
 * findings must be the ones the check makes afresh, and the reuse must happen whenever the season
 * ends by the range's end.
 */
class ChronicReuseProperties extends CommunityProviders {

  @Property
  void theLatestSeasonJudgedFromTheWholeRangeEqualsItsOwnCheck(
      @ForAll("communities") List<Flow> flows,
      @ForAll("rules") ReciprocityRule rule,
      @ForAll("instants") Instant at) {
    Assume.that(!flows.isEmpty());
    LedgerSnapshot all = LedgerSnapshot.of(flows);
    BalanceCheck check = BalanceChecks.chronicImbalance(rule);
    Instant end = afterLast(all);
    ChronicReuse reuse = new ChronicReuse();
    List<Flow> everything = wholeRangeChecked(all, rule, check, reuse);
    Interval season = rule.cadence().lastCompleteSeason(at);
    List<Flow> known = all.before(season.end()).ofKinds(rule.kinds()).flows();
    List<Finding> expected = BuiltIns.findingsOverlapping(check, known, season.end(), season);
    assertEquals(expected, BuiltIns.findingsOverlapping(check, known, season.end(), season, reuse));
    // the whole range's check kept a state when a season with flows of the rule's kinds was over
    // by its end; then every season ending by then is judged from it
    boolean kept =
        everything.stream()
            .map(Flow::instant)
            .min(Instant::compareTo)
            .map(first -> !rule.cadence().seasonOf(first).end().isAfter(end))
            .orElse(false);
    if (kept && !season.end().isAfter(end)) {
      assertEquals(1, reuse.reused(), "the season's check was judged from the kept state");
    }
  }

  @Property
  void otherFlowsOfTheSameLedgerAreCheckedAfresh(
      @ForAll("communities") List<Flow> flows,
      @ForAll("rules") ReciprocityRule rule,
      @ForAll("instants") Instant at) {
    Assume.that(!flows.isEmpty());
    LedgerSnapshot all = LedgerSnapshot.of(flows);
    BalanceCheck check = BalanceChecks.chronicImbalance(rule);
    ChronicReuse reuse = new ChronicReuse();
    var unused = wholeRangeChecked(all, rule, check, reuse);
    // the flows of one party: the same table, not the rows of the kept state before the season
    Interval season = rule.cadence().lastCompleteSeason(at);
    List<Flow> someone =
        all.involving(flows.get(0).giver()).before(season.end()).ofKinds(rule.kinds()).flows();
    assertEquals(
        BuiltIns.findingsOverlapping(check, someone, season.end(), season),
        BuiltIns.findingsOverlapping(check, someone, season.end(), season, reuse));
  }

  /** The first second after the last flow: the end of the whole range. */
  private static Instant afterLast(LedgerSnapshot all) {
    return all.lastInstant().orElseThrow().plusSeconds(1);
  }

  /**
   * As {@code ReviewReport.of} does first: the check of the whole range, kept in {@code reuse};
   * asserts it equals the check without reuse, and returns the range's flows.
   */
  private static List<Flow> wholeRangeChecked(
      LedgerSnapshot all, ReciprocityRule rule, BalanceCheck check, ChronicReuse reuse) {
    Instant end = afterLast(all);
    Interval whole = Interval.of(all.firstInstant().orElseThrow(), end, "all");
    List<Flow> everything = all.before(end).ofKinds(rule.kinds()).flows();
    assertEquals(
        BuiltIns.findingsOverlapping(check, everything, end, whole),
        BuiltIns.findingsOverlapping(check, everything, end, whole, reuse));
    return everything;
  }
}
