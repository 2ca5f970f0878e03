package dev.reciprocity.examples;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Holds the README and the code together, so that they cannot drift apart.
 *
 * <ul>
 *   <li>Every {@code ```java} block of the README is, line for line (leading indentation aside), a
 *       region of this module's sources between {@code // README:begin NAME} and {@code //
 *       README:end}; the tests of this module run that code and assert its outcomes.
 *   <li>Every such region is shown in the README.
 *   <li>Every {@code ```xml} block of the README is part of the pom of the host project that {@code
 *       reciprocity-it} builds against the installed artifacts in every {@code ./mvnw verify}, with
 *       the project's version; and the host's classes are the classes of this module that the
 *       README shows (package aside).
 * </ul>
 *
 * <p>Paths are relative to this module's directory, the working directory of its tests.
 */
class ReadmeTest {

  private static final Path ROOT = Path.of("..");
  private static final Path README = ROOT.resolve("README.md");
  private static final List<Path> SOURCES =
      List.of(Path.of("src/main/java"), Path.of("src/test/java"));
  private static final Path HOST = ROOT.resolve("reciprocity-it/src/it/host-project");
  private static final String PACKAGE = "dev/reciprocity/examples/";
  private static final String HOST_PACKAGE = "com/example/reviews/";

  /** The host's classes that are this module's, as {@code (ours, the host's)}. */
  private static final List<List<String>> MIRRORED =
      List.of(
          List.of(
              "src/main/java/" + PACKAGE + "HeroCheck.java",
              "src/main/java/" + HOST_PACKAGE + "HeroCheck.java"),
          List.of(
              "src/main/java/" + PACKAGE + "HeroWording.java",
              "src/main/java/" + HOST_PACKAGE + "HeroWording.java"),
          List.of(
              "src/test/java/" + PACKAGE + "ReviewForReviewProvider.java",
              "src/main/java/" + HOST_PACKAGE + "ReviewForReviewProvider.java"),
          List.of(
              "src/test/java/" + PACKAGE + "HostProperties.java",
              "src/test/java/" + HOST_PACKAGE + "HostProperties.java"));

  private static final Pattern BEGIN = Pattern.compile("^\\s*// README:begin (\\S+)\\s*$");
  private static final Pattern END = Pattern.compile("^\\s*// README:end\\s*$");

  /** A fenced block of the README: its language, the line of its opening fence, its lines. */
  record Block(String language, int line, List<String> lines) {}

  /** A marked region of a source file. */
  record Region(Path file, String name, int line, List<String> lines) {}

  @Test
  void everyJavaBlockOfTheReadmeIsMarkedCodeOfTheExamples() {
    List<Block> blocks = blocks("java");
    List<Region> regions = regions();
    assertFalse(blocks.isEmpty(), "README.md has no ```java block");
    List<String> missing = new ArrayList<>();
    for (Block b : blocks) {
      if (regions.stream().noneMatch(r -> normalize(r.lines()).equals(normalize(b.lines())))) {
        missing.add("README.md line " + b.line() + ", the block starting " + firstLine(b.lines()));
      }
    }
    assertTrue(
        missing.isEmpty(),
        () ->
            missing.size()
                + " java block(s) of README.md are not"
                + " the code of any region between '// README:begin NAME' and '// README:end' in"
                + " reciprocity-examples/src/main/java or src/test/java:\n  "
                + String.join("\n  ", missing)
                + "\nFix: make the README block and the example's region the same code (leading"
                + " indentation aside), and let a test of this module run and check it.");
  }

  @Test
  void everyMarkedRegionIsShownInTheReadme() {
    List<Block> blocks = blocks("java");
    List<Region> regions = regions();
    assertFalse(regions.isEmpty(), "no // README:begin region in " + SOURCES);
    List<String> unshown = new ArrayList<>();
    for (Region r : regions) {
      if (blocks.stream().noneMatch(b -> normalize(b.lines()).equals(normalize(r.lines())))) {
        unshown.add(r.file() + " line " + r.line() + ", region " + r.name());
      }
    }
    assertTrue(
        unshown.isEmpty(),
        () ->
            unshown.size()
                + " marked region(s) are in no ```java"
                + " block of README.md:\n  "
                + String.join("\n  ", unshown)
                + "\nFix: copy the region into README.md, or remove its markers.");
  }

  @Test
  void everyXmlBlockOfTheReadmeIsPartOfTheHostProjectsPom() {
    List<String> pom =
        normalize(
            read(HOST.resolve("pom.xml")).stream()
                .map(l -> l.replace("@project.version@", projectVersion()))
                .collect(Collectors.toList()));
    List<Block> blocks = blocks("xml");
    assertFalse(blocks.isEmpty(), "README.md has no ```xml block");
    for (Block b : blocks) {
      List<String> lines = normalize(b.lines());
      assertTrue(
          Collections.indexOfSubList(pom, lines) >= 0,
          () ->
              "README.md line "
                  + b.line()
                  + ": the xml block starting "
                  + firstLine(b.lines())
                  + " is not part of "
                  + HOST.resolve("pom.xml")
                  + " (with version "
                  + projectVersion()
                  + "). Fix: make the"
                  + " README show the host project's dependencies as they are.");
    }
  }

  @Test
  void theHostProjectsClassesAreTheClassesTheReadmeShows() {
    for (List<String> pair : MIRRORED) {
      Path ours = Path.of(pair.get(0));
      Path theirs = HOST.resolve(pair.get(1));
      List<String> expected =
          read(ours).stream()
              .map(
                  l ->
                      l.equals("package dev.reciprocity.examples;")
                          ? "package com.example.reviews;"
                          : l)
              .collect(Collectors.toList());
      List<String> actual = read(theirs);
      int line = 0;
      while (line < Math.min(expected.size(), actual.size())
          && expected.get(line).equals(actual.get(line))) {
        line++;
      }
      int differs = line + 1;
      assertTrue(
          expected.equals(actual),
          () ->
              theirs
                  + " differs from "
                  + ours
                  + " beyond its package, first at line "
                  + differs
                  + ". Fix: copy "
                  + ours
                  + " over it and change the package line.");
    }
  }

  private static String projectVersion() {
    String pom = String.join("\n", read(ROOT.resolve("pom.xml")));
    Matcher m =
        Pattern.compile("<artifactId>reciprocity-parent</artifactId>\\s*<version>([^<]+)</version>")
            .matcher(pom);
    assertTrue(m.find(), "no version of reciprocity-parent in ../pom.xml");
    return m.group(1);
  }

  /** The fenced blocks of the README in a language, such as {@code java}. */
  static List<Block> blocks(String language) {
    List<String> lines = read(README);
    List<Block> blocks = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).strip().equals("```" + language)) {
        int start = i;
        List<String> body = new ArrayList<>();
        for (i++; i < lines.size() && !lines.get(i).strip().equals("```"); i++) {
          body.add(lines.get(i));
        }
        assertTrue(
            i < lines.size(),
            "README.md line " + (start + 1) + ": the ```" + language + " block is not closed");
        blocks.add(new Block(language, start + 1, body));
      }
    }
    return blocks;
  }

  /** The marked regions of this module's Java sources. */
  static List<Region> regions() {
    List<Region> regions = new ArrayList<>();
    for (Path root : SOURCES) {
      List<Path> files;
      try (Stream<Path> walk = Files.walk(root)) {
        files =
            walk.filter(p -> p.toString().endsWith(".java")).sorted().collect(Collectors.toList());
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      for (Path file : files) {
        List<String> lines = read(file);
        for (int i = 0; i < lines.size(); i++) {
          Matcher m = BEGIN.matcher(lines.get(i));
          if (m.matches()) {
            int start = i;
            List<String> body = new ArrayList<>();
            for (i++; i < lines.size() && !END.matcher(lines.get(i)).matches(); i++) {
              assertFalse(
                  BEGIN.matcher(lines.get(i)).matches(),
                  file
                      + " line "
                      + (i + 1)
                      + ": a README region begins inside the region "
                      + m.group(1));
              body.add(lines.get(i));
            }
            assertTrue(
                i < lines.size(),
                file
                    + " line "
                    + (start + 1)
                    + ": the README region "
                    + m.group(1)
                    + " has no '// README:end'");
            regions.add(new Region(file, m.group(1), start + 1, body));
          }
        }
      }
    }
    return regions;
  }

  /** The lines without leading or trailing white space, and without blank first or last lines. */
  static List<String> normalize(List<String> lines) {
    List<String> stripped = lines.stream().map(String::strip).collect(Collectors.toList());
    int from = 0;
    int to = stripped.size();
    while (from < to && stripped.get(from).isEmpty()) {
      from++;
    }
    while (to > from && stripped.get(to - 1).isEmpty()) {
      to--;
    }
    return stripped.subList(from, to);
  }

  private static String firstLine(List<String> lines) {
    List<String> n = normalize(lines);
    return n.isEmpty() ? "(empty)" : "'" + n.get(0) + "'";
  }

  private static List<String> read(Path file) {
    assertTrue(
        Files.isRegularFile(file),
        () ->
            file.toAbsolutePath().normalize()
                + " is missing; the tests of reciprocity-examples run in its directory, inside a clone"
                + " of the whole repository");
    try {
      return Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
