package dev.reciprocity.benchmarks;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.reciprocity.Flow;
import dev.reciprocity.FlowKind;
import dev.reciprocity.PartyId;
import dev.reciprocity.io.FlowCsvReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FlowGeneratorTest {

  private static final int ROWS = 20_000;

  private static byte[] generate(int rows, int parties) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    FlowGenerator.write(out, rows, parties);
    return out.toByteArray();
  }

  @Test
  void sameArgumentsGiveTheSameBytes() throws IOException {
    assertArrayEquals(generate(ROWS, 1000), generate(ROWS, 1000));
    assertFalse(
        Arrays.equals(generate(ROWS, 1000), generate(ROWS, 1001)),
        "another number of parties gives another file");
  }

  @Test
  void theFileWrittenToAPathIsTheStreamsAndNoPartFileIsLeft(@TempDir Path dir) throws IOException {
    Path csv = dir.resolve("flows.csv");
    FlowGenerator.write(csv, 500, 50);
    assertArrayEquals(generate(500, 50), Files.readAllBytes(csv));
    try (Stream<Path> files = Files.list(dir)) {
      assertEquals(List.of(csv), files.collect(Collectors.toList()));
    }
  }

  @Test
  void theLibraryReadsEveryRowAndTheRowsFollowTheRecipe(@TempDir Path dir) throws IOException {
    Path csv = dir.resolve("flows.csv");
    FlowGenerator.write(csv, ROWS);
    // the reader refuses self-loops, negative or over-precise weights and bad timestamps
    List<Flow> flows = FlowCsvReader.builder().build().read(csv);
    assertEquals(ROWS, flows.size());

    Set<FlowKind> kinds = new HashSet<>();
    Map<PartyId, Integer> given = new HashMap<>();
    Set<List<PartyId>> seen = new HashSet<>();
    int reversing = 0;
    Instant previous = FlowGenerator.START;
    for (Flow f : flows) {
      kinds.add(f.kind());
      given.merge(f.giver(), 1, Integer::sum);
      assertTrue(f.amount().micros() > 0, f.toString());
      assertEquals(0, f.amount().micros() % 1000, "at most 3 decimals: " + f);
      assertFalse(f.instant().isBefore(previous), "rows in time order: " + f);
      assertTrue(f.instant().isBefore(FlowGenerator.END), f.toString());
      previous = f.instant();
      if (seen.contains(List.of(f.receiver(), f.giver()))) {
        reversing++;
      }
      seen.add(List.of(f.giver(), f.receiver()));
    }
    assertEquals(
        Set.of(FlowKind.of("review"), FlowKind.of("mentoring"), FlowKind.of("labour")), kinds);
    // 30% of the rows reverse an earlier one (binomial sd 0.3%); a few more reverse one by chance
    double share = reversing / (double) ROWS;
    assertTrue(share > 0.29 && share < 0.40, "share of rows reversing an earlier one: " + share);
    // Zipf, exponent 1: party 0 is the first giver of about ln 2 / ln 100001 = 6% of the 70%
    // of rows that are not reversals, so it gives about 4% of all rows, more than any other
    PartyId first = PartyId.of("p000000");
    int top = given.get(first);
    assertTrue(top > 0.03 * ROWS, "party 0 gives " + top);
    given.forEach((p, n) -> assertTrue(p.equals(first) || n < top, p + " gives " + n));
    // most parties give little: the median giver gives a handful of flows
    List<Integer> counts = given.values().stream().sorted().collect(Collectors.toList());
    assertTrue(counts.get(counts.size() / 2) <= 3, "median giver gives " + counts);
  }

  @Test
  void textIsTheProjectsFormat() throws IOException {
    String[] lines = new String(generate(2000, 100), StandardCharsets.US_ASCII).split("\n", -1);
    assertEquals(FlowGenerator.HEADER, lines[0]);
    assertEquals("", lines[lines.length - 1], "the file ends with a line break");
    Pattern row =
        Pattern.compile(
            "20(2[0-4])-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ,p0000\\d\\d,p0000\\d\\d,"
                + "(review|mentoring|labour),\\d+(\\.\\d{0,2}[1-9])?");
    for (int i = 1; i < lines.length - 1; i++) {
      assertTrue(row.matcher(lines[i]).matches(), "line " + (i + 1) + ": " + lines[i]);
    }
    assertEquals(2002, lines.length);
  }

  @Test
  void namesHaveAtLeastSixDigitsAndMoreWhenNeeded() {
    byte[][] names = FlowGenerator.partyNames(1_000_001);
    assertEquals("p0000005", new String(names[5], StandardCharsets.US_ASCII));
    assertEquals("p1000000", new String(names[1_000_000], StandardCharsets.US_ASCII));
    assertEquals("p000001", new String(FlowGenerator.partyNames(2)[1], StandardCharsets.US_ASCII));
  }

  @Test
  void twoPartiesAndOneRowAreEnoughButFewerAreRefused() throws IOException {
    String text = new String(generate(1, 2), StandardCharsets.US_ASCII);
    assertTrue(
        Pattern.matches(
            FlowGenerator.HEADER + "\n202[0-4]-[^\n]*,p00000[01],p00000[01],[^\n]*\n", text),
        text);
    assertThrows(IllegalArgumentException.class, () -> generate(0, 2));
    assertThrows(IllegalArgumentException.class, () -> generate(1, 1));
  }
}
