package dev.reciprocity.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.reciprocity.Flow;
import dev.reciprocity.spi.ScoringStrategy;
import java.util.ArrayList;
import java.util.List;

/**
 * Checks of the accumulator contract that need the accumulator itself ({@code add} and {@code
 * merge} one at a time), which is why they are generic in the accumulator type {@code A}: the
 * callers pass a {@code ScoringStrategy<?, R>} and the compiler captures its accumulator type.
 * Scoring whole lists goes through {@code score}, {@code scoreParallel} and {@code collector()}
 * instead.
 */
final class Accumulators {

  private Accumulators() {}

  /**
   * Adds {@code accepted} one flow at a time, offers {@code refused} and expects it refused with
   * {@code type}; then checks that the accumulator holds what it held before (its result is
   * unchanged) and still takes flows: adding {@code after} gives the result of scoring {@code
   * accepted} and {@code after}.
   *
   * @return the refusal, for its message
   */
  static <A, R, X extends Throwable> X assertAddRefusedLeavesAccumulatorUnchanged(
      ScoringStrategy<A, R> s, List<Flow> accepted, Flow refused, List<Flow> after, Class<X> type) {
    A acc = s.createAccumulator();
    for (Flow f : accepted) {
      acc = s.add(acc, f);
    }
    R before = s.result(acc);
    A held = acc;
    X e = assertThrows(type, () -> s.add(held, refused), () -> s.name() + " took " + refused);
    assertEquals(before, s.result(held), () -> s.name() + ": the refusal changed the accumulator");
    A more = held;
    for (Flow f : after) {
      more = s.add(more, f);
    }
    List<Flow> all = new ArrayList<>(accepted);
    all.addAll(after);
    assertEquals(s.score(all), s.result(more), () -> s.name() + ": adds after the refusal");
    return e;
  }

  /**
   * Accumulates {@code first} and {@code second} apart, merges them and expects the merge refused
   * with {@code type}, leaving the first accumulator's result unchanged.
   *
   * @return the refusal, for its message
   */
  static <A, R, X extends Throwable> X assertMergeRefusedLeavesFirstUnchanged(
      ScoringStrategy<A, R> s, List<Flow> first, List<Flow> second, Class<X> type) {
    A left = accumulate(s, first);
    A right = accumulate(s, second);
    R before = s.result(left);
    X e = assertThrows(type, () -> s.merge(left, right), () -> s.name() + " merged");
    assertEquals(before, s.result(left), () -> s.name() + ": the refused merge changed it");
    return e;
  }

  /** Accumulates {@code first} and {@code second} apart and returns the result of their merge. */
  static <A, R> R merged(ScoringStrategy<A, R> s, List<Flow> first, List<Flow> second) {
    return s.result(s.merge(accumulate(s, first), accumulate(s, second)));
  }

  private static <A, R> A accumulate(ScoringStrategy<A, R> s, List<Flow> flows) {
    A acc = s.createAccumulator();
    for (Flow f : flows) {
      acc = s.add(acc, f);
    }
    return acc;
  }
}
