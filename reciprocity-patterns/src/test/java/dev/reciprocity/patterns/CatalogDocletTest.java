package dev.reciprocity.patterns;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.reciprocity.PatternComponent;
import dev.reciprocity.PatternComponent.Status;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The doclet and the check on fixture sources written for each test: a module {@code fixture} whose
 * class {@code demo.Fixture} implements the components a test chooses. The check bites: a component
 * marked built that nothing implements is named, and so is every other way the catalog can be
 * wrong.
 */
class CatalogDocletTest {

  @TempDir Path dir;

  private static Set<PatternComponent> modelled() {
    return java.util.Arrays.stream(PatternComponent.values())
        .filter(c -> c.status() == Status.MODELLED)
        .collect(Collectors.toCollection(() -> java.util.EnumSet.noneOf(PatternComponent.class)));
  }

  private static String annotation(Set<PatternComponent> components) {
    return "@Implements({"
        + components.stream()
            .map(c -> "PatternComponent." + c.name())
            .collect(Collectors.joining(", "))
        + "})";
  }

  /** Writes demo/Fixture.java (or another package) under fixture/src/main/java; the root. */
  private Path fixture(String pkg, String body) throws IOException {
    Path root = dir.resolve(Path.of("fixture", "src", "main", "java"));
    Path file = root.resolve(pkg.replace('.', '/')).resolve("Fixture.java");
    Files.createDirectories(file.getParent());
    Files.writeString(
        file,
        "package "
            + pkg
            + ";\n\n"
            + "import dev.reciprocity.Implements;\n"
            + "import dev.reciprocity.PatternComponent;\n\n"
            + body,
        StandardCharsets.UTF_8);
    return root;
  }

  private Path complete() throws IOException {
    return fixture("demo", annotation(modelled()) + "\npublic class Fixture {}\n");
  }

  private static String render(Path root) throws CatalogException {
    return PatternCatalog.render(List.of(root), TestClassPath.entries());
  }

  @Test
  void everyBuiltComponentImplementedRenders() throws Exception {
    String md = render(complete());

    assertTrue(md.startsWith("# Pattern catalog\n"), md);
    assertTrue(md.contains("  - `demo.Fixture` (class, fixture)\n"), md);
    assertTrue(md.contains("## Symbiotic Alignment\n"), md);
    assertTrue(md.contains("### Mutual Dependency Map\n"), md);
    // a planned component that nothing implements yet says what is missing
    assertTrue(
        md.contains(
            "- Status: not yet built: " + PatternComponent.MUTUAL_DEPENDENCY_MAP.gap().get()),
        md);
    assertTrue(md.contains("- Implemented by: nothing yet\n"), md);
  }

  @Test
  void sameSourcesGiveTheSameBytes() throws Exception {
    Path root = complete();

    assertEquals(render(root), render(root));
  }

  @Test
  void aBuiltComponentWithoutImplementationFailsNamingIt() throws Exception {
    Set<PatternComponent> all = modelled();
    all.remove(PatternComponent.RECIPROCITY_RULE);
    Path root = fixture("demo", annotation(all) + "\npublic class Fixture {}\n");

    CatalogException e = assertThrows(CatalogException.class, () -> render(root));

    assertTrue(
        e.getMessage()
            .contains(
                "pattern component RECIPROCITY_RULE (Reciprocity Rule, Symbiotic Alignment) has no"
                    + " implementation and is not marked planned: annotate the public type or"
                    + " member that implements it with @Implements(PatternComponent"
                    + ".RECIPROCITY_RULE)"),
        e.getMessage());
    assertEquals(1, count(e.getMessage(), "has no implementation"), e.getMessage());
  }

  @Test
  void everyMissingComponentIsNamed() throws Exception {
    Path root = fixture("demo", "public class Fixture {}\n");

    CatalogException e = assertThrows(CatalogException.class, () -> render(root));

    for (PatternComponent c : modelled()) {
      assertTrue(e.getMessage().contains("pattern component " + c.name() + " ("), c::name);
    }
    assertEquals(modelled().size(), count(e.getMessage(), "has no implementation"));
    assertFalse(e.getMessage().contains("MUTUAL_DEPENDENCY_MAP"), "planned: not a problem");
  }

  @Test
  void aComponentMarkedNotModelledMustNotBeImplemented() throws Exception {
    Set<PatternComponent> all = modelled();
    all.add(PatternComponent.RISK_SHARING_RULE);
    Path root = fixture("demo", annotation(all) + "\npublic class Fixture {}\n");

    CatalogException e = assertThrows(CatalogException.class, () -> render(root));

    assertTrue(
        e.getMessage()
            .contains(
                "pattern component RISK_SHARING_RULE (Risk-sharing rule (optional), Symbiotic"
                    + " Alignment) is marked not modelled but demo.Fixture implements it"),
        e.getMessage());
  }

  @Test
  void aPlannedComponentMayBePartlyBuilt() throws Exception {
    Set<PatternComponent> all = modelled();
    all.add(PatternComponent.SHARED_VALUE_METRIC);

    String md = render(fixture("demo", annotation(all) + "\npublic class Fixture {}\n"));

    assertTrue(
        md.contains(
            "- Status: partly built; not yet: " + PatternComponent.SHARED_VALUE_METRIC.gap().get()),
        md);
  }

  @Test
  void membersAreNamedWithTheirParameterTypes() throws Exception {
    String md =
        render(
            fixture(
                "demo",
                annotation(modelled())
                    + "\npublic class Fixture {\n"
                    + "  @Implements(PatternComponent.SHARED_VALUE_METRIC)\n"
                    + "  public static <T> void of(String a, int[] b, java.util.List<T> c, T d) {}\n"
                    + "  @Implements(PatternComponent.REINFORCEMENT_FEEDBACK_CHANNEL)\n"
                    + "  public static final int CHANNEL = 1;\n"
                    + "  /** Nested. */\n"
                    + "  @Implements(PatternComponent.MUTUAL_DEPENDENCY_MAP)\n"
                    + "  public interface Map { @Implements(PatternComponent.MISSED_CADENCE)"
                    + " void read(); }\n"
                    + "}\n"));

    assertTrue(md.contains("`demo.Fixture.of(String, int[], List, Object)` (method, fixture)"), md);
    assertTrue(md.contains("`demo.Fixture.CHANNEL` (field, fixture)"), md);
    assertTrue(md.contains("`demo.Fixture.Map` (interface, fixture)"), md);
    assertTrue(md.contains("`demo.Fixture.Map.read()` (method, fixture)"), md);
  }

  @Test
  void anInternalPackageIsRefused() throws Exception {
    Path root = fixture("demo.internal", annotation(modelled()) + "\npublic class Fixture {}\n");

    CatalogException e = assertThrows(CatalogException.class, () -> render(root));

    assertTrue(e.getMessage().contains("Fixture.java:"), e.getMessage());
    assertTrue(
        e.getMessage().contains("@Implements is for public API, and demo.internal is an internal"),
        e.getMessage());
  }

  @Test
  void aMemberThatIsNotPublicIsRefused() throws Exception {
    Path root =
        fixture(
            "demo",
            annotation(modelled())
                + "\npublic class Fixture {\n"
                + "  @Implements(PatternComponent.SHARED_VALUE_METRIC)\n"
                + "  void hidden() {}\n"
                + "}\n");

    CatalogException e = assertThrows(CatalogException.class, () -> render(root));

    assertTrue(
        e.getMessage().contains("@Implements is for public API, and hidden is not public"),
        e.getMessage());
  }

  @Test
  void anOutOfDateCatalogIsRewrittenAndFails() throws Exception {
    Path root = complete();
    Path catalog = dir.resolve(Path.of("docs", "PATTERNS.md"));
    Files.createDirectories(catalog.getParent());
    Files.writeString(catalog, "# Pattern catalog\n\nstale\n", StandardCharsets.UTF_8);

    CatalogException e =
        assertThrows(
            CatalogException.class,
            () ->
                PatternCatalog.check(
                    List.of(root), catalog, "docs/PATTERNS.md", TestClassPath.entries()));

    assertEquals(
        "docs/PATTERNS.md was out of date: the build rewrote it; review and commit it (first"
            + " difference at line 3)",
        e.getMessage());
    assertEquals(render(root), Files.readString(catalog, StandardCharsets.UTF_8));
    // rewritten, it is current
    PatternCatalog.check(List.of(root), catalog, "docs/PATTERNS.md", TestClassPath.entries());
  }

  @Test
  void aMissingCatalogIsWrittenAndFails() throws Exception {
    Path root = complete();
    Path catalog = dir.resolve(Path.of("docs", "PATTERNS.md"));

    CatalogException e =
        assertThrows(
            CatalogException.class,
            () ->
                PatternCatalog.check(
                    List.of(root), catalog, "docs/PATTERNS.md", TestClassPath.entries()));

    assertEquals(
        "docs/PATTERNS.md was out of date: the build rewrote it; review and commit it (it was"
            + " missing)",
        e.getMessage());
    assertTrue(Files.exists(catalog));
  }

  private static int count(String text, String part) {
    List<Integer> at = new ArrayList<>();
    for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
      at.add(i);
    }
    return at.size();
  }
}
