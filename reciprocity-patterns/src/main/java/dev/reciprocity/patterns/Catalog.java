package dev.reciprocity.patterns;

import dev.reciprocity.PatternComponent;
import dev.reciprocity.PatternComponent.Seed;
import dev.reciprocity.PatternComponent.Status;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * The pattern catalog: every {@link PatternComponent} with the public types and members that
 * implement it, its completeness check ({@link #problems()}) and its Markdown ({@link
 * #markdown()}), the text of {@code docs/PATTERNS.md}.
 *
 * <p>Components appear in the order of {@link PatternComponent}, grouped by {@link Seed} in the
 * order of that enum; the implementations of a component by module, then signature. The Markdown
 * depends on nothing else (no date, no path of the machine), so the same sources give the same
 * bytes. Immutable and thread-safe.
 */
public final class Catalog {

  private final Map<PatternComponent, SortedSet<Implementation>> implementations;

  private Catalog(Map<PatternComponent, SortedSet<Implementation>> implementations) {
    this.implementations = implementations;
  }

  /**
   * Makes the catalog of the implementations found.
   *
   * @param found the implementations of each component; a component not in the map has none
   * @return the catalog
   * @throws NullPointerException if {@code found} or one of its keys, values or elements is null
   */
  public static Catalog of(Map<PatternComponent, ? extends Collection<Implementation>> found) {
    Objects.requireNonNull(found, "found");
    Map<PatternComponent, SortedSet<Implementation>> copy = new EnumMap<>(PatternComponent.class);
    for (PatternComponent c : PatternComponent.values()) {
      copy.put(c, Collections.unmodifiableSortedSet(new TreeSet<>()));
    }
    found.forEach(
        (component, list) ->
            copy.put(
                Objects.requireNonNull(component, "component"),
                Collections.unmodifiableSortedSet(new TreeSet<>(list))));
    return new Catalog(Collections.unmodifiableMap(copy));
  }

  /**
   * The implementations of a component.
   *
   * @param component the component
   * @return its implementations in the catalog's order; empty when it has none
   */
  public SortedSet<Implementation> implementationsOf(PatternComponent component) {
    return Objects.requireNonNull(implementations.get(component));
  }

  /**
   * What makes the catalog incomplete, one sentence each: a component marked {@link
   * Status#MODELLED} that nothing implements, and a component marked {@link Status#NOT_MODELLED}
   * that something implements. Each names the component's constant, name and pattern text, and says
   * what to do.
   *
   * @return the problems, in the order of the components; empty when the catalog is complete
   */
  public List<String> problems() {
    List<String> problems = new ArrayList<>();
    for (PatternComponent c : PatternComponent.values()) {
      SortedSet<Implementation> found = implementationsOf(c);
      if (c.status() == Status.MODELLED && found.isEmpty()) {
        problems.add(
            "pattern component "
                + describe(c)
                + " has no implementation and is not marked planned: annotate the public type or"
                + " member that implements it with @Implements(PatternComponent."
                + c.name()
                + "), or mark it Status.PLANNED in PatternComponent with what is missing");
      } else if (c.status() == Status.NOT_MODELLED && !found.isEmpty()) {
        problems.add(
            "pattern component "
                + describe(c)
                + " is marked not modelled but "
                + found.first().signature()
                + (found.size() > 1
                    ? " and " + (found.size() - 1) + " more implement"
                    : " implements")
                + " it: mark it Status.MODELLED or Status.PLANNED in PatternComponent, or remove"
                + " the annotation");
      }
    }
    return List.copyOf(problems);
  }

  private boolean found(PatternComponent c) {
    return !implementationsOf(c).isEmpty();
  }

  private static String describe(PatternComponent c) {
    return c.name() + " (" + c.displayName() + ", " + c.seed().title() + ")";
  }

  /**
   * How the catalog words a component's status.
   *
   * @param component the component
   * @return {@code built}, {@code partly built}, {@code not yet built} or {@code not modelled}
   */
  public String statusOf(PatternComponent component) {
    return switch (component.status()) {
      case MODELLED -> "built";
      case PLANNED -> implementationsOf(component).isEmpty() ? "not yet built" : "partly built";
      case NOT_MODELLED -> "not modelled";
    };
  }

  /**
   * The catalog as Markdown: an introduction with the counts, a table of what is not built, then
   * per pattern text each component with its description, status and implementations.
   *
   * @return the text of {@code docs/PATTERNS.md}, lines ending in {@code \n}
   */
  public String markdown() {
    StringBuilder md = new StringBuilder();
    md.append("# Pattern catalog\n\n");
    md.append(
        "<!-- Written by ./mvnw verify (reciprocity-patterns: CatalogDoclet and"
            + " CommittedCatalogTest) from\n"
            + "     dev.reciprocity.PatternComponent and the @Implements annotations in the sources."
            + " Do not edit\n"
            + "     this file: change those and run the build, which rewrites it. -->\n\n");
    md.append(
        String.join(
            "\n",
            "Every component of the five pattern texts the project started from (their titles are"
                + " in",
            "[design.md, section 1.2](design.md#sources)), the pattern text it comes from, and the"
                + " public",
            "types and members of the library that implement it. The components, their"
                + " descriptions (in the",
            "project's own words) and their status are the enum"
                + " `dev.reciprocity.PatternComponent`; a",
            "type or member names what it implements with `@dev.reciprocity.Implements`."
                + " `./mvnw verify`",
            "writes this file from them, and fails when it differs from the committed one or when"
                + " a component",
            "marked built has no implementation.",
            "",
            "Status: **built** (implemented, with its limit where it has one); **partly built** and"
                + " **not yet",
            "built** (planned: what is missing is said, and [design.md, section"
                + " 6](design.md#not-yet-built) lists",
            "it); **not modelled** (left out on purpose, with the reason). A failure mode is"
                + " implemented by",
            "the finding type that names it and by the check that finds it.",
            "",
            ""));
    int[] counts = new int[4];
    String[] labels = {"built", "partly built", "not yet built", "not modelled"};
    for (PatternComponent c : PatternComponent.values()) {
      counts[List.of(labels).indexOf(statusOf(c))]++;
    }
    md.append("Of ").append(PatternComponent.values().length).append(" components: ");
    for (int i = 0; i < labels.length; i++) {
      md.append(i == 0 ? "" : i == labels.length - 1 ? " and " : ", ")
          .append(counts[i])
          .append(' ')
          .append(labels[i]);
    }
    md.append(".\n\n");

    md.append("## What is not built\n\n");
    md.append("| component | pattern text | status | what is missing, or why it is left out |\n");
    md.append("|---|---|---|---|\n");
    for (Status wanted : List.of(Status.PLANNED, Status.NOT_MODELLED)) {
      for (PatternComponent c : PatternComponent.values()) {
        if (c.status() == wanted) {
          md.append("| ")
              .append(c.displayName())
              .append(" | ")
              .append(c.seed().title())
              .append(" | ")
              .append(statusOf(c))
              .append(" | ")
              .append(c.gap().orElse(""))
              .append(" |\n");
        }
      }
    }
    md.append('\n');

    for (Seed seed : Seed.values()) {
      md.append("## ").append(seed.title()).append("\n\n");
      for (PatternComponent c : PatternComponent.values()) {
        if (c.seed() == seed) {
          appendComponent(md, c);
        }
      }
    }
    return md.toString();
  }

  private void appendComponent(StringBuilder md, PatternComponent c) {
    md.append("### ").append(c.displayName()).append("\n\n");
    md.append(c.description()).append("\n\n");
    md.append("- Pattern text: ").append(c.seed().title()).append('\n');
    md.append("- Constant: `PatternComponent.").append(c.name()).append("`\n");
    md.append("- Status: ").append(statusOf(c));
    if (c.gap().isPresent()) {
      String joint =
          switch (c.status()) {
            case MODELLED -> "; limit: ";
            case PLANNED -> found(c) ? "; not yet: " : ": ";
            case NOT_MODELLED -> ": ";
          };
      md.append(joint).append(c.gap().get());
    }
    md.append('\n');
    SortedSet<Implementation> found = implementationsOf(c);
    if (found.isEmpty()) {
      md.append("- Implemented by: nothing yet\n\n");
      return;
    }
    md.append("- Implemented by:\n");
    for (Implementation i : found) {
      md.append("  - `")
          .append(i.signature())
          .append("` (")
          .append(i.kind())
          .append(", ")
          .append(i.module())
          .append(")\n");
    }
    md.append('\n');
  }
}
