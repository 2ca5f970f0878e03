package dev.reciprocity.examples.cli;

import dev.reciprocity.Capacities;
import dev.reciprocity.FlowKind;
import dev.reciprocity.ReciprocityException;
import dev.reciprocity.Valuation;
import dev.reciprocity.core.ReviewSettings;
import dev.reciprocity.io.CapacitiesReader;
import dev.reciprocity.io.ValuationReader;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * The options {@code review} and {@code score} share, declared once and mixed into both
 * ({@code @Mixin}): which flows are read ({@code --flows}, {@code --rejects}, {@code --fold-case}),
 * which are kept ({@code --from}, {@code --to}, {@code --kind}), the season length, the format and
 * how many rows a list shows. Each option's description is the command's own: it is looked up by
 * its {@code descriptionKey} in the command's resource bundle ({@code ReviewCommand.properties},
 * {@code ScoreCommand.properties}). Not thread-safe: one instance per command line.
 */
final class FlowOptions {

  @Spec(Spec.Target.MIXEE)
  private CommandSpec mixee;

  @Option(names = "--flows", paramLabel = "FILE", descriptionKey = "flows")
  @Nullable Path flows;

  @Option(
      names = "--season",
      paramLabel = "month|quarter|year",
      defaultValue = "quarter",
      descriptionKey = "season")
  Season season;

  @Option(names = "--from", paramLabel = "DATE|INSTANT", descriptionKey = "from")
  @Nullable Instant from;

  @Option(names = "--to", paramLabel = "DATE|INSTANT", descriptionKey = "to")
  @Nullable Instant to;

  @Option(names = "--kind", paramLabel = "KIND", split = ",", descriptionKey = "kind")
  List<String> kinds = new ArrayList<>();

  @Option(
      names = "--format",
      paramLabel = "${bundle:format.label:-text|markdown|json}",
      defaultValue = "text",
      descriptionKey = "format")
  OutputFormat format;

  @Option(names = "--rejects", paramLabel = "FILE", descriptionKey = "rejects")
  @Nullable Path rejects;

  @Option(names = "--fold-case", descriptionKey = "fold-case")
  boolean foldCase;

  @Option(names = "--capacities", paramLabel = "FILE", descriptionKey = "capacities")
  @Nullable Path capacities;

  @Option(names = "--valuation", paramLabel = "FILE", descriptionKey = "valuation")
  @Nullable Path valuation;

  /**
   * The valuation of {@code --valuation}, read before the flows; empty without the option.
   *
   * @throws dev.reciprocity.io.ModelFileException if the file cannot be used
   */
  java.util.Optional<Valuation> valuation() {
    java.util.Optional<Valuation> v = valued;
    if (v == null) {
      v =
          valuation == null
              ? java.util.Optional.empty()
              : java.util.Optional.of(ValuationReader.read(valuation));
      valued = v;
    }
    return v;
  }

  /** The valuation once read, or null before. */
  private java.util.@Nullable Optional<Valuation> valued;

  /**
   * The unit the kinds of {@code --kind} and {@code --rule} are in: the valuation's when one is
   * given (every flow is valued in it), else {@value FlowKind#DEFAULT_UNIT}, as the CSV reads them.
   */
  String unit() {
    return valuation().map(Valuation::unit).orElse(FlowKind.DEFAULT_UNIT);
  }

  /**
   * Refuses flows whose kinds are counted in more than one unit when neither {@code --kind} selects
   * the kinds of one unit nor {@code --valuation} values them in one, as a ValueFlows file of hours
   * and counts may hold: its figures would add hours to counts.
   *
   * @param source the name of the flows' source
   * @param present the kinds of the flows read
   * @throws ReciprocityException naming the units, their kinds and the {@code --kind} of the unit
   *     with the most kinds
   */
  void checkOneUnit(String source, Collection<FlowKind> present) {
    if (!kinds.isEmpty() || valuation().isPresent()) {
      return;
    }
    SortedMap<String, SortedSet<String>> kindsByUnit = new TreeMap<>();
    for (FlowKind k : present) {
      kindsByUnit.computeIfAbsent(k.unit(), u -> new TreeSet<>()).add(k.name());
    }
    if (kindsByUnit.size() < 2) {
      return;
    }
    List<String> units = new ArrayList<>();
    SortedSet<String> most = new TreeSet<>();
    for (Map.Entry<String, SortedSet<String>> e : kindsByUnit.entrySet()) {
      units.add(e.getKey() + " (" + String.join(", ", e.getValue()) + ")");
      if (e.getValue().size() > most.size()) {
        most = e.getValue();
      }
    }
    throw new ReciprocityException(
        source
            + " holds kinds in "
            + kindsByUnit.size()
            + " units, "
            + String.join(" and ", units)
            + ", and the figures add amounts of one unit only. Fix: select the kinds of one unit with"
            + " --kind, such as --kind "
            + String.join(",", most)
            + ", or value them in one unit with --valuation.");
  }

  /**
   * The declared capacities of {@code --capacities}, read before the flows so that a bad file costs
   * no reading; {@link Capacities#none()} without the option.
   *
   * @throws dev.reciprocity.io.ModelFileException if the file cannot be used
   */
  Capacities capacities() {
    return capacities == null ? Capacities.none() : CapacitiesReader.read(capacities);
  }

  private int top = 10;

  /** Created by picocli for each command that mixes it in. */
  FlowOptions() {}

  /**
   * Sets how many entries each list or table shows.
   *
   * @param top the number, at least 1
   * @throws ParameterException if {@code top < 1}
   */
  @Option(names = "--top", paramLabel = "N", defaultValue = "10", descriptionKey = "top")
  void setTop(int top) {
    if (top < 1) {
      throw new ParameterException(
          mixee.commandLine(),
          "Invalid value for option '--top': "
              + top
              + " is less than 1; give how many entries to show, such as 10");
    }
    this.top = top;
  }

  /**
   * The settings these options give.
   *
   * @return the season, range, kinds and top
   * @throws ParameterException if {@code --to} is not after {@code --from}, or a kind is blank, too
   *     long or holds a control character
   */
  ReviewSettings settings() {
    if (from != null && to != null && !to.isAfter(from)) {
      throw new ParameterException(
          mixee.commandLine(),
          "--to " + to + " must be after --from " + from + "; the range is [from, to)");
    }
    SortedSet<FlowKind> kindSet = new TreeSet<>();
    for (String k : kinds) {
      if (k.isBlank()) {
        throw new ParameterException(
            mixee.commandLine(),
            "Invalid value for option '--kind': a kind name must not be blank, such as review");
      }
      kindSet.add(kind(k));
    }
    return new ReviewSettings(
        season.cadence(), Optional.ofNullable(from), Optional.ofNullable(to), kindSet, top);
  }

  /**
   * Reads one {@code --kind} value as a flow kind.
   *
   * @throws ParameterException if it is too long or holds a control character
   */
  private FlowKind kind(String text) {
    try {
      return FlowKind.of(text.strip(), unit());
    } catch (IllegalArgumentException e) {
      throw new ParameterException(
          mixee.commandLine(), "Invalid value for option '--kind': " + e.getMessage());
    }
  }
}
