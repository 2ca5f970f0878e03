package dev.reciprocity.core;

import dev.reciprocity.Amount;
import dev.reciprocity.Finding;
import dev.reciprocity.FindingType;
import dev.reciprocity.Flow;
import dev.reciprocity.FlowKind;
import dev.reciprocity.Interval;
import dev.reciprocity.PartyId;
import dev.reciprocity.PartyScore;
import dev.reciprocity.PortfolioScores;
import dev.reciprocity.Severity;
import dev.reciprocity.testkit.ReciprocityArbitraries;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;

/** Small helpers shared by the tests of this package. */
final class Fixtures {

  static final PartyId ADA = PartyId.of("ada");
  static final PartyId BOB = PartyId.of("bob");
  static final PartyId CY = PartyId.of("cy");
  static final FlowKind REVIEW = FlowKind.of("review");
  static final FlowKind MENTORING = FlowKind.of("mentoring");

  /** Day 0 of the example tests. */
  static final Instant DAY_0 = Instant.parse("2024-01-01T00:00:00Z");

  private Fixtures() {}

  static Instant day(int n) {
    return DAY_0.plus(Duration.ofDays(n));
  }

  static Flow flow(PartyId giver, PartyId receiver, String amount, Instant at) {
    return flow(giver, receiver, REVIEW, amount, at);
  }

  static Flow flow(PartyId giver, PartyId receiver, FlowKind kind, String amount, Instant at) {
    return Flow.builder()
        .giver(giver)
        .receiver(receiver)
        .kind(kind)
        .amount(Amount.parse(amount))
        .instant(at)
        .build();
  }

  /** {@code sum_i b_i} over the parties of a score. */
  static Amount sumOfNetBalances(PortfolioScores scores) {
    Amount sum = Amount.ZERO;
    for (PartyScore p : scores.parties()) {
      sum = sum.plus(p.netBalance());
    }
    return sum;
  }

  /** What a finding says, without its figures: type, subject, period and severity. */
  record FindingKey(FindingType type, PartyId subject, Interval period, Severity severity) {}

  static List<FindingKey> keys(List<Finding> findings) {
    return findings.stream()
        .map(f -> new FindingKey(f.type(), f.subject(), f.period(), f.severity()))
        .collect(Collectors.toList());
  }

  static List<Flow> reversed(List<Flow> flows) {
    return flows.stream().map(Flow::reversed).collect(Collectors.toList());
  }

  static List<Flow> scaled(List<Flow> flows, long factor) {
    return flows.stream()
        .map(f -> Flow.builder().from(f).amount(f.amount().times(factor)).build())
        .collect(Collectors.toList());
  }

  /**
   * The latest instant of the flows, or {@link ReciprocityArbitraries#START} when there is none.
   */
  static Instant lastInstant(List<Flow> flows) {
    return flows.stream()
        .map(Flow::instant)
        .max(Instant::compareTo)
        .orElse(ReciprocityArbitraries.START);
  }
}
