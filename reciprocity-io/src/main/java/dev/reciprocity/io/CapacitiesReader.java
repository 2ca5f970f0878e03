package dev.reciprocity.io;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import dev.reciprocity.Capacities;
import dev.reciprocity.Capacity;
import dev.reciprocity.PartyId;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
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
    String name = file.toString();
    String lower = name.toLowerCase(Locale.ROOT);
    ObjectMapper mapper;
    if (lower.endsWith(".json")) {
      mapper = new JsonMapper();
    } else if (lower.endsWith(".yaml") || lower.endsWith(".yml")) {
      mapper = new YAMLMapper();
    } else {
      throw new ModelFileException(
          name,
          "$",
          "the file's name ends neither in .json nor in .yaml or .yml",
          "name it after its format, such as capacities.yaml",
          null);
    }
    JsonNode root;
    try {
      root = mapper.readTree(Files.readAllBytes(file));
    } catch (NoSuchFileException e) {
      throw new ModelFileException(
          name, "$", "the file does not exist", "check the path of --capacities", e);
    } catch (JsonProcessingException e) {
      JsonLocation at = e.getLocation();
      String where =
          at == null ? "" : " (line " + at.getLineNr() + ", column " + at.getColumnNr() + ")";
      throw new ModelFileException(
          name,
          "$",
          "the file is not valid " + (mapper instanceof YAMLMapper ? "YAML" : "JSON") + where,
          "correct the syntax at that place",
          e);
    } catch (IOException e) {
      throw new ModelFileException(
          name,
          "$",
          "the file cannot be read (" + String.valueOf(e.getMessage()) + ")",
          "check the file",
          e);
    }
    return read(name, root);
  }

  /** Reads the capacities of a parsed document; {@code name} names it in messages. */
  static Capacities read(String name, JsonNode root) {
    if (root == null || !root.isObject() || !root.has("capacities")) {
      throw new ModelFileException(
          name,
          "$",
          "the document is not an object with a key capacities",
          "write capacities: followed by a list of entries with party and capacity",
          null);
    }
    JsonNode list = root.get("capacities");
    if (!list.isArray()) {
      throw new ModelFileException(
          name,
          "$.capacities",
          "is not a list",
          "write one entry per party and period, each with party and capacity",
          null);
    }
    List<Capacity> capacities = new ArrayList<>();
    Map<PartyId, List<Capacity>> byParty = new HashMap<>();
    for (int i = 0; i < list.size(); i++) {
      String at = "$.capacities[" + i + "]";
      JsonNode entry = list.get(i);
      if (!entry.isObject()) {
        throw new ModelFileException(
            name, at, "is not an object", "write party: NAME and capacity: NUMBER", null);
      }
      for (Iterator<String> keys = entry.fieldNames(); keys.hasNext(); ) {
        String key = keys.next();
        if (!KEYS.contains(key)) {
          throw new ModelFileException(
              name,
              at + "." + key,
              "is not a key of a capacity",
              "use only party, capacity, from and to",
              null);
        }
      }
      JsonNode party = entry.get("party");
      if (party == null || !party.isTextual()) {
        throw new ModelFileException(
            name, at + ".party", "is missing or not a text", "write the party's name", null);
      }
      PartyId id;
      try {
        id = PartyId.of(party.asText());
      } catch (IllegalArgumentException e) {
        throw new ModelFileException(
            name,
            at + ".party",
            String.valueOf(e.getMessage()),
            "write the party as in the flows",
            e);
      }
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
        c.effectiveFrom(instant(name, at + ".from", entry.get("from")));
      }
      if (entry.has("to")) {
        c.effectiveTo(instant(name, at + ".to", entry.get("to")));
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

  private static Instant instant(String name, String path, JsonNode value) {
    String text = value.isTextual() ? value.asText().strip() : "";
    try {
      if (text.length() == 10) {
        return LocalDate.parse(text).atStartOfDay(ZoneOffset.UTC).toInstant();
      }
      return Instant.parse(text);
    } catch (DateTimeParseException e) {
      throw new ModelFileException(
          name,
          path,
          "is not a date or an instant (got " + value + ")",
          "write a date such as 2024-01-01 (midnight UTC) or an instant such as"
              + " 2024-01-01T09:30:00Z",
          e);
    }
  }
}
