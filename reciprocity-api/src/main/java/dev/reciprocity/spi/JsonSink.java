package dev.reciprocity.spi;

import dev.reciprocity.Amount;
import java.io.IOException;
import org.jspecify.annotations.Nullable;

/**
 * Where a {@link ResultWriter} writes JSON: a streaming writer of one JSON value, with nothing held
 * in memory but the nesting. The library hands one over (in {@code reciprocity-io}, over Jackson's
 * generator); a writer calls it in document order: {@link #beginObject()}, then {@link
 * #name(String)} and one value per member, then {@link #endObject()}; arrays alike. Not
 * thread-safe.
 *
 * <pre>{@code
 * json.beginObject();
 * json.name("party");
 * json.string(score.party().value());
 * json.name("given");
 * json.amount(score.outStrength());             // exact: 12.5, never 1.25E1
 * json.endObject();
 * }</pre>
 */
public interface JsonSink {

  /**
   * Opens an object; members follow as name and value pairs.
   *
   * @throws IOException if writing fails
   */
  void beginObject() throws IOException;

  /**
   * Closes the innermost open object.
   *
   * @throws IOException if writing fails
   * @throws IllegalStateException if the innermost open value is not an object
   */
  void endObject() throws IOException;

  /**
   * Opens an array; values follow.
   *
   * @throws IOException if writing fails
   */
  void beginArray() throws IOException;

  /**
   * Closes the innermost open array.
   *
   * @throws IOException if writing fails
   * @throws IllegalStateException if the innermost open value is not an array
   */
  void endArray() throws IOException;

  /**
   * Writes the name of the next member of the open object.
   *
   * @param name the member's name
   * @throws IOException if writing fails
   * @throws IllegalStateException if no object is open or a value is expected
   */
  void name(String name) throws IOException;

  /**
   * Writes a string, escaped as JSON needs.
   *
   * @param value the string; null writes {@code null}
   * @throws IOException if writing fails
   */
  void string(@Nullable String value) throws IOException;

  /**
   * Writes a whole number.
   *
   * @param value the number
   * @throws IOException if writing fails
   */
  void number(long value) throws IOException;

  /**
   * Writes a number, or {@code null} for NaN and the infinities, which JSON cannot hold.
   *
   * @param value the number
   * @throws IOException if writing fails
   */
  void number(double value) throws IOException;

  /**
   * Writes an amount as the exact decimal it is, in plain notation without trailing zeros, such as
   * {@code 12.5} or {@code 0}.
   *
   * @param value the amount
   * @throws IOException if writing fails
   */
  void amount(Amount value) throws IOException;

  /**
   * Writes {@code true} or {@code false}.
   *
   * @param value the boolean
   * @throws IOException if writing fails
   */
  void bool(boolean value) throws IOException;

  /**
   * Writes {@code null}.
   *
   * @throws IOException if writing fails
   */
  void nullValue() throws IOException;
}
