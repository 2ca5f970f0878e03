package dev.reciprocity.io;

import com.fasterxml.jackson.databind.JsonNode;
import dev.reciprocity.Implements;
import dev.reciprocity.PatternComponent;
import dev.reciprocity.Request;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Reads a community's asks ({@link Request}) from a JSON or YAML file (by its extension), through
 * Jackson:
 *
 * <pre>{@code
 * requests:
 *   - asker: Ada
 *     asked: Bob
 *     kind: review
 *     instant: 2024-03-01T10:00:00Z   # or a date, midnight UTC
 *     outcome: declined               # accepted, declined or redirected
 *   - asker: Ada
 *     asked: Bob
 *     kind: review
 *     instant: 2024-03-02
 *     outcome: redirected
 *     redirectedTo: Cy                # only for redirected
 *   - asker: Cy
 *     asked: Ada
 *     kind: help
 *     instant: 2024-03-05
 *     outcome: accepted
 *     answeredBy: flow-17             # optional, only for accepted: the flow's id
 * }</pre>
 *
 * <p>Every problem is refused with a {@link ModelFileException} naming the file, the JSON path and
 * the fix; nothing is applied. Stateless and thread-safe.
 */
@Implements(PatternComponent.ASKING)
public final class RequestsReader {

  private static final Set<String> KEYS =
      Set.of("asker", "asked", "kind", "instant", "outcome", "redirectedTo", "answeredBy");

  private RequestsReader() {}

  /**
   * Reads the asks of a file.
   *
   * @param file a {@code .json}, {@code .yaml} or {@code .yml} file
   * @return the asks, in the file's order
   * @throws ModelFileException if the file cannot be read or used; the message says where and why
   */
  public static List<Request> read(Path file) {
    return read(file.toString(), ModelFiles.parse(file, "--requests"));
  }

  static List<Request> read(String name, JsonNode root) {
    JsonNode list =
        ModelFiles.list(
            name, root, "requests", "entries with asker, asked, kind, instant and outcome");
    List<Request> requests = new ArrayList<>();
    for (int i = 0; i < list.size(); i++) {
      String at = "$.requests[" + i + "]";
      JsonNode entry = list.get(i);
      ModelFiles.checkEntry(name, at, entry, KEYS);
      String outcome =
          ModelFiles.text(
              name, at + ".outcome", entry.get("outcome"), "accepted, declined or redirected");
      Request.Outcome o;
      try {
        o = Request.Outcome.valueOf(outcome.strip().toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw new ModelFileException(
            name,
            at + ".outcome",
            "is not accepted, declined or redirected (got \"" + outcome + "\")",
            "write one of those three",
            e);
      }
      Request.Builder r =
          Request.builder()
              .asker(ModelFiles.party(name, at + ".asker", entry.get("asker")))
              .asked(ModelFiles.party(name, at + ".asked", entry.get("asked")))
              .kind(ModelFiles.kind(name, at + ".kind", entry.get("kind")))
              .instant(ModelFiles.instant(name, at + ".instant", entry.get("instant")))
              .outcome(o);
      if (entry.has("redirectedTo")) {
        r.redirectedTo(ModelFiles.party(name, at + ".redirectedTo", entry.get("redirectedTo")));
      }
      if (entry.has("answeredBy")) {
        r.answeredBy(
            ModelFiles.text(name, at + ".answeredBy", entry.get("answeredBy"), "the flow's id"));
      }
      try {
        requests.add(r.build());
      } catch (IllegalArgumentException e) {
        throw new ModelFileException(
            name,
            at,
            String.valueOf(e.getMessage()),
            "give redirectedTo exactly for a redirected ask, answeredBy only for an accepted one,"
                + " and an asked party other than the asker",
            e);
      }
    }
    return requests;
  }
}
