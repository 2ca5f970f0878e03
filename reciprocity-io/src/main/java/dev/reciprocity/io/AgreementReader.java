package dev.reciprocity.io;

import com.fasterxml.jackson.databind.JsonNode;
import dev.reciprocity.Agreement;
import dev.reciprocity.Cadence;
import dev.reciprocity.Implements;
import dev.reciprocity.PatternComponent;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reads an agreement ({@link Agreement}) from a JSON or YAML file (by its extension), through
 * Jackson:
 *
 * <pre>{@code
 * agreement: mentoring pact
 * parties: [Ada, Bob, Cy]
 * reviewCadence: quarter           # week, month, quarter or year
 * exitRule: anyone may leave after telling the others
 * revisions:
 *   - rules:                       # kind: strategy, as score --strategy names it
 *       mentor: developmental:lag=P180D,returnFrom=network
 *     to: 2024-01-01               # optional: from, to
 *   - from: 2024-01-01
 *     rules:
 *       mentor: developmental:lag=P90D,returnFrom=network
 *       review: immediate:window=P30D
 * adjustments:                     # optional: the adjustment path
 *   - instant: 2023-11-20
 *     type: imbalance raised       # imbalance raised, repair agreed or terms changed
 *     by: Ada
 *     note: mentoring never comes back to the circle
 * }</pre>
 *
 * <p>Every problem is refused with a {@link ModelFileException} naming the file, the JSON path and
 * the fix; nothing is applied. The strategies are checked by the command that uses them. Stateless
 * and thread-safe.
 */
@Implements(PatternComponent.PARTNERSHIP_OPERATING_AGREEMENT)
public final class AgreementReader {

  private static final Set<String> TOP =
      Set.of("agreement", "parties", "reviewCadence", "exitRule", "revisions", "adjustments");
  private static final Set<String> REVISION = Set.of("from", "to", "rules");
  private static final Set<String> ADJUSTMENT = Set.of("instant", "type", "by", "note");

  private AgreementReader() {}

  /**
   * Reads the agreement of a file.
   *
   * @param file a {@code .json}, {@code .yaml} or {@code .yml} file
   * @return the agreement
   * @throws ModelFileException if the file cannot be read or used; the message says where and why
   */
  public static Agreement read(Path file) {
    return read(file.toString(), ModelFiles.parse(file, "--agreement"));
  }

  static Agreement read(String name, JsonNode root) {
    JsonNode revisions = ModelFiles.list(name, root, "revisions", "revisions with their rules");
    ModelFiles.checkEntry(name, "$", root, TOP);
    Agreement.Builder a =
        Agreement.builder()
            .name(
                ModelFiles.text(name, "$.agreement", root.get("agreement"), "the agreement's name"))
            .exitRule(
                ModelFiles.text(
                    name, "$.exitRule", root.get("exitRule"), "how a party may leave, in words"))
            .reviewCadence(cadence(name, root.get("reviewCadence")));
    JsonNode parties = root.get("parties");
    if (parties == null || !parties.isArray()) {
      throw new ModelFileException(
          name, "$.parties", "is missing or not a list", "list the agreement's parties", null);
    }
    for (int i = 0; i < parties.size(); i++) {
      a.addParties(ModelFiles.party(name, "$.parties[" + i + "]", parties.get(i)));
    }
    for (int i = 0; i < revisions.size(); i++) {
      String at = "$.revisions[" + i + "]";
      JsonNode r = revisions.get(i);
      ModelFiles.checkEntry(name, at, r, REVISION);
      Agreement.Revision.Builder revision = Agreement.Revision.builder();
      if (r.has("from")) {
        revision.effectiveFrom(ModelFiles.instant(name, at + ".from", r.get("from")));
      }
      if (r.has("to")) {
        revision.effectiveTo(ModelFiles.instant(name, at + ".to", r.get("to")));
      }
      JsonNode rules = r.get("rules");
      if (rules == null || !rules.isObject() || rules.isEmpty()) {
        throw new ModelFileException(
            name,
            at + ".rules",
            "is missing or not a map of kinds to strategies",
            "write each kind with its strategy, such as mentor: developmental:lag=P180D",
            null);
      }
      for (Map.Entry<String, JsonNode> rule : rules.properties()) {
        String path = at + ".rules." + rule.getKey();
        String kind =
            ModelFiles.kind(
                    name, path, com.fasterxml.jackson.databind.node.TextNode.valueOf(rule.getKey()))
                .name();
        revision.putRules(
            kind, ModelFiles.text(name, path, rule.getValue(), "a strategy, such as immediate"));
      }
      try {
        a.addRevisions(revision.build());
      } catch (IllegalArgumentException e) {
        throw new ModelFileException(
            name, at, String.valueOf(e.getMessage()), "give from before to", e);
      }
    }
    JsonNode adjustments = root.get("adjustments");
    if (adjustments != null) {
      if (!adjustments.isArray()) {
        throw new ModelFileException(
            name, "$.adjustments", "is not a list", "write one record per line of the list", null);
      }
      for (int i = 0; i < adjustments.size(); i++) {
        String at = "$.adjustments[" + i + "]";
        JsonNode j = adjustments.get(i);
        ModelFiles.checkEntry(name, at, j, ADJUSTMENT);
        String type =
            ModelFiles.text(
                name,
                at + ".type",
                j.get("type"),
                "imbalance raised, repair agreed or terms changed");
        Agreement.Adjustment.Type t;
        try {
          t =
              Agreement.Adjustment.Type.valueOf(
                  type.strip().toUpperCase(Locale.ROOT).replace(' ', '_'));
        } catch (IllegalArgumentException e) {
          throw new ModelFileException(
              name,
              at + ".type",
              "is not imbalance raised, repair agreed or terms changed (got \"" + type + "\")",
              "write one of those three",
              e);
        }
        Agreement.Adjustment.Builder adj =
            Agreement.Adjustment.builder()
                .instant(ModelFiles.instant(name, at + ".instant", j.get("instant")))
                .type(t)
                .note(j.has("note") ? j.get("note").asText() : "");
        if (j.has("by")) {
          adj.by(ModelFiles.party(name, at + ".by", j.get("by")));
        }
        a.addAdjustments(adj.build());
      }
    }
    try {
      return a.build();
    } catch (IllegalArgumentException e) {
      throw new ModelFileException(
          name,
          "$",
          String.valueOf(e.getMessage()),
          "name two or more distinct parties, and let one revision end where the next begins",
          e);
    }
  }

  private static Cadence cadence(String name, JsonNode value) {
    String word =
        ModelFiles.text(name, "$.reviewCadence", value, "week, month, quarter or year")
            .strip()
            .toLowerCase(Locale.ROOT);
    return switch (word) {
      case "week" -> Cadence.weekly();
      case "month" -> Cadence.monthly();
      case "quarter" -> Cadence.quarterly();
      case "year" -> Cadence.yearly();
      default ->
          throw new ModelFileException(
              name,
              "$.reviewCadence",
              "is not week, month, quarter or year (got \"" + word + "\")",
              "write one of those four",
              null);
    };
  }
}
