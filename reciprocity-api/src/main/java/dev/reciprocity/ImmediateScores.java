package dev.reciprocity;

import com.google.errorprone.annotations.CanIgnoreReturnValue;
import java.time.Duration;
import java.time.Instant;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.RandomAccess;
import org.jspecify.annotations.Nullable;

/**
 * The result of immediate (transaction-level) scoring: how much of what was given was returned
 * within the window, and the gifts still open. Immutable and thread-safe.
 *
 * <p>The open obligations are kept as columns (creditor, debtor, amount in micros, since and age to
 * the nanosecond, overdue), about 45 bytes an obligation, a third of what a list of {@link
 * OpenObligation} objects holds: two million open gifts are 90 MB. {@link #openObligations()} is an
 * unmodifiable view that makes each element when it is read; two reads of an element give equal,
 * not identical, objects.
 *
 * <p>Two scores are equal when their windows, weights and open obligations (in order) are equal.
 */
@Implements(PatternComponent.IMMEDIATE_RECIPROCITY)
public final class ImmediateScores {

  private final Duration window;
  private final Amount giftWeight;
  private final Amount returnedWeight;
  private final PartyId[] creditor;
  private final PartyId[] debtor;
  private final long[] micros;
  private final long[] sinceSeconds;
  private final int[] sinceNanos;
  private final long[] ageSeconds;
  private final int[] ageNanos;
  private final boolean[] overdue;

  private ImmediateScores(Builder b, Duration window, Amount giftWeight, Amount returnedWeight) {
    int n = b.count;
    this.window = window;
    this.giftWeight = giftWeight;
    this.returnedWeight = returnedWeight;
    if (n == b.creditor.length) {
      // full: the builder's columns are taken as they are, and it copies them before its next
      // write (see Builder#shared)
      this.creditor = b.creditor;
      this.debtor = b.debtor;
      this.micros = b.micros;
      this.sinceSeconds = b.sinceSeconds;
      this.sinceNanos = b.sinceNanos;
      this.ageSeconds = b.ageSeconds;
      this.ageNanos = b.ageNanos;
      this.overdue = b.overdue;
      b.shared = true;
    } else {
      this.creditor = Arrays.copyOf(b.creditor, n);
      this.debtor = Arrays.copyOf(b.debtor, n);
      this.micros = Arrays.copyOf(b.micros, n);
      this.sinceSeconds = Arrays.copyOf(b.sinceSeconds, n);
      this.sinceNanos = Arrays.copyOf(b.sinceNanos, n);
      this.ageSeconds = Arrays.copyOf(b.ageSeconds, n);
      this.ageNanos = Arrays.copyOf(b.ageNanos, n);
      this.overdue = Arrays.copyOf(b.overdue, n);
    }
  }

  /**
   * The return window.
   *
   * @return the window
   */
  public Duration window() {
    return window;
  }

  /**
   * Everything given as a gift: every flow's amount except the parts that served as the return of
   * an earlier gift.
   *
   * @return {@code >= 0}
   */
  public Amount giftWeight() {
    return giftWeight;
  }

  /**
   * The part of the gifts that a reverse flow returned within the window.
   *
   * @return in {@code [0, giftWeight]}
   */
  public Amount returnedWeight() {
    return returnedWeight;
  }

  /**
   * Gifts (or their unreturned parts) not returned, oldest first: an unmodifiable view, each
   * element made when read.
   *
   * @return the open obligations
   */
  public List<OpenObligation> openObligations() {
    return new Obligations();
  }

  /**
   * How many open obligations are overdue (the window has passed, so no return can count any more),
   * counted on the column, with no obligation made.
   *
   * @return in {@code [0, openObligations().size()]}
   */
  public int overdueCount() {
    int n = 0;
    for (boolean o : overdue) {
      if (o) {
        n++;
      }
    }
    return n;
  }

  /**
   * The share of the gift weight returned within the window.
   *
   * @return in {@code [0, 1]}; {@code NaN} when nothing was given
   */
  public double returnedShare() {
    long total = giftWeight.micros();
    return total == 0 ? Double.NaN : (double) returnedWeight.micros() / (double) total;
  }

  private OpenObligation obligationAt(int k) {
    return OpenObligation.builder()
        .creditor(creditor[k])
        .debtor(debtor[k])
        .amount(Amount.ofMicros(micros[k]))
        .since(Instant.ofEpochSecond(sinceSeconds[k], sinceNanos[k]))
        .age(Duration.ofSeconds(ageSeconds[k], ageNanos[k]))
        .overdue(overdue[k])
        .build();
  }

  private final class Obligations extends AbstractList<OpenObligation> implements RandomAccess {
    @Override
    public OpenObligation get(int index) {
      Objects.checkIndex(index, creditor.length);
      return obligationAt(index);
    }

    @Override
    public int size() {
      return creditor.length;
    }
  }

  @Override
  public boolean equals(@Nullable Object other) {
    if (this == other) {
      return true;
    }
    return other instanceof ImmediateScores o
        && window.equals(o.window)
        && giftWeight.equals(o.giftWeight)
        && returnedWeight.equals(o.returnedWeight)
        && Arrays.equals(creditor, o.creditor)
        && Arrays.equals(debtor, o.debtor)
        && Arrays.equals(micros, o.micros)
        && Arrays.equals(sinceSeconds, o.sinceSeconds)
        && Arrays.equals(sinceNanos, o.sinceNanos)
        && Arrays.equals(ageSeconds, o.ageSeconds)
        && Arrays.equals(ageNanos, o.ageNanos)
        && Arrays.equals(overdue, o.overdue);
  }

  @Override
  public int hashCode() {
    int h = Objects.hash(window, giftWeight, returnedWeight);
    h = 31 * h + Arrays.hashCode(creditor);
    h = 31 * h + Arrays.hashCode(debtor);
    h = 31 * h + Arrays.hashCode(micros);
    h = 31 * h + Arrays.hashCode(sinceSeconds);
    h = 31 * h + Arrays.hashCode(sinceNanos);
    h = 31 * h + Arrays.hashCode(ageSeconds);
    h = 31 * h + Arrays.hashCode(ageNanos);
    return 31 * h + Arrays.hashCode(overdue);
  }

  /**
   * {@code ImmediateScores{window=..., giftWeight=..., returnedWeight=..., openObligations=[...]}},
   * every obligation written.
   */
  @Override
  public String toString() {
    return "ImmediateScores{window="
        + window
        + ", giftWeight="
        + giftWeight
        + ", returnedWeight="
        + returnedWeight
        + ", openObligations="
        + openObligations()
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
   * Builds {@link ImmediateScores}, an open obligation at a time, as an object or as its parts (no
   * object kept per obligation). Not thread-safe.
   */
  public static final class Builder {

    private @Nullable Duration window;
    private @Nullable Amount giftWeight;
    private @Nullable Amount returnedWeight;
    private PartyId[] creditor = new PartyId[16];
    private PartyId[] debtor = new PartyId[16];
    private long[] micros = new long[16];
    private long[] sinceSeconds = new long[16];
    private int[] sinceNanos = new int[16];
    private long[] ageSeconds = new long[16];
    private int[] ageNanos = new int[16];
    private boolean[] overdue = new boolean[16];
    private int count;

    /**
     * Whether the columns are held by a built {@link ImmediateScores} (which took them without a
     * copy, being full): they are copied before the next write, so that what was built never
     * changes.
     */
    private boolean shared;

    /** A builder with nothing set and no open obligation. */
    public Builder() {}

    /**
     * Makes room for {@code count} open obligations in all, so that adding them copies nothing;
     * optional (the builder grows as needed).
     *
     * @param count the obligations expected, {@code >= 0}
     * @return this builder
     * @throws IllegalArgumentException if {@code count} is negative
     */
    @CanIgnoreReturnValue
    public Builder expectedOpenObligations(int count) {
      if (count < 0) {
        throw new IllegalArgumentException("count must not be negative, got " + count);
      }
      if (count > creditor.length) {
        grow(count);
      }
      return this;
    }

    /** Copies the columns into arrays of {@code capacity}; they are this builder's alone after. */
    private void grow(int capacity) {
      shared = false;
      this.creditor = Arrays.copyOf(this.creditor, capacity);
      this.debtor = Arrays.copyOf(this.debtor, capacity);
      this.micros = Arrays.copyOf(this.micros, capacity);
      this.sinceSeconds = Arrays.copyOf(this.sinceSeconds, capacity);
      this.sinceNanos = Arrays.copyOf(this.sinceNanos, capacity);
      this.ageSeconds = Arrays.copyOf(this.ageSeconds, capacity);
      this.ageNanos = Arrays.copyOf(this.ageNanos, capacity);
      this.overdue = Arrays.copyOf(this.overdue, capacity);
    }

    /**
     * Sets the return window.
     *
     * @param window the window, positive (checked by {@link #build})
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder window(Duration window) {
      this.window = Objects.requireNonNull(window, "window");
      return this;
    }

    /**
     * Sets the gift weight.
     *
     * @param giftWeight {@code >= 0} (checked by {@link #build})
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder giftWeight(Amount giftWeight) {
      this.giftWeight = Objects.requireNonNull(giftWeight, "giftWeight");
      return this;
    }

    /**
     * Sets the returned weight.
     *
     * @param returnedWeight {@code >= 0} (checked by {@link #build})
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder returnedWeight(Amount returnedWeight) {
      this.returnedWeight = Objects.requireNonNull(returnedWeight, "returnedWeight");
      return this;
    }

    /**
     * Adds an open obligation from its parts, keeping no object of it.
     *
     * @param creditor who gave
     * @param debtor who received
     * @param amountMicros what is still open, in micros, {@code > 0}
     * @param since the gift's instant
     * @param age how long it has been open, {@code >= 0}
     * @param overdue whether no return can count any more
     * @return this builder
     * @throws IllegalArgumentException if the amount is not positive or the age is negative, as
     *     {@link OpenObligation} refuses them, with its message
     */
    @CanIgnoreReturnValue
    public Builder addOpenObligation(
        PartyId creditor,
        PartyId debtor,
        long amountMicros,
        Instant since,
        Duration age,
        boolean overdue) {
      Objects.requireNonNull(since, "since");
      Objects.requireNonNull(age, "age");
      return addOpenObligation(
          creditor,
          debtor,
          amountMicros,
          since.getEpochSecond(),
          since.getNano(),
          age.getSeconds(),
          age.getNano(),
          overdue);
    }

    /**
     * Adds an open obligation from its parts as numbers, making no object at all: the instant as
     * {@link Instant#getEpochSecond()} and {@link Instant#getNano()}, the age as {@link
     * Duration#getSeconds()} and {@link Duration#getNano()}. For strategies that keep their flows
     * as columns; equal to {@link #addOpenObligation(PartyId, PartyId, long, Instant, Duration,
     * boolean)} with those values.
     *
     * @param creditor who gave
     * @param debtor who received
     * @param amountMicros what is still open, in micros, {@code > 0}
     * @param sinceEpochSecond the gift's instant: seconds from 1970-01-01T00:00:00Z, within {@link
     *     Instant#MIN} and {@link Instant#MAX}
     * @param sinceNano the gift's instant: nanoseconds of its second, in {@code [0, 999,999,999]}
     * @param ageSeconds how long it has been open: whole seconds, {@code >= 0}
     * @param ageNano how long it has been open: nanoseconds past {@code ageSeconds}, in {@code [0,
     *     999,999,999]}
     * @param overdue whether no return can count any more
     * @return this builder
     * @throws IllegalArgumentException if the amount is not positive or the age is negative, as
     *     {@link OpenObligation} refuses them, with its message
     * @throws java.time.DateTimeException if a nanosecond part is outside {@code [0, 999,999,999]}
     *     or the instant is outside {@link Instant}'s range
     */
    @CanIgnoreReturnValue
    public Builder addOpenObligation(
        PartyId creditor,
        PartyId debtor,
        long amountMicros,
        long sinceEpochSecond,
        int sinceNano,
        long ageSeconds,
        int ageNano,
        boolean overdue) {
      Objects.requireNonNull(creditor, "creditor");
      Objects.requireNonNull(debtor, "debtor");
      if (sinceNano < 0 || sinceNano > 999_999_999 || ageNano < 0 || ageNano > 999_999_999) {
        throw new java.time.DateTimeException(
            "nanoseconds must be in [0, 999999999], got "
                + sinceNano
                + " (since) and "
                + ageNano
                + " (age)");
      }
      if (amountMicros <= 0
          || ageSeconds < 0
          || sinceEpochSecond < Instant.MIN.getEpochSecond()
          || sinceEpochSecond > Instant.MAX.getEpochSecond()) {
        // the value type's own message
        var unused =
            OpenObligation.builder()
                .creditor(creditor)
                .debtor(debtor)
                .amount(Amount.ofMicros(amountMicros))
                .since(Instant.ofEpochSecond(sinceEpochSecond, sinceNano))
                .age(Duration.ofSeconds(ageSeconds, ageNano))
                .overdue(overdue)
                .build();
      }
      if (count == this.creditor.length) {
        grow(Math.max(16, 2 * count));
      } else if (shared) {
        grow(this.creditor.length);
      }
      this.creditor[count] = creditor;
      this.debtor[count] = debtor;
      this.micros[count] = amountMicros;
      this.sinceSeconds[count] = sinceEpochSecond;
      this.sinceNanos[count] = sinceNano;
      this.ageSeconds[count] = ageSeconds;
      this.ageNanos[count] = ageNano;
      this.overdue[count] = overdue;
      count++;
      return this;
    }

    /**
     * Adds an open obligation.
     *
     * @param obligation the obligation
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder addOpenObligations(OpenObligation obligation) {
      return addOpenObligation(
          obligation.creditor(),
          obligation.debtor(),
          obligation.amount().micros(),
          obligation.since(),
          obligation.age(),
          obligation.overdue());
    }

    /**
     * Adds open obligations.
     *
     * @param obligations the obligations
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder addOpenObligations(OpenObligation... obligations) {
      for (OpenObligation o : obligations) {
        addOpenObligations(o);
      }
      return this;
    }

    /**
     * Adds open obligations.
     *
     * @param obligations the obligations
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder addAllOpenObligations(Iterable<? extends OpenObligation> obligations) {
      for (OpenObligation o : obligations) {
        addOpenObligations(o);
      }
      return this;
    }

    /**
     * Replaces the open obligations added so far.
     *
     * @param obligations the obligations
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder openObligations(Iterable<? extends OpenObligation> obligations) {
      count = 0;
      return addAllOpenObligations(obligations);
    }

    /**
     * Takes another score's window and weights and adds its open obligations.
     *
     * @param scores the scores
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder from(ImmediateScores scores) {
      window(scores.window);
      giftWeight(scores.giftWeight);
      returnedWeight(scores.returnedWeight);
      for (int k = 0; k < scores.creditor.length; k++) {
        addOpenObligation(
            scores.creditor[k],
            scores.debtor[k],
            scores.micros[k],
            Instant.ofEpochSecond(scores.sinceSeconds[k], scores.sinceNanos[k]),
            Duration.ofSeconds(scores.ageSeconds[k], scores.ageNanos[k]),
            scores.overdue[k]);
      }
      return this;
    }

    /**
     * Builds the scores.
     *
     * @return the scores
     * @throws IllegalStateException if the window or a weight is not set, naming them
     * @throws IllegalArgumentException if the window is not positive or a weight is negative
     */
    public ImmediateScores build() {
      if (window == null || giftWeight == null || returnedWeight == null) {
        List<String> missing = new ArrayList<>();
        if (window == null) {
          missing.add("window");
        }
        if (giftWeight == null) {
          missing.add("giftWeight");
        }
        if (returnedWeight == null) {
          missing.add("returnedWeight");
        }
        throw new IllegalStateException(
            "Cannot build ImmediateScores, some of required attributes are not set " + missing);
      }
      if (window.isZero() || window.isNegative()) {
        throw new IllegalArgumentException("window must be positive, got " + window);
      }
      if (giftWeight.signum() < 0 || returnedWeight.signum() < 0) {
        throw new IllegalArgumentException(
            "gift and returned weight must not be negative, got "
                + giftWeight
                + " and "
                + returnedWeight);
      }
      return new ImmediateScores(this, window, giftWeight, returnedWeight);
    }
  }
}
