package dev.reciprocity.patterns;

import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The test JVM's class path, which holds every module the catalog documents. */
final class TestClassPath {

  private TestClassPath() {}

  static List<Path> entries() {
    List<Path> entries = new ArrayList<>();
    for (String entry : System.getProperty("java.class.path", "").split(File.pathSeparator, -1)) {
      if (!entry.isEmpty()) {
        entries.add(Path.of(entry));
      }
    }
    return entries;
  }
}
