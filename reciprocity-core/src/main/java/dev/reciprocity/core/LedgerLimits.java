package dev.reciprocity.core;

import com.google.errorprone.annotations.CanIgnoreReturnValue;
import dev.reciprocity.Amount;
import dev.reciprocity.Flow;
import dev.reciprocity.PartyId;
import java.time.Instant;
import java.util.Objects;

/**
 * The limits a {@link Ledger} holds its flows to, so that a service shared by many communities can
 * bound what one of them costs. Every limit is checked before a batch is applied and before memory
 * is spent on it; passing one refuses the whole batch with a {@link
 * dev.reciprocity.LimitExceededException} that names the limit, the value and what to do.
 *
 * <table>
 *   <caption>Limits and their defaults</caption>
 *   <tr><th>limit</th><th>default</th></tr>
 *   <tr><td>{@link #maxFlows()}</td><td>{@value #MAX_FLOWS}, the most a Java array holds</td></tr>
 *   <tr><td>{@link #maxParties()}</td><td>{@value #MAX_PARTIES}</td></tr>
 *   <tr><td>{@link #maxNameLength()}</td><td>{@value PartyId#MAX_LENGTH} characters, the most
 *       a {@link PartyId} holds</td></tr>
 *   <tr><td>{@link #earliest()} to {@link #latest()}</td><td>{@link Flow#EARLIEST} to
 *       {@link Flow#LATEST}: years 0001 to 9999</td></tr>
 *   <tr><td>{@link #maxTags()}</td><td>{@value #MAX_TAGS} tags a flow</td></tr>
 *   <tr><td>{@link #maxTagLength()}</td><td>{@value #MAX_TAG_LENGTH} characters a tag</td></tr>
 *   <tr><td>{@link #maxTotalAmount()}</td><td>{@link Amount#MAX}, the most exact figures hold:
 *       the total of all amounts, so that no strength, balance or sum can wrap</td></tr>
 * </table>
 *
 * <pre>{@code
 * Ledger ledger = Ledger.create(LedgerLimits.defaults().toBuilder()
 *     .maxFlows(1_000_000).maxParties(10_000).maxNameLength(64)
 *     .earliest(Instant.parse("2020-01-01T00:00:00Z"))
 *     .build());
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class LedgerLimits {

  /** The default {@link #maxFlows()}: {@value}. */
  public static final int MAX_FLOWS = Integer.MAX_VALUE - 8;

  /** The default {@link #maxParties()}: {@value}. */
  public static final int MAX_PARTIES = Integer.MAX_VALUE - 8;

  /**
   * The default {@link #maxTags()}: {@value}. Tags are labels (a project, a programme, a channel):
   * a few a flow.
   */
  public static final int MAX_TAGS = 32;

  /** The default {@link #maxTagLength()}: {@value} characters, as long as a party's name. */
  public static final int MAX_TAG_LENGTH = PartyId.MAX_LENGTH;

  /** The most {@link Builder#maxTags(int)} accepts: {@value}. */
  public static final int MAX_TAGS_LIMIT = 65_536;

  /** The most {@link Builder#maxTagLength(int)} accepts: {@value} characters. */
  public static final int MAX_TAG_LENGTH_LIMIT = 1 << 20;

  private static final LedgerLimits DEFAULTS = new Builder().build();

  private final int maxFlows;
  private final int maxParties;
  private final int maxNameLength;
  private final int maxTags;
  private final int maxTagLength;
  private final Instant earliest;
  private final Instant latest;
  private final Amount maxTotalAmount;

  private LedgerLimits(Builder b) {
    this.maxFlows = b.maxFlows;
    this.maxParties = b.maxParties;
    this.maxNameLength = b.maxNameLength;
    this.maxTags = b.maxTags;
    this.maxTagLength = b.maxTagLength;
    this.earliest = b.earliest;
    this.latest = b.latest;
    this.maxTotalAmount = b.maxTotalAmount;
  }

  /**
   * The default limits, those of {@link Ledger#create()}.
   *
   * @return the defaults
   */
  public static LedgerLimits defaults() {
    return DEFAULTS;
  }

  /**
   * Returns a builder holding these limits.
   *
   * @return a builder; not thread-safe
   */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.maxFlows = maxFlows;
    b.maxParties = maxParties;
    b.maxNameLength = maxNameLength;
    b.maxTags = maxTags;
    b.maxTagLength = maxTagLength;
    b.earliest = earliest;
    b.latest = latest;
    b.maxTotalAmount = maxTotalAmount;
    return b;
  }

  /**
   * The most flows the ledger holds.
   *
   * @return at least 1; default {@value #MAX_FLOWS}
   */
  public int maxFlows() {
    return maxFlows;
  }

  /**
   * The most distinct parties (givers and receivers) the ledger holds.
   *
   * @return at least 2; default {@value #MAX_PARTIES}
   */
  public int maxParties() {
    return maxParties;
  }

  /**
   * The most characters of a party's canonical name.
   *
   * @return 1 to {@value PartyId#MAX_LENGTH}; default {@value PartyId#MAX_LENGTH}
   */
  public int maxNameLength() {
    return maxNameLength;
  }

  /**
   * The most tags ({@link Flow#tags()}) one flow carries.
   *
   * @return 0 to {@value #MAX_TAGS_LIMIT}; default {@value #MAX_TAGS}
   */
  public int maxTags() {
    return maxTags;
  }

  /**
   * The most characters (UTF-16 code units) of one tag.
   *
   * @return 1 to {@value #MAX_TAG_LENGTH_LIMIT}; default {@value #MAX_TAG_LENGTH}
   */
  public int maxTagLength() {
    return maxTagLength;
  }

  /**
   * The earliest instant of a flow.
   *
   * @return the instant, inclusive; default {@link Flow#EARLIEST}
   */
  public Instant earliest() {
    return earliest;
  }

  /**
   * The latest instant of a flow.
   *
   * @return the instant, inclusive; default {@link Flow#LATEST}
   */
  public Instant latest() {
    return latest;
  }

  /**
   * The most the amounts of all flows may add up to. Every figure (out-strength, in-strength, dyad
   * sums, net balances, season sums) is bounded by this total, so none can wrap.
   *
   * @return positive, at most {@link Amount#MAX}; default {@link Amount#MAX}
   */
  public Amount maxTotalAmount() {
    return maxTotalAmount;
  }

  @Override
  public String toString() {
    return "LedgerLimits[maxFlows="
        + maxFlows
        + ", maxParties="
        + maxParties
        + ", maxNameLength="
        + maxNameLength
        + ", maxTags="
        + maxTags
        + ", maxTagLength="
        + maxTagLength
        + ", earliest="
        + earliest
        + ", latest="
        + latest
        + ", maxTotalAmount="
        + maxTotalAmount
        + "]";
  }

  /** Builds {@link LedgerLimits}, starting from the defaults; not thread-safe. */
  public static final class Builder {
    private int maxFlows = MAX_FLOWS;
    private int maxParties = MAX_PARTIES;
    private int maxNameLength = PartyId.MAX_LENGTH;
    private int maxTags = MAX_TAGS;
    private int maxTagLength = MAX_TAG_LENGTH;
    private Instant earliest = Flow.EARLIEST;
    private Instant latest = Flow.LATEST;
    private Amount maxTotalAmount = Amount.MAX;

    private Builder() {}

    /**
     * Sets the most flows.
     *
     * @param value at least 1, at most {@value #MAX_FLOWS}
     * @return this builder
     * @throws IllegalArgumentException if {@code value} is outside that range
     */
    @CanIgnoreReturnValue
    public Builder maxFlows(int value) {
      if (value < 1 || value > MAX_FLOWS) {
        throw new IllegalArgumentException(
            "maxFlows must be in [1, " + MAX_FLOWS + "], got " + value);
      }
      this.maxFlows = value;
      return this;
    }

    /**
     * Sets the most parties.
     *
     * @param value at least 2, at most {@value #MAX_PARTIES}
     * @return this builder
     * @throws IllegalArgumentException if {@code value} is outside that range
     */
    @CanIgnoreReturnValue
    public Builder maxParties(int value) {
      if (value < 2 || value > MAX_PARTIES) {
        throw new IllegalArgumentException(
            "maxParties must be in [2, " + MAX_PARTIES + "], got " + value);
      }
      this.maxParties = value;
      return this;
    }

    /**
     * Sets the most characters of a party's name.
     *
     * @param value 1 to {@value PartyId#MAX_LENGTH}
     * @return this builder
     * @throws IllegalArgumentException if {@code value} is outside that range
     */
    @CanIgnoreReturnValue
    public Builder maxNameLength(int value) {
      if (value < 1 || value > PartyId.MAX_LENGTH) {
        throw new IllegalArgumentException(
            "maxNameLength must be in [1, " + PartyId.MAX_LENGTH + "], got " + value);
      }
      this.maxNameLength = value;
      return this;
    }

    /**
     * Sets the most tags of one flow; 0 refuses every flow with a tag.
     *
     * @param value 0 to {@value #MAX_TAGS_LIMIT}
     * @return this builder
     * @throws IllegalArgumentException if {@code value} is outside that range
     */
    @CanIgnoreReturnValue
    public Builder maxTags(int value) {
      if (value < 0 || value > MAX_TAGS_LIMIT) {
        throw new IllegalArgumentException(
            "maxTags must be in [0, " + MAX_TAGS_LIMIT + "], got " + value);
      }
      this.maxTags = value;
      return this;
    }

    /**
     * Sets the most characters of one tag.
     *
     * @param value 1 to {@value #MAX_TAG_LENGTH_LIMIT}
     * @return this builder
     * @throws IllegalArgumentException if {@code value} is outside that range
     */
    @CanIgnoreReturnValue
    public Builder maxTagLength(int value) {
      if (value < 1 || value > MAX_TAG_LENGTH_LIMIT) {
        throw new IllegalArgumentException(
            "maxTagLength must be in [1, " + MAX_TAG_LENGTH_LIMIT + "], got " + value);
      }
      this.maxTagLength = value;
      return this;
    }

    /**
     * Sets the earliest instant of a flow.
     *
     * @param value inside [{@link Flow#EARLIEST}, {@link Flow#LATEST}]
     * @return this builder
     * @throws IllegalArgumentException if {@code value} is outside that range
     */
    @CanIgnoreReturnValue
    public Builder earliest(Instant value) {
      this.earliest = inRange("earliest", value);
      return this;
    }

    /**
     * Sets the latest instant of a flow.
     *
     * @param value inside [{@link Flow#EARLIEST}, {@link Flow#LATEST}]
     * @return this builder
     * @throws IllegalArgumentException if {@code value} is outside that range
     */
    @CanIgnoreReturnValue
    public Builder latest(Instant value) {
      this.latest = inRange("latest", value);
      return this;
    }

    /**
     * Sets the most the amounts of all flows may add up to.
     *
     * @param value positive, at most {@link Amount#MAX}
     * @return this builder
     * @throws IllegalArgumentException if {@code value} is not positive
     */
    @CanIgnoreReturnValue
    public Builder maxTotalAmount(Amount value) {
      if (Objects.requireNonNull(value, "maxTotalAmount").signum() <= 0) {
        throw new IllegalArgumentException("maxTotalAmount must be positive, got " + value);
      }
      this.maxTotalAmount = value;
      return this;
    }

    private static Instant inRange(String name, Instant value) {
      Objects.requireNonNull(value, name);
      if (value.isBefore(Flow.EARLIEST) || value.isAfter(Flow.LATEST)) {
        throw new IllegalArgumentException(
            name + " must lie in [" + Flow.EARLIEST + ", " + Flow.LATEST + "], got " + value);
      }
      return value;
    }

    /**
     * Builds the limits.
     *
     * @return the limits
     * @throws IllegalArgumentException if {@code earliest} is after {@code latest}
     */
    public LedgerLimits build() {
      if (earliest.isAfter(latest)) {
        throw new IllegalArgumentException(
            "earliest " + earliest + " must not be after latest " + latest);
      }
      return new LedgerLimits(this);
    }
  }
}
