package dev.reciprocity.benchmarks;

import java.io.OutputStream;

/** Drops what is written and counts the bytes: where benchmarks write reports. */
final class CountingSink extends OutputStream {
  long count;

  @Override
  public void write(int b) {
    count++;
  }

  @Override
  public void write(byte[] b, int off, int len) {
    count += len;
  }
}
