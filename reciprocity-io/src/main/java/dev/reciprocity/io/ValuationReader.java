package dev.reciprocity.io;

import com.fasterxml.jackson.databind.JsonNode;
import dev.reciprocity.Implements;
import dev.reciprocity.PatternComponent;
import dev.reciprocity.Valuation;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Set;

/**
 * Reads a valuation across kinds ({@link Valuation}) from a JSON or YAML file (by its extension),
 * through Jackson:
 *
 * <pre>{@code
 * unit: hours                  # the common unit
 * rates:
 *   - kind: mentor
 *     rate: 1                  # an hour of mentoring is an hour
 *   - kind: review
 *     rate: 0.5                # a review is worth half an hour
 *   - kind: help
 *     unit: minutes            # optional: the unit the kind's flows are counted in
 *     rate: 0.016667
 *     from: 2020-01-01         # optional: a date (midnight UTC) or an instant, inclusive
 *     to: 2030-01-01           # optional: exclusive
 * }</pre>
 *
 * <p>Every problem is refused with a {@link ModelFileException} naming the file, the JSON path and
 * the fix; nothing is applied. Stateless and thread-safe.
 */
@Implements(PatternComponent.BENEFIT_SYMMETRY)
public final class ValuationReader {

  private static final Set<String> TOP = Set.of("unit", "rates");
  private static final Set<String> KEYS = Set.of("kind", "unit", "rate", "from", "to");

  private ValuationReader() {}

  /**
   * Reads the valuation of a file.
   *
   * @param file a {@code .json}, {@code .yaml} or {@code .yml} file
   * @return the valuation
   * @throws ModelFileException if the file cannot be read or used; the message says where and why
   */
  public static Valuation read(Path file) {
    return read(file.toString(), ModelFiles.parse(file, "--valuation"));
  }

  static Valuation read(String name, JsonNode root) {
    JsonNode list = ModelFiles.list(name, root, "rates", "entries with kind and rate");
    for (Iterator<String> it = root.fieldNames(); it.hasNext(); ) {
      String key = it.next();
      if (!TOP.contains(key)) {
        throw new ModelFileException(
            name, "$." + key, "is not a key of a valuation", "use only unit and rates", null);
      }
    }
    Valuation.Builder valuation =
        Valuation.builder()
            .unit(
                ModelFiles.text(
                    name, "$.unit", root.get("unit"), "the common unit, such as hours"));
    for (int i = 0; i < list.size(); i++) {
      String at = "$.rates[" + i + "]";
      JsonNode entry = list.get(i);
      ModelFiles.checkEntry(name, at, entry, KEYS);
      String kind = ModelFiles.kind(name, at + ".kind", entry.get("kind")).name();
      JsonNode rate = entry.get("rate");
      BigDecimal value;
      try {
        if (rate == null || !(rate.isNumber() || rate.isTextual())) {
          throw new NumberFormatException();
        }
        value = new BigDecimal(rate.asText().strip());
      } catch (NumberFormatException e) {
        throw new ModelFileException(
            name,
            at + ".rate",
            "is missing or not a number (got " + rate + ")",
            "write what one unit of the kind is worth in the common unit, such as 0.5",
            e);
      }
      Valuation.Rate.Builder r = Valuation.Rate.builder().kind(kind).rate(value);
      if (entry.has("unit")) {
        r.unit(ModelFiles.unit(name, at + ".unit", entry.get("unit")));
      }
      if (entry.has("from")) {
        r.effectiveFrom(ModelFiles.instant(name, at + ".from", entry.get("from")));
      }
      if (entry.has("to")) {
        r.effectiveTo(ModelFiles.instant(name, at + ".to", entry.get("to")));
      }
      try {
        valuation.addRates(r.build());
      } catch (IllegalArgumentException e) {
        throw new ModelFileException(
            name,
            at + ".rate",
            String.valueOf(e.getMessage()),
            "give a positive rate with at most 6 decimal places, and from before to",
            e);
      }
    }
    try {
      return valuation.build();
    } catch (IllegalArgumentException e) {
      throw new ModelFileException(
          name, "$.rates", String.valueOf(e.getMessage()), "give each kind one rate at a time", e);
    }
  }
}
