package dev.reciprocity.patterns;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The build's check of the pattern catalog: renders it from the sources of reciprocity-api, -core,
 * -io and -examples and fails, naming them, when a component marked built has no implementation or
 * an annotation is on an element that is not public API; and when the committed docs/PATTERNS.md
 * differs, after rewriting it ("docs/PATTERNS.md was out of date: the build rewrote it; review and
 * commit it"). Runs from this module's directory, as Surefire runs it.
 */
class CommittedCatalogTest {

  @Test
  void committedCatalogIsCurrent() throws CatalogException {
    Path repository = Path.of("..").toAbsolutePath().normalize();
    assertTrue(
        Files.isDirectory(repository.resolve("reciprocity-api")),
        () -> "run from the module's directory: " + repository);
    PatternCatalog.check(repository, TestClassPath.entries());
  }
}
