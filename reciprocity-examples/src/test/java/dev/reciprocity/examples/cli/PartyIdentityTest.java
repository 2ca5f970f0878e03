package dev.reciprocity.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A party's name means one party however it was written: surrounding space and the NFD spelling (a
 * combining accent) are the same party through the command line, and {@code --fold-case} makes
 * every case of a name one party.
 */
class PartyIdentityTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String HEADER = "timestamp,giver,receiver,kind,weight\n";

  @TempDir Path dir;

  private String csv(String rows) throws IOException {
    return Files.writeString(dir.resolve("flows.csv"), HEADER + rows, StandardCharsets.UTF_8)
        .toString();
  }

  private static List<String> parties(JsonNode root) {
    List<String> names = new ArrayList<>();
    root.get("parties").forEach(p -> names.add(p.get("party").asText()));
    return names;
  }

  @Test
  void threeSpellingsOfReneAreOneParty() throws IOException {
    String f =
        csv(
            "2024-03-01T10:00:00Z,Ren\u00e9,Bob,review,1\n"
                + "2024-03-02T10:00:00Z,\" Ren\u00e9 \",Bob,review,1\n"
                + "2024-03-03T10:00:00Z,Rene\u0301,Bob,review,1\n"
                + "2024-03-04T10:00:00Z,Bob,Rene\u0301 ,review,1\n");
    JsonNode root =
        JSON.readTree(CliRun.of("review", "--flows", f, "--format", "json").assertOk().out());
    assertEquals(2, root.get("partyCount").asInt());
    assertEquals(List.of("Bob", "Ren\u00e9"), parties(root), "the canonical (NFC) name");
    JsonNode rene = root.get("parties").get(1);
    assertEquals(3, rene.get("given").asInt());
    assertEquals(1, rene.get("received").asInt());
  }

  @Test
  void foldCaseMakesEveryCaseOneParty() throws IOException {
    String f =
        csv(
            "2024-03-01T10:00:00Z,Ada,Bob,review,1\n"
                + "2024-03-02T10:00:00Z,ADA,bob,review,1\n"
                + "2024-03-03T10:00:00Z,bob,aDa,review,1\n");
    JsonNode kept =
        JSON.readTree(CliRun.of("review", "--flows", f, "--format", "json").assertOk().out());
    assertEquals(
        List.of("ADA", "Ada", "Bob", "aDa", "bob"), parties(kept), "case is kept by default");
    JsonNode folded =
        JSON.readTree(
            CliRun.of("review", "--flows", f, "--format", "json", "--fold-case").assertOk().out());
    assertEquals(2, folded.get("partyCount").asInt());
    assertEquals(List.of("ada", "bob"), parties(folded));
  }

  @Test
  void foldCaseAlsoAppliesToScore() throws IOException {
    String f =
        csv("2024-03-01T10:00:00Z,Ada,Bob,review,1\n" + "2024-03-02T10:00:00Z,ADA,bob,review,1\n");
    JsonNode root =
        JSON.readTree(
            CliRun.of(
                    "score",
                    "--strategy",
                    "portfolio",
                    "--flows",
                    f,
                    "--format",
                    "json",
                    "--fold-case")
                .assertOk()
                .out());
    assertEquals(2, root.at("/result/network/partyCount").asInt());
  }

  @Test
  void foldCaseRefusesAFlowToItself() throws IOException {
    String f = csv("2024-03-01T10:00:00Z,Ada,ADA,review,1\n");
    CliRun.of("review", "--flows", f).assertOk();
    CliRun.of("review", "--flows", f, "--fold-case")
        .assertBadInput("line 2", "column receiver", "value \"ada\"", "cannot give to itself");
  }
}
