package dev.reciprocity;

import org.immutables.value.Value;

/**
 * The range of give shares {@code g = out / (out + in)} that a reciprocity rule accepts as
 * balanced: {@code low <= g <= high}, both in {@code [0, 1]}. A give share above {@code high} means
 * the party gives much more than it receives (burnout risk); below {@code low}, it receives much
 * more than it gives (obligation risk). "Reciprocity does not mean symmetry; it means natural
 * balance" (pattern text Collaborative Reciprocity, docs/design.md, section 1.2), so the band is
 * wide by default. Immutable and thread-safe.
 */
@Value.Immutable(builder = false)
@Implements(PatternComponent.RECIPROCITY_RULE)
public interface ToleranceBand {

  /** The default band, {@code [0.25, 0.75]}: at most three times as much one way as the other. */
  ToleranceBand DEFAULT = of(0.25, 0.75);

  /**
   * The lowest give share still balanced.
   *
   * @return {@code low} in {@code [0, high]}
   */
  @Value.Parameter
  double low();

  /**
   * The highest give share still balanced.
   *
   * @return {@code high} in {@code [low, 1]}
   */
  @Value.Parameter
  double high();

  /**
   * Returns the band {@code [low, high]}.
   *
   * @param low lowest balanced give share, in {@code [0, 1]}
   * @param high highest balanced give share, in {@code [low, 1]}
   * @return the band
   * @throws IllegalArgumentException if a bound is outside {@code [0, 1]} or NaN, or {@code low >
   *     high}
   */
  static ToleranceBand of(double low, double high) {
    return ImmutableToleranceBand.of(low, high);
  }

  /**
   * Tells whether a give share is inside the band.
   *
   * @param giveShare a give share in {@code [0, 1]}
   * @return {@code low <= giveShare <= high}
   * @throws IllegalArgumentException if {@code giveShare} is NaN (a party with no activity has no
   *     give share and is neither inside nor outside the band: check {@link PartyScore#activity()}
   *     first) or outside {@code [0, 1]}
   */
  default boolean contains(double giveShare) {
    requireShare(giveShare);
    return giveShare >= low() && giveShare <= high();
  }

  /**
   * Tells whether a give share lies above the band: the party gives much more than it receives.
   *
   * @param giveShare a give share in {@code [0, 1]}
   * @return {@code giveShare > high}
   * @throws IllegalArgumentException if {@code giveShare} is NaN or outside {@code [0, 1]}
   */
  default boolean isAbove(double giveShare) {
    requireShare(giveShare);
    return giveShare > high();
  }

  /**
   * Tells whether a give share lies below the band: the party receives much more than it gives.
   *
   * @param giveShare a give share in {@code [0, 1]}
   * @return {@code giveShare < low}
   * @throws IllegalArgumentException if {@code giveShare} is NaN or outside {@code [0, 1]}
   */
  default boolean isBelow(double giveShare) {
    requireShare(giveShare);
    return giveShare < low();
  }

  private static void requireShare(double giveShare) {
    if (Double.isNaN(giveShare)) {
      throw new IllegalArgumentException(
          "give share NaN: a party with no activity has no give"
              + " share and is neither inside nor outside a tolerance band; judge only parties whose"
              + " activity is above zero");
    }
    if (giveShare < 0 || giveShare > 1) {
      throw new IllegalArgumentException("a give share lies in [0, 1], got " + giveShare);
    }
  }

  /**
   * Rejects bounds outside {@code [0, 1]} and an inverted band.
   *
   * @throws IllegalArgumentException naming the bound and its value
   */
  @Value.Check
  default void check() {
    if (!(low() >= 0 && low() <= 1)) {
      throw new IllegalArgumentException("tolerance band low must be in [0, 1], got " + low());
    }
    if (!(high() >= 0 && high() <= 1)) {
      throw new IllegalArgumentException("tolerance band high must be in [0, 1], got " + high());
    }
    if (low() > high()) {
      throw new IllegalArgumentException(
          "tolerance band low " + low() + " must not exceed high " + high());
    }
  }
}
