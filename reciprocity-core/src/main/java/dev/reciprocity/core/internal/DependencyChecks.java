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
      for (int k : in.kinds()) {
        FlowKind kind = kept.kind(k);
        Inflows.Edges e = in.edges(k);
        Map<Integer, long[]> givenBy = null;
        int i = 0;
        while (i < e.size) {
          int receiver = e.receiver[i];
          int j = i;
          long total = 0;
          long count = 0;
          int top = -1;
          long topSum = 0;
          while (j < e.size && e.receiver[j] == receiver) {
            total += e.micros[j];
            count += e.flows[j];
            if (e.micros[j] > topSum
                || (e.micros[j] == topSum && CheckSupport.before(kept, e.giver[j], top))) {
              top = e.giver[j];
              topSum = e.micros[j];
            }
            j++;
          }
          if (total > 0 && count >= minFlows) {
            // summed in ascending order: the same for the same multiset of sums
            long[] sums = java.util.Arrays.copyOfRange(e.micros, i, j);
            java.util.Arrays.sort(sums);
            double index = 0;
            for (long x : sums) {
              double share = (double) x / (double) total;
              index += share * share;
            }
            if (index >= hhi) {
              if (givenBy == null) {
                givenBy = new HashMap<>();
                for (int x = 0; x < e.size; x++) {
                  givenBy.computeIfAbsent(e.giver[x], g -> new long[1])[0] += e.micros[x];
                }
              }
              found.add(
                  lockInFinding(
                      kept, in, kind, receiver, total, j - i, top, topSum, index, givenBy));
            }
          }
          i = j;
        }
      }
      found.sort(ChronicImbalanceCheck.FINDING_ORDER);
      return found;
    };
  }

  private static Finding lockInFinding(
      FlowColumns kept,
      Inflows in,
      FlowKind kind,
      int receiver,
      long total,
      int givers,
      int topGiver,
      long topSum,
      double index,
      Map<Integer, long[]> givenBy) {
    String unit = kind.unit();
    double top = (double) topSum / (double) total;
    Finding.Builder f =
        Finding.builder()
            .type(FindingType.DEPENDENCY_LOCK_IN)
            .subject(kept.party(receiver))
            .period(in.window)
            .severity(givers == 1 ? Severity.WARNING : Severity.NOTICE)
            .counterpart(kept.party(topGiver))
            .putExchangeByKind(kind, Amount.ofMicros(topSum));
    f.addEvidence(Evidence.share(HHI, Math.min(1.0, index), null));
    f.addEvidence(Evidence.share(TOP_SHARE, top, null));
    f.addEvidence(CheckSupport.amount(INFLOW, total, unit, null, null));
    f.addEvidence(CheckSupport.figure(GIVERS, givers, "parties", null, null));
    // a second source: the largest giver of the kind in the window but the top giver and the party
    int other = -1;
    long otherGiven = 0;
    for (Map.Entry<Integer, long[]> g : givenBy.entrySet()) {
      int giver = g.getKey();
      long given = g.getValue()[0];
      if (giver == topGiver || giver == receiver) {
        continue;
      }
      if (given > otherGiven || (given == otherGiven && CheckSupport.before(kept, giver, other))) {
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
      Inflows.Edges e = in.edges(-1);
      Map<Integer, List<long[]>> dependents = new HashMap<>();
      int i = 0;
      while (i < e.size) {
        int receiver = e.receiver[i];
        int j = i;
        long total = 0;
        long count = 0;
        while (j < e.size && e.receiver[j] == receiver) {
          total += e.micros[j];
          count += e.flows[j];
          j++;
        }
        if (total > 0 && count >= minFlows) {
          for (int x = i; x < j; x++) {
            if ((double) e.micros[x] / (double) total >= loss) {
              dependents
                  .computeIfAbsent(e.giver[x], g -> new ArrayList<>())
                  .add(new long[] {receiver, e.micros[x], total});
            }
          }
        }
        i = j;
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
}
