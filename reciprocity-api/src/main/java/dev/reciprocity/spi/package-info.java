/**
 * The scoring-strategy SPI: how a host plugs its own reciprocity scoring into the library.
 *
 * <p>A strategy is a mergeable accumulator, the shape of Flink's {@code AggregateFunction} and
 * Beam's {@code CombineFn}: create, add, merge, result. The same strategy therefore runs on one
 * thread, across cores (accumulate partitions apart and merge), over a stream, and on a
 * distributed engine. A {@link dev.reciprocity.spi.ScoringStrategyProvider} registered under
 * {@code META-INF/services} makes a strategy reachable by name through {@link
 * java.util.ServiceLoader}.
 */
package dev.reciprocity.spi;
