package dev.reciprocity.testkit;

import dev.reciprocity.Finding;
import dev.reciprocity.Flow;
import dev.reciprocity.spi.BalanceCheck;
import dev.reciprocity.spi.FlowColumns;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple.Tuple2;

/**
 * The contract of {@link BalanceCheck} as jqwik properties, for a host to run against its own check
 * (and for the library's built-ins): extend this class in your test sources, say which check and
 * how to put flows into columns, and every property below runs as part of your tests.
 *
 * <pre>{@code
 * class HeroCheckContractProperties extends BalanceCheckContract {
 *   @Override
 *   protected BalanceCheck check() {
 *     return new HeroCheck(rule, REVIEW);
 *   }
 *
 *   @Override
 *   protected FlowColumns columns(List<Flow> flows) {
 *     return LedgerSnapshot.of(flows).columns(); // reciprocity-core's column view
 *   }
 * }
 * }</pre>
 *
 * <p>The properties, each also a public static assertion method that throws {@link AssertionError}:
 *
 * <ul>
 *   <li>{@link #assertOrderOfRowsDoesNotMatter the order of rows does not matter}: the same flows
 *       in another order give the same findings, in the same order (sort your findings).
 *   <li>{@link #assertPure pure}: checking the same view twice, or a new view of the same flows,
 *       gives the same findings.
 *   <li>{@link #assertThreadSafe thread-safe}: two threads checking the same view at once (its sums
 *       computed on demand by whichever asks first) each get the findings of a check run alone.
 * </ul>
 *
 * <p>Findings are compared with {@code equals} as lists. The flows come from {@link
 * ReciprocityArbitraries#communities()} unless {@link #flows()} is overridden, and {@code asOf}
 * from {@link #asOfs()} (by default {@link Instant#MAX}, which judges every season, or a generated
 * instant). Each property runs 100 tries.
 *
 * <p>The testkit depends on the API only: the column view comes from {@link #columns(List)}, which
 * a host implements with {@code reciprocity-core}'s {@code LedgerSnapshot.of(flows).columns()}.
 */
public abstract class BalanceCheckContract {

  /** For subclasses. */
  protected BalanceCheckContract() {}

  /**
   * The check under test; called once per try.
   *
   * @return the check
   */
  protected abstract BalanceCheck check();

  /**
   * Puts flows into a column view, as the host's engine does: with reciprocity-core, {@code
   * LedgerSnapshot.of(flows).columns()}.
   *
   * @param flows the flows, in order
   * @return a view whose rows are {@code flows}, in order
   */
  protected abstract FlowColumns columns(List<Flow> flows);

  /**
   * The flows the properties check; by default {@link ReciprocityArbitraries#communities()}.
   *
   * @return the arbitrary
   */
  protected Arbitrary<List<Flow>> flows() {
    return ReciprocityArbitraries.communities();
  }

  /**
   * The instants up to which flows are known; by default {@link Instant#MAX} or {@link
   * ReciprocityArbitraries#instants()}.
   *
   * @return the arbitrary
   */
  protected Arbitrary<Instant> asOfs() {
    return Arbitraries.oneOf(Arbitraries.just(Instant.MAX), ReciprocityArbitraries.instants());
  }

  /**
   * The order of rows does not matter.
   *
   * @param shuffled the flows and a permutation of them
   * @param asOf the instant up to which flows are known
   */
  @Property(tries = 100)
  public void orderOfRowsDoesNotMatter(
      @ForAll("reciprocityContractShuffles") Tuple2<List<Flow>, List<Flow>> shuffled,
      @ForAll("reciprocityContractAsOfs") Instant asOf) {
    assertOrderOfRowsDoesNotMatter(
        check(), columns(shuffled.get1()), columns(shuffled.get2()), asOf);
  }

  /**
   * The check is pure.
   *
   * @param flows the flows
   * @param asOf the instant up to which flows are known
   */
  @Property(tries = 100)
  public void pure(
      @ForAll("reciprocityContractFlows") List<Flow> flows,
      @ForAll("reciprocityContractAsOfs") Instant asOf) {
    assertPure(check(), flows, this::columns, asOf);
  }

  /**
   * The check is thread-safe.
   *
   * @param flows the flows
   * @param asOf the instant up to which flows are known
   */
  @Property(tries = 100)
  public void threadSafe(
      @ForAll("reciprocityContractFlows") List<Flow> flows,
      @ForAll("reciprocityContractAsOfs") Instant asOf) {
    assertThreadSafe(check(), flows, this::columns, asOf);
  }

  /**
   * The flows of {@link #flows()}.
   *
   * @return the arbitrary
   */
  @Provide
  public Arbitrary<List<Flow>> reciprocityContractFlows() {
    return flows();
  }

  /**
   * The flows of {@link #flows()} with a permutation of them.
   *
   * @return the arbitrary
   */
  @Provide
  public Arbitrary<Tuple2<List<Flow>, List<Flow>>> reciprocityContractShuffles() {
    return ReciprocityArbitraries.withShuffle(flows());
  }

  /**
   * The instants of {@link #asOfs()}.
   *
   * @return the arbitrary
   */
  @Provide
  public Arbitrary<Instant> reciprocityContractAsOfs() {
    return asOfs();
  }

  /**
   * Asserts that two views of the same flows in different orders give the same findings.
   *
   * @param check the check
   * @param flows a view of the flows
   * @param shuffled a view of the same flows in another order
   * @param asOf the instant up to which flows are known
   * @throws AssertionError if the findings differ
   */
  public static void assertOrderOfRowsDoesNotMatter(
      BalanceCheck check, FlowColumns flows, FlowColumns shuffled, Instant asOf) {
    assertSameFindings(
        check.check(flows, asOf), check.check(shuffled, asOf), "the rows in another order");
  }

  /**
   * Asserts that the check gives the same findings twice on one view and on a new view of the same
   * flows.
   *
   * @param check the check
   * @param flows the flows
   * @param columns puts flows into a view
   * @param asOf the instant up to which flows are known
   * @throws AssertionError if the findings differ
   */
  public static void assertPure(
      BalanceCheck check,
      List<Flow> flows,
      Function<List<Flow>, FlowColumns> columns,
      Instant asOf) {
    FlowColumns view = columns.apply(flows);
    List<Finding> first = check.check(view, asOf);
    assertSameFindings(first, check.check(view, asOf), "the same view checked again");
    assertSameFindings(
        first, check.check(columns.apply(flows), asOf), "a new view of the same flows");
  }

  /**
   * Asserts that two threads checking a new view at once each get the findings of a check run alone
   * on another view of the same flows.
   *
   * @param check the check
   * @param flows the flows
   * @param columns puts flows into a view
   * @param asOf the instant up to which flows are known
   * @throws AssertionError if a thread's findings differ, or a thread failed
   */
  public static void assertThreadSafe(
      BalanceCheck check,
      List<Flow> flows,
      Function<List<Flow>, FlowColumns> columns,
      Instant asOf) {
    List<Finding> alone = check.check(columns.apply(flows), asOf);
    FlowColumns shared = columns.apply(flows);
    CyclicBarrier start = new CyclicBarrier(2);
    ExecutorService threads = Executors.newFixedThreadPool(2);
    try {
      List<Future<List<Finding>>> results = new ArrayList<>();
      for (int t = 0; t < 2; t++) {
        results.add(
            threads.submit(
                () -> {
                  start.await();
                  return check.check(shared, asOf);
                }));
      }
      for (int t = 0; t < 2; t++) {
        assertSameFindings(alone, results.get(t).get(), "thread " + (t + 1) + " of 2");
      }
    } catch (ExecutionException e) {
      throw new AssertionError("a thread's check failed: " + e.getCause(), e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError("interrupted", e);
    } finally {
      threads.shutdownNow();
    }
  }

  private static void assertSameFindings(
      List<Finding> expected, List<Finding> actual, String what) {
    if (!Objects.equals(expected, actual)) {
      throw new AssertionError(what + ": expected the findings " + expected + " but got " + actual);
    }
  }
}
