package dev.reciprocity.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The table "What the reader accepts" of the README is the grammar: every example in its "accepted"
 * column is read, every example in its "refused" column is rejected in its column with a message of
 * the rules. Read from README.md itself, so that the table and the reader cannot drift apart.
 */
class ReadmeGrammarTest {

  private static final String HEADER = "timestamp,giver,receiver,kind,weight\n";
  private static final Pattern CODE = Pattern.compile("`([^`]+)`");

  /** The accepted and refused examples of the table's row for {@code what}. */
  private static List<List<String>> examples(String what) throws IOException {
    Path readme = Path.of("..", "README.md");
    String text = Files.readString(readme, StandardCharsets.UTF_8);
    int table = text.indexOf("### What the reader accepts");
    assertTrue(table >= 0, "the README has the table");
    for (String line : text.substring(table).lines().toList()) {
      if (line.startsWith("| `" + what + "` |") || line.startsWith("| " + what + " |")) {
        String[] cells = line.split("\\|", -1);
        List<String> accepted = codes(cells[2]);
        List<String> refused = codes(cells[3]);
        assertFalse(accepted.isEmpty() || refused.isEmpty(), line);
        return List.of(accepted, refused);
      }
    }
    throw new AssertionError("no row for " + what + " in the README's table");
  }

  private static List<String> codes(String cell) {
    List<String> all = new ArrayList<>();
    Matcher m = CODE.matcher(cell);
    while (m.find()) {
      all.add(m.group(1));
    }
    return all;
  }

  private static List<Rejection> rejections(String csv) {
    List<Rejection> all = new ArrayList<>();
    var unused = FlowCsvReader.builder().rejects(all::add).build().read("flows.csv", Csv.in(csv));
    return all;
  }

  private static void assertRefusedIn(String column, String value, String csv) {
    List<Rejection> r = rejections(csv);
    assertEquals(1, r.size(), () -> value + " is refused once: " + r);
    assertEquals(Optional.of(column), r.get(0).column(), r.get(0)::message);
    Messages.assertWithinRules(r.get(0).message());
    assertTrue(r.get(0).message().contains("Fix: "), r.get(0)::message);
  }

  @Test
  void everyWeightOfTheTableIsReadOrRefusedAsItSays() throws IOException {
    List<List<String>> table = examples("weight");
    for (String w : table.get(0)) {
      String csv = HEADER + "2024-03-01T10:00:00Z,Ada,Bob,review," + w + "\n";
      assertEquals(1, FlowCsvReader.builder().build().read("flows.csv", Csv.in(csv)).size(), w);
    }
    for (String w : table.get(1)) {
      String quoted = "\"" + w + "\"";
      assertRefusedIn("weight", w, HEADER + "2024-03-01T10:00:00Z,Ada,Bob,review," + quoted + "\n");
    }
  }

  @Test
  void everyTimestampOfTheTableIsReadOrRefusedAsItSays() throws IOException {
    List<List<String>> table = examples("timestamp");
    for (String t : table.get(0)) {
      String csv = HEADER + t + ",Ada,Bob,review,1\n";
      assertEquals(1, FlowCsvReader.builder().build().read("flows.csv", Csv.in(csv)).size(), t);
      assertEquals(
          FlowCsvReader.builder().build().read("flows.csv", Csv.in(csv)).get(0).instant(),
          FlowCsvReader.parseInstant(t));
    }
    for (String t : table.get(1)) {
      assertRefusedIn("timestamp", t, HEADER + t + ",Ada,Bob,review,1\n");
      assertThrows(
          java.time.format.DateTimeParseException.class, () -> FlowCsvReader.parseInstant(t));
    }
  }

  @Test
  void everyUnitOfTheTableIsReadOrRefusedAsItSays() throws IOException {
    String header = "timestamp,giver,receiver,kind,weight,unit\n";
    List<List<String>> table = examples("unit");
    for (String u : table.get(0)) {
      String csv = header + "2024-03-01T10:00:00Z,Ada,Bob,review,1," + u + "\n";
      List<dev.reciprocity.Flow> read =
          FlowCsvReader.builder().build().read("flows.csv", Csv.in(csv));
      assertEquals(dev.reciprocity.FlowKind.of("review", u), read.get(0).kind(), u);
    }
    // the refused column reads "after a row of the same kind in `hours`: `minutes` (...), ..."
    List<String> refused = table.get(1);
    String first = refused.get(0);
    for (String u : refused.subList(1, refused.size())) {
      assertRefusedIn(
          "unit",
          u,
          header
              + "2024-03-01T10:00:00Z,Ada,Bob,review,1,"
              + first
              + "\n2024-03-02T10:00:00Z,Bob,Ada,review,1,"
              + u
              + "\n");
    }
  }

  @Test
  void theStartOfTheFileIsReadOrRefusedAsTheTableSays() throws IOException {
    String body = HEADER + "2024-03-01T10:00:00Z,Ada,Bob,review,1\n";
    byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    byte[] text = body.getBytes(StandardCharsets.UTF_8);
    assertEquals(1, read(text).size(), "no byte-order mark");
    assertEquals(1, read(concat(bom, text)).size(), "one byte-order mark");
    FlowFileException twice =
        assertThrows(FlowFileException.class, () -> read(concat(bom, concat(bom, text))));
    assertEquals("the file starts with two byte order marks", twice.reason());
    FlowFileException utf16 =
        assertThrows(FlowFileException.class, () -> read(body.getBytes(StandardCharsets.UTF_16)));
    assertEquals("the file is UTF-16, not UTF-8", utf16.reason());
    String row = examples("start of the file").toString();
    assertTrue(row.contains("two byte-order marks"), row);
    assertTrue(row.contains("one UTF-8 byte-order mark"), row);
  }

  private static List<dev.reciprocity.Flow> read(byte[] bytes) {
    return FlowCsvReader.builder()
        .build()
        .read("flows.csv", new java.io.ByteArrayInputStream(bytes));
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] all = new byte[a.length + b.length];
    System.arraycopy(a, 0, all, 0, a.length);
    System.arraycopy(b, 0, all, a.length, b.length);
    return all;
  }
}
