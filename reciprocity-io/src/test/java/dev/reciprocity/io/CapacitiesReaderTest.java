package dev.reciprocity.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.reciprocity.Capacities;
import dev.reciprocity.PartyId;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The capacities file: the same table from YAML and JSON, dates and instants, names made canonical;
 * and each kind of problem refused with the file, the JSON path and a fix.
 */
class CapacitiesReaderTest {

  @TempDir Path dir;

  private Path file(String name, String text) throws IOException {
    Path f = dir.resolve(name);
    Files.writeString(f, text, StandardCharsets.UTF_8);
    return f;
  }

  @Test
  void yamlAndJsonGiveTheSameTable() throws IOException {
    Capacities yaml =
        CapacitiesReader.read(
            file(
                "c.yaml",
                """
                capacities:
                  - party: " Ada "
                    capacity: 10
                    to: 2024-01-01
                  - party: Ada
                    capacity: 5.5
                    from: 2024-01-01T00:00:00Z
                  - party: Bob
                    capacity: 2
                """));
    Capacities json =
        CapacitiesReader.read(
            file(
                "c.json",
                """
                {"capacities": [
                  {"party": "Ada", "capacity": 10, "to": "2024-01-01"},
                  {"party": "Ada", "capacity": 5.5, "from": "2024-01-01T00:00:00Z"},
                  {"party": "Bob", "capacity": 2}
                ]}
                """));
    assertEquals(yaml, json);
    PartyId ada = PartyId.of("Ada");
    Instant newYear = Instant.parse("2024-01-01T00:00:00Z");
    assertEquals(10.0, yaml.at(ada, newYear.minusSeconds(1)).getAsDouble());
    assertEquals(5.5, yaml.at(ada, newYear).getAsDouble());
  }

  @Test
  void everyProblemNamesTheFileThePathAndTheFix() throws IOException {
    assertRefused("a.txt", "capacities: []", "$", "ends neither in .json");
    assertRefused("a.yaml", "capacities: [", "$", "not valid YAML (line");
    assertRefused("a.json", "{\"capacities\": ", "$", "not valid JSON");
    assertRefused("a.yaml", "parties: []", "$", "not an object with a key capacities");
    assertRefused("a.yaml", "capacities: 3", "$.capacities", "is not a list");
    assertRefused("a.yaml", "capacities: [3]", "$.capacities[0]", "is not an object");
    assertRefused(
        "a.yaml",
        "capacities:\n  - party: Ada\n    capacty: 1\n",
        "$.capacities[0].capacty",
        "is not a key of this entry");
    assertRefused("a.yaml", "capacities:\n  - capacity: 1\n", "$.capacities[0].party", "missing");
    assertRefused(
        "a.yaml",
        "capacities:\n  - party: Ada\n    capacity: 0\n",
        "$.capacities[0].capacity",
        "positive number");
    assertRefused(
        "a.yaml",
        "capacities:\n  - party: Ada\n    capacity: ten\n",
        "$.capacities[0].capacity",
        "positive number");
    assertRefused(
        "a.yaml",
        "capacities:\n  - party: Ada\n    capacity: 1\n    from: soon\n",
        "$.capacities[0].from",
        "not a date or an instant");
    assertRefused(
        "a.yaml",
        "capacities:\n  - party: Ada\n    capacity: 1\n    from: 2024-02-01\n    to: 2024-01-01\n",
        "$.capacities[0]",
        "must start before it ends");
    assertRefused(
        "a.yaml",
        "capacities:\n  - party: Bob\n    capacity: 1\n  - party: Ada\n    capacity: 1\n"
            + "  - party: Ada\n    capacity: 2\n    from: 2024-01-01\n",
        "$.capacities[2]",
        "in effect at once");
    ModelFileException missing =
        assertThrows(
            ModelFileException.class, () -> CapacitiesReader.read(dir.resolve("none.yaml")));
    assertTrue(missing.getMessage().contains("does not exist"), missing.getMessage());
  }

  private void assertRefused(String name, String text, String path, String problem)
      throws IOException {
    Path f = file(name, text);
    ModelFileException e = assertThrows(ModelFileException.class, () -> CapacitiesReader.read(f));
    assertEquals(f.toString(), e.file());
    assertEquals(path, e.path(), e.getMessage());
    assertTrue(e.getMessage().contains(problem), e.getMessage());
    assertTrue(e.getMessage().contains(f + ", " + path + ": "), e.getMessage());
    assertTrue(e.getMessage().contains(". Fix: "), e.getMessage());
  }
}
