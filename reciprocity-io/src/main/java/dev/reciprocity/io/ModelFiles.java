package dev.reciprocity.io;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import dev.reciprocity.FlowKind;
import dev.reciprocity.PartyId;
import dev.reciprocity.internal.Texts;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Iterator;
import java.util.Locale;
import java.util.Set;

/**
 * What the readers of the model's files share: a JSON or YAML file parsed by Jackson (chosen by the
 * file's extension), and values read at a JSON path with a {@link ModelFileException} that names
 * the file, the path and the fix.
 */
final class ModelFiles {

  private ModelFiles() {}

  /**
   * Parses a {@code .json}, {@code .yaml} or {@code .yml} file; {@code option} names the command
   * line's option in the fix for a missing file.
   */
  static JsonNode parse(Path file, String option) {
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
    return read(file, option, mapper, mapper instanceof YAMLMapper ? "YAML" : "JSON");
  }

  /**
   * Reads a whole file into a tree with {@code mapper}; {@code format} names its syntax in the
   * message for a file that does not parse.
   */
  static JsonNode read(Path file, String option, ObjectMapper mapper, String format) {
    String name = file.toString();
    try {
      return mapper.readTree(Files.readAllBytes(file));
    } catch (NoSuchFileException e) {
      throw new ModelFileException(
          name, "$", "the file does not exist", "check the path of " + option, e);
    } catch (JsonProcessingException e) {
      JsonLocation at = e.getLocation();
      String why = e.getOriginalMessage();
      why = why == null ? "" : why.lines().findFirst().orElse("");
      String where =
          (at == null ? "" : " (line " + at.getLineNr() + ", column " + at.getColumnNr() + ")")
              + (why.isBlank() ? "" : ": " + Texts.quote(why, 80));
      throw new ModelFileException(
          name,
          "$",
          "the file is not valid " + format + where,
          "correct the syntax at that place",
          e);
    } catch (IOException e) {
      throw new ModelFileException(
          name, "$", "the file cannot be read (" + e.getMessage() + ")", "check the file", e);
    }
  }

  /** The list under {@code key} of the document's root object. */
  static JsonNode list(String name, JsonNode root, String key, String entries) {
    if (root == null || !root.isObject() || !root.has(key)) {
      throw new ModelFileException(
          name,
          "$",
          "the document is not an object with a key " + key,
          "write " + key + ": followed by a list of " + entries,
          null);
    }
    JsonNode list = root.get(key);
    if (!list.isArray()) {
      throw new ModelFileException(
          name, "$." + key, "is not a list", "write one entry per line of the list", null);
    }
    return list;
  }

  /** Refuses an entry that is not an object or holds a key not in {@code keys}. */
  static void checkEntry(String name, String at, JsonNode entry, Set<String> keys) {
    if (!entry.isObject()) {
      throw new ModelFileException(
          name,
          at,
          "is not an object",
          "write the entry's keys: " + new java.util.TreeSet<>(keys),
          null);
    }
    for (Iterator<String> it = entry.fieldNames(); it.hasNext(); ) {
      String key = it.next();
      if (!keys.contains(key)) {
        throw new ModelFileException(
            name,
            at + "." + key,
            "is not a key of this entry",
            "use only " + String.join(", ", new java.util.TreeSet<>(keys)),
            null);
      }
    }
  }

  /** A required text at {@code path}. */
  static String text(String name, String path, JsonNode value, String what) {
    if (value == null || !value.isTextual() || value.asText().isBlank()) {
      throw new ModelFileException(name, path, "is missing or not a text", "write " + what, null);
    }
    return value.asText();
  }

  /** A party's name at {@code path}, made canonical as in the flows. */
  static PartyId party(String name, String path, JsonNode value) {
    String text = text(name, path, value, "the party's name");
    try {
      return PartyId.of(text);
    } catch (IllegalArgumentException e) {
      throw new ModelFileException(
          name, path, String.valueOf(e.getMessage()), "write the party as in the flows", e);
    }
  }

  /** A kind's name at {@code path}. */
  static FlowKind kind(String name, String path, JsonNode value) {
    String text = text(name, path, value, "the kind, as in the flows' kind column");
    try {
      return FlowKind.of(text);
    } catch (IllegalArgumentException e) {
      throw new ModelFileException(
          name, path, String.valueOf(e.getMessage()), "write the kind as in the flows", e);
    }
  }

  /** A unit's name at {@code path}, in the canonical form of names. */
  static String unit(String name, String path, JsonNode value) {
    String text = text(name, path, value, "the unit, as in the flows' unit column, such as hours");
    try {
      return FlowKind.of("unit", text).unit();
    } catch (IllegalArgumentException e) {
      throw new ModelFileException(
          name, path, String.valueOf(e.getMessage()), "write the unit as in the flows", e);
    }
  }

  /** A date (midnight UTC) or an ISO-8601 instant at {@code path}. */
  static Instant instant(String name, String path, JsonNode value) {
    String text = value != null && value.isTextual() ? value.asText().strip() : "";
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
