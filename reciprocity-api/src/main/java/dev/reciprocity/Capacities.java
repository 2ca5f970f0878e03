package dev.reciprocity;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * The declared capacities of a community ({@link Capacity}): at most one in effect per party at any
 * instant. Immutable and thread-safe.
 */
@Implements(PatternComponent.PROPORTIONAL_RECIPROCITY)
public final class Capacities {

  private static final Capacities NONE = new Capacities(List.of());

  private final List<Capacity> all;
  private final Map<PartyId, List<Capacity>> byParty;

  private Capacities(List<Capacity> all) {
    this.all = all;
    Map<PartyId, List<Capacity>> map = new HashMap<>();
    for (Capacity c : all) {
      map.computeIfAbsent(c.party(), p -> new ArrayList<>()).add(c);
    }
    this.byParty = map;
  }

  /**
   * No capacity declared.
   *
   * @return the empty table
   */
  public static Capacities none() {
    return NONE;
  }

  /**
   * A table of capacities.
   *
   * @param capacities the capacities, in any order
   * @return the table
   * @throws NullPointerException if the list or an element is null
   * @throws IllegalArgumentException if two capacities of one party are in effect at the same
   *     instant; the message names both
   */
  public static Capacities of(List<Capacity> capacities) {
    List<Capacity> copy = List.copyOf(capacities);
    Map<PartyId, List<Capacity>> seen = new HashMap<>();
    for (Capacity c : copy) {
      for (Capacity other : seen.getOrDefault(c.party(), List.of())) {
        if (Effective.overlap(c, other)) {
          throw new IllegalArgumentException(
              "two capacities of "
                  + c.party()
                  + " are in effect at once: "
                  + describe(other)
                  + " and "
                  + describe(c)
                  + "; give each period of a party one capacity");
        }
      }
      seen.computeIfAbsent(c.party(), p -> new ArrayList<>()).add(c);
    }
    return new Capacities(copy);
  }

  private static String describe(Capacity c) {
    return c.capacity()
        + " from "
        + c.effectiveFrom().map(Instant::toString).orElse("always")
        + " to "
        + c.effectiveTo().map(Instant::toString).orElse("for good");
  }

  /**
   * The party's capacity in effect at an instant.
   *
   * @param party the party
   * @param instant the instant
   * @return the capacity; empty when none is declared then
   */
  public OptionalDouble at(PartyId party, Instant instant) {
    Objects.requireNonNull(party, "party");
    Objects.requireNonNull(instant, "instant");
    for (Capacity c : byParty.getOrDefault(party, List.of())) {
      if (c.effectiveAt(instant)) {
        return OptionalDouble.of(c.capacity());
      }
    }
    return OptionalDouble.empty();
  }

  /**
   * Every capacity, in the order given.
   *
   * @return an unmodifiable list
   */
  public List<Capacity> all() {
    return Collections.unmodifiableList(all);
  }

  /**
   * Whether no capacity is declared.
   *
   * @return true for the empty table
   */
  public boolean isEmpty() {
    return all.isEmpty();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Capacities c && all.equals(c.all);
  }

  @Override
  public int hashCode() {
    return all.hashCode();
  }

  @Override
  public String toString() {
    return "Capacities" + all;
  }
}
