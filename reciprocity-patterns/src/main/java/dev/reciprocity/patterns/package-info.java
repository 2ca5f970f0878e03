/**
 * The pattern catalog: {@link dev.reciprocity.patterns.CatalogDoclet} reads the {@link
 * dev.reciprocity.Implements} annotations from the library's sources and writes {@code
 * docs/PATTERNS.md} ({@link dev.reciprocity.patterns.Catalog}); {@link
 * dev.reciprocity.patterns.PatternCatalog} runs it through the JDK's documentation tool and keeps
 * the committed file current. Build tooling, never deployed: the library does not depend on it.
 *
 * <p>Parameters and results are non-null unless marked {@code @Nullable}.
 */
@NullMarked
package dev.reciprocity.patterns;

import org.jspecify.annotations.NullMarked;
