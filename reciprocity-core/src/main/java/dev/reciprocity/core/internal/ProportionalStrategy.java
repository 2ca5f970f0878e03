package dev.reciprocity.core.internal;

import dev.reciprocity.Amount;
import dev.reciprocity.Capacities;
import dev.reciprocity.Capacity;
import dev.reciprocity.Interval;
import dev.reciprocity.PartyId;
import dev.reciprocity.ProportionalScore;
import dev.reciprocity.ProportionalScores;
import dev.reciprocity.ReciprocityRule;
import dev.reciprocity.spi.FlowColumns;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.TreeSet;

/**
 * Proportional reciprocity; see {@code Strategies.proportional} and {@link ProportionalScores}. A
 * view over the engine's season sums ({@link FlowColumns#seasons}): per season that holds flows,
 * the out-strength of every party with a capacity in effect at the season's start, against that
 * capacity. The streaming accumulator keeps the admitted rows ({@link RowScopedStrategy}).
 */
final class ProportionalStrategy extends RowScopedStrategy<ProportionalScores> {

  private final Capacities capacities;

  ProportionalStrategy(ReciprocityRule rule, Capacities capacities) {
    super("proportional", rule);
    this.capacities = Objects.requireNonNull(capacities, "capacities");
  }

  /** A party with a capacity in a season: its capacity and what it gave, in micros. */
  private record Declared(PartyId party, double capacity, long given) {}

  @Override
  ProportionalScores scoreColumns(FlowColumns flows) {
    FlowColumns.Seasons seasons = flows.seasons(rule.cadence());
    int count = seasons.count();
    boolean[] holdsFlows = new boolean[count];
    for (int row = 0; row < flows.size(); row++) {
      int s = seasons.seasonOf(row);
      if (s >= 0) {
        holdsFlows[s] = true;
      }
    }
    // every party named in the flows or in the capacities, in id order
    TreeSet<PartyId> parties = new TreeSet<>();
    for (int p = 0; p < flows.partyCount(); p++) {
      parties.add(flows.party(p));
    }
    for (Capacity c : capacities.all()) {
      parties.add(c.party());
    }
    ProportionalScores.Builder result = ProportionalScores.builder();
    for (int s = 0; s < count; s++) {
      if (!holdsFlows[s]) {
        continue;
      }
      Interval period = seasons.season(s);
      List<Declared> declared = new ArrayList<>();
      long givenWithout = 0;
      long totalGiven = 0;
      double totalCapacity = 0;
      for (PartyId party : parties) {
        int p = flows.partyIndex(party);
        long out = p < 0 ? 0 : seasons.outStrength(p, s);
        OptionalDouble c = capacities.at(party, period.start());
        if (c.isEmpty()) {
          givenWithout += out; // bounded by the admitted total
          continue;
        }
        declared.add(new Declared(party, c.getAsDouble(), out));
        totalGiven += out;
        totalCapacity += c.getAsDouble();
      }
      ProportionalScores.Season.Builder season =
          ProportionalScores.Season.builder()
              .period(period)
              .givenWithoutCapacity(Amount.ofMicros(givenWithout));
      for (Declared d : declared) {
        season.addParties(
            ProportionalScore.builder()
                .party(d.party())
                .given(Amount.ofMicros(d.given()))
                .capacity(d.capacity())
                .giveShare(totalGiven == 0 ? Double.NaN : (double) d.given() / totalGiven)
                .capacityShare(d.capacity() / totalCapacity)
                .build());
      }
      result.addSeasons(season.build());
    }
    return result.build();
  }

  /** The built-in writer of {@link ProportionalScores}: text, Markdown and JSON. */
  @Override
  public java.util.Optional<dev.reciprocity.spi.ResultWriter<ProportionalScores>> writer() {
    return java.util.Optional.of(ResultWriters.PROPORTIONAL);
  }
}
