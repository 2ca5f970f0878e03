package dev.reciprocity.io;

import com.fasterxml.jackson.databind.JsonNode;
import dev.reciprocity.Circles;
import dev.reciprocity.Implements;
import dev.reciprocity.Membership;
import dev.reciprocity.PatternComponent;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Reads a community's circles ({@link Circles}) from a JSON or YAML file (by its extension),
 * through Jackson:
 *
 * <pre>{@code
 * memberships:
 *   - member: Ada
 *     circle: reviewers
 *   - member: reviewers         # a circle in a larger one
 *     circle: maintainers
 *   - member: Bob
 *     circle: reviewers
 *     from: 2024-01-01          # optional: a date (midnight UTC) or an instant, inclusive
 *     to: 2025-01-01            # optional: exclusive
 * }</pre>
 *
 * <p>Every problem (a file that cannot be read or parsed, a missing or unknown key, a party in two
 * circles at once, a cycle of circles) is refused with a {@link ModelFileException} naming the
 * file, the JSON path and the fix; nothing is applied. Stateless and thread-safe.
 */
@Implements(PatternComponent.CIRCLES)
public final class CirclesReader {

  private static final Set<String> KEYS = Set.of("member", "circle", "from", "to");

  private CirclesReader() {}

  /**
   * Reads the circles of a file.
   *
   * @param file a {@code .json}, {@code .yaml} or {@code .yml} file
   * @return the circles
   * @throws ModelFileException if the file cannot be read or used; the message says where and why
   */
  public static Circles read(Path file) {
    return read(file.toString(), ModelFiles.parse(file, "--circles"));
  }

  static Circles read(String name, JsonNode root) {
    JsonNode list = ModelFiles.list(name, root, "memberships", "entries with member and circle");
    List<Membership> memberships = new ArrayList<>();
    for (int i = 0; i < list.size(); i++) {
      String at = "$.memberships[" + i + "]";
      JsonNode entry = list.get(i);
      ModelFiles.checkEntry(name, at, entry, KEYS);
      Membership.Builder m =
          Membership.builder()
              .member(ModelFiles.party(name, at + ".member", entry.get("member")))
              .circle(ModelFiles.party(name, at + ".circle", entry.get("circle")));
      if (entry.has("from")) {
        m.effectiveFrom(ModelFiles.instant(name, at + ".from", entry.get("from")));
      }
      if (entry.has("to")) {
        m.effectiveTo(ModelFiles.instant(name, at + ".to", entry.get("to")));
      }
      try {
        memberships.add(m.build());
      } catch (IllegalArgumentException e) {
        throw new ModelFileException(
            name,
            at,
            String.valueOf(e.getMessage()),
            "give a member other than its circle, and from before to",
            e);
      }
    }
    try {
      return Circles.of(memberships);
    } catch (IllegalArgumentException e) {
      throw new ModelFileException(
          name,
          "$.memberships",
          String.valueOf(e.getMessage()),
          "give each party one circle at a time, and let no circle belong to itself",
          e);
    }
  }
}
