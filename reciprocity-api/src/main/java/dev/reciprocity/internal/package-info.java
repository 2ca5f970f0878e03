/**
 * Helpers shared by the library's own modules (showing outside values safely in messages, canonical
 * names). Not part of the API: the module exports this package only to {@code dev.reciprocity.core}
 * and {@code dev.reciprocity.io}, and it may change without notice.
 */
@NullMarked
@CheckReturnValue
package dev.reciprocity.internal;

import com.google.errorprone.annotations.CheckReturnValue;
import org.jspecify.annotations.NullMarked;
