package dev.reciprocity.core;

import dev.reciprocity.Cadence;
import dev.reciprocity.FlowKind;
import dev.reciprocity.Interval;
import dev.reciprocity.ReciprocityException;
import dev.reciprocity.internal.Texts;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * What a {@link ReviewReport} looks at: the cadence of its seasons, an optional time range, the
 * kinds kept and how many entries each list shows. Immutable and thread-safe.
 *
 * <pre>{@code
 * ReviewSettings settings = ReviewSettings.of(Cadence.quarterly())
 *     .withRange(Optional.of(Instant.parse("2024-01-01T00:00:00Z")), Optional.empty());
 * }</pre>
 *
 * @param cadence the seasons of the latest complete season and of chronic findings
 * @param from first instant kept, inclusive; empty keeps every flow from the first on
 * @param to first instant no longer kept, exclusive; empty keeps every flow up to the last
 * @param kinds the kinds kept; empty keeps every kind
 * @param top the most entries per list of a review, at least 1
 */
public record ReviewSettings(
    Cadence cadence,
    Optional<Instant> from,
    Optional<Instant> to,
    SortedSet<FlowKind> kinds,
    int top) {

  /**
   * Validates and copies the components.
   *
   * @throws NullPointerException if a component is null
   * @throws IllegalArgumentException if {@code top < 1}, or {@code to} is not after {@code from}
   */
  public ReviewSettings {
    Objects.requireNonNull(cadence, "cadence");
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    kinds =
        Collections.unmodifiableSortedSet(new TreeSet<>(Objects.requireNonNull(kinds, "kinds")));
    if (top < 1) {
      throw new IllegalArgumentException("top must be at least 1, got " + top);
    }
    if (from.isPresent() && to.isPresent() && !to.get().isAfter(from.get())) {
      throw new IllegalArgumentException("to " + to.get() + " must be after from " + from.get());
    }
  }

  /**
   * Returns the settings of a review of every flow, every kind, with {@value
   * ReciprocityReviews#DEFAULT_LIMIT} entries per list.
   *
   * @param cadence the seasons
   * @return the settings
   * @throws NullPointerException if {@code cadence} is null
   */
  public static ReviewSettings of(Cadence cadence) {
    return new ReviewSettings(
        cadence,
        Optional.empty(),
        Optional.empty(),
        new TreeSet<>(),
        ReciprocityReviews.DEFAULT_LIMIT);
  }

  /**
   * Returns the same settings with a time range.
   *
   * @param from first instant kept, inclusive; empty for no lower bound
   * @param to first instant no longer kept, exclusive; empty for no upper bound
   * @return the settings
   * @throws IllegalArgumentException if {@code to} is not after {@code from}
   */
  public ReviewSettings withRange(Optional<Instant> from, Optional<Instant> to) {
    return new ReviewSettings(cadence, from, to, kinds, top);
  }

  /**
   * Returns the same settings keeping only some kinds.
   *
   * @param kinds the kinds kept; empty keeps every kind
   * @return the settings
   */
  public ReviewSettings withKinds(SortedSet<FlowKind> kinds) {
    return new ReviewSettings(cadence, from, to, kinds, top);
  }

  /**
   * Returns the same settings with another number of entries per list.
   *
   * @param top the most entries per list, at least 1
   * @return the settings
   * @throws IllegalArgumentException if {@code top < 1}
   */
  public ReviewSettings withTop(int top) {
    return new ReviewSettings(cadence, from, to, kinds, top);
  }

  /**
   * Selects the flows these settings look at: those of {@link #kinds()} (all when empty) with an
   * instant in {@code [from, to)}.
   *
   * @param source the name of the flows' source, for messages
   * @param all the flows
   * @return the flows kept; not empty
   * @throws ReciprocityException if there is no flow, a selected kind never occurs, or no flow is
   *     left; the message says what to change (with the command line's option names, {@code
   *     --kind}, {@code --from} and {@code --to}, which match these settings' attributes)
   */
  public LedgerSnapshot select(String source, LedgerSnapshot all) {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(all, "all");
    if (all.size() == 0) {
      throw new ReciprocityException(
          source + " holds no flow. Fix: give a file with at least one flow after its header.");
    }
    Instant sourceFirst = all.firstInstant().orElseThrow();
    Instant sourceLast = all.lastInstant().orElseThrow();
    SortedSet<FlowKind> present = all.kinds();
    List<String> unknown =
        kinds.stream()
            .filter(k -> !present.contains(k))
            .map(FlowKind::name)
            .collect(Collectors.toList());
    if (!unknown.isEmpty()) {
      throw new ReciprocityException(
          source
              + " has no flow of kind "
              + names(unknown)
              + ". Fix: use --kind with one of the kinds it holds ("
              + names(present.stream().map(FlowKind::name).collect(Collectors.toList()))
              + "), or leave --kind out to take every kind.");
    }
    Instant start = from.orElse(sourceFirst);
    // the first whole second after the last flow: an exclusive end that keeps it
    Instant end = to.orElse(sourceLast.truncatedTo(ChronoUnit.SECONDS).plusSeconds(1));
    LedgerSnapshot kept =
        end.isAfter(start)
            ? all.ofKinds(kinds).between(Interval.between(start, end))
            : LedgerSnapshot.of(List.of());
    if (kept.size() == 0) {
      throw new ReciprocityException(
          source
              + " has no flow"
              + (kinds.isEmpty()
                  ? ""
                  : " of kind "
                      + names(kinds.stream().map(FlowKind::name).collect(Collectors.toList())))
              + from.map(f -> " at or after " + f).orElse("")
              + (from.isPresent() && to.isPresent() ? " and" : "")
              + to.map(t -> " before " + t).orElse("")
              + "; its flows run from "
              + sourceFirst
              + " to "
              + sourceLast
              + ". Fix: choose --from and --to inside that span"
              + (kinds.isEmpty() ? "" : ", or other kinds")
              + ".");
    }
    return kept;
  }

  /** Kind names for a message: the first 12, then how many more. */
  private static String names(List<String> names) {
    String shown = names.stream().limit(12).map(Texts::shown).collect(Collectors.joining(", "));
    return names.size() > 12 ? shown + " and " + (names.size() - 12) + " more" : shown;
  }
}
