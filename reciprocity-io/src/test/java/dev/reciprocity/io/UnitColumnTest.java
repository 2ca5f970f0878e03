package dev.reciprocity.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.reciprocity.Flow;
import dev.reciprocity.FlowKind;
import dev.reciprocity.core.LedgerSnapshot;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * The optional {@code unit} column: each kind counted in the unit of its rows (blank or no column
 * meaning {@code count}), one unit per kind in a file, and each problem rejected in its column with
 * its line and fix.
 */
class UnitColumnTest {

  private static final String HEADER = "timestamp,giver,receiver,kind,weight,unit\n";

  private static List<Flow> read(String csv) {
    return FlowCsvReader.builder().build().read("flows.csv", Csv.in(csv));
  }

  private static List<Rejection> rejections(String csv) {
    List<Rejection> all = new ArrayList<>();
    var unused = FlowCsvReader.builder().rejects(all::add).build().read("flows.csv", Csv.in(csv));
    return all;
  }

  @Test
  void eachKindIsCountedInTheUnitOfItsRows() {
    List<Flow> flows =
        read(
            HEADER
                + "2024-03-01T10:00:00Z,Ada,Bob,mentoring,1.5,hours\n"
                + "2024-03-02T10:00:00Z,Bob,Ada,review,1,\n"
                + "2024-03-03T10:00:00Z,Bob,Ada,mentoring,2, hours \n"
                + "2024-03-04T10:00:00Z,Cy,Ada,review,1,count\n");
    assertEquals(FlowKind.of("mentoring", "hours"), flows.get(0).kind());
    assertEquals(FlowKind.of("review"), flows.get(1).kind(), "blank means count");
    assertEquals(FlowKind.of("mentoring", "hours"), flows.get(2).kind(), "spaces are stripped");
    assertEquals(FlowKind.of("review"), flows.get(3).kind());
  }

  @Test
  void withoutTheColumnEveryKindIsCounted() {
    List<Flow> flows =
        read("timestamp,giver,receiver,kind,weight\n2024-03-01T10:00:00Z,Ada,Bob,review,1\n");
    assertEquals(FlowKind.of("review", FlowKind.DEFAULT_UNIT), flows.get(0).kind());
  }

  @Test
  void theColumnMayStandAnywhereAndInAnyCase() {
    List<Flow> flows =
        read(
            "Unit ,timestamp,giver,receiver,kind,weight\n"
                + "EUR,2024-03-01T10:00:00Z,Ada,Bob,money,10\n");
    assertEquals(FlowKind.of("money", "EUR"), flows.get(0).kind());
  }

  @Test
  void aSecondUnitOfAKindIsRejectedNamingTheLineOfTheFirst() {
    String csv =
        HEADER
            + "2024-03-01T10:00:00Z,Ada,Bob,mentoring,1,hours\n"
            + "2024-03-02T10:00:00Z,Bob,Ada,mentoring,60,minutes\n"
            + "2024-03-03T10:00:00Z,Bob,Ada,mentoring,1,hours\n";
    FlowFileException e = assertThrows(FlowFileException.class, () -> read(csv));
    String m = e.getMessage();
    assertTrue(m.contains("line 3"), m);
    assertTrue(m.contains("column unit"), m);
    assertTrue(m.contains("\"minutes\""), m);
    assertTrue(m.contains("which line 2 counts in hours"), m);
    assertTrue(m.contains("Fix: write the unit hours"), m);
    Messages.assertWithinRules(m);
    // with a rejects consumer the bad row alone is left out, and named
    List<Rejection> r = rejections(csv);
    assertEquals(1, r.size(), r::toString);
    assertEquals(3, r.get(0).line());
    assertEquals(Optional.of("unit"), r.get(0).column());
  }

  @Test
  void aRejectedFirstRowDoesNotFixTheKindsUnit() {
    // the first row of the kind is rejected for its weight, so the kind's unit is the next row's
    List<Rejection> r =
        rejections(
            HEADER
                + "2024-03-01T10:00:00Z,Ada,Bob,mentoring,-1,hours\n"
                + "2024-03-02T10:00:00Z,Bob,Ada,mentoring,60,minutes\n"
                + "2024-03-03T10:00:00Z,Bob,Ada,mentoring,1,hours\n");
    assertEquals(2, r.size(), r::toString);
    assertEquals(Optional.of("weight"), r.get(0).column());
    assertEquals(4, r.get(1).line());
    assertTrue(r.get(1).message().contains("which line 3 counts in minutes"), r.get(1)::message);
  }

  @Test
  void aBadUnitIsRejectedInItsColumn() {
    List<Rejection> r =
        rejections(
            HEADER
                + "2024-03-01T10:00:00Z,Ada,Bob,review,1,hours\u200B\n"
                + "2024-03-01T10:00:00Z,Ada,Bob,help,1,"
                + "x".repeat(FlowKind.MAX_LENGTH + 1)
                + "\n"
                + "2024-03-01T10:00:00Z,Ada,Bob,ack,1\n");
    assertEquals(3, r.size(), r::toString);
    r.forEach(x -> assertEquals(Optional.of("unit"), x.column(), x::message));
    assertTrue(r.get(0).message().contains("U+200B"), r.get(0)::message);
    assertTrue(r.get(1).message().contains("longer than 64"), r.get(1)::message);
    assertTrue(r.get(2).message().contains("is missing"), r.get(2)::message);
    r.forEach(x -> Messages.assertWithinRules(x.message()));
  }

  @Test
  void aHeaderThatNamesUnitTwiceIsRefused() {
    FlowFileException e =
        assertThrows(
            FlowFileException.class,
            () -> read("timestamp,giver,receiver,kind,weight,unit,UNIT\n"));
    assertTrue(
        e.getMessage().contains("names the column unit twice (columns 6 and 7)"), e::getMessage);
  }

  /**
   * Past the size read on two threads (4,096 rows), a second unit deep in the file is still
   * rejected with its line, and every other row is read in its kind's unit.
   */
  @Test
  void aLongFileIsCheckedRowByRow() {
    StringBuilder csv = new StringBuilder(HEADER);
    int rows = 20_000;
    for (int i = 0; i < rows; i++) {
      String kind = i % 2 == 0 ? "mentoring" : "review";
      String unit = i % 2 == 0 ? "hours" : "";
      if (i == 15_001) {
        unit = "minutes"; // a review counted in minutes, after 7,500 in count
      }
      csv.append("2024-03-01T10:00:00Z,p")
          .append(i % 7)
          .append(",q")
          .append(i % 5)
          .append(',')
          .append(kind)
          .append(",1,")
          .append(unit)
          .append('\n');
    }
    List<Rejection> r = new ArrayList<>();
    LedgerSnapshot s =
        FlowCsvReader.builder()
            .rejects(r::add)
            .build()
            .readSnapshot("flows.csv", Csv.in(csv.toString()));
    assertEquals(1, r.size(), r::toString);
    assertEquals(15_001 + 2, r.get(0).line());
    assertEquals(Set.of(FlowKind.of("mentoring", "hours"), FlowKind.of("review")), s.kinds());
    assertEquals(rows - 1, s.size());
  }

  /** Read kinds and their totals equal those of the rows written, for any assignment of units. */
  @Property(tries = 200)
  void kindsAndTotalsFollowTheRows(@ForAll("rows") List<Row> rows) {
    Map<String, String> unitOf = new TreeMap<>();
    Map<FlowKind, Long> expected = new TreeMap<>();
    StringBuilder csv = new StringBuilder(HEADER);
    for (Row row : rows) {
      String unit = unitOf.computeIfAbsent(row.kind, k -> row.unit);
      csv.append("2024-03-01T10:00:00Z,Ada,Bob,")
          .append(row.kind)
          .append(',')
          .append(row.micros / 1_000_000)
          .append('.')
          .append(String.format("%06d", row.micros % 1_000_000))
          .append(',')
          .append(unit.equals("count") && row.blank ? "" : unit)
          .append('\n');
      expected.merge(FlowKind.of(row.kind, unit), row.micros, Long::sum);
    }
    Map<FlowKind, Long> read = new TreeMap<>();
    for (Flow f : read(csv.toString())) {
      read.merge(f.kind(), f.amount().micros(), Long::sum);
    }
    assertEquals(expected, read);
  }

  record Row(String kind, String unit, long micros, boolean blank) {}

  @Provide
  Arbitrary<List<Row>> rows() {
    Arbitrary<Row> row =
        Combinators.combine(
                Arbitraries.of("review", "help", "mentoring", "money"),
                Arbitraries.of("count", "hours", "EUR", "person-hours"),
                Arbitraries.longs().between(0, 5_000_000_000L),
                Arbitraries.of(true, false))
            .as(Row::new);
    return row.list().ofMinSize(1).ofMaxSize(40);
  }
}
