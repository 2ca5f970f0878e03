package dev.reciprocity;

import com.google.errorprone.annotations.CanIgnoreReturnValue;
import java.util.AbstractList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.RandomAccess;
import org.jspecify.annotations.Nullable;

/**
 * The result of portfolio (generalized) scoring: every party's balance across all its partners,
 * every dyad, and the network's reciprocity, over all flows given to the strategy. Immutable and
 * thread-safe.
 *
 * <p>Kept as columns (for each party its id and three sums in micros; for each dyad its two parties
 * and two weights), about 28 bytes a party and 24 a dyad, a quarter of what a list of {@link
 * PartyScore} and {@link DyadScore} objects holds: a million dyads are 24 MB. {@link #parties()}
 * and {@link #dyads()} are unmodifiable views that make each element when it is read; two reads of
 * an element give equal, not identical, objects.
 *
 * <p>Two scores are equal when their parties, dyads (in order) and network are equal.
 */
@Implements(PatternComponent.PORTFOLIO_RECIPROCITY)
public final class PortfolioScores {

  private final PartyId[] parties;
  private final long[] outStrength;
  private final long[] inStrength;
  private final long[] reciprocatedStrength;
  private final PartyId[] dyadA;
  private final PartyId[] dyadB;
  private final long[] aToB;
  private final long[] bToA;
  private final NetworkScore network;

  private PortfolioScores(Builder b, NetworkScore network) {
    int p = b.partyCount;
    int d = b.dyadCount;
    this.parties = Arrays.copyOf(b.parties, p);
    this.outStrength = Arrays.copyOf(b.outStrength, p);
    this.inStrength = Arrays.copyOf(b.inStrength, p);
    this.reciprocatedStrength = Arrays.copyOf(b.reciprocatedStrength, p);
    this.dyadA = Arrays.copyOf(b.dyadA, d);
    this.dyadB = Arrays.copyOf(b.dyadB, d);
    this.aToB = Arrays.copyOf(b.aToB, d);
    this.bToA = Arrays.copyOf(b.bToA, d);
    this.network = network;
  }

  /**
   * Every party that gave or received, sorted by id: an unmodifiable view, each element made when
   * read.
   *
   * @return the party scores
   */
  public List<PartyScore> parties() {
    return new PartyList();
  }

  /**
   * Every pair of parties with a flow either way, sorted by {@code (a, b)}: an unmodifiable view,
   * each element made when read.
   *
   * @return the dyad scores
   */
  public List<DyadScore> dyads() {
    return new DyadList();
  }

  /**
   * The network's figures.
   *
   * @return the network score
   */
  public NetworkScore network() {
    return network;
  }

  /**
   * Looks up one party's score by binary search over the parties, which are sorted by id.
   *
   * @param party the party
   * @return its score; empty if it neither gave nor received
   */
  public Optional<PartyScore> party(PartyId party) {
    int at = Arrays.binarySearch(parties, Objects.requireNonNull(party, "party"));
    return at < 0 ? Optional.empty() : Optional.of(partyAt(at));
  }

  private PartyScore partyAt(int k) {
    return PartyScore.builder()
        .party(parties[k])
        .outStrength(Amount.ofMicros(outStrength[k]))
        .inStrength(Amount.ofMicros(inStrength[k]))
        .reciprocatedStrength(Amount.ofMicros(reciprocatedStrength[k]))
        .build();
  }

  private DyadScore dyadAt(int k) {
    return new DyadScore.Builder()
        .a(dyadA[k])
        .b(dyadB[k])
        .aToB(Amount.ofMicros(aToB[k]))
        .bToA(Amount.ofMicros(bToA[k]))
        .build();
  }

  private final class PartyList extends AbstractList<PartyScore> implements RandomAccess {
    @Override
    public PartyScore get(int index) {
      Objects.checkIndex(index, parties.length);
      return partyAt(index);
    }

    @Override
    public int size() {
      return parties.length;
    }
  }

  private final class DyadList extends AbstractList<DyadScore> implements RandomAccess {
    @Override
    public DyadScore get(int index) {
      Objects.checkIndex(index, dyadA.length);
      return dyadAt(index);
    }

    @Override
    public int size() {
      return dyadA.length;
    }
  }

  @Override
  public boolean equals(@Nullable Object other) {
    if (this == other) {
      return true;
    }
    return other instanceof PortfolioScores o
        && Arrays.equals(parties, o.parties)
        && Arrays.equals(outStrength, o.outStrength)
        && Arrays.equals(inStrength, o.inStrength)
        && Arrays.equals(reciprocatedStrength, o.reciprocatedStrength)
        && Arrays.equals(dyadA, o.dyadA)
        && Arrays.equals(dyadB, o.dyadB)
        && Arrays.equals(aToB, o.aToB)
        && Arrays.equals(bToA, o.bToA)
        && network.equals(o.network);
  }

  @Override
  public int hashCode() {
    int h = Arrays.hashCode(parties);
    h = 31 * h + Arrays.hashCode(outStrength);
    h = 31 * h + Arrays.hashCode(inStrength);
    h = 31 * h + Arrays.hashCode(reciprocatedStrength);
    h = 31 * h + Arrays.hashCode(dyadA);
    h = 31 * h + Arrays.hashCode(dyadB);
    h = 31 * h + Arrays.hashCode(aToB);
    h = 31 * h + Arrays.hashCode(bToA);
    return 31 * h + network.hashCode();
  }

  /** {@code PortfolioScores{parties=[...], dyads=[...], network=...}}, every element written. */
  @Override
  public String toString() {
    return "PortfolioScores{parties="
        + parties()
        + ", dyads="
        + dyads()
        + ", network="
        + network
        + "}";
  }

  /**
   * Returns a new builder.
   *
   * @return a builder; not thread-safe
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link PortfolioScores}, a party and a dyad at a time, as objects or as sums in micros
   * (no object per element). Not thread-safe.
   */
  public static final class Builder {

    private PartyId[] parties = new PartyId[16];
    private long[] outStrength = new long[16];
    private long[] inStrength = new long[16];
    private long[] reciprocatedStrength = new long[16];
    private int partyCount;
    private PartyId[] dyadA = new PartyId[16];
    private PartyId[] dyadB = new PartyId[16];
    private long[] aToB = new long[16];
    private long[] bToA = new long[16];
    private int dyadCount;
    private @Nullable NetworkScore network;

    /** A builder with no party, no dyad and no network. */
    public Builder() {}

    /**
     * Makes room for {@code parties} party scores and {@code dyads} dyads in all, so that adding
     * them copies nothing; optional (the builder grows as needed).
     *
     * @param parties the party scores expected, {@code >= 0}
     * @param dyads the dyads expected, {@code >= 0}
     * @return this builder
     * @throws IllegalArgumentException if a count is negative
     */
    @CanIgnoreReturnValue
    public Builder expected(int parties, int dyads) {
      if (parties < 0 || dyads < 0) {
        throw new IllegalArgumentException(
            "counts must not be negative, got " + parties + " parties and " + dyads + " dyads");
      }
      if (parties > this.parties.length) {
        growParties(parties);
      }
      if (dyads > dyadA.length) {
        growDyads(dyads);
      }
      return this;
    }

    private void growParties(int c) {
      parties = Arrays.copyOf(parties, c);
      outStrength = Arrays.copyOf(outStrength, c);
      inStrength = Arrays.copyOf(inStrength, c);
      reciprocatedStrength = Arrays.copyOf(reciprocatedStrength, c);
    }

    private void growDyads(int c) {
      dyadA = Arrays.copyOf(dyadA, c);
      dyadB = Arrays.copyOf(dyadB, c);
      aToB = Arrays.copyOf(aToB, c);
      bToA = Arrays.copyOf(bToA, c);
    }

    /**
     * Adds a party's score, in micros; the parties must be added in {@link PartyId} order.
     *
     * @param party the party
     * @param outStrengthMicros what it gave, {@code >= 0}
     * @param inStrengthMicros what it received, {@code >= 0}
     * @param reciprocatedStrengthMicros its reciprocated strength, from 0 to the smaller of the two
     * @return this builder
     * @throws IllegalArgumentException if a sum is negative or the reciprocated strength exceeds
     *     the smaller of the other two, as {@link PartyScore} refuses them
     */
    @CanIgnoreReturnValue
    public Builder addParty(
        PartyId party,
        long outStrengthMicros,
        long inStrengthMicros,
        long reciprocatedStrengthMicros) {
      Objects.requireNonNull(party, "party");
      if (outStrengthMicros < 0
          || inStrengthMicros < 0
          || reciprocatedStrengthMicros < 0
          || reciprocatedStrengthMicros > Math.min(outStrengthMicros, inStrengthMicros)) {
        // the value type's own message
        var unused =
            PartyScore.builder()
                .party(party)
                .outStrength(Amount.ofMicros(outStrengthMicros))
                .inStrength(Amount.ofMicros(inStrengthMicros))
                .reciprocatedStrength(Amount.ofMicros(reciprocatedStrengthMicros))
                .build();
      }
      if (partyCount == parties.length) {
        growParties(Math.max(16, 2 * partyCount));
      }
      parties[partyCount] = party;
      outStrength[partyCount] = outStrengthMicros;
      inStrength[partyCount] = inStrengthMicros;
      reciprocatedStrength[partyCount] = reciprocatedStrengthMicros;
      partyCount++;
      return this;
    }

    /**
     * Adds a party's score; the parties must be added in {@link PartyId} order.
     *
     * @param party the score
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder addParties(PartyScore party) {
      return addParty(
          party.party(),
          party.outStrength().micros(),
          party.inStrength().micros(),
          party.reciprocatedStrength().micros());
    }

    /**
     * Adds party scores; the parties must be added in {@link PartyId} order.
     *
     * @param parties the scores
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder addParties(PartyScore... parties) {
      for (PartyScore p : parties) {
        addParties(p);
      }
      return this;
    }

    /**
     * Adds party scores; the parties must be added in {@link PartyId} order.
     *
     * @param parties the scores
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder addAllParties(Iterable<? extends PartyScore> parties) {
      for (PartyScore p : parties) {
        addParties(p);
      }
      return this;
    }

    /**
     * Replaces the party scores added so far.
     *
     * @param parties the scores, in {@link PartyId} order
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder parties(Iterable<? extends PartyScore> parties) {
      partyCount = 0;
      return addAllParties(parties);
    }

    /**
     * Adds a dyad, in micros.
     *
     * @param a the party with the smaller id
     * @param b the party with the larger id
     * @param aToBMicros what {@code a} gave {@code b}, {@code >= 0}
     * @param bToAMicros what {@code b} gave {@code a}, {@code >= 0}
     * @return this builder
     * @throws IllegalArgumentException if {@code a} does not sort before {@code b} or a weight is
     *     negative, as {@link DyadScore} refuses them
     */
    @CanIgnoreReturnValue
    public Builder addDyad(PartyId a, PartyId b, long aToBMicros, long bToAMicros) {
      Objects.requireNonNull(a, "a");
      Objects.requireNonNull(b, "b");
      if (aToBMicros < 0 || bToAMicros < 0 || a.compareTo(b) >= 0) {
        // the value type's own message
        var unused =
            new DyadScore.Builder()
                .a(a)
                .b(b)
                .aToB(Amount.ofMicros(aToBMicros))
                .bToA(Amount.ofMicros(bToAMicros))
                .build();
      }
      if (dyadCount == dyadA.length) {
        growDyads(Math.max(16, 2 * dyadCount));
      }
      dyadA[dyadCount] = a;
      dyadB[dyadCount] = b;
      aToB[dyadCount] = aToBMicros;
      bToA[dyadCount] = bToAMicros;
      dyadCount++;
      return this;
    }

    /**
     * Adds a dyad.
     *
     * @param dyad the dyad's score
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder addDyads(DyadScore dyad) {
      return addDyad(dyad.a(), dyad.b(), dyad.aToB().micros(), dyad.bToA().micros());
    }

    /**
     * Adds dyads.
     *
     * @param dyads the dyads' scores
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder addDyads(DyadScore... dyads) {
      for (DyadScore d : dyads) {
        addDyads(d);
      }
      return this;
    }

    /**
     * Adds dyads.
     *
     * @param dyads the dyads' scores
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder addAllDyads(Iterable<? extends DyadScore> dyads) {
      for (DyadScore d : dyads) {
        addDyads(d);
      }
      return this;
    }

    /**
     * Replaces the dyads added so far.
     *
     * @param dyads the dyads' scores
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder dyads(Iterable<? extends DyadScore> dyads) {
      dyadCount = 0;
      return addAllDyads(dyads);
    }

    /**
     * Sets the network's figures.
     *
     * @param network the network score
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder network(NetworkScore network) {
      this.network = Objects.requireNonNull(network, "network");
      return this;
    }

    /**
     * Adds another score's parties and dyads and takes its network.
     *
     * @param scores the scores
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder from(PortfolioScores scores) {
      for (int k = 0; k < scores.parties.length; k++) {
        addParty(
            scores.parties[k],
            scores.outStrength[k],
            scores.inStrength[k],
            scores.reciprocatedStrength[k]);
      }
      for (int k = 0; k < scores.dyadA.length; k++) {
        addDyad(scores.dyadA[k], scores.dyadB[k], scores.aToB[k], scores.bToA[k]);
      }
      return network(scores.network);
    }

    /**
     * Builds the scores.
     *
     * @return the scores
     * @throws IllegalStateException if the network is not set
     * @throws IllegalArgumentException if two parties are not in strictly increasing {@link
     *     PartyId} order (the order {@link PortfolioScores#party} searches), naming both
     */
    public PortfolioScores build() {
      if (network == null) {
        throw new IllegalStateException(
            "Cannot build PortfolioScores, some of required attributes are not set [network]");
      }
      for (int k = 1; k < partyCount; k++) {
        if (parties[k - 1].compareTo(parties[k]) >= 0) {
          throw new IllegalArgumentException(
              "parties must be added in increasing id order, without repeats: '"
                  + parties[k - 1]
                  + "' came before '"
                  + parties[k]
                  + "'; sort the party scores by PartyId before adding them");
        }
      }
      return new PortfolioScores(this, network);
    }
  }
}
