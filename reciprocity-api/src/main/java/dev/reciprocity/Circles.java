package dev.reciprocity;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A community's circles as a table of {@link Membership}s: at any instant each party belongs to at
 * most one circle, and no circle belongs, directly or not, to itself, so the circles form a forest
 * (person, role, circle, organisation). Immutable and thread-safe.
 */
@Implements(PatternComponent.CIRCLES)
public final class Circles {

  private static final Circles NONE = new Circles(List.of());

  private final List<Membership> all;
  private final Map<PartyId, List<Membership>> byMember;

  private Circles(List<Membership> all) {
    this.all = all;
    Map<PartyId, List<Membership>> map = new HashMap<>();
    for (Membership m : all) {
      map.computeIfAbsent(m.member(), p -> new ArrayList<>()).add(m);
    }
    this.byMember = map;
  }

  /**
   * No circle.
   *
   * @return the empty table
   */
  public static Circles none() {
    return NONE;
  }

  /**
   * A table of memberships.
   *
   * @param memberships the memberships, in any order
   * @return the table
   * @throws NullPointerException if the list or an element is null
   * @throws IllegalArgumentException if a party belongs to two circles at once (both are named), or
   *     a circle belongs to itself through others at some instant (the cycle is named)
   */
  public static Circles of(List<Membership> memberships) {
    List<Membership> copy = List.copyOf(memberships);
    Map<PartyId, List<Membership>> seen = new HashMap<>();
    for (Membership m : copy) {
      for (Membership other : seen.getOrDefault(m.member(), List.of())) {
        if (Effective.overlap(m, other)) {
          throw new IllegalArgumentException(
              m.member()
                  + " belongs to two circles at once, "
                  + other.circle()
                  + " and "
                  + m.circle()
                  + "; end one membership where the other begins");
        }
      }
      seen.computeIfAbsent(m.member(), p -> new ArrayList<>()).add(m);
    }
    Circles circles = new Circles(copy);
    // a cycle needs every membership on it in effect at once; each starts at some membership's
    // start (or at the beginning of time), so checking at those instants finds every cycle
    Set<Instant> starts = new HashSet<>();
    for (Membership m : copy) {
      starts.add(m.effectiveFrom().orElse(Instant.MIN));
    }
    for (Instant at : starts) {
      for (Membership m : copy) {
        if (m.effectiveAt(at)) {
          circles.pathUp(m.member(), at);
        }
      }
    }
    return circles;
  }

  /**
   * The circle a party belongs to at an instant.
   *
   * @param party the party
   * @param instant the instant
   * @return the circle; empty when it belongs to none then
   */
  public Optional<PartyId> circleOf(PartyId party, Instant instant) {
    Objects.requireNonNull(party, "party");
    Objects.requireNonNull(instant, "instant");
    for (Membership m : byMember.getOrDefault(party, List.of())) {
      if (m.effectiveAt(instant)) {
        return Optional.of(m.circle());
      }
    }
    return Optional.empty();
  }

  /**
   * The party a party rolls up to at an instant, {@code levels} circles up: its circle for 1, that
   * circle's circle for 2, and so on, stopping at a circle that belongs to none.
   *
   * @param party the party
   * @param instant the instant
   * @param levels how many circles up, at least 0 (0: the party itself)
   * @return the party it rolls up to
   * @throws IllegalArgumentException if {@code levels} is negative
   */
  public PartyId rollUp(PartyId party, Instant instant, int levels) {
    if (levels < 0) {
      throw new IllegalArgumentException("levels must not be negative, got " + levels);
    }
    PartyId at = party;
    for (int k = 0; k < levels; k++) {
      Optional<PartyId> up = circleOf(at, instant);
      if (up.isEmpty()) {
        break;
      }
      at = up.get();
    }
    return at;
  }

  /** Walks up from a party, refusing a cycle. */
  private void pathUp(PartyId party, Instant at) {
    List<PartyId> path = new ArrayList<>();
    PartyId current = party;
    while (true) {
      if (path.contains(current)) {
        path.add(current);
        throw new IllegalArgumentException(
            "the circles form a cycle at "
                + (at.equals(Instant.MIN) ? "the start" : at.toString())
                + ": "
                + String.join(" -> ", path.stream().map(PartyId::value).toList())
                + "; a circle cannot belong to itself");
      }
      path.add(current);
      Optional<PartyId> up = circleOf(current, at);
      if (up.isEmpty()) {
        return;
      }
      current = up.get();
    }
  }

  /**
   * Every membership, in the order given.
   *
   * @return an unmodifiable list
   */
  public List<Membership> all() {
    return Collections.unmodifiableList(all);
  }

  /**
   * Whether there is no membership.
   *
   * @return true for the empty table
   */
  public boolean isEmpty() {
    return all.isEmpty();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Circles c && all.equals(c.all);
  }

  @Override
  public int hashCode() {
    return all.hashCode();
  }

  @Override
  public String toString() {
    return "Circles" + all;
  }
}
