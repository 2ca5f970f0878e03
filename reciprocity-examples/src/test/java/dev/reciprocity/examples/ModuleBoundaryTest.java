package dev.reciprocity.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.reciprocity.examples.cli.ReciprocityCli;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The examples and the command line use the public API only, as a host would: no main source file
 * of this module (the examples, {@code dev.reciprocity.examples.cli}) names a package called {@code
 * internal} (the API's {@code dev.reciprocity.internal}, the engine's {@code
 * dev.reciprocity.core.internal}), in an import or anywhere else, and no class compiled from them
 * refers to a class in one. The sources are read as well as the class files because a constant such
 * as {@code Texts.MAX_SHOWN} is copied into the class that uses it and leaves no reference. The
 * module boundary of the library itself is tested by reciprocity-core's {@code ModuleBoundaryTest}.
 */
class ModuleBoundaryTest {

  /** A package named internal under dev.reciprocity, in source (dots) or class file (slashes). */
  private static final Pattern INTERNAL =
      Pattern.compile("dev[./]reciprocity(?:[./][A-Za-z0-9_$]+)*?[./]internal\\b");

  @Test
  void mainSourcesNameNoInternalPackage() throws IOException {
    Path main = Path.of("src", "main");
    assertTrue(Files.isDirectory(main.resolve("java")), () -> "run from the module: " + main);
    List<String> found = new ArrayList<>();
    int files = 0;
    try (Stream<Path> paths = Files.walk(main)) {
      for (Path p : paths.filter(p -> p.toString().endsWith(".java")).sorted().toList()) {
        files++;
        found.addAll(internalReferences(p, Files.readString(p, StandardCharsets.UTF_8)));
      }
    }
    assertTrue(files >= 10, "the examples and the command line: " + files + " files");
    assertEquals(List.of(), found, "public API only");
  }

  @Test
  void compiledClassesReferToNoInternalClass() throws IOException, URISyntaxException {
    Path classes =
        Path.of(ReciprocityCli.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    List<String> found = new ArrayList<>();
    int files = 0;
    try (Stream<Path> paths = Files.walk(classes)) {
      for (Path p : paths.filter(p -> p.toString().endsWith(".class")).sorted().toList()) {
        files++;
        // class names in the constant pool are ASCII here, so ISO-8859-1 reads them as written
        found.addAll(
            internalReferences(p, new String(Files.readAllBytes(p), StandardCharsets.ISO_8859_1)));
      }
    }
    assertTrue(files >= 10, "the compiled examples and command line: " + files + " classes");
    assertEquals(List.of(), found, "public API only");
  }

  @Test
  void theCheckFindsAnInternalImportAndAFullyQualifiedUse() {
    Path p = Path.of("Bad.java");
    assertEquals(
        List.of(
            "Bad.java: dev.reciprocity.internal",
            "Bad.java: dev.reciprocity.core.internal",
            "Bad.java: dev/reciprocity/internal"),
        internalReferences(
            p,
            "import dev.reciprocity.internal.Texts;\n"
                + "int n = dev.reciprocity.core.internal.BuiltIns.MAX;\n"
                + "Ldev/reciprocity/internal/Texts;"));
    assertEquals(
        List.of(),
        internalReferences(p, "import dev.reciprocity.io.Rejection; // internally checked"));
  }

  private static List<String> internalReferences(Path file, String text) {
    List<String> found = new ArrayList<>();
    Matcher m = INTERNAL.matcher(text);
    while (m.find()) {
      found.add(file + ": " + m.group());
    }
    return found;
  }
}
