package dev.reciprocity.core.internal;

import java.util.Arrays;

/** The Gini coefficient of non-negative values. */
final class Gini {

  private Gini() {}

  /**
   * {@code G = 2 sum_k k x_k / (n sum x) - (n + 1) / n} over the ascending values {@code x_1..x_n}
   * (Gini 1912; the form of Damgaard and Weiner 2000).
   *
   * @return in {@code [0, 1)}; {@code NaN} for no values or a zero sum
   */
  static double of(long[] values) {
    long[] xs = values.clone();
    Arrays.sort(xs);
    int n = xs.length;
    double sum = 0;
    double weighted = 0;
    for (int k = 0; k < n; k++) {
      sum += xs[k];
      weighted += (k + 1) * (double) xs[k];
    }
    if (n == 0 || sum == 0) {
      return Double.NaN;
    }
    // clamped: rounding can put an even distribution a hair below 0
    return Math.max(0.0, 2.0 * weighted / (n * sum) - (n + 1.0) / n);
  }
}
