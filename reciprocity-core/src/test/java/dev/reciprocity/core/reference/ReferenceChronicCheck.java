package dev.reciprocity.core.reference;

import dev.reciprocity.Amount;
import dev.reciprocity.Evidence;
import dev.reciprocity.Finding;
import dev.reciprocity.FindingType;
import dev.reciprocity.Flow;
import dev.reciprocity.FlowKind;
import dev.reciprocity.Interval;
import dev.reciprocity.PartyId;
import dev.reciprocity.ReciprocityRule;
import dev.reciprocity.Severity;
import dev.reciprocity.spi.BalanceCheck;
import dev.reciprocity.spi.FlowColumns;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The chronic imbalance check written from its definition only (the javadoc of {@code
 * BalanceChecks.chronicImbalance}, of {@link Finding} and docs/design.md, "Chronic imbalance"),
 * over {@link Flow} objects, with {@link BigDecimal} season sums: no strategy, table or helper of
 * the library is called. The only library code it reads is the flows' values, {@link
 * ReciprocityRule#applies} and the {@link dev.reciprocity.Cadence} (season of an instant, last
 * season over by an instant).
 *
 * <ol>
 *   <li>The flows the rule applies to are cut into the seasons of its cadence; only the seasons
 *       with a flow exist, and of those only the ones over by {@code asOf} ({@code end <= asOf})
 *       are judged.
 *   <li>In a judged season a party counts when its activity {@code out + in} is not zero and
 *       reaches the rule's minimum activity; then its give share {@code out / (out + in)}, exact,
 *       lies above the band ({@code > high}), below it ({@code < low}) or inside.
 *   <li>A streak is a maximal run of judged seasons, each starting where the one before ends, in
 *       which the party counts and lies on the same side of the band. A streak of at least {@code
 *       k} seasons is a finding: chronic giver above, chronic receiver below.
 *   <li>The last season judged is the last season with a flow, or, when that one is not over by
 *       {@code asOf}, the last season of the cadence over by then. A streak that ends there is
 *       ongoing ({@code WARNING}, {@code ALERT} from {@code 2k} seasons); any other one ended
 *       ({@code NOTICE}).
 *   <li>Evidence: per season of the streak, the give share, out- and in-strength; then the exchange
 *       with the counterpart over the streak's span; then the band's low and high.
 *   <li>Counterpart: over the span, the partner with the largest gap in the direction of the
 *       imbalance (what the party gave it less what it got from it, for a giver; the reverse for a
 *       receiver); on a tie the partner whose id sorts first. The exchange by kind is what flowed
 *       that way between the two, by kind.
 *   <li>Shortfall: for a giver, the least amount {@code x >= 0} that, received on top, brings the
 *       give share to at most {@code high} over the span ({@code out / (out + in + x) <= high});
 *       for a receiver, the least {@code x >= 0} that, given on top, brings it to at least {@code
 *       low}; rounded up to whole units; empty when no amount would do ({@code high = 0}, {@code
 *       low = 1}) or when it exceeds {@link Amount#MAX}.
 *   <li>Findings come most severe first, then latest end first, then by subject and type.
 * </ol>
 *
 * <p>A band's bounds are the decimals the rule was given ({@code BigDecimal.valueOf(double)}), and
 * the give share is compared with them exactly.
 */
public final class ReferenceChronicCheck implements BalanceCheck {

  /** Most severe first, then latest end first, then by subject and type. */
  static final Comparator<Finding> FINDING_ORDER =
      Comparator.comparing(Finding::severity)
          .reversed()
          .thenComparing(f -> f.period().end(), Comparator.reverseOrder())
          .thenComparing(Finding::subject)
          .thenComparing(Finding::type);

  private final ReciprocityRule rule;
  private final BigDecimal low;
  private final BigDecimal high;

  /**
   * The check of a rule.
   *
   * @param rule cadence, band, consecutive seasons, minimum activity and kinds
   */
  public ReferenceChronicCheck(ReciprocityRule rule) {
    this.rule = Objects.requireNonNull(rule, "rule");
    this.low = BigDecimal.valueOf(rule.toleranceBand().low());
    this.high = BigDecimal.valueOf(rule.toleranceBand().high());
  }

  @Override
  public List<Finding> check(FlowColumns columns, Instant asOf) {
    return check(columns.flows(), asOf);
  }

  /** A party's out- and in-strength in one season. */
  private static final class Sums {
    BigDecimal out = BigDecimal.ZERO;
    BigDecimal in = BigDecimal.ZERO;

    BigDecimal activity() {
      return out.add(in);
    }
  }

  /**
   * The check over flow objects.
   *
   * @param flows the flows, in any order
   * @param asOf the instant up to which flows are known
   * @return the findings, in the order above
   */
  public List<Finding> check(Collection<Flow> flows, Instant asOf) {
    Objects.requireNonNull(asOf, "asOf");
    List<Flow> kept = new ArrayList<>();
    for (Flow f : flows) {
      if (rule.applies(f)) {
        kept.add(f);
      }
    }
    if (kept.isEmpty()) {
      return List.of();
    }
    String unit = kept.get(0).kind().unit();
    // the seasons with a flow, and per party its sums in each season it was active in
    SortedSet<Interval> seasons = new TreeSet<>(byStart());
    Map<PartyId, SortedMap<Interval, Sums>> byParty = new TreeMap<>();
    Map<PartyId, List<Flow>> flowsOf = new HashMap<>();
    for (Flow f : kept) {
      Interval season = rule.cadence().seasonOf(f.instant());
      seasons.add(season);
      BigDecimal a = f.amount().toBigDecimal();
      Sums g = sums(byParty, f.giver(), season);
      g.out = g.out.add(a);
      Sums r = sums(byParty, f.receiver(), season);
      r.in = r.in.add(a);
      flowsOf.computeIfAbsent(f.giver(), p -> new ArrayList<>()).add(f);
      flowsOf.computeIfAbsent(f.receiver(), p -> new ArrayList<>()).add(f);
    }
    // seasons not over by asOf are not judged
    if (seasons.first().end().isAfter(asOf)) {
      return List.of();
    }
    Interval lastOccupied = seasons.last();
    Interval lastJudged =
        lastOccupied.end().isAfter(asOf) ? rule.cadence().lastCompleteSeason(asOf) : lastOccupied;
    List<Finding> findings = new ArrayList<>();
    for (Map.Entry<PartyId, SortedMap<Interval, Sums>> e : byParty.entrySet()) {
      PartyId party = e.getKey();
      for (FindingType type : List.of(FindingType.CHRONIC_GIVER, FindingType.CHRONIC_RECEIVER)) {
        // a run continues into the party's next active season only if that season starts where
        // the run's last one ends: a season between them (quiet, or without the party) ends it
        List<Interval> run = new ArrayList<>();
        for (Map.Entry<Interval, Sums> s : e.getValue().entrySet()) {
          Interval season = s.getKey();
          if (season.end().isAfter(asOf)) {
            break;
          }
          boolean outside = outside(type, s.getValue());
          boolean follows = !run.isEmpty() && run.get(run.size() - 1).end().equals(season.start());
          if (!run.isEmpty() && !(outside && follows)) {
            finding(type, party, run, e.getValue(), flowsOf.get(party), lastJudged, unit)
                .ifPresent(findings::add);
            run = new ArrayList<>();
          }
          if (outside) {
            run.add(season);
          }
        }
        if (!run.isEmpty()) {
          finding(type, party, run, e.getValue(), flowsOf.get(party), lastJudged, unit)
              .ifPresent(findings::add);
        }
      }
    }
    findings.sort(FINDING_ORDER);
    return findings;
  }

  private static Sums sums(
      Map<PartyId, SortedMap<Interval, Sums>> byParty, PartyId party, Interval season) {
    return byParty
        .computeIfAbsent(party, p -> new TreeMap<>(byStart()))
        .computeIfAbsent(season, s -> new Sums());
  }

  /** Tells whether the party counts in the season and lies on the type's side of the band. */
  private boolean outside(FindingType type, Sums sums) {
    BigDecimal activity = sums.activity();
    if (activity.signum() == 0 || activity.compareTo(rule.minimumActivity().toBigDecimal()) < 0) {
      return false;
    }
    // out / activity > high  <=>  out > high * activity, exactly
    return type.equals(FindingType.CHRONIC_GIVER)
        ? sums.out.compareTo(high.multiply(activity)) > 0
        : sums.out.compareTo(low.multiply(activity)) < 0;
  }

  private Optional<Finding> finding(
      FindingType type,
      PartyId party,
      List<Interval> run,
      SortedMap<Interval, Sums> seasons,
      List<Flow> flows,
      Interval lastJudged,
      String unit) {
    int n = run.size();
    int k = rule.consecutiveSeasons();
    if (n < k) {
      return Optional.empty();
    }
    Interval first = run.get(0);
    Interval last = run.get(n - 1);
    Interval span =
        Interval.of(
            first.start(),
            last.end(),
            n == 1 ? first.label() : first.label() + " to " + last.label());
    Severity severity =
        !last.equals(lastJudged) ? Severity.NOTICE : n >= 2 * k ? Severity.ALERT : Severity.WARNING;
    Finding.Builder f = Finding.builder().type(type).subject(party).period(span).severity(severity);
    BigDecimal out = BigDecimal.ZERO;
    BigDecimal in = BigDecimal.ZERO;
    for (Interval s : run) {
      Sums sums = seasons.get(s);
      out = out.add(sums.out);
      in = in.add(sums.in);
      double share = sums.out.divide(sums.activity(), MathContext.DECIMAL128).doubleValue();
      f.addEvidence(Evidence.share(Evidence.GIVE_SHARE, share, s));
      f.addEvidence(Evidence.amount(Evidence.OUT_STRENGTH, Amount.of(sums.out), unit, s));
      f.addEvidence(Evidence.amount(Evidence.IN_STRENGTH, Amount.of(sums.in), unit, s));
    }
    boolean giver = type.equals(FindingType.CHRONIC_GIVER);
    // the exchange with each partner over the span: [given to it, received from it]
    SortedMap<PartyId, BigDecimal[]> partners = new TreeMap<>();
    for (Flow fl : flows) {
      if (!span.contains(fl.instant())) {
        continue;
      }
      if (fl.giver().equals(party)) {
        exchange(partners, fl.receiver())[0] =
            exchange(partners, fl.receiver())[0].add(fl.amount().toBigDecimal());
      } else if (fl.receiver().equals(party)) {
        exchange(partners, fl.giver())[1] =
            exchange(partners, fl.giver())[1].add(fl.amount().toBigDecimal());
      }
    }
    PartyId counterpart = null;
    BigDecimal best = null;
    for (Map.Entry<PartyId, BigDecimal[]> e : partners.entrySet()) {
      BigDecimal[] x = e.getValue();
      BigDecimal gap = giver ? x[0].subtract(x[1]) : x[1].subtract(x[0]);
      // strictly larger: on a tie the partner met first, whose id sorts first, stays
      if (best == null || gap.compareTo(best) > 0) {
        best = gap;
        counterpart = e.getKey();
      }
    }
    if (counterpart != null) {
      BigDecimal[] x = partners.get(counterpart);
      f.counterpart(counterpart);
      f.addEvidence(exchangeEvidence(Evidence.GIVEN_TO_COUNTERPART, x[0], unit, span, counterpart));
      f.addEvidence(
          exchangeEvidence(Evidence.RECEIVED_FROM_COUNTERPART, x[1], unit, span, counterpart));
      SortedMap<FlowKind, BigDecimal> byKind = new TreeMap<>();
      for (Flow fl : flows) {
        PartyId from = giver ? party : counterpart;
        PartyId to = giver ? counterpart : party;
        if (span.contains(fl.instant()) && fl.giver().equals(from) && fl.receiver().equals(to)) {
          byKind.merge(fl.kind(), fl.amount().toBigDecimal(), BigDecimal::add);
        }
      }
      byKind.forEach((kind, amount) -> f.putExchangeByKind(kind, Amount.of(amount)));
      f.shortfall(shortfall(giver, out, in));
    }
    f.addEvidence(Evidence.share(Evidence.TOLERANCE_LOW, rule.toleranceBand().low(), null));
    f.addEvidence(Evidence.share(Evidence.TOLERANCE_HIGH, rule.toleranceBand().high(), null));
    return Optional.of(f.build());
  }

  /**
   * The least {@code x >= 0} with {@code out / (out + in + x) <= high} (giver), or with {@code (out
   * + x) / (out + x + in) >= low} (receiver), rounded up to whole units; empty when none exists or
   * it exceeds {@link Amount#MAX}.
   */
  private Optional<Amount> shortfall(boolean giver, BigDecimal out, BigDecimal in) {
    BigDecimal needed;
    if (giver) {
      if (high.signum() == 0) {
        return Optional.empty();
      }
      // out <= high (out + in + x)  <=>  x >= (out (1 - high) - high in) / high
      needed = out.multiply(BigDecimal.ONE.subtract(high)).subtract(high.multiply(in));
      needed = needed.divide(high, 0, RoundingMode.CEILING);
    } else {
      BigDecimal rest = BigDecimal.ONE.subtract(low);
      if (rest.signum() <= 0) {
        return Optional.empty();
      }
      // out + x >= low (out + x + in)  <=>  x >= (low in - (1 - low) out) / (1 - low)
      needed = low.multiply(in).subtract(rest.multiply(out));
      needed = needed.divide(rest, 0, RoundingMode.CEILING);
    }
    needed = needed.max(BigDecimal.ZERO);
    return needed.compareTo(Amount.MAX.toBigDecimal()) > 0
        ? Optional.empty()
        : Optional.of(Amount.of(needed));
  }

  private static BigDecimal[] exchange(Map<PartyId, BigDecimal[]> partners, PartyId partner) {
    return partners.computeIfAbsent(
        partner, p -> new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO});
  }

  private static Evidence exchangeEvidence(
      String measure, BigDecimal total, String unit, Interval span, PartyId partner) {
    Amount amount = Amount.of(total);
    return Evidence.builder()
        .measure(measure)
        .unit(unit)
        .value(amount.doubleValue())
        .amount(amount)
        .period(span)
        .counterpart(partner)
        .build();
  }

  /** Seasons of one cadence never overlap: order them by start. */
  private static Comparator<Interval> byStart() {
    return Comparator.comparing(Interval::start);
  }
}
