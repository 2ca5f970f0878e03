package dev.reciprocity;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Valuation across kinds ("benefits differ in kind"): for each kind, a rate to one common unit,
 * each with an effective interval, so that flows of different kinds (an hour of mentoring, a code
 * review, a euro) can be added up in that unit. A flow of amount {@code a} of kind {@code k} at
 * {@code t} is worth {@code a * rate(k, t)} in the common unit, rounded to the nearest millionth,
 * halves to even ({@link RoundingMode#HALF_EVEN}). A kind without a rate in effect at a flow's
 * instant is refused, never valued at zero. Immutable and thread-safe.
 */
@Value.Immutable
@Implements(PatternComponent.BENEFIT_SYMMETRY)
public interface Valuation {

  /** A kind's rate to the common unit over an interval. */
  @Value.Immutable
  interface Rate extends Effective {

    /**
     * The kind's name, as in the flows.
     *
     * @return the name
     */
    String kind();

    /**
     * The unit the kind's flows are counted in, such as {@code hours}: when given, the rate values
     * only the flows of the kind in that unit, and flows of the kind in another unit have no rate.
     * Without it the rate values the kind in whatever one unit its flows are counted in (a kind
     * counted in two units then needs a rate with a unit for each).
     *
     * @return the kind's own unit; default empty
     */
    Optional<String> unit();

    /**
     * Whether this rate values flows of a kind: the same name, and the same unit when {@link
     * #unit()} is given.
     *
     * @param kind the flows' kind
     * @return whether the rate is for that kind
     */
    default boolean values(FlowKind kind) {
      return kind().equals(kind.name()) && unit().map(u -> u.equals(kind.unit())).orElse(true);
    }

    /**
     * What one unit of the kind is worth in the common unit.
     *
     * @return positive, at most 6 decimal places
     */
    BigDecimal rate();

    /**
     * Checks the rate and the interval.
     *
     * @throws IllegalArgumentException naming the value
     */
    @Value.Check
    default void check() {
      if (rate().signum() <= 0 || rate().stripTrailingZeros().scale() > Amount.SCALE) {
        throw new IllegalArgumentException(
            "the rate of kind "
                + kind()
                + " must be positive with at most "
                + Amount.SCALE
                + " decimal places, got "
                + rate().toPlainString());
      }
      if (!startsBeforeItEnds()) {
        throw new IllegalArgumentException(
            "the rate of kind " + kind() + " must start before it ends");
      }
    }

    /**
     * Returns a new builder.
     *
     * @return a builder; not thread-safe
     */
    static Builder builder() {
      return new Builder();
    }

    /** Builds a {@link Rate}; not thread-safe. */
    @SuppressWarnings("missing-explicit-ctor") // new Rate.Builder() is API
    class Builder extends ImmutableRate.Builder {}
  }

  /**
   * The common unit every kind is valued in, such as {@code hours}.
   *
   * @return the unit
   */
  String unit();

  /**
   * The rates, at most one in effect per kind at any instant.
   *
   * @return the rates
   */
  List<Rate> rates();

  /**
   * The rate of a kind in effect at an instant, whatever unit its flows are counted in (see {@link
   * #rateAt(FlowKind, Instant)} for the rate of a kind in one unit).
   *
   * @param kind the kind's name
   * @param instant the instant
   * @return the rate; empty when none is in effect then
   */
  default Optional<BigDecimal> rateAt(String kind, Instant instant) {
    Objects.requireNonNull(kind, "kind");
    for (Rate r : rates()) {
      if (r.kind().equals(kind) && r.effectiveAt(instant)) {
        return Optional.of(r.rate());
      }
    }
    return Optional.empty();
  }

  /**
   * The rate in effect at an instant for flows of a kind counted in its unit: a rate of the kind's
   * name whose {@link Rate#unit()} is the kind's unit or not given.
   *
   * @param kind the kind, with its unit
   * @param instant the instant
   * @return the rate; empty when none is in effect then
   */
  default Optional<BigDecimal> rateAt(FlowKind kind, Instant instant) {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(instant, "instant");
    for (Rate r : rates()) {
      if (r.values(kind) && r.effectiveAt(instant)) {
        return Optional.of(r.rate());
      }
    }
    return Optional.empty();
  }

  /**
   * An amount valued at a rate: {@code micros * rate}, rounded to the nearest micro, halves to
   * even.
   *
   * @param micros the amount in micros of the kind's unit
   * @param rate the rate
   * @return the value in micros of the common unit
   * @throws ArithmeticException if the value does not fit a {@code long} of micros
   */
  static long value(long micros, BigDecimal rate) {
    return BigDecimal.valueOf(micros)
        .multiply(rate)
        .setScale(0, RoundingMode.HALF_EVEN)
        .longValueExact();
  }

  /**
   * Checks the unit and that no two rates of a kind are in effect at once.
   *
   * @throws IllegalArgumentException naming the kind
   */
  @Value.Check
  default void check() {
    if (unit().isBlank()) {
      throw new IllegalArgumentException("a valuation needs a common unit, got a blank one");
    }
    List<Rate> seen = new ArrayList<>();
    for (Rate r : rates()) {
      for (Rate other : seen) {
        boolean sameUnit =
            other.unit().isEmpty() || r.unit().isEmpty() || other.unit().equals(r.unit());
        if (other.kind().equals(r.kind()) && sameUnit && Effective.overlap(r, other)) {
          throw new IllegalArgumentException(
              "two rates of kind "
                  + r.kind()
                  + " are in effect at once: "
                  + other.rate().toPlainString()
                  + " and "
                  + r.rate().toPlainString()
                  + "; end one where the other begins");
        }
      }
      seen.add(r);
    }
  }

  /**
   * Returns a new builder.
   *
   * @return a builder; not thread-safe
   */
  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Valuation}; not thread-safe. */
  @SuppressWarnings("missing-explicit-ctor") // new Valuation.Builder() is API
  class Builder extends ImmutableValuation.Builder {}
}
