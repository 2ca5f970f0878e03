package dev.reciprocity.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.reciprocity.Cadence;
import dev.reciprocity.Finding;
import dev.reciprocity.FindingType;
import dev.reciprocity.Flow;
import dev.reciprocity.Interval;
import dev.reciprocity.PartyId;
import dev.reciprocity.ReciprocityRule;
import dev.reciprocity.Severity;
import dev.reciprocity.spi.FindingFormatter;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.stream.Collectors;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.statistics.Statistics;

/**
 * The chronic imbalance check against a model written here from its documentation ({@link
 * BalanceChecks#chronicImbalance(ReciprocityRule)}): a season is judged for a party when its
 * activity is positive and reaches the minimum; each maximal run of at least {@code k} consecutive
 * judged seasons with the give share above the band (below it) is one {@code CHRONIC_GIVER} ({@code
 * CHRONIC_RECEIVER}) finding, a warning, or an alert from {@code 2k} seasons on; with an evaluation
 * instant, seasons not over by then are not judged. The model sums the amounts per season with
 * {@link BigDecimal} and uses only {@link Cadence} (tested in the API module) to cut seasons.
 */
class ChronicImbalanceProperties extends CommunityProviders {

  private static final FindingFormatter WORDS = FindingFormatters.english();

  /** What the model predicts of a finding. */
  record Expected(
      FindingType type, PartyId subject, Instant start, Instant end, Severity severity) {}

  private static final Comparator<Expected> ORDER =
      Comparator.comparing(Expected::type)
          .thenComparing(Expected::subject)
          .thenComparing(Expected::start);

  @Property
  void findingsAreTheMaximalStreaksOfAtLeastKSeasonsOutsideTheBand(
      @ForAll("communities") List<Flow> flows, @ForAll("rules") ReciprocityRule rule) {
    List<Finding> findings =
        BalanceChecks.chronicImbalance(rule).check(LedgerSnapshot.of(flows).columns(), Instant.MAX);

    List<Expected> actual =
        findings.stream()
            .map(
                f ->
                    new Expected(
                        f.type(), f.subject(), f.period().start(), f.period().end(), f.severity()))
            .sorted(ORDER)
            .collect(Collectors.toList());
    Statistics.label("findings").collect(actual.isEmpty() ? "none" : "some");
    Statistics.label("findings").coverage(check -> check.check("some").percentage(p -> p > 10));
    assertEquals(model(flows, rule, Optional.empty()), actual);
    assertOrderAndShape(findings, rule);
  }

  /**
   * With an evaluation instant, only complete seasons are judged: a season ending after it is not
   * over yet ({@link dev.reciprocity.spi.BalanceCheck#check}).
   */
  @Property
  void withAnEvaluationInstantOnlySeasonsEndedByThenAreJudged(
      @ForAll("communities") List<Flow> flows,
      @ForAll("rules") ReciprocityRule rule,
      @ForAll("instants") Instant asOf) {
    List<Finding> findings =
        BalanceChecks.chronicImbalance(rule).check(LedgerSnapshot.of(flows).columns(), asOf);

    List<Expected> actual =
        findings.stream()
            .map(
                f ->
                    new Expected(
                        f.type(), f.subject(), f.period().start(), f.period().end(), f.severity()))
            .sorted(ORDER)
            .collect(Collectors.toList());
    assertEquals(model(flows, rule, Optional.of(asOf)), actual);
    assertOrderAndShape(findings, rule);
  }

  private static void assertOrderAndShape(List<Finding> findings, ReciprocityRule rule) {
    for (int i = 1; i < findings.size(); i++) {
      assertTrue(
          findings.get(i - 1).severity().compareTo(findings.get(i).severity()) >= 0,
          "most severe first");
    }
    for (Finding f : findings) {
      long seasons = f.evidence().stream().filter(e -> e.measure().equals("give share")).count();
      assertTrue(seasons >= rule.consecutiveSeasons(), () -> f.toString());
      assertTrue(
          !WORDS.summary(f).isBlank() && WORDS.suggestion(f).contains(f.subject().value()),
          f::toString);
    }
  }

  private static List<Expected> model(
      List<Flow> flows, ReciprocityRule rule, Optional<Instant> asOf) {
    List<Flow> scored = flows.stream().filter(rule::applies).collect(Collectors.toList());
    if (scored.isEmpty()) {
      return List.of();
    }
    Cadence cadence = rule.cadence();
    Instant first = scored.stream().map(Flow::instant).min(Comparator.naturalOrder()).orElseThrow();
    Instant last = scored.stream().map(Flow::instant).max(Comparator.naturalOrder()).orElseThrow();
    List<Interval> seasons = new ArrayList<>();
    for (Interval s = cadence.seasonOf(first); !s.start().isAfter(last); s = cadence.next(s)) {
      seasons.add(s);
    }
    // seasons not over at the evaluation instant are not judged
    asOf.ifPresent(t -> seasons.removeIf(s -> s.end().isAfter(t)));
    // out and in per party and season
    Map<PartyId, BigDecimal[][]> sums = new HashMap<>();
    TreeSet<PartyId> parties = new TreeSet<>();
    for (Flow f : scored) {
      int s = indexOf(seasons, f.instant());
      if (s < 0) {
        continue;
      }
      BigDecimal a = f.amount().toBigDecimal();
      add(sums, f.giver(), seasons.size(), s, 0, a);
      add(sums, f.receiver(), seasons.size(), s, 1, a);
      parties.add(f.giver());
      parties.add(f.receiver());
    }
    // The band's bounds are hundredths (see ReciprocityArbitraries.toleranceBands), so their
    // decimal values are exact here; a give share p / q of generated amounts differs from a
    // hundredth by 0 or by far more than a double's rounding, so comparing exactly here agrees
    // with comparing doubles.
    BigDecimal low = BigDecimal.valueOf(rule.toleranceBand().low());
    BigDecimal high = BigDecimal.valueOf(rule.toleranceBand().high());
    BigDecimal minimum = rule.minimumActivity().toBigDecimal();
    int k = rule.consecutiveSeasons();
    List<Expected> expected = new ArrayList<>();
    for (PartyId p : parties) {
      BigDecimal[][] ps = sums.get(p);
      int giverRun = 0;
      int receiverRun = 0;
      for (int s = 0; s <= seasons.size(); s++) {
        boolean above = false;
        boolean below = false;
        if (s < seasons.size()) {
          BigDecimal out = ps[s][0];
          BigDecimal activity = out.add(ps[s][1]);
          boolean judged = activity.signum() > 0 && activity.compareTo(minimum) >= 0;
          // g = out / activity > high  <=>  out > high * activity, as activity > 0
          above = judged && out.compareTo(high.multiply(activity)) > 0;
          below = judged && out.compareTo(low.multiply(activity)) < 0;
        }
        giverRun = streak(expected, FindingType.CHRONIC_GIVER, p, seasons, s, giverRun, above, k);
        receiverRun =
            streak(expected, FindingType.CHRONIC_RECEIVER, p, seasons, s, receiverRun, below, k);
      }
    }
    expected.sort(ORDER);
    return expected;
  }

  /** Extends or closes a run; returns the new run length. */
  private static int streak(
      List<Expected> expected,
      FindingType type,
      PartyId p,
      List<Interval> seasons,
      int s,
      int run,
      boolean outside,
      int k) {
    if (outside) {
      return run + 1;
    }
    if (run >= k) {
      // a run closed by a season still judged has ended (a notice); one closed by the end of the
      // seasons is ongoing: a warning, an alert from 2k seasons on
      Severity severity =
          s < seasons.size() ? Severity.NOTICE : run >= 2 * k ? Severity.ALERT : Severity.WARNING;
      expected.add(
          new Expected(type, p, seasons.get(s - run).start(), seasons.get(s - 1).end(), severity));
    }
    return 0;
  }

  private static int indexOf(List<Interval> seasons, Instant instant) {
    for (int i = 0; i < seasons.size(); i++) {
      if (seasons.get(i).contains(instant)) {
        return i;
      }
    }
    return -1;
  }

  private static void add(
      Map<PartyId, BigDecimal[][]> sums,
      PartyId p,
      int n,
      int season,
      int side,
      BigDecimal amount) {
    BigDecimal[][] ps =
        sums.computeIfAbsent(
            p,
            x -> {
              BigDecimal[][] zeros = new BigDecimal[n][2];
              for (BigDecimal[] row : zeros) {
                row[0] = BigDecimal.ZERO;
                row[1] = BigDecimal.ZERO;
              }
              return zeros;
            });
    ps[season][side] = ps[season][side].add(amount);
  }
}
