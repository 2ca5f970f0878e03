package dev.reciprocity.core;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.reciprocity.Flow;
import dev.reciprocity.ReciprocityRule;
import dev.reciprocity.spi.ScoringStrategy;
import dev.reciprocity.testkit.ReciprocityArbitraries;
import java.time.Instant;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.Tuple.Tuple2;
import net.jqwik.api.constraints.IntRange;

/**
 * Invariant 5 (docs/design.md, section 3, Invariants), merge: for any partition of the flows into 1
 * to 4 parts, each accumulated apart ({@code createAccumulator}, {@code add}) and merged in any
 * order and shape, the result equals that of one pass ({@link ScoringStrategy#score(Iterable)}).
 *
 * <p>The parts come in a random order (flows are assigned to parts at random), and {@code split}
 * chooses the shape: the parts before it are merged left to right, so are the parts from it on, and
 * then the first group is merged with the second, so that the second argument of a merge is
 * sometimes an accumulator that has itself absorbed merges, and sometimes empty.
 */
class MergeProperties extends CommunityProviders {

  @Property
  void portfolioMergedFromAnyPartitionEqualsOnePass(
      @ForAll("partitioned") Tuple2<List<Flow>, List<List<Flow>>> p,
      @ForAll @IntRange(min = 0, max = 4) int split) {
    assertMergeEqualsOnePass(Strategies.portfolio(), p, split);
  }

  @Property
  void seasonalMergedFromAnyPartitionEqualsOnePass(
      @ForAll("partitioned") Tuple2<List<Flow>, List<List<Flow>>> p,
      @ForAll @IntRange(min = 0, max = 4) int split,
      @ForAll("rules") ReciprocityRule rule) {
    assertMergeEqualsOnePass(Strategies.seasonal(rule), p, split);
  }

  @Property
  void immediateMergedFromAnyPartitionEqualsOnePass(
      @ForAll("partitioned") Tuple2<List<Flow>, List<List<Flow>>> p,
      @ForAll @IntRange(min = 0, max = 4) int split,
      @ForAll("rules") ReciprocityRule rule) {
    assertMergeEqualsOnePass(Strategies.immediate(rule), p, split);
  }

  @Property
  void decayingMergedFromAnyPartitionEqualsOnePass(
      @ForAll("partitioned") Tuple2<List<Flow>, List<List<Flow>>> p,
      @ForAll @IntRange(min = 0, max = 4) int split,
      @ForAll("rules") ReciprocityRule rule,
      @ForAll("evaluationInstants") Instant asOf) {
    assertMergeEqualsOnePass(Strategies.decaying(rule, asOf), p, split);
  }

  /**
   * The contract says {@code result} leaves the accumulator usable: a result taken half way must
   * not change the final one.
   */
  @Property
  void takingAResultHalfWayLeavesTheAccumulatorUsable(
      @ForAll("partitioned") Tuple2<List<Flow>, List<List<Flow>>> p,
      @ForAll("rules") ReciprocityRule rule,
      @ForAll("evaluationInstants") Instant asOf) {
    List<Flow> flows = p.get1();
    assertResultLeavesAccumulatorUsable(Strategies.portfolio(), flows);
    assertResultLeavesAccumulatorUsable(Strategies.seasonal(rule), flows);
    assertResultLeavesAccumulatorUsable(Strategies.immediate(rule), flows);
    assertResultLeavesAccumulatorUsable(Strategies.decaying(rule, asOf), flows);
  }

  /**
   * Accumulates every part apart and merges them left to right.
   *
   * @param s the strategy
   * @param parts the parts; may be empty, and may hold empty parts
   * @return the result of the merged accumulator
   */
  static <A, R> R partitioned(ScoringStrategy<A, R> s, List<List<Flow>> parts) {
    return s.result(mergeAll(s, parts));
  }

  /**
   * Accumulates every part apart, merges {@code parts[0, split)} left to right and {@code
   * parts[split, n)} left to right, then the first group with the second.
   *
   * @param s the strategy
   * @param parts the parts
   * @param split where the second group starts; clamped to {@code [0, parts.size()]}
   * @return the result of the merged accumulator
   */
  static <A, R> R partitioned(ScoringStrategy<A, R> s, List<List<Flow>> parts, int split) {
    int at = Math.max(0, Math.min(split, parts.size()));
    A left = mergeAll(s, parts.subList(0, at));
    A right = mergeAll(s, parts.subList(at, parts.size()));
    return s.result(s.merge(left, right));
  }

  private static <A, R> A mergeAll(ScoringStrategy<A, R> s, List<List<Flow>> parts) {
    A merged = s.createAccumulator();
    for (List<Flow> part : parts) {
      A acc = s.createAccumulator();
      for (Flow f : part) {
        acc = s.add(acc, f);
      }
      merged = s.merge(merged, acc);
    }
    return merged;
  }

  private static <A, R> void assertMergeEqualsOnePass(
      ScoringStrategy<A, R> s, Tuple2<List<Flow>, List<List<Flow>>> p, int split) {
    R onePass = s.score(p.get1());
    assertEquals(onePass, partitioned(s, p.get2()), "merged left to right");
    assertEquals(onePass, partitioned(s, p.get2(), split), "merged in two groups at " + split);
  }

  private static <A, R> void assertResultLeavesAccumulatorUsable(
      ScoringStrategy<A, R> s, List<Flow> flows) {
    A acc = s.createAccumulator();
    int half = flows.size() / 2;
    for (Flow f : flows.subList(0, half)) {
      acc = s.add(acc, f);
    }
    R halfWay = s.result(acc);
    assertEquals(halfWay, s.result(acc), s.name() + ": result twice");
    for (Flow f : flows.subList(half, flows.size())) {
      acc = s.add(acc, f);
    }
    assertEquals(s.score(flows), s.result(acc), s.name());
  }

  @Provide
  Arbitrary<Tuple2<List<Flow>, List<List<Flow>>>> partitioned() {
    return ReciprocityArbitraries.communities()
        .flatMap(
            flows ->
                ReciprocityArbitraries.partitions(flows, 4).map(parts -> Tuple.of(flows, parts)));
  }
}
