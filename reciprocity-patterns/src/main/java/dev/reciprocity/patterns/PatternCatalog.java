package dev.reciprocity.patterns;

import java.io.File;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.DocumentationTool;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * Runs {@link CatalogDoclet} through the JDK's documentation tool ({@link
 * ToolProvider#getSystemDocumentationTool()}) and keeps {@code docs/PATTERNS.md} current: {@link
 * #check(Path, List)} renders the catalog from the sources of {@link #MODULES} and, when the
 * committed file differs or is missing, writes the new one in its place and fails, as Spotless does
 * with formatting. The build calls it from {@code CommittedCatalogTest} in every {@code ./mvnw
 * verify}. Stateless; each call runs javadoc afresh in the calling thread.
 *
 * <p>By hand, from the repository's root, with the module's test class path: {@code java -cp
 * CLASSPATH dev.reciprocity.patterns.PatternCatalog [REPOSITORY]}.
 */
public final class PatternCatalog {

  /** The modules whose sources the catalog reads, in the repository's root. */
  public static final List<String> MODULES =
      List.of("reciprocity-api", "reciprocity-core", "reciprocity-io", "reciprocity-examples");

  /** Where the catalog is committed, relative to the repository's root. */
  public static final String CATALOG = "docs/PATTERNS.md";

  private PatternCatalog() {}

  /**
   * Renders the catalog of the sources of {@link #MODULES} and compares it with the committed
   * {@value #CATALOG}; when that differs or is missing, writes the rendered catalog there and
   * fails.
   *
   * @param repository the repository's root directory
   * @param classPath where the classes the sources name are: the modules' own classes and their
   *     dependencies
   * @throws CatalogException when the catalog cannot be rendered (a component marked built has no
   *     implementation, an annotation is on an element that is not public API, the sources do not
   *     compile), naming every problem; or when the committed file was out of date, after rewriting
   *     it
   * @throws UncheckedIOException when a file cannot be read or written
   */
  public static void check(Path repository, List<Path> classPath) throws CatalogException {
    List<Path> roots = new ArrayList<>();
    for (String module : MODULES) {
      roots.add(repository.resolve(module).resolve(Path.of("src", "main", "java")));
    }
    check(roots, repository.resolve(CATALOG), CATALOG, classPath);
  }

  /**
   * Renders the catalog of the sources under {@code sourceRoots} and compares it with {@code
   * catalog}; when that differs or is missing, writes the rendered catalog there and fails.
   *
   * @param sourceRoots the directories of the packages, such as {@code
   *     reciprocity-api/src/main/java}
   * @param catalog the committed catalog
   * @param shown how the message names {@code catalog}
   * @param classPath where the classes the sources name are
   * @throws CatalogException when the catalog cannot be rendered, or after rewriting an out of date
   *     {@code catalog}
   * @throws UncheckedIOException when a file cannot be read or written
   */
  public static void check(List<Path> sourceRoots, Path catalog, String shown, List<Path> classPath)
      throws CatalogException {
    String rendered = render(sourceRoots, classPath);
    try {
      String committed =
          Files.exists(catalog) ? Files.readString(catalog, StandardCharsets.UTF_8) : null;
      if (rendered.equals(committed)) {
        return;
      }
      Path parent = catalog.toAbsolutePath().getParent();
      Files.createDirectories(parent);
      Path temporary = Files.createTempFile(parent, ".PATTERNS", ".tmp");
      Files.writeString(temporary, rendered, StandardCharsets.UTF_8);
      Files.move(temporary, catalog, StandardCopyOption.REPLACE_EXISTING);
      throw new CatalogException(
          shown
              + " was out of date: the build rewrote it; review and commit it ("
              + (committed == null ? "it was missing" : firstDifference(committed, rendered))
              + ")");
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read or write " + catalog, e);
    }
  }

  private static String firstDifference(String committed, String rendered) {
    List<String> a = committed.lines().collect(Collectors.toList());
    List<String> b = rendered.lines().collect(Collectors.toList());
    int line = 0;
    while (line < a.size() && line < b.size() && a.get(line).equals(b.get(line))) {
      line++;
    }
    return line < a.size() || line < b.size()
        ? "first difference at line " + (line + 1)
        : "the lines are the same; their ends differ";
  }

  /**
   * Renders the catalog of the sources under {@code sourceRoots}: every {@code .java} file below
   * them but {@code module-info.java}, read by javadoc as packages on the class path.
   *
   * @param sourceRoots the directories of the packages
   * @param classPath where the classes the sources name are
   * @return the catalog's Markdown
   * @throws CatalogException when the doclet or javadoc reports an error, with every error
   * @throws UncheckedIOException when a source cannot be listed or the output read
   */
  public static String render(List<Path> sourceRoots, List<Path> classPath)
      throws CatalogException {
    DocumentationTool tool = ToolProvider.getSystemDocumentationTool();
    if (tool == null) {
      throw new CatalogException(
          "no documentation tool: run the build with a JDK (its jdk.javadoc module), not a JRE");
    }
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    StringWriter log = new StringWriter();
    Path output = null;
    try (StandardJavaFileManager files =
        tool.getStandardFileManager(diagnostics, Locale.ROOT, StandardCharsets.UTF_8)) {
      output = Files.createTempFile("PATTERNS", ".md");
      List<String> options =
          List.of(
              "-private",
              "-quiet",
              "--release",
              "17",
              "-encoding",
              "UTF-8",
              "-classpath",
              classPath.stream()
                  .map(Path::toString)
                  .collect(Collectors.joining(File.pathSeparator)),
              "--catalog",
              output.toString());
      Iterable<? extends JavaFileObject> units =
          files.getJavaFileObjectsFromPaths(sources(sourceRoots));
      boolean ok =
          tool.getTask(log, files, diagnostics, CatalogDoclet.class, options, units).call();
      if (!ok) {
        throw new CatalogException(errors(diagnostics, log));
      }
      return Files.readString(output, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot render the pattern catalog", e);
    } finally {
      if (output != null) {
        try {
          Files.deleteIfExists(output);
        } catch (IOException e) {
          // a temporary file left behind costs nothing
        }
      }
    }
  }

  private static List<Path> sources(List<Path> roots) throws IOException {
    List<Path> sources = new ArrayList<>();
    for (Path root : roots) {
      if (!Files.isDirectory(root)) {
        throw new IOException("no source directory " + root);
      }
      try (Stream<Path> walk = Files.walk(root)) {
        walk.filter(p -> p.toString().endsWith(".java"))
            .filter(p -> !p.getFileName().toString().equals("module-info.java"))
            .sorted()
            .forEach(sources::add);
      }
    }
    return sources;
  }

  private static String errors(DiagnosticCollector<JavaFileObject> diagnostics, StringWriter log) {
    List<String> errors = new ArrayList<>();
    for (Diagnostic<? extends JavaFileObject> d : diagnostics.getDiagnostics()) {
      if (d.getKind() != Diagnostic.Kind.ERROR) {
        continue;
      }
      JavaFileObject source = d.getSource();
      String where =
          source == null
              ? ""
              : Path.of(source.toUri()).getFileName() + ":" + d.getLineNumber() + ": ";
      errors.add(where + d.getMessage(Locale.ROOT));
    }
    if (errors.isEmpty()) {
      errors.add(log.toString().strip());
    }
    return "the pattern catalog was not written:\n  " + String.join("\n  ", errors);
  }

  /**
   * Checks the committed catalog of the repository in the first argument (default: the working
   * directory), with this JVM's class path; exits 1 after printing the problem.
   *
   * @param args {@code [REPOSITORY]}
   */
  public static void main(String[] args) {
    Path repository = Path.of(args.length > 0 ? args[0] : ".");
    List<Path> classPath = new ArrayList<>();
    for (String entry : System.getProperty("java.class.path", "").split(File.pathSeparator, -1)) {
      if (!entry.isEmpty()) {
        classPath.add(Path.of(entry));
      }
    }
    try {
      check(repository, classPath);
      System.out.println(CATALOG + " is up to date");
    } catch (CatalogException e) {
      System.err.println(e.getMessage());
      System.exit(1);
    }
  }
}
