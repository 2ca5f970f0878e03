package dev.reciprocity.io;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/** Test input: a CSV text as the UTF-8 stream the reader reads. */
final class Csv {
  private Csv() {}

  static InputStream in(String csv) {
    return new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8));
  }
}
