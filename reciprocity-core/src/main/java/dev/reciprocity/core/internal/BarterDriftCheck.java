package dev.reciprocity.core.internal;

import dev.reciprocity.Finding;
import dev.reciprocity.FindingType;
import dev.reciprocity.Interval;
import dev.reciprocity.ReciprocityRule;
import dev.reciprocity.Severity;
import dev.reciprocity.spi.BalanceCheck;
import dev.reciprocity.spi.FlowColumns;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Barter drift, the network's finding: in each of the last seasons judged, most flows are part of a
 * tit-for-tat pair (a gift and its return of the same kind and amount within a short lag); see
 * {@code BalanceChecks.barterDrift}. Reads the rows of those seasons only, in time order: O(r log
 * r) for their r rows.
 */
final class BarterDriftCheck implements BalanceCheck {

  /** Measure: the share of a season's flows that are a gift or its matched return. */
  static final String MATCHED_SHARE = "share of flows matched tit-for-tat";

  /** Measure: the number of flows in a season. */
  static final String FLOWS = "flows";

  private final ReciprocityRule rule;
  private final Duration lag;
  private final double share;
  private final int seasons;
  private final int minFlows;

  BarterDriftCheck(ReciprocityRule rule, Duration lag, double share, int seasons, int minFlows) {
    this.rule = Objects.requireNonNull(rule, "rule");
    this.lag = Objects.requireNonNull(lag, "lag");
    this.share = share;
    this.seasons = seasons;
    this.minFlows = minFlows;
  }

  /** A gift waiting for its return: giver, receiver, kind and amount. */
  private record Key(int giver, int receiver, int kind, long micros) {}

  @Override
  public List<Finding> check(FlowColumns flows, Instant asOf) {
    FlowColumns kept = flows.ofKinds(rule.kinds());
    FlowColumns.Seasons s = kept.seasons(rule.cadence());
    int judged = CheckSupport.judged(s, asOf);
    int first = CheckSupport.adjacentRun(s, judged, seasons);
    if (first < 0) {
      return List.of();
    }
    List<Integer> rows = new ArrayList<>();
    for (int row = 0, n = kept.size(); row < n; row++) {
      int season = s.seasonOf(row);
      if (season >= first && season < judged) {
        rows.add(row);
      }
    }
    Integer[] ordered = rows.toArray(new Integer[0]);
    Arrays.sort(
        ordered,
        (a, b) -> {
          int c = Long.compare(kept.epochSecond(a), kept.epochSecond(b));
          c = c != 0 ? c : Integer.compare(kept.nano(a), kept.nano(b));
          return c != 0 ? c : Integer.compare(a, b);
        });
    long[] count = new long[seasons];
    long[] matched = new long[seasons];
    Map<Key, ArrayDeque<int[]>> waiting = new HashMap<>();
    for (int row : ordered) {
      int season = s.seasonOf(row) - first;
      count[season]++;
      Instant at = kept.instant(row);
      Key reverse =
          new Key(kept.receiver(row), kept.giver(row), kept.kindOf(row), kept.micros(row));
      ArrayDeque<int[]> gifts = waiting.get(reverse);
      boolean returned = false;
      while (gifts != null && !gifts.isEmpty()) {
        int[] gift = gifts.peekFirst();
        if (kept.instant(gift[0]).plus(lag).isBefore(at)) {
          gifts.pollFirst(); // too old to be matched by this or any later return
          continue;
        }
        gifts.pollFirst();
        matched[gift[1]]++;
        matched[season]++;
        returned = true;
        break;
      }
      if (!returned) {
        waiting
            .computeIfAbsent(
                new Key(kept.giver(row), kept.receiver(row), kept.kindOf(row), kept.micros(row)),
                k -> new ArrayDeque<>())
            .addLast(new int[] {row, season});
      }
    }
    for (int i = 0; i < seasons; i++) {
      if (count[i] < minFlows || (double) matched[i] / (double) count[i] < share) {
        return List.of();
      }
    }
    Interval span = CheckSupport.span(s, first, judged - 1);
    Finding.Builder f =
        Finding.builder()
            .type(FindingType.BARTER_DRIFT)
            .subjectKind(Finding.SubjectKind.NETWORK)
            .subject(Finding.NETWORK)
            .period(span)
            .severity(Severity.NOTICE);
    for (int i = 0; i < seasons; i++) {
      Interval season = s.season(first + i);
      f.addEvidence(
          dev.reciprocity.Evidence.share(
              MATCHED_SHARE, (double) matched[i] / (double) count[i], season));
      f.addEvidence(CheckSupport.figure(FLOWS, (double) count[i], "flows", season, null));
    }
    f.addEvidence(dev.reciprocity.Evidence.share("threshold", share, null));
    f.addEvidence(
        CheckSupport.figure("lag in days", lag.toSeconds() / 86400.0, "days", null, null));
    return List.of(f.build());
  }
}
