package dev.reciprocity.testkit;

import dev.reciprocity.Amount;
import dev.reciprocity.Cadence;
import dev.reciprocity.Flow;
import dev.reciprocity.FlowKind;
import dev.reciprocity.PartyId;
import dev.reciprocity.ReciprocityRule;
import dev.reciprocity.ToleranceBand;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.RandomDistribution;
import net.jqwik.api.Tuple;
import net.jqwik.api.Tuple.Tuple2;

/**
 * <a href="https://jqwik.net">jqwik</a> generators for reciprocity scenarios: party ids, flow
 * kinds, exact amounts, instants, flows, communities of flows, perfectly mirrored communities,
 * cadences, tolerance bands, rules and partitions of flows. The library's own property tests use
 * them; researchers can use them to run their own scenarios over synthetic communities.
 *
 * <h2>Ranges</h2>
 *
 * <ul>
 *   <li>Parties come from small pools ({@value #MAX_POOL_SIZE} names at most), so that dyads repeat
 *       and flows are often reciprocated.
 *   <li>A flow's amount lies in {@code [0, }{@value #MAX_FLOW_UNITS}{@code ]} units, at several
 *       scales: 0, whole units, hundredths, arbitrary millionths and a few millionths.
 *   <li>A community holds at most {@value #MAX_COMMUNITY_SIZE} flows, so any sum of its amounts
 *       stays below {@code 6 * 10^10} millionths. Even multiplied by 1000 it stays below {@code
 *       2^53}, so ratios of such sums computed in {@code double} are exact quotients of exactly
 *       represented numbers, and far from the overflow of {@link Amount}.
 *   <li>Instants lie in {@code [}{@link #START}{@code , }{@link #END}{@code )}, three calendar
 *       years, with a bias towards midnights (where seasons start), instants with nanoseconds, and
 *       a few fixed instants so that flows often tie.
 * </ul>
 *
 * <p>The generators that are given their amounts or instants ({@link #flows(int, Arbitrary,
 * Arbitrary)}, {@link #communities(int, Arbitrary, Arbitrary)}) keep only the bounds of what they
 * are given. {@link #amountsNearBound()} and {@link #communitiesNearBound()} leave the bounds above
 * on purpose: their amounts reach {@link Amount#MAX}, so the total of a community often passes it,
 * which is what a test of the boundary (refused, or figures that do not wrap) needs.
 *
 * <p>Every method returns a new arbitrary; arbitraries are immutable and may be shared.
 *
 * <pre>{@code
 * @Property
 * void conservation(@ForAll("communities") List<Flow> flows) { ... }
 *
 * @Provide
 * Arbitrary<List<Flow>> communities() {
 *   return ReciprocityArbitraries.communities();
 * }
 * }</pre>
 */
public final class ReciprocityArbitraries {

  /** The first instant generated: {@code 2023-01-01T00:00:00Z}. */
  public static final Instant START = Instant.parse("2023-01-01T00:00:00Z");

  /** The first instant after those generated: {@code 2026-01-01T00:00:00Z}. */
  public static final Instant END = Instant.parse("2026-01-01T00:00:00Z");

  /** The largest amount of one generated flow, in whole units: {@value}. */
  public static final long MAX_FLOW_UNITS = 1_000;

  /** The largest number of flows in a generated community: {@value}. */
  public static final int MAX_COMMUNITY_SIZE = 60;

  /** The largest pool of parties: {@value}. */
  public static final int MAX_POOL_SIZE = 8;

  private static final List<String> NAMES =
      List.of("ada", "bob", "cy", "dee", "eve", "fay", "gus", "hal");

  /**
   * The kinds that flows are drawn from: review, mentoring and labour, all counted in hours (one
   * unit, so that every figure may add them). For kinds of your own, use {@link
   * #communities(List)}.
   */
  public static final List<FlowKind> KINDS =
      List.of(
          FlowKind.of("review", "hours"),
          FlowKind.of("mentoring", "hours"),
          FlowKind.of("labour", "hours"));

  private static final long MICROS_PER_UNIT = 1_000_000L;
  private static final long DAY_SECONDS = Duration.ofDays(1).toSeconds();

  private ReciprocityArbitraries() {}

  /**
   * Returns the first {@code size} parties of the pool, sorted by id.
   *
   * @param size the pool size, in {@code [2, }{@value #MAX_POOL_SIZE}{@code ]}
   * @return the parties
   * @throws IllegalArgumentException if {@code size} is out of range
   */
  public static List<PartyId> partyPool(int size) {
    checkPoolSize(size);
    return NAMES.subList(0, size).stream().map(PartyId::of).collect(Collectors.toList());
  }

  /**
   * Party ids from a pool of 5.
   *
   * @return the arbitrary
   */
  public static Arbitrary<PartyId> partyIds() {
    return partyIds(5);
  }

  /**
   * Party ids from a pool of a given size.
   *
   * @param poolSize the pool size, in {@code [2, }{@value #MAX_POOL_SIZE}{@code ]}
   * @return the arbitrary
   * @throws IllegalArgumentException if {@code poolSize} is out of range
   */
  public static Arbitrary<PartyId> partyIds(int poolSize) {
    return Arbitraries.of(partyPool(poolSize));
  }

  /**
   * Ordered pairs of distinct parties {@code (giver, receiver)} from a pool.
   *
   * @param poolSize the pool size, in {@code [2, }{@value #MAX_POOL_SIZE}{@code ]}
   * @return the arbitrary; never a pair of equal parties
   * @throws IllegalArgumentException if {@code poolSize} is out of range
   */
  public static Arbitrary<Tuple2<PartyId, PartyId>> distinctPairs(int poolSize) {
    List<PartyId> pool = partyPool(poolSize);
    // the receiver is the giver shifted by 1..n-1 places: distinct by construction, no filter
    return Combinators.combine(
            Arbitraries.integers().between(0, poolSize - 1),
            Arbitraries.integers().between(1, poolSize - 1))
        .as((g, shift) -> Tuple.of(pool.get(g), pool.get((g + shift) % poolSize)));
  }

  /**
   * Flow kinds from {@link #KINDS}.
   *
   * @return the arbitrary
   */
  public static Arbitrary<FlowKind> flowKinds() {
    return Arbitraries.of(KINDS);
  }

  /**
   * Exact amounts of a flow, in {@code [0, }{@value #MAX_FLOW_UNITS}{@code ]} units, at varied
   * scales: exactly 0, whole units, hundredths, any number of millionths, and amounts below one
   * thousandth.
   *
   * @return the arbitrary; never negative
   */
  public static Arbitrary<Amount> amounts() {
    Arbitrary<Amount> zero = Arbitraries.just(Amount.ZERO);
    Arbitrary<Amount> units = Arbitraries.longs().between(0, MAX_FLOW_UNITS).map(Amount::of);
    Arbitrary<Amount> hundredths =
        Arbitraries.longs()
            .between(0, MAX_FLOW_UNITS * 100)
            .map(c -> Amount.ofMicros(c * (MICROS_PER_UNIT / 100)));
    Arbitrary<Amount> micros =
        Arbitraries.longs().between(0, MAX_FLOW_UNITS * MICROS_PER_UNIT).map(Amount::ofMicros);
    Arbitrary<Amount> tiny = Arbitraries.longs().between(1, 999).map(Amount::ofMicros);
    return Arbitraries.frequencyOf(
        List.of(
            Tuple.of(1, zero),
            Tuple.of(5, units),
            Tuple.of(3, hundredths),
            Tuple.of(2, micros),
            Tuple.of(1, tiny)));
  }

  /**
   * Amounts of a flow near the bound of exact figures, mixed with ordinary ones: {@link Amount#MAX}
   * divided by a small {@code k} in {@code [1, 8]} (exactly {@code Long.MAX_VALUE / k} millionths),
   * those give or take up to 1000 millionths, amounts within a unit of {@code 5 * 10^12} (two of
   * them pass {@link Amount#MAX}), and the ordinary amounts of {@link #amounts()} (a third of the
   * time). Two large amounts usually pass {@link Amount#MAX} together; the total of a list of them
   * may not even fit a {@code long}.
   *
   * @return the arbitrary; never negative, never above {@link Amount#MAX}
   */
  public static Arbitrary<Amount> amountsNearBound() {
    Arbitrary<Amount> fractions =
        Arbitraries.longs().between(1, 8).map(k -> Amount.ofMicros(Long.MAX_VALUE / k));
    Arbitrary<Amount> nearFractions =
        Combinators.combine(
                Arbitraries.longs().between(1, 8), Arbitraries.longs().between(-1000, 1000))
            // MAX itself may only go down
            .as(
                (k, d) ->
                    Amount.ofMicros(
                        k == 1 ? Long.MAX_VALUE - Math.abs(d) : Long.MAX_VALUE / k + d));
    long fiveTrillion = 5_000_000_000_000L * MICROS_PER_UNIT;
    Arbitrary<Amount> nearFiveTrillion =
        Arbitraries.longs()
            .between(fiveTrillion - MICROS_PER_UNIT, fiveTrillion + MICROS_PER_UNIT)
            .map(Amount::ofMicros);
    return Arbitraries.frequencyOf(
        List.of(
            Tuple.of(2, fractions),
            Tuple.of(2, nearFractions),
            Tuple.of(2, nearFiveTrillion),
            Tuple.of(3, amounts())));
  }

  /**
   * Instants in {@code [}{@link #START}{@code , }{@link #END}{@code )}: whole seconds, midnights
   * UTC (where calendar seasons start), instants with nanoseconds, and a few fixed instants (a
   * quarter's first and last instant, a leap day, a night of daylight saving time in Europe) that
   * make ties frequent.
   *
   * @return the arbitrary
   */
  public static Arbitrary<Instant> instants() {
    long first = START.getEpochSecond();
    long last = END.getEpochSecond() - 1;
    Arbitrary<Instant> seconds =
        Arbitraries.longs().between(first, last).map(Instant::ofEpochSecond);
    Arbitrary<Instant> midnights =
        Arbitraries.longs()
            .between(0, (last - first) / DAY_SECONDS)
            .map(d -> START.plusSeconds(d * DAY_SECONDS));
    Arbitrary<Instant> nanos =
        Combinators.combine(
                Arbitraries.longs().between(first, last),
                Arbitraries.integers().between(0, 999_999_999))
            .as(Instant::ofEpochSecond);
    // a few fixed instants make ties (flows both ways at the same instant) common
    Arbitrary<Instant> fixed =
        Arbitraries.of(
            START,
            Instant.parse("2023-04-01T00:00:00Z"),
            Instant.parse("2023-06-30T23:59:59.999999999Z"),
            Instant.parse("2024-02-29T12:00:00Z"),
            Instant.parse("2024-03-31T01:30:00Z"),
            Instant.parse("2025-07-01T00:00:00Z"));
    return Arbitraries.frequencyOf(
        List.of(
            Tuple.of(6, seconds), Tuple.of(3, midnights), Tuple.of(1, nanos), Tuple.of(2, fixed)));
  }

  /**
   * Instants in {@code [from, to)}: whole seconds, midnights UTC, instants with nanoseconds, and
   * {@code from} itself, so that flows often tie. For flows close together in time (returns within
   * a window, neighbouring seasons) or far apart (millennia between flows).
   *
   * @param from the first instant, inclusive
   * @param to the end, exclusive; at least two seconds after {@code from}
   * @return the arbitrary
   * @throws IllegalArgumentException if {@code to} is less than two seconds after {@code from}
   */
  public static Arbitrary<Instant> instants(Instant from, Instant to) {
    // whole seconds s with from <= s and s + 1 second <= to, so that s plus any nanoseconds < to
    long first = from.getNano() == 0 ? from.getEpochSecond() : from.getEpochSecond() + 1;
    long last = to.getEpochSecond() - 1;
    if (last < first) {
      throw new IllegalArgumentException(
          "to must be at least two seconds after from, got " + from + " and " + to);
    }
    Arbitrary<Instant> seconds =
        Arbitraries.longs().between(first, last).map(Instant::ofEpochSecond);
    Arbitrary<Instant> nanos =
        Combinators.combine(
                Arbitraries.longs().between(first, last),
                Arbitraries.integers().between(0, 999_999_999))
            .as(Instant::ofEpochSecond);
    long firstDay = Math.floorDiv(first + DAY_SECONDS - 1, DAY_SECONDS);
    long lastDay = Math.floorDiv(last, DAY_SECONDS);
    Arbitrary<Instant> midnights =
        lastDay < firstDay
            ? seconds
            : Arbitraries.longs()
                .between(firstDay, lastDay)
                .map(d -> Instant.ofEpochSecond(d * DAY_SECONDS));
    return Arbitraries.frequencyOf(
        List.of(
            Tuple.of(6, seconds),
            Tuple.of(3, midnights),
            Tuple.of(1, nanos),
            Tuple.of(1, Arbitraries.just(from))));
  }

  /**
   * Flows between parties of a pool of 5, without id or tags.
   *
   * @return the arbitrary
   */
  public static Arbitrary<Flow> flows() {
    return flows(5);
  }

  /**
   * Flows between parties of a pool, without id or tags.
   *
   * @param poolSize the pool size, in {@code [2, }{@value #MAX_POOL_SIZE}{@code ]}
   * @return the arbitrary
   * @throws IllegalArgumentException if {@code poolSize} is out of range
   */
  public static Arbitrary<Flow> flows(int poolSize) {
    return flows(poolSize, amounts(), instants());
  }

  /**
   * Flows between parties of a pool, of {@link #KINDS}, with the given amounts and instants,
   * without id or tags.
   *
   * @param poolSize the pool size, in {@code [2, }{@value #MAX_POOL_SIZE}{@code ]}
   * @param amounts the amounts; never negative
   * @param instants the instants; within {@link Flow#EARLIEST} to {@link Flow#LATEST}
   * @return the arbitrary
   * @throws IllegalArgumentException if {@code poolSize} is out of range
   */
  public static Arbitrary<Flow> flows(
      int poolSize, Arbitrary<Amount> amounts, Arbitrary<Instant> instants) {
    return flows(poolSize, flowKinds(), amounts, instants);
  }

  /**
   * Flows between parties of a pool, of the given kinds, amounts and instants, without id or tags:
   * for a host whose checks or strategies look at kinds of its own.
   *
   * @param poolSize the pool size, in {@code [2, }{@value #MAX_POOL_SIZE}{@code ]}
   * @param kinds the kinds; of one unit, so that every figure may add them
   * @param amounts the amounts; never negative
   * @param instants the instants; within {@link Flow#EARLIEST} to {@link Flow#LATEST}
   * @return the arbitrary
   * @throws IllegalArgumentException if {@code poolSize} is out of range
   */
  public static Arbitrary<Flow> flows(
      int poolSize,
      Arbitrary<FlowKind> kinds,
      Arbitrary<Amount> amounts,
      Arbitrary<Instant> instants) {
    return Combinators.combine(distinctPairs(poolSize), kinds, amounts, instants)
        .as(
            (pair, kind, amount, instant) ->
                Flow.builder()
                    .giver(pair.get1())
                    .receiver(pair.get2())
                    .kind(kind)
                    .amount(amount)
                    .instant(instant)
                    .build());
  }

  /**
   * Communities: lists of up to {@value #MAX_COMMUNITY_SIZE} flows among a pool of 2 to 6 parties,
   * in no particular order; possibly empty. Sizes are spread evenly, so large communities are as
   * frequent as small ones.
   *
   * @return the arbitrary
   */
  public static Arbitrary<List<Flow>> communities() {
    return communities(MAX_COMMUNITY_SIZE);
  }

  /**
   * Communities of at most {@code maxFlows} flows among a pool of 2 to 6 parties, sizes spread
   * evenly; possibly empty.
   *
   * @param maxFlows the largest number of flows, in {@code [0, }{@value #MAX_COMMUNITY_SIZE}{@code
   *     ]} (more would void the bounds promised in the class description)
   * @return the arbitrary
   * @throws IllegalArgumentException if {@code maxFlows} is out of range
   */
  public static Arbitrary<List<Flow>> communities(int maxFlows) {
    if (maxFlows < 0 || maxFlows > MAX_COMMUNITY_SIZE) {
      throw new IllegalArgumentException(
          "maxFlows must be in [0, " + MAX_COMMUNITY_SIZE + "], got " + maxFlows);
    }
    return communities(maxFlows, amounts(), instants());
  }

  /**
   * Communities of at most {@code maxFlows} flows among a pool of 2 to 6 parties, with the given
   * amounts and instants, sizes spread evenly; possibly empty. Their sums are bounded only by what
   * the amounts allow.
   *
   * @param maxFlows the largest number of flows, at least 0
   * @param amounts the amounts; never negative
   * @param instants the instants; within {@link Flow#EARLIEST} to {@link Flow#LATEST}
   * @return the arbitrary
   * @throws IllegalArgumentException if {@code maxFlows} is negative
   */
  public static Arbitrary<List<Flow>> communities(
      int maxFlows, Arbitrary<Amount> amounts, Arbitrary<Instant> instants) {
    return communities(maxFlows, flowKinds(), amounts, instants);
  }

  /**
   * Communities of up to {@value #MAX_COMMUNITY_SIZE} flows of a host's own kinds, such as {@code
   * FlowKind.of("review")}, with the amounts and instants of {@link #communities()}. A host whose
   * check looks for its own kinds gets properties that exercise it; the default communities draw
   * {@link #KINDS}, which such a check would never see.
   *
   * @param kinds the kinds, at least one, all of one unit
   * @return the arbitrary
   * @throws IllegalArgumentException if {@code kinds} is empty or mixes units
   */
  public static Arbitrary<List<Flow>> communities(List<FlowKind> kinds) {
    if (kinds.isEmpty() || kinds.stream().map(FlowKind::unit).distinct().count() > 1) {
      throw new IllegalArgumentException("give at least one kind, all of one unit, got " + kinds);
    }
    return communities(MAX_COMMUNITY_SIZE, Arbitraries.of(kinds), amounts(), instants());
  }

  /**
   * Communities of at most {@code maxFlows} flows among a pool of 2 to 6 parties, with the given
   * kinds, amounts and instants, sizes spread evenly; possibly empty.
   *
   * @param maxFlows the largest number of flows, at least 0
   * @param kinds the kinds; of one unit, so that every figure may add them
   * @param amounts the amounts; never negative
   * @param instants the instants; within {@link Flow#EARLIEST} to {@link Flow#LATEST}
   * @return the arbitrary
   * @throws IllegalArgumentException if {@code maxFlows} is negative
   */
  public static Arbitrary<List<Flow>> communities(
      int maxFlows,
      Arbitrary<FlowKind> kinds,
      Arbitrary<Amount> amounts,
      Arbitrary<Instant> instants) {
    if (maxFlows < 0) {
      throw new IllegalArgumentException("maxFlows must not be negative, got " + maxFlows);
    }
    return Arbitraries.integers()
        .between(2, 6)
        // without the flows' own edge cases and the empty edge case, which would otherwise flood
        // the tries with one-flow and empty communities (both still come up at random)
        .flatMap(
            pool ->
                flows(pool, kinds, amounts, instants)
                    .withoutEdgeCases()
                    .list()
                    .ofMaxSize(maxFlows)
                    .withSizeDistribution(RandomDistribution.uniform()))
        .withoutEdgeCases();
  }

  /**
   * Communities of up to 8 flows whose amounts come from {@link #amountsNearBound()}: the total of
   * about half of them passes {@link Amount#MAX}, and some pass it only through the flows of one
   * kind, one season or one dyad. Instants as {@link #instants()}.
   *
   * @return the arbitrary
   */
  public static Arbitrary<List<Flow>> communitiesNearBound() {
    return communities(8, amountsNearBound(), instants());
  }

  /**
   * Between {@code minLists} and {@code maxLists} lists drawn from {@code lists}, put together in
   * order: larger ledgers whose parts share parties, kinds, dyads and seasons, so that a parallel
   * stream, a merge of accumulators or an engine's runs per core split them where they overlap.
   *
   * @param lists the lists to draw, such as {@link #communities()}
   * @param minLists at least 1
   * @param maxLists at least {@code minLists}
   * @return the arbitrary; ledgers of the lists' flows, each list's flows in their order
   * @throws IllegalArgumentException if {@code minLists < 1} or {@code maxLists < minLists}
   */
  public static Arbitrary<List<Flow>> concatenated(
      Arbitrary<List<Flow>> lists, int minLists, int maxLists) {
    if (minLists < 1 || maxLists < minLists) {
      throw new IllegalArgumentException(
          "need 1 <= minLists <= maxLists, got " + minLists + " and " + maxLists);
    }
    return lists
        .list()
        .ofMinSize(minLists)
        .ofMaxSize(maxLists)
        .map(
            parts -> {
              List<Flow> all = new ArrayList<>();
              parts.forEach(all::addAll);
              return all;
            });
  }

  /**
   * Perfectly mirrored communities: every flow {@code i -> j} is matched by a flow {@code j -> i}
   * with the same amount, kind and instant, in shuffled order. Built from a community of up to
   * {@code MAX_COMMUNITY_SIZE / 2} flows, so the result keeps the bounds of {@link #communities()}.
   *
   * @return the arbitrary
   */
  public static Arbitrary<List<Flow>> mirrored() {
    return mirrored(communities(MAX_COMMUNITY_SIZE / 2));
  }

  /**
   * Mirrors generated flows: each flow together with its {@link Flow#reversed() reverse}, in
   * shuffled order.
   *
   * @param halves the flows to mirror
   * @return the arbitrary of lists twice as long as the lists of {@code halves}
   */
  public static Arbitrary<List<Flow>> mirrored(Arbitrary<List<Flow>> halves) {
    return halves.map(ReciprocityArbitraries::mirror).flatMap(flows -> Arbitraries.shuffle(flows));
  }

  /**
   * Returns every flow followed by its reverse.
   *
   * @param flows the flows
   * @return a new list of {@code 2 * flows.size()} flows: {@code f0, f0.reversed(), f1, ...}
   */
  public static List<Flow> mirror(List<Flow> flows) {
    List<Flow> result = new ArrayList<>(2 * flows.size());
    for (Flow f : flows) {
      result.add(f);
      result.add(f.reversed());
    }
    return result;
  }

  /**
   * Returns the flows with distinct ids {@code "f0"}, {@code "f1"}, ... in list order.
   *
   * @param flows the flows
   * @return new flows, equal to the given ones but for the id
   */
  public static List<Flow> withIds(List<Flow> flows) {
    return IntStream.range(0, flows.size())
        .mapToObj(i -> Flow.builder().from(flows.get(i)).id("f" + i).build())
        .collect(Collectors.toList());
  }

  /**
   * Cadences: calendar month, quarter, year and ISO week in UTC and in a few zones with daylight
   * saving time or odd offsets, and custom lengths of 7 to 120 days anchored at a generated
   * instant.
   *
   * @return the arbitrary
   */
  public static Arbitrary<Cadence> cadences() {
    Arbitrary<Cadence> utc =
        Arbitraries.of(Cadence.monthly(), Cadence.quarterly(), Cadence.yearly(), Cadence.weekly());
    Arbitrary<Cadence> zoned =
        Combinators.combine(
                Arbitraries.of(
                    Cadence.Unit.MONTH,
                    Cadence.Unit.QUARTER,
                    Cadence.Unit.YEAR,
                    Cadence.Unit.ISO_WEEK),
                Arbitraries.of(
                    "Europe/Paris",
                    "America/New_York",
                    "Asia/Kolkata",
                    "Pacific/Chatham",
                    "America/Santiago",
                    "Australia/Lord_Howe"))
            .as((unit, zone) -> Cadence.calendar(unit, ZoneId.of(zone)));
    Arbitrary<Cadence> custom =
        Combinators.combine(Arbitraries.integers().between(7, 120), instants())
            .as((days, anchor) -> Cadence.every(Duration.ofDays(days), anchor));
    return Arbitraries.frequencyOf(
        List.of(Tuple.of(4, utc), Tuple.of(2, zoned), Tuple.of(1, custom)));
  }

  /**
   * Tolerance bands {@code [low, high]} with bounds on a grid of hundredths in {@code [0, 1]},
   * including empty-width and full bands.
   *
   * @return the arbitrary
   */
  public static Arbitrary<ToleranceBand> toleranceBands() {
    Arbitrary<Integer> hundredths = Arbitraries.integers().between(0, 100);
    return Combinators.combine(hundredths, hundredths)
        .as((x, y) -> ToleranceBand.of(Math.min(x, y) / 100.0, Math.max(x, y) / 100.0));
  }

  /**
   * Tolerance bands that contain the balanced give share 0.5, as any sensible band does.
   *
   * @return the arbitrary
   */
  public static Arbitrary<ToleranceBand> toleranceBandsAroundHalf() {
    return Combinators.combine(
            Arbitraries.integers().between(0, 50), Arbitraries.integers().between(50, 100))
        .as((low, high) -> ToleranceBand.of(low / 100.0, high / 100.0));
  }

  /**
   * Reciprocity rules with every attribute generated: cadence ({@link #cadences()}), tolerance band
   * ({@link #toleranceBands()}), 1 to 6 consecutive seasons, a minimum activity of 0, 1, 3 or 10
   * units, a window of 1 to 120 days, an optional half-life of 1 to 365 days, and a subset of
   * {@link #KINDS} (empty: every kind).
   *
   * @return the arbitrary
   */
  public static Arbitrary<ReciprocityRule> rules() {
    return Combinators.combine(
            cadences(),
            toleranceBands(),
            Arbitraries.integers().between(1, 6),
            Arbitraries.of(0L, 1L, 3L, 10L).map(Amount::of),
            Arbitraries.integers().between(1, 120).map(Duration::ofDays),
            Arbitraries.integers().between(1, 365).map(Duration::ofDays).optional(0.7),
            Arbitraries.subsetOf(KINDS))
        .as(
            (cadence, band, k, minimum, window, halfLife, kinds) ->
                ReciprocityRule.builder()
                    .cadence(cadence)
                    .toleranceBand(band)
                    .consecutiveSeasons(k)
                    .minimumActivity(minimum)
                    .window(window)
                    .halfLife(halfLife)
                    .kinds(kinds)
                    .build());
  }

  /**
   * Partitions of flows into 1 to {@code maxParts} parts (some possibly empty), each flow in
   * exactly one part, keeping the flows' relative order within a part.
   *
   * @param flows the flows to partition
   * @param maxParts the largest number of parts, at least 1
   * @return the arbitrary; the concatenation of the parts is a permutation of {@code flows}
   * @throws IllegalArgumentException if {@code maxParts < 1}
   */
  public static Arbitrary<List<List<Flow>>> partitions(List<Flow> flows, int maxParts) {
    if (maxParts < 1) {
      throw new IllegalArgumentException("maxParts must be at least 1, got " + maxParts);
    }
    List<Flow> copy = List.copyOf(flows);
    return Arbitraries.integers()
        .between(1, maxParts)
        .flatMap(
            k ->
                Arbitraries.integers()
                    .between(0, k - 1)
                    .list()
                    .ofSize(copy.size())
                    .map(
                        assignment -> {
                          List<List<Flow>> parts = new ArrayList<>();
                          for (int p = 0; p < k; p++) {
                            parts.add(new ArrayList<>());
                          }
                          for (int i = 0; i < copy.size(); i++) {
                            parts.get(assignment.get(i)).add(copy.get(i));
                          }
                          return parts;
                        }));
  }

  /**
   * Pairs of a community and a permutation of it.
   *
   * @param communities the communities to shuffle
   * @return the arbitrary of {@code (flows, shuffled flows)}
   */
  public static Arbitrary<Tuple2<List<Flow>, List<Flow>>> withShuffle(
      Arbitrary<List<Flow>> communities) {
    return communities.flatMap(c -> Arbitraries.shuffle(c).map(s -> Tuple.of(c, s)));
  }

  /**
   * Returns the rule with a half-life, or without one.
   *
   * @param rule a rule
   * @param halfLife the half-life; empty for none
   * @return a copy of {@code rule} with that half-life
   */
  public static ReciprocityRule withHalfLife(ReciprocityRule rule, Optional<Duration> halfLife) {
    return ReciprocityRule.builder().from(rule).halfLife(halfLife).build();
  }

  private static void checkPoolSize(int size) {
    if (size < 2 || size > MAX_POOL_SIZE) {
      throw new IllegalArgumentException(
          "pool size must be in [2, " + MAX_POOL_SIZE + "], got " + size);
    }
  }
}
