package dev.reciprocity.spi;

import dev.reciprocity.Cadence;
import dev.reciprocity.Flow;
import dev.reciprocity.FlowKind;
import dev.reciprocity.Interval;
import dev.reciprocity.NetworkScore;
import dev.reciprocity.PartyId;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * A read-only column view of a selection of flows: what every scoring strategy and balance check,
 * built-in or a host's, reads. Rows are numbered {@code 0 .. size()-1}; parties and kinds are dense
 * ids into one dictionary each; amounts are exact millionths of the kind's unit; instants are epoch
 * seconds and nanoseconds. The engine's sums (per party, per dyad, per party and season) are
 * computed on first request, once, and shared by every reader of the same view.
 *
 * <p>Simple host code reads {@link #flows()}, a list whose {@link Flow} objects are made when read;
 * code that must be fast reads the columns and the sums, which make no object per flow.
 *
 * <pre>{@code
 * BalanceCheck quiet = (flows, asOf) -> {
 *   FlowColumns.PartySums sums = flows.partySums();
 *   List<Finding> found = new ArrayList<>();
 *   for (int p = 0; p < flows.partyCount(); p++) {
 *     if (sums.present(p) && sums.outStrength(p) == 0) { ... flows.party(p) ... }
 *   }
 *   return found;
 * };
 * }</pre>
 *
 * <h2>Ranges</h2>
 *
 * <ul>
 *   <li>a party id is in {@code [0, partyCount())}; the dictionary may hold parties that have no
 *       selected flow ({@link PartySums#present(int)} tells them apart);
 *   <li>a kind id is in {@code [0, kindCount())}, likewise;
 *   <li>amounts are {@code >= 0} micros, and the sum of all amounts of a view is at most {@link
 *       dev.reciprocity.Amount#MAX}'s micros, so no sum of amounts a view offers can overflow a
 *       {@code long}.
 * </ul>
 *
 * <p>Thread-safety: implementations are immutable and thread-safe; sums computed on request are
 * published safely. An accessor given an id or row out of range throws {@link
 * IndexOutOfBoundsException}.
 *
 * <p>Definitions of the sums: docs/design.md, "Definitions"; Squartini, Picciolo, Ruzzenenti and
 * Garlaschelli, "Reciprocity of weighted networks", Sci. Rep. 3, 2729 (2013).
 */
public interface FlowColumns {

  /**
   * The number of selected flows.
   *
   * @return {@code >= 0}
   */
  int size();

  /**
   * The size of the party dictionary.
   *
   * @return {@code >= 0}; party ids are {@code 0 .. partyCount()-1}
   */
  int partyCount();

  /**
   * The party of an id.
   *
   * @param party a party id in {@code [0, partyCount())}
   * @return the party
   */
  PartyId party(int party);

  /**
   * The id of a party.
   *
   * @param party the party
   * @return its id, or {@code -1} when the dictionary does not hold it
   */
  int partyIndex(PartyId party);

  /**
   * The size of the kind dictionary.
   *
   * @return {@code >= 0}; kind ids are {@code 0 .. kindCount()-1}
   */
  int kindCount();

  /**
   * The kind of an id.
   *
   * @param kind a kind id in {@code [0, kindCount())}
   * @return the kind
   */
  FlowKind kind(int kind);

  /**
   * The giver of a row.
   *
   * @param row a row in {@code [0, size())}
   * @return the giver's party id
   */
  int giver(int row);

  /**
   * The receiver of a row.
   *
   * @param row a row in {@code [0, size())}
   * @return the receiver's party id
   */
  int receiver(int row);

  /**
   * The kind of a row.
   *
   * @param row a row in {@code [0, size())}
   * @return the kind id
   */
  int kindOf(int row);

  /**
   * The amount of a row in millionths of its kind's unit.
   *
   * @param row a row in {@code [0, size())}
   * @return {@code >= 0}
   */
  long micros(int row);

  /**
   * The instant of a row: its epoch second.
   *
   * @param row a row in {@code [0, size())}
   * @return seconds since 1970-01-01T00:00:00Z
   */
  long epochSecond(int row);

  /**
   * The instant of a row: its nanosecond within the second.
   *
   * @param row a row in {@code [0, size())}
   * @return {@code 0 .. 999_999_999}
   */
  int nano(int row);

  /**
   * The instant of a row, as an object.
   *
   * @param row a row in {@code [0, size())}
   * @return the instant
   */
  default Instant instant(int row) {
    return Instant.ofEpochSecond(epochSecond(row), nano(row));
  }

  /**
   * One row as a {@link Flow}, made on each call.
   *
   * @param row a row in {@code [0, size())}
   * @return the flow
   */
  Flow flow(int row);

  /**
   * The selected flows as a list, in row order: the simple way in for host code that does not need
   * the speed of the columns. Each element is made when read.
   *
   * @return an unmodifiable list of {@link #size()} flows
   */
  List<Flow> flows();

  /**
   * The view of the rows of some kinds, in the same row order; the dictionaries are shared, so
   * party and kind ids mean the same in both views.
   *
   * @param kinds the kinds to keep; empty keeps every row
   * @return the narrower view, or this view itself when every row is of a kept kind
   * @throws NullPointerException if {@code kinds} is null
   */
  FlowColumns ofKinds(Set<FlowKind> kinds);

  /**
   * Each party's sums over the selected flows: out-strength, in-strength, reciprocated strength.
   * Computed on the first call, O(flows), and kept.
   *
   * @return the sums
   * @throws dev.reciprocity.UnitMismatchException if the selected flows hold more than one unit, so
   *     their amounts cannot be added
   */
  PartySums partySums();

  /**
   * Each dyad's weights over the selected flows. Computed on the first call (with {@link
   * #partySums()}), O(flows), and kept.
   *
   * @return the sums
   * @throws dev.reciprocity.UnitMismatchException if the selected flows hold more than one unit
   */
  DyadSums dyadSums();

  /**
   * The network figures of the selected flows: flows, parties, total and reciprocated weight,
   * directed and reciprocated edges, Gini coefficient of out-strength.
   *
   * @return the figures
   * @throws dev.reciprocity.UnitMismatchException if the selected flows hold more than one unit
   */
  NetworkScore network();

  /**
   * The seasons of a cadence that hold a selected flow, the season of each row, and each party's
   * sums per season. Computed on the first call for a cadence, O(flows), and kept.
   *
   * @param cadence the cadence
   * @return the seasons
   * @throws NullPointerException if {@code cadence} is null
   * @throws dev.reciprocity.UnitMismatchException if the selected flows hold more than one unit
   */
  Seasons seasons(Cadence cadence);

  /**
   * Each party's sums in micros, by party id. Immutable and thread-safe.
   *
   * <p>Out-strength {@code s_i_out = sum_j w_ij}, in-strength {@code s_i_in = sum_j w_ji},
   * reciprocated strength {@code s_i<-> = sum_j min(w_ij, w_ji)} (Squartini et al. 2013).
   */
  interface PartySums {

    /**
     * Whether the party gave or received in the selected flows.
     *
     * @param party a party id
     * @return true when it has a selected flow
     */
    boolean present(int party);

    /**
     * The party's out-strength: the amount it gave.
     *
     * @param party a party id
     * @return micros, {@code >= 0}
     */
    long outStrength(int party);

    /**
     * The party's in-strength: the amount it received.
     *
     * @param party a party id
     * @return micros, {@code >= 0}
     */
    long inStrength(int party);

    /**
     * The party's reciprocated strength {@code sum_j min(w_ij, w_ji)}.
     *
     * @param party a party id
     * @return micros, {@code >= 0}, at most the smaller of out- and in-strength
     */
    long reciprocatedStrength(int party);
  }

  /** Each dyad's weights in micros. Immutable and thread-safe. */
  interface DyadSums {

    /**
     * The number of dyads: unordered pairs of parties with a selected flow either way.
     *
     * @return {@code >= 0}
     */
    long count();

    /**
     * The weight {@code w_ij}: the amount {@code giver} gave {@code receiver}.
     *
     * @param giver a party id
     * @param receiver a party id
     * @return micros, {@code >= 0}; 0 when nothing flowed that way
     */
    long weight(int giver, int receiver);

    /**
     * Visits every dyad once, in no particular order, with its lower party id first.
     *
     * @param visitor receives {@code (a, b, w_ab, w_ba)} with {@code a < b}
     */
    void forEach(DyadVisitor visitor);
  }

  /** Receives one dyad of {@link DyadSums#forEach}. */
  @FunctionalInterface
  interface DyadVisitor {

    /**
     * Receives a dyad.
     *
     * @param a the lower party id
     * @param b the higher party id
     * @param ab the weight {@code a} gave {@code b}, micros
     * @param ba the weight {@code b} gave {@code a}, micros
     */
    void visit(int a, int b, long ab, long ba);
  }

  /**
   * The seasons of one cadence over the selected flows. Immutable and thread-safe.
   *
   * <p>Only the seasons that hold a selected flow are listed, in time order, numbered {@code 0 ..
   * count()-1}; memory follows the flows, not the calendar span.
   */
  interface Seasons {

    /**
     * The cadence.
     *
     * @return the cadence the seasons are of
     */
    Cadence cadence();

    /**
     * The number of seasons that hold a selected flow.
     *
     * @return {@code >= 0}
     */
    int count();

    /**
     * A season.
     *
     * @param season a season index in {@code [0, count())}
     * @return its interval
     */
    Interval season(int season);

    /**
     * The season of a row.
     *
     * @param row a row in {@code [0, size())}
     * @return its season index
     */
    int seasonOf(int row);

    /**
     * A party's out-strength in a season.
     *
     * @param party a party id
     * @param season a season index
     * @return micros, {@code >= 0}
     */
    long outStrength(int party, int season);

    /**
     * A party's in-strength in a season.
     *
     * @param party a party id
     * @param season a season index
     * @return micros, {@code >= 0}
     */
    long inStrength(int party, int season);
  }
}
