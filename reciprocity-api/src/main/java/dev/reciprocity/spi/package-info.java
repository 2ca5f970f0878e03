/**
 * The scoring-strategy SPI: how a host plugs its own reciprocity scoring into the library.
 *
 * <p>A strategy is a mergeable accumulator, the shape of Flink's {@code AggregateFunction} and
 * Beam's {@code CombineFn}: create, add, merge, result. The same strategy therefore runs on one
 * thread, across cores (accumulate partitions apart and merge), over a stream, and on a distributed
 * engine. A {@link dev.reciprocity.spi.ScoringStrategyProvider} registered under {@code
 * META-INF/services} makes a strategy reachable by name through {@link java.util.ServiceLoader}. A
 * strategy's {@link dev.reciprocity.spi.ResultWriter} writes its results as text and Markdown
 * (through a {@link dev.reciprocity.spi.ResultDocument}) and JSON (through a {@link
 * dev.reciprocity.spi.JsonSink}), with no JSON library in this module.
 *
 * <p>Parameters and results are non-null unless marked {@code @Nullable} ({@link
 * org.jspecify.annotations.NullMarked}), and results are meant to be used ({@link
 * com.google.errorprone.annotations.CheckReturnValue}): {@code add} and {@code merge} of an
 * accumulator return the accumulator to carry on with.
 */
@NullMarked
@CheckReturnValue
package dev.reciprocity.spi;

import com.google.errorprone.annotations.CheckReturnValue;
import org.jspecify.annotations.NullMarked;
