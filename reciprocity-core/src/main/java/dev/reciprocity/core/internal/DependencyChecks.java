package dev.reciprocity.core.internal;

import dev.reciprocity.Amount;
import dev.reciprocity.Evidence;
import dev.reciprocity.Finding;
import dev.reciprocity.FindingType;
import dev.reciprocity.FlowKind;
import dev.reciprocity.ReciprocityRule;
import dev.reciprocity.Severity;
import dev.reciprocity.spi.BalanceCheck;
import dev.reciprocity.spi.FlowColumns;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The checks of dependency, from flows alone (no declaration needed): lock-in (a party's inflow of
 * a kind concentrated on one giver) and fragility contagion (one giver whose exit would take most
 * of several parties' inflow); see {@code BalanceChecks.dependencyLockIn} and {@code
 * BalanceChecks.fragilityContagion}. Both read the last seasons judged ({@link Inflows}).
 */
final class DependencyChecks {

  /** Measure: the Herfindahl-Hirschman index of the givers' shares of a party's inflow. */
  static final String HHI = "Herfindahl-Hirschman index";

  /** Measure: the top giver's share of a party's inflow. */
  static final String TOP_SHARE = "top giver's share";

  /** Measure: the inflow of the kind in the window. */
  static final String INFLOW = "inflow";

  /** Measure: the number of parties who gave. */
  static final String GIVERS = "givers";

  /** Measure: another giver of the kind in the window, and what it gave. */
  static final String OTHER_GIVER = "another giver of the kind";

  /** Measure: how many parties receive most of what they receive from the subject. */
  static final String DEPENDENTS = "dependents";

  /** Measure: a dependent's share of its inflow that comes from the subject. */
  static final String SHARE_FROM_SUBJECT = "share of its inflow from the subject";

  /** How many dependents a fragility finding lists by name. */
  static final int LISTED_DEPENDENTS = 10;

  private DependencyChecks() {}

  /** Lock-in; see {@code BalanceChecks.dependencyLockIn}. */
  static BalanceCheck lockIn(ReciprocityRule rule, double hhi, int minFlows, int seasons) {
    Objects.requireNonNull(rule, "rule");
    return (flows, asOf) -> {
      FlowColumns kept = flows.ofKinds(rule.kinds());
      Inflows in = Inflows.of(kept, kept.seasons(rule.cadence()), asOf, seasons);
      List<Finding> found = new ArrayList<>();
      if (in == null) {
        return found;
      }
      for (int k = 0; k < in.byKind.length; k++) {
        if (in.byKind[k].isEmpty()) {
          continue;
        }
        FlowKind kind = kept.kind(k);
        Map<Integer, Receiver> receivers = receivers(kept, in, in.byKind[k]);
        for (Map.Entry<Integer, Receiver> e : receivers.entrySet()) {
          Receiver r = e.getValue();
          double index = r.hhi();
          if (r.flows < minFlows || index < hhi) {
            continue;
          }
          found.add(lockInFinding(kept, in, k, kind, e.getKey(), r, index));
        }
      }
      found.sort(ChronicImbalanceCheck.FINDING_ORDER);
      return found;
    };
  }

  private static Finding lockInFinding(
      FlowColumns kept, Inflows in, int k, FlowKind kind, int receiver, Receiver r, double index) {
    String unit = kind.unit();
    double top = (double) r.top / (double) r.total;
    Finding.Builder f =
        Finding.builder()
            .type(FindingType.DEPENDENCY_LOCK_IN)
            .subject(kept.party(receiver))
            .period(in.window)
            .severity(r.givers == 1 ? Severity.WARNING : Severity.NOTICE)
            .counterpart(kept.party(r.topGiver))
            .putExchangeByKind(kind, Amount.ofMicros(r.top));
    f.addEvidence(Evidence.share(HHI, Math.min(1.0, index), null));
    f.addEvidence(Evidence.share(TOP_SHARE, top, null));
    f.addEvidence(CheckSupport.amount(INFLOW, r.total, unit, null, null));
    f.addEvidence(CheckSupport.figure(GIVERS, r.givers, "parties", null, null));
    // a second source: the largest giver of the kind in the window but the top giver and the party
    int other = -1;
    long otherGiven = 0;
    for (Map.Entry<Integer, long[]> g : in.givenByKind[k].entrySet()) {
      int giver = g.getKey();
      long given = g.getValue()[0];
      if (giver == r.topGiver || giver == receiver) {
        continue;
      }
      if (given > otherGiven || (given == otherGiven && HeroCheck.before(kept, giver, other))) {
        other = giver;
        otherGiven = given;
      }
    }
    if (other >= 0) {
      f.addEvidence(CheckSupport.amount(OTHER_GIVER, otherGiven, unit, null, kept.party(other)));
    }
    return f.build();
  }

  /** Fragility contagion; see {@code BalanceChecks.fragilityContagion}. */
  static BalanceCheck fragility(
      ReciprocityRule rule, double loss, int minDependents, int minFlows, int seasons) {
    Objects.requireNonNull(rule, "rule");
    return (flows, asOf) -> {
      FlowColumns kept = flows.ofKinds(rule.kinds());
      Inflows in = Inflows.of(kept, kept.seasons(rule.cadence()), asOf, seasons);
      List<Finding> found = new ArrayList<>();
      if (in == null) {
        return found;
      }
      // every kind together: they share one unit in a review
      Map<Long, long[]> all = new HashMap<>();
      for (Map<Long, long[]> byKind : in.byKind) {
        byKind.forEach(
            (key, sum) -> {
              long[] to = all.computeIfAbsent(key, x -> new long[2]);
              to[0] += sum[0];
              to[1] += sum[1];
            });
      }
      Map<Integer, Receiver> receivers = receivers(kept, in, all);
      Map<Integer, List<long[]>> dependents = new HashMap<>();
      for (Map.Entry<Long, long[]> e : all.entrySet()) {
        int receiver = in.receiver(e.getKey());
        Receiver r = receivers.get(receiver);
        if (r == null || r.flows < minFlows) {
          continue;
        }
        long from = e.getValue()[0];
        if ((double) from / (double) r.total >= loss) {
          dependents
              .computeIfAbsent(in.giver(e.getKey()), x -> new ArrayList<>())
              .add(new long[] {receiver, from, r.total});
        }
      }
      for (Map.Entry<Integer, List<long[]>> d : dependents.entrySet()) {
        if (d.getValue().size() < minDependents) {
          continue;
        }
        found.add(fragilityFinding(kept, in, d.getKey(), d.getValue(), loss));
      }
      found.sort(ChronicImbalanceCheck.FINDING_ORDER);
      return found;
    };
  }

  private static Finding fragilityFinding(
      FlowColumns kept, Inflows in, int giver, List<long[]> dependents, double loss) {
    // most exposed first: the largest share, then the largest amount, then the lowest id
    dependents.sort(
        Comparator.<long[]>comparingDouble(x -> -(double) x[1] / (double) x[2])
            .thenComparing(x -> -x[1])
            .thenComparing(x -> kept.party((int) x[0])));
    Finding.Builder f =
        Finding.builder()
            .type(FindingType.FRAGILITY_CONTAGION)
            .subject(kept.party(giver))
            .period(in.window)
            .severity(Severity.WARNING)
            .counterpart(kept.party((int) dependents.get(0)[0]));
    f.addEvidence(CheckSupport.figure(DEPENDENTS, dependents.size(), "parties", null, null));
    f.addEvidence(Evidence.share("threshold", loss, null));
    for (int i = 0; i < Math.min(LISTED_DEPENDENTS, dependents.size()); i++) {
      long[] d = dependents.get(i);
      f.addEvidence(
          CheckSupport.figure(
              SHARE_FROM_SUBJECT,
              (double) d[1] / (double) d[2],
              Evidence.SHARE,
              null,
              kept.party((int) d[0])));
    }
    return f.build();
  }

  /** A receiver's inflow: total, flows, givers, the sum of squares of shares, the top giver. */
  private static final class Receiver {
    long total;
    long flows;
    int givers;
    int topGiver = -1;
    long top;
    final List<Long> sums = new ArrayList<>();

    /** The index, summed in ascending order of the sums: the same for the same multiset. */
    double hhi() {
      double h = 0;
      List<Long> ordered = new ArrayList<>(sums);
      ordered.sort(null);
      for (long s : ordered) {
        double x = (double) s / (double) total;
        h += x * x;
      }
      return h;
    }
  }

  private static Map<Integer, Receiver> receivers(
      FlowColumns flows, Inflows in, Map<Long, long[]> sums) {
    Map<Integer, Receiver> receivers = new HashMap<>();
    for (Map.Entry<Long, long[]> e : sums.entrySet()) {
      int receiver = in.receiver(e.getKey());
      int giver = in.giver(e.getKey());
      long micros = e.getValue()[0];
      Receiver r = receivers.computeIfAbsent(receiver, x -> new Receiver());
      r.total += micros;
      r.flows += e.getValue()[1];
      r.givers++;
      r.sums.add(micros);
      if (micros > r.top || (micros == r.top && HeroCheck.before(flows, giver, r.topGiver))) {
        r.top = micros;
        r.topGiver = giver;
      }
    }
    // a party whose inflow is all of weight 0 depends on nobody
    receivers.values().removeIf(r -> r.total == 0);
    return receivers;
  }
}
