package dev.reciprocity.patterns;

import java.util.Comparator;
import java.util.Objects;

/**
 * One public type or member that carries {@link dev.reciprocity.Implements}: how the catalog names
 * it. Immutable and thread-safe.
 *
 * @param signature the qualified name of a type ({@code dev.reciprocity.Agreement.Adjustment}), of
 *     a field or constant ({@code dev.reciprocity.FindingType.HERO}), or of a method with the
 *     simple names of its parameter types ({@code
 *     dev.reciprocity.core.Strategies.immediate(ReciprocityRule)})
 * @param kind what it is: {@code class}, {@code interface}, {@code enum}, {@code record}, {@code
 *     annotation type}, {@code method}, {@code field} or {@code enum constant}
 * @param module the Maven module whose sources declare it, such as {@code reciprocity-core}
 */
public record Implementation(String signature, String kind, String module)
    implements Comparable<Implementation> {

  /** By module name, then signature, then kind: the catalog's order. */
  private static final Comparator<Implementation> ORDER =
      Comparator.comparing(Implementation::module)
          .thenComparing(Implementation::signature)
          .thenComparing(Implementation::kind);

  /**
   * Checks that no part is null or blank.
   *
   * @throws NullPointerException if a part is null
   * @throws IllegalArgumentException if a part is blank
   */
  public Implementation {
    Objects.requireNonNull(signature, "signature");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(module, "module");
    if (signature.isBlank() || kind.isBlank() || module.isBlank()) {
      throw new IllegalArgumentException(
          "signature, kind and module must not be blank: "
              + signature
              + ", "
              + kind
              + ", "
              + module);
    }
  }

  @Override
  public int compareTo(Implementation other) {
    return ORDER.compare(this, other);
  }
}
