package dev.reciprocity;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Names the components of the pattern texts that a public type or member implements, such as
 * {@code @Implements(PatternComponent.RECIPROCITY_RULE)} on {@link ReciprocityRule}. The build
 * reads these annotations from the sources of {@code reciprocity-api}, {@code -core}, {@code -io}
 * and {@code -examples} and writes the pattern catalog, {@code docs/PATTERNS.md}: every {@link
 * PatternComponent} with the types and members that implement it. It fails when a component that is
 * not marked planned or not modelled ({@link PatternComponent#status()}) has no implementation, and
 * when the committed catalog differs from the one it wrote.
 *
 * <p>Put it on the public element a user would reach for: the type, the factory method or the enum
 * or class constant. Not on internal code (packages named {@code internal}) and not on elements
 * that are not public: the catalog lists public API only and the build refuses the rest.
 *
 * <p>Kept in class files for tools ({@link RetentionPolicy#CLASS}), not visible by reflection at
 * run time; nothing in the library reads it while it runs.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.TYPE, ElementType.METHOD, ElementType.FIELD})
public @interface Implements {

  /**
   * The components implemented, at least one, each once.
   *
   * @return the components
   */
  PatternComponent[] value();
}
