package dev.reciprocity.core;

import dev.reciprocity.AskRates;
import dev.reciprocity.Implements;
import dev.reciprocity.Interval;
import dev.reciprocity.PartyId;
import dev.reciprocity.PatternComponent;
import dev.reciprocity.Request;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Ask and decline rates per party ({@link AskRates}) from a community's asks ({@link Request}), the
 * "safe way to decline" of Social Reciprocity Architecture: how often each party asked and was
 * asked in a period, and what became of the asks it received. Counts only: asks are kept apart from
 * the flows, so a declined ask never changes a balance. Stateless and thread-safe.
 */
@Implements({PatternComponent.ASKING, PatternComponent.SAFE_DECLINE})
public final class RequestFigures {

  private RequestFigures() {}

  /**
   * The rates of every party that asked or was asked in the period, sorted by party id.
   *
   * @param requests the asks, in any order
   * @param period the period; an ask counts when its instant lies in it
   * @return the rates
   * @throws NullPointerException if an argument or an ask is null
   */
  public static List<AskRates> of(List<Request> requests, Interval period) {
    Objects.requireNonNull(period, "period");
    Map<PartyId, int[]> counts = new TreeMap<>(); // asked, wasAsked, accepted, declined, redirected
    for (Request r : requests) {
      if (!period.contains(r.instant())) {
        continue;
      }
      counts.computeIfAbsent(r.asker(), p -> new int[5])[0]++;
      int[] c = counts.computeIfAbsent(r.asked(), p -> new int[5]);
      c[1]++;
      switch (r.outcome()) {
        case ACCEPTED -> c[2]++;
        case DECLINED -> c[3]++;
        case REDIRECTED -> c[4]++;
      }
    }
    List<AskRates> rates = new ArrayList<>();
    for (Map.Entry<PartyId, int[]> e : counts.entrySet()) {
      int[] c = e.getValue();
      rates.add(
          AskRates.builder()
              .party(e.getKey())
              .asked(c[0])
              .wasAsked(c[1])
              .accepted(c[2])
              .declined(c[3])
              .redirected(c[4])
              .build());
    }
    return rates;
  }
}
