package dev.reciprocity.spi;

import dev.reciprocity.internal.Texts;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * Named parameters of a scoring strategy, such as {@code days=14} or {@code
 * halfLife=P90D,asOf=2026-01-01T00:00:00Z}: a small map of text values with typed getters that
 * refuse a malformed value with a teaching error. Immutable and thread-safe.
 *
 * <p>Names are 1 to {@value #MAX_NAME_LENGTH} ASCII letters, digits, {@code -} and {@code _};
 * values are at most {@value #MAX_VALUE_LENGTH} characters, without control characters.
 */
public final class StrategyParameters {

  /** The longest parameter name: {@value}. */
  public static final int MAX_NAME_LENGTH = 64;

  /** The longest parameter value: {@value}. */
  public static final int MAX_VALUE_LENGTH = 256;

  private static final StrategyParameters NONE = new StrategyParameters("", Map.of());

  private final String strategy;
  private final Map<String, String> values;

  private StrategyParameters(String strategy, Map<String, String> values) {
    this.strategy = strategy;
    this.values = values;
  }

  /**
   * Returns the empty set of parameters.
   *
   * @return no parameters
   */
  public static StrategyParameters none() {
    return NONE;
  }

  /**
   * Returns parameters from a map.
   *
   * @param values name to value
   * @return the parameters
   * @throws StrategyParameterException if a name or value is malformed or too long
   */
  public static StrategyParameters of(Map<String, String> values) {
    Objects.requireNonNull(values, "values");
    TreeMap<String, String> copy = new TreeMap<>();
    values.forEach(
        (k, v) -> {
          checkName(k);
          checkValue(k, v);
          copy.put(k, v);
        });
    return copy.isEmpty() ? NONE : new StrategyParameters("", Collections.unmodifiableMap(copy));
  }

  /**
   * Parses {@code key=value} pairs separated by commas, such as {@code days=14,kind=review}.
   * Surrounding spaces of names and values are removed. The grammar is deliberately that small: no
   * quoting, so a value cannot hold a comma (durations, instants and numbers never do); a value may
   * hold {@code =}, since a pair splits at its first one.
   *
   * @param text the pairs; empty or blank for none
   * @return the parameters
   * @throws StrategyParameterException if a pair has no {@code =}, a name is malformed or given
   *     twice, or a value is too long
   */
  public static StrategyParameters parse(String text) {
    Objects.requireNonNull(text, "text");
    if (text.length() > 16 * (MAX_NAME_LENGTH + MAX_VALUE_LENGTH)) {
      throw new StrategyParameterException(
          "the strategy parameters "
              + Texts.quote(text)
              + " are too long. Fix: give a few key=value pairs.");
    }
    if (text.isBlank()) {
      return NONE;
    }
    TreeMap<String, String> map = new TreeMap<>();
    for (String pair : text.split(",", -1)) {
      int eq = pair.indexOf('=');
      if (eq < 0) {
        throw new StrategyParameterException(
            "the strategy parameter "
                + Texts.quote(pair)
                + " has no '='. Fix: write parameters as key=value pairs separated by commas, such as"
                + " days=14,halfLife=P90D.");
      }
      String name = pair.substring(0, eq).strip();
      String value = pair.substring(eq + 1).strip();
      checkName(name);
      checkValue(name, value);
      if (map.put(name, value) != null) {
        throw new StrategyParameterException(
            "the strategy parameter "
                + Texts.quote(name)
                + " is given twice. Fix: give each parameter once.");
      }
    }
    return new StrategyParameters("", Collections.unmodifiableMap(map));
  }

  /**
   * Returns the same parameters, naming a strategy in their error messages.
   *
   * @param strategyName the strategy's name
   * @return the parameters
   */
  public StrategyParameters forStrategy(String strategyName) {
    return new StrategyParameters(Objects.requireNonNull(strategyName, "strategyName"), values);
  }

  private static void checkName(String name) {
    boolean ok = !name.isEmpty() && name.length() <= MAX_NAME_LENGTH;
    for (int i = 0; ok && i < name.length(); i++) {
      char c = name.charAt(i);
      ok =
          (c >= 'a' && c <= 'z')
              || (c >= 'A' && c <= 'Z')
              || (c >= '0' && c <= '9')
              || c == '-'
              || c == '_';
    }
    if (!ok) {
      throw new StrategyParameterException(
          "the strategy parameter name "
              + Texts.quote(name)
              + " is not 1 to "
              + MAX_NAME_LENGTH
              + " ASCII letters, digits, '-' or '_'."
              + " Fix: write it like halfLife or days.");
    }
  }

  private static void checkValue(String name, String value) {
    Objects.requireNonNull(value, "value of " + name);
    if (value.length() > MAX_VALUE_LENGTH) {
      throw new StrategyParameterException(
          "the value of the strategy parameter "
              + name
              + ", "
              + Texts.quote(value)
              + ", is longer than "
              + MAX_VALUE_LENGTH
              + " characters."
              + " Fix: give a shorter value.");
    }
    for (int i = 0; i < value.length(); i++) {
      if (Character.isISOControl(value.charAt(i))) {
        throw new StrategyParameterException(
            "the value of the strategy parameter "
                + name
                + ", "
                + Texts.quote(value)
                + ", holds a control character. Fix: remove it.");
      }
    }
  }

  /**
   * The parameters as a map.
   *
   * @return name to value, sorted by name; unmodifiable
   */
  public Map<String, String> asMap() {
    return values;
  }

  /**
   * Tells whether there is no parameter.
   *
   * @return true if empty
   */
  public boolean isEmpty() {
    return values.isEmpty();
  }

  /**
   * Returns a parameter's text.
   *
   * @param name the parameter's name
   * @return the value; empty when not given
   */
  public Optional<String> text(String name) {
    return Optional.ofNullable(values.get(name));
  }

  /**
   * Returns a whole-number parameter.
   *
   * @param name the parameter's name
   * @param min the least value accepted
   * @param max the greatest value accepted
   * @return the value; empty when not given
   * @throws StrategyParameterException if the value is not a whole number in {@code [min, max]}
   */
  public OptionalLong integer(String name, long min, long max) {
    String v = values.get(name);
    if (v == null) {
      return OptionalLong.empty();
    }
    long n;
    try {
      n = Long.parseLong(v);
    } catch (NumberFormatException e) {
      throw malformed(name, v, "is not a whole number", "write a number such as " + min);
    }
    if (n < min || n > max) {
      throw malformed(
          name,
          v,
          "is outside [" + min + ", " + max + "]",
          "give a number from " + min + " to " + max);
    }
    return OptionalLong.of(n);
  }

  /**
   * Returns a decimal parameter, such as a share {@code 0.5}.
   *
   * @param name the parameter's name
   * @param min the least value accepted
   * @param max the greatest value accepted
   * @return the value; empty when not given
   * @throws StrategyParameterException if the value is not a plain decimal in {@code [min, max]}
   */
  public OptionalDouble decimal(String name, double min, double max) {
    String v = values.get(name);
    if (v == null) {
      return OptionalDouble.empty();
    }
    double d;
    try {
      if (!v.matches("[0-9]{1,12}(\\.[0-9]{1,9})?")) {
        throw new NumberFormatException();
      }
      d = Double.parseDouble(v);
    } catch (NumberFormatException e) {
      throw malformed(name, v, "is not a plain decimal", "write a number such as " + min);
    }
    if (d < min || d > max) {
      throw malformed(
          name,
          v,
          "is outside [" + min + ", " + max + "]",
          "give a number from " + min + " to " + max);
    }
    return OptionalDouble.of(d);
  }

  /**
   * Returns a positive duration parameter, written in ISO-8601 such as {@code P14D} or {@code
   * PT36H}.
   *
   * @param name the parameter's name
   * @return the duration; empty when not given
   * @throws StrategyParameterException if the value is not an ISO-8601 duration, or not positive
   */
  public Optional<Duration> duration(String name) {
    String v = values.get(name);
    if (v == null) {
      return Optional.empty();
    }
    Duration d;
    try {
      d = Duration.parse(v);
    } catch (DateTimeParseException e) {
      throw malformed(
          name,
          v,
          "is not an ISO-8601 duration",
          "write it like P14D (14 days) or PT36H (36 hours)");
    }
    if (d.isZero() || d.isNegative()) {
      throw malformed(name, v, "is not positive", "give a positive duration such as P14D");
    }
    return Optional.of(d);
  }

  /**
   * Returns an instant parameter, written in ISO-8601 such as {@code 2026-01-01T00:00:00Z}.
   *
   * @param name the parameter's name
   * @return the instant; empty when not given
   * @throws StrategyParameterException if the value is not an ISO-8601 instant
   */
  public Optional<Instant> instant(String name) {
    String v = values.get(name);
    if (v == null) {
      return Optional.empty();
    }
    try {
      return Optional.of(Instant.parse(v));
    } catch (DateTimeParseException e) {
      throw malformed(name, v, "is not an ISO-8601 instant", "write it like 2026-01-01T00:00:00Z");
    }
  }

  private StrategyParameterException malformed(
      String name, String value, String reason, String fix) {
    String who = strategy.isEmpty() ? "" : " of the strategy '" + strategy + "'";
    return new StrategyParameterException(
        "the parameter "
            + name
            + who
            + ", "
            + Texts.quote(value)
            + ", "
            + reason
            + ". Fix: "
            + fix
            + ".");
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof StrategyParameters other && other.values.equals(values);
  }

  @Override
  public int hashCode() {
    return values.hashCode();
  }

  /** Returns the parameters as {@code key=value} pairs separated by commas. */
  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder();
    values.forEach(
        (k, v) -> sb.append(sb.length() == 0 ? "" : ",").append(k).append('=').append(v));
    return sb.toString();
  }
}
