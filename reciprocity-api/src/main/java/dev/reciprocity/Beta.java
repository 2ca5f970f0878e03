package dev.reciprocity;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks an API that is public but not settled: it may change or go in a minor release, because
 * nothing in the library uses it yet or its design waits on a later part of the pattern model.
 * Every use says why in {@link #value()}. As Guava's {@code @Beta}, it promises nothing about
 * compatibility; do not build long-lived code on it.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.TYPE, ElementType.METHOD, ElementType.FIELD, ElementType.CONSTRUCTOR})
public @interface Beta {

  /**
   * Why the API is not settled, and what would settle it.
   *
   * @return the reason
   */
  String value();
}
