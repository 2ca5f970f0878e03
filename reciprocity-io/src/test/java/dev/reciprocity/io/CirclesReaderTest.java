package dev.reciprocity.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.reciprocity.Circles;
import dev.reciprocity.PartyId;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The circles file: memberships over time, circles of circles, and each problem refused. */
class CirclesReaderTest {

  @TempDir Path dir;

  @Test
  void readsMembershipsOverTimeAndCirclesOfCircles() throws IOException {
    Path f = dir.resolve("circles.json");
    Files.writeString(
        f,
        """
        {"memberships": [
          {"member": "Ada", "circle": "reviewers", "to": "2024-01-01"},
          {"member": "Ada", "circle": "mentors", "from": "2024-01-01"},
          {"member": "reviewers", "circle": "project"}
        ]}
        """,
        StandardCharsets.UTF_8);
    Circles circles = CirclesReader.read(f);
    PartyId ada = PartyId.of("Ada");
    Instant before = Instant.parse("2023-06-01T00:00:00Z");
    assertEquals(PartyId.of("reviewers"), circles.rollUp(ada, before, 1));
    assertEquals(PartyId.of("project"), circles.rollUp(ada, before, 2));
    assertEquals(
        PartyId.of("mentors"), circles.rollUp(ada, Instant.parse("2024-06-01T00:00:00Z"), 2));
  }

  @Test
  void everyProblemNamesTheFileThePathAndTheFix() throws IOException {
    assertRefused("memberships: {}", "$.memberships", "is not a list");
    assertRefused("memberships:\n  - member: Ada\n", "$.memberships[0].circle", "missing");
    assertRefused(
        "memberships:\n  - member: Ada\n    circle: a\n    role: x\n",
        "$.memberships[0].role",
        "is not a key");
    assertRefused(
        "memberships:\n  - member: Ada\n    circle: Ada\n", "$.memberships[0]", "of itself");
    assertRefused(
        "memberships:\n  - member: Ada\n    circle: a\n  - member: Ada\n    circle: b\n",
        "$.memberships",
        "two circles at once");
    assertRefused(
        "memberships:\n  - member: a\n    circle: b\n  - member: b\n    circle: a\n",
        "$.memberships",
        "a -> b -> a");
  }

  private void assertRefused(String text, String path, String problem) throws IOException {
    Path f = dir.resolve("circles.yaml");
    Files.writeString(f, text, StandardCharsets.UTF_8);
    ModelFileException e = assertThrows(ModelFileException.class, () -> CirclesReader.read(f));
    assertEquals(path, e.path(), e.getMessage());
    assertTrue(e.getMessage().contains(problem), e.getMessage());
    assertTrue(e.getMessage().contains(". Fix: "), e.getMessage());
  }
}
