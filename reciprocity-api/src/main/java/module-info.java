/**
 * The reciprocity model as immutable values ({@link dev.reciprocity}) and the scoring-strategy SPI
 * ({@link dev.reciprocity.spi}). Needs nothing at run time beyond {@code java.base}.
 *
 * <p>The annotation modules are required {@code static}: read when compiling, not needed at run
 * time. Those whose annotations are on the API (JSpecify's nullness, Error Prone's return-value
 * checks, Immutables' value types) are also {@code transitive}, so that the compilers and checkers
 * of code that reads this module see them.
 */
@SuppressWarnings({
  // Immutables' annotations jar has no module descriptor, only an Automatic-Module-Name
  "requires-automatic",
  "requires-transitive-automatic",
  // dev.reciprocity.core and dev.reciprocity.io are compiled after this module
  "module"
})
module dev.reciprocity {
  requires static transitive org.jspecify;
  requires static transitive com.google.errorprone.annotations;
  requires static transitive org.immutables.value.annotations;
  // Immutables marks the classes it generates @javax.annotation.processing.Generated, an
  // annotation kept only in the source
  requires static java.compiler;

  exports dev.reciprocity;
  exports dev.reciprocity.spi;
  // Texts and Names: helpers shared by the library's own modules, not API
  exports dev.reciprocity.internal to
      dev.reciprocity.core,
      dev.reciprocity.io;
}
