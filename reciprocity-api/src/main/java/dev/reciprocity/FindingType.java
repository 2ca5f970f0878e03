package dev.reciprocity;

import dev.reciprocity.internal.Texts;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The pattern a {@link Finding} names: an open value, so that a host's own {@link
 * dev.reciprocity.spi.BalanceCheck} can name failure modes of its own next to the built-in ones
 * (the pattern texts Social Reciprocity Architecture, Collaborative Reciprocity, Community OS /
 * Reciprocity: docs/design.md, section 1.2).
 *
 * <p>A name is 1 to {@value #MAX_LENGTH} characters of ASCII letters, digits and underscores,
 * starting with a letter, by convention in upper case: {@code CHRONIC_GIVER}, {@code SLOW_REVIEW}.
 * Two types are equal when their names are equal. Immutable, value-based and thread-safe; ordered
 * by name.
 */
public final class FindingType implements Comparable<FindingType> {

  /** The longest name accepted: {@value}. */
  public static final int MAX_LENGTH = 64;

  /**
   * Burnout risk: a party's give share lies above the tolerance band in {@code k} consecutive
   * seasons. "Consistent givers without receiving become resentful."
   */
  @Implements(PatternComponent.CHRONIC_GIVER)
  public static final FindingType CHRONIC_GIVER = new FindingType("CHRONIC_GIVER");

  /**
   * Obligation risk: a party's give share lies below the tolerance band in {@code k} consecutive
   * seasons. "Consistent receivers without giving feel obligated."
   */
  @Implements(PatternComponent.CHRONIC_RECEIVER)
  public static final FindingType CHRONIC_RECEIVER = new FindingType("CHRONIC_RECEIVER");

  /**
   * One party carries the team: its share of all giving of a kind in a season lies above a
   * threshold. "Heroes burn out, and the team never learns to carry the load."
   */
  @Implements(PatternComponent.HERO)
  public static final FindingType HERO = new FindingType("HERO");

  /**
   * A member who cannot leave: a party's inflow of a kind it depends on is concentrated on one
   * giver (Herfindahl-Hirschman index of its givers' shares, and the top giver's share).
   */
  @Implements(PatternComponent.DEPENDENCY_LOCK_IN)
  public static final FindingType DEPENDENCY_LOCK_IN = new FindingType("DEPENDENCY_LOCK_IN");

  /**
   * One exit that would take others down: if the party stopped giving, several others would lose
   * most of what they receive.
   */
  @Implements(PatternComponent.FRAGILITY_CONTAGION)
  public static final FindingType FRAGILITY_CONTAGION = new FindingType("FRAGILITY_CONTAGION");

  /**
   * Totals that grow while someone is drained: the network's total weight grows season over season
   * while a party's net balance falls (a false shared-value metric).
   */
  @Implements({PatternComponent.DISGUISED_EXTRACTION, PatternComponent.FALSE_SHARED_VALUE_METRIC})
  public static final FindingType DISGUISED_EXTRACTION = new FindingType("DISGUISED_EXTRACTION");

  /**
   * A commons sliding into a market: most returns are matched tit-for-tat (same kind, same amount,
   * within a short lag). The network's finding.
   */
  @Implements(PatternComponent.BARTER_DRIFT)
  public static final FindingType BARTER_DRIFT = new FindingType("BARTER_DRIFT");

  /**
   * An imbalance that grows with nobody acting: what one party owes another grows season over
   * season with no adjustment recorded between them.
   */
  @Implements(PatternComponent.SILENT_ACCUMULATION)
  public static final FindingType SILENT_ACCUMULATION = new FindingType("SILENT_ACCUMULATION");

  /** A chronic giver who stops: a party that gave far above the band has stopped giving. */
  @Implements(PatternComponent.DEPLETION_CHURN)
  public static final FindingType DEPLETION_CHURN = new FindingType("DEPLETION_CHURN");

  /**
   * A review that is overdue: an agreement's terms were not reviewed within its review cadence. A
   * gentle reminder, not an alarm.
   */
  @Implements(PatternComponent.MISSED_CADENCE)
  public static final FindingType MISSED_CADENCE = new FindingType("MISSED_CADENCE");

  /**
   * A developmental return that is late: a gift under a developmental rule whose return window has
   * closed without a return.
   */
  @Implements(PatternComponent.OVERDUE_RETURN)
  public static final FindingType OVERDUE_RETURN = new FindingType("OVERDUE_RETURN");

  private final String name;

  private FindingType(String name) {
    this.name = name;
  }

  /**
   * Returns the type with the given name.
   *
   * @param name 1 to {@value #MAX_LENGTH} ASCII letters, digits and underscores, starting with a
   *     letter, such as {@code "SLOW_REVIEW"}
   * @return the type
   * @throws NullPointerException if {@code name} is null
   * @throws IllegalArgumentException if {@code name} is empty, longer than {@value #MAX_LENGTH}
   *     characters, or holds another character
   */
  public static FindingType of(String name) {
    Objects.requireNonNull(name, "finding type name must not be null");
    if (name.isEmpty() || name.length() > MAX_LENGTH || !isName(name)) {
      throw new IllegalArgumentException(
          "finding type name "
              + Texts.quote(name)
              + " is not 1 to "
              + MAX_LENGTH
              + " ASCII letters, digits and underscores starting with"
              + " a letter; write it like SLOW_REVIEW");
    }
    return new FindingType(name);
  }

  private static boolean isName(String s) {
    char first = s.charAt(0);
    if (!((first >= 'A' && first <= 'Z') || (first >= 'a' && first <= 'z'))) {
      return false;
    }
    for (int i = 1; i < s.length(); i++) {
      char c = s.charAt(i);
      boolean ok =
          (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_';
      if (!ok) {
        return false;
      }
    }
    return true;
  }

  /**
   * The type's name.
   *
   * @return the name, such as {@code "CHRONIC_GIVER"}
   */
  public String name() {
    return name;
  }

  @Override
  public int compareTo(FindingType other) {
    return name.compareTo(other.name);
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof FindingType other && other.name.equals(name);
  }

  @Override
  public int hashCode() {
    return name.hashCode();
  }

  /** Returns {@link #name()}. */
  @Override
  public String toString() {
    return name;
  }
}
