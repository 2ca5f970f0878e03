package dev.reciprocity.core;

import dev.reciprocity.Amount;
import dev.reciprocity.Implements;
import dev.reciprocity.Interval;
import dev.reciprocity.PartyId;
import dev.reciprocity.PatternComponent;
import dev.reciprocity.ReciprocityRule;
import dev.reciprocity.core.internal.SeasonalBalances;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Every party's out-strength, in-strength and net balance in every season of the rule's {@link
 * dev.reciprocity.Cadence}, computed from a snapshot's columns: the seasonal balances a balance
 * check judges. Only seasons with at least one flow are held (cost follows content), in time order.
 *
 * <p>Net balance {@code b = s_out - s_in} per season, exact (micros in {@code long}). Cost: one
 * pass to find each flow's season (a binary search over the season starts), one to sum, split over
 * two cores by party for large snapshots; 16 bytes per party and season while there are no more
 * such cells than flows, else about 24 bytes per party and season with a flow in the engine's one
 * table ({@code PairTable}, keyed by {@code (party, season)}). A view over the engine
 * (docs/design.md, "One engine"): the same season sums the chronic check and a host's check read
 * through {@link dev.reciprocity.spi.FlowColumns#seasons}. Definitions: docs/design.md, "Chronic
 * imbalance". Immutable and thread-safe.
 *
 * <pre>{@code
 * SeasonalFigures seasons = SeasonalFigures.of(snapshot, ReciprocityRule.defaults());
 * for (Interval season : seasons.seasons()) {
 *   Amount net = seasons.netBalance(PartyId.of("ada"), season);
 * }
 * }</pre>
 */
@Implements(PatternComponent.SEASONAL_RECIPROCITY)
public final class SeasonalFigures {

  private final SeasonalBalances balances;
  private final Map<Interval, Integer> seasons = new HashMap<>();

  private SeasonalFigures(SeasonalBalances balances) {
    this.balances = balances;
    for (int s = 0; s < balances.seasons().size(); s++) {
      seasons.put(balances.seasons().get(s), s);
    }
  }

  /**
   * Computes the seasonal balances of the snapshot's flows that the rule applies to, in the rule's
   * cadence.
   *
   * @param flows the flows
   * @param rule the rule; its kinds and cadence are read
   * @return the figures
   * @throws NullPointerException if an argument is null
   * @throws dev.reciprocity.UnitMismatchException if the kinds scored have more than one unit
   */
  public static SeasonalFigures of(LedgerSnapshot flows, ReciprocityRule rule) {
    Objects.requireNonNull(flows, "flows");
    Objects.requireNonNull(rule, "rule");
    LedgerSnapshot kept = flows.ofKinds(rule.kinds());
    return new SeasonalFigures(SeasonalBalances.of(kept.selection(), null, rule.cadence()));
  }

  /**
   * The seasons with at least one flow, in time order.
   *
   * @return the seasons
   */
  public List<Interval> seasons() {
    return Collections.unmodifiableList(new ArrayList<>(balances.seasons()));
  }

  /**
   * The number of flows counted.
   *
   * @return {@code >= 0}
   */
  public long flowCount() {
    return balances.flowCount();
  }

  /**
   * What a party gave in a season.
   *
   * @param party the party
   * @param season one of {@link #seasons()}
   * @return the out-strength; zero for a party or season without flows
   * @throws NullPointerException if an argument is null
   */
  public Amount outStrength(PartyId party, Interval season) {
    return at(party, season, true);
  }

  /**
   * What a party received in a season.
   *
   * @param party the party
   * @param season one of {@link #seasons()}
   * @return the in-strength; zero for a party or season without flows
   * @throws NullPointerException if an argument is null
   */
  public Amount inStrength(PartyId party, Interval season) {
    return at(party, season, false);
  }

  /**
   * A party's net balance {@code s_out - s_in} in a season.
   *
   * @param party the party
   * @param season one of {@link #seasons()}
   * @return the net balance: positive for a net giver
   * @throws NullPointerException if an argument is null
   */
  public Amount netBalance(PartyId party, Interval season) {
    return outStrength(party, season).minus(inStrength(party, season));
  }

  private Amount at(PartyId party, Interval season, boolean out) {
    int p = balances.table().indexOf(Objects.requireNonNull(party, "party"));
    Integer s = seasons.get(Objects.requireNonNull(season, "season"));
    if (p < 0 || s == null) {
      return Amount.ZERO;
    }
    return Amount.ofMicros(out ? balances.out(p, s) : balances.in(p, s));
  }

  @Override
  public String toString() {
    return "SeasonalFigures[" + balances.seasons().size() + " seasons]";
  }
}
