package dev.reciprocity.io;

import com.fasterxml.jackson.databind.JsonNode;
import dev.reciprocity.Capacities;
import dev.reciprocity.Capacity;
import dev.reciprocity.Implements;
import dev.reciprocity.PartyId;
import dev.reciprocity.PatternComponent;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads a community's declared capacities ({@link Capacities}) from a JSON or YAML file (by its
 * extension: {@code .json}, {@code .yaml} or {@code .yml}), through Jackson:
 *
 * <pre>{@code
 * capacities:
 *   - party: Ada
 *     capacity: 10          # positive, in the community's own unit (hours a week, ...)
 *     from: 2024-01-01      # optional: a date (midnight UTC) or an ISO-8601 instant, inclusive
 *     to: 2025-01-01        # optional: exclusive
 * }</pre>
 *
 * <p>Party names are brought to canonical form as in the flows ({@link PartyId#of}). Any problem (a
 * file that cannot be read or parsed, a missing or unknown key, a value of the wrong kind, two
 * capacities of a party in effect at once) is refused with a {@link ModelFileException} naming the
 * file, the JSON path and the fix; nothing is applied. Stateless and thread-safe.
 */
@Implements(PatternComponent.PROPORTIONAL_RECIPROCITY)
public final class CapacitiesReader {

  private static final Set<String> KEYS = Set.of("party", "capacity", "from", "to");

  private CapacitiesReader() {}

  /**
   * Reads the capacities of a file.
   *
   * @param file a {@code .json}, {@code .yaml} or {@code .yml} file
   * @return the capacities
   * @throws ModelFileException if the file cannot be read or used; the message says where and why
   */
  public static Capacities read(Path file) {
    return read(file.toString(), ModelFiles.parse(file, "--capacities"));
  }

  /** Reads the capacities of a parsed document; {@code name} names it in messages. */
  static Capacities read(String name, JsonNode root) {
    JsonNode list = ModelFiles.list(name, root, "capacities", "entries with party and capacity");
    List<Capacity> capacities = new ArrayList<>();
    Map<PartyId, List<Capacity>> byParty = new HashMap<>();
    for (int i = 0; i < list.size(); i++) {
      String at = "$.capacities[" + i + "]";
      JsonNode entry = list.get(i);
      ModelFiles.checkEntry(name, at, entry, KEYS);
      PartyId id = ModelFiles.party(name, at + ".party", entry.get("party"));
      JsonNode capacity = entry.get("capacity");
      if (capacity == null
          || !capacity.isNumber()
          || !(capacity.asDouble() > 0)
          || Double.isInfinite(capacity.asDouble())) {
        throw new ModelFileException(
            name,
            at + ".capacity",
            "is missing or not a positive number (got " + capacity + ")",
            "write the party's capacity in the community's unit, such as 10",
            null);
      }
      Capacity.Builder c = Capacity.builder().party(id).capacity(capacity.asDouble());
      if (entry.has("from")) {
        c.effectiveFrom(ModelFiles.instant(name, at + ".from", entry.get("from")));
      }
      if (entry.has("to")) {
        c.effectiveTo(ModelFiles.instant(name, at + ".to", entry.get("to")));
      }
      Capacity built;
      try {
        built = c.build();
      } catch (IllegalArgumentException e) {
        throw new ModelFileException(
            name, at, String.valueOf(e.getMessage()), "give from a date before to", e);
      }
      capacities.add(built);
      // the party's own entries only: a file of many parties stays linear
      List<Capacity> own = byParty.computeIfAbsent(id, k -> new ArrayList<>());
      own.add(built);
      try {
        var unused = Capacities.of(own);
      } catch (IllegalArgumentException e) {
        throw new ModelFileException(
            name,
            at,
            String.valueOf(e.getMessage()),
            "end the earlier period (to) where the later one begins (from)",
            e);
      }
    }
    return Capacities.of(capacities);
  }
}
