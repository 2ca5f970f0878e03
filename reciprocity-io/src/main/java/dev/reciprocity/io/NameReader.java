package dev.reciprocity.io;

import dev.reciprocity.FlowKind;
import dev.reciprocity.PartyId;
import dev.reciprocity.core.LedgerSnapshot;
import java.text.Normalizer;
import java.util.Arrays;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Reads the {@code giver}, {@code receiver} and {@code kind} columns of {@link FlowCsvReader}: each
 * distinct name as written is checked and brought to canonical form once ({@link PartyId#of}, or
 * {@link PartyId#ofCaseFolded} when folding case, and {@link FlowKind#of}), then found again in an
 * {@link IndexCache} without making an object. Not thread-safe: one per read.
 */
final class NameReader {

  /** What {@link #party} and {@link #kind} return after a rejection. */
  static final int REJECTED = -1;

  /** What {@link #party} and {@link #kind} return for a name read for the first time. */
  static final int NEW = -2;

  private final Problems problems;
  private final boolean foldCase;
  private final IndexCache partyIndexes = new IndexCache();
  private final IndexCache kindIndexes = new IndexCache();
  private PartyId[] partiesByIndex = new PartyId[64];
  private FlowKind[] kindsByIndex = new FlowKind[16];
  private String[] unitsAsWritten = new String[16];
  private long[] kindLines = new long[16];

  /** The party read for the first time by the last {@link #party} that returned {@link #NEW}. */
  @Nullable PartyId newParty;

  /** The kind read for the first time by the last {@link #kind} that returned {@link #NEW}. */
  @Nullable FlowKind newKind;

  NameReader(Problems problems, boolean foldCase) {
    this.problems = problems;
    this.foldCase = foldCase;
  }

  /**
   * The cache slot of the row's name in value {@code index}, whose key is in key slot {@code
   * keySlot} of the row, for reading it ahead.
   */
  int slotOf(CsvRow r, int index, int keySlot) {
    return partyIndexes.slotOf(r.key(keySlot, index).hash);
  }

  /** Reads a cache slot, so that its line is in the processor's cache when the row is checked. */
  long touch(int slot) {
    return partyIndexes.read(slot);
  }

  /**
   * The dictionary index of the value's party; {@link #REJECTED} after a rejection; or {@link #NEW}
   * for a party read for the first time, then in {@link #newParty}.
   */
  int party(CsvRow row, long line, int index, int keySlot, String column, String role) {
    if (index >= row.count) {
      problems.missing(line, column, row.count);
      return REJECTED;
    }
    int known =
        partyIndexes.get(row.chars(), row.start(index), row.end(index), row.key(keySlot, index));
    if (known >= 0) {
      return known;
    }
    newParty = slowParty(line, row.text(index).strip(), column, role);
    return newParty == null ? REJECTED : NEW;
  }

  /** The party of a dictionary index, or {@code pending} for {@link #NEW}. */
  PartyId partyOf(int index, @Nullable PartyId pending) {
    return index == NEW ? kept(pending) : partiesByIndex[index];
  }

  /**
   * The name {@link #party} or {@link #kind} kept in {@link #newParty} or {@link #newKind} when it
   * returned {@link #NEW}, which sets it to a name, never to null.
   *
   * @throws IllegalStateException if {@code name} is null: a caller passed it for another index
   */
  static <T> T kept(@Nullable T name) {
    if (name == null) {
      throw new IllegalStateException("no name kept for an index NEW");
    }
    return name;
  }

  /** Lets a party into the dictionary and its name as written into the cache. */
  int admitParty(LedgerSnapshot.Builder flows, PartyId party, CsvRow row, int value) {
    int index = flows.partyIndex(party);
    if (index >= partiesByIndex.length) {
      partiesByIndex =
          Arrays.copyOf(partiesByIndex, Math.max(index + 1, 2 * partiesByIndex.length));
    }
    partiesByIndex[index] = party;
    partyIndexes.put(row.chars(), row.start(value), row.end(value), index);
    return index;
  }

  /**
   * Lets a kind into the dictionary and its name as written into the cache; {@code unit} is the
   * value of the unit column, {@code -1} without one.
   */
  int admitKind(LedgerSnapshot.Builder flows, FlowKind kind, CsvRow row, int value, int unit) {
    int index = flows.kindIndex(kind);
    kindIndexes.put(row.chars(), row.start(value), row.end(value), index);
    if (index >= kindsByIndex.length) {
      int size = Math.max(index + 1, 2 * kindsByIndex.length);
      kindsByIndex = Arrays.copyOf(kindsByIndex, size);
      unitsAsWritten = Arrays.copyOf(unitsAsWritten, size);
      kindLines = Arrays.copyOf(kindLines, size);
    }
    if (kindsByIndex[index] == null) {
      kindsByIndex[index] = kind;
      unitsAsWritten[index] = unit < 0 ? "" : row.text(unit);
      kindLines[index] = row.line;
    }
    return index;
  }

  private @Nullable PartyId slowParty(long line, String text, String column, String role) {
    if (text.isEmpty()) {
      problems.reject(
          line,
          column,
          text,
          "is blank",
          "write " + role + " in this flow; every flow has a giver and a receiver");
      return null;
    }
    if (!checkName(
        line,
        column,
        text,
        PartyId.MAX_LENGTH,
        "shorten it, or write an id (a user name, an e-mail hash) instead")) {
      return null;
    }
    try {
      return foldCase ? PartyId.ofCaseFolded(text) : PartyId.of(text);
    } catch (IllegalArgumentException e) {
      // The checks above mirror PartyId's own; this catches the rules only it knows.
      problems.reject(
          line,
          column,
          text,
          "is not a valid party id (" + Problems.detail(e) + ")",
          "correct the name as the reason says");
      return null;
    }
  }

  /**
   * The dictionary index of the value's kind; {@link #REJECTED} after a rejection; or {@link #NEW}
   * for a kind read for the first time, then in {@link #newKind}.
   */
  int kind(CsvRow row, long line, int index, int unit) {
    if (index >= row.count) {
      problems.missing(line, "kind", row.count);
      return REJECTED;
    }
    if (unit >= row.count) {
      problems.missing(line, FlowCsvReader.UNIT_COLUMN, row.count);
      return REJECTED;
    }
    int known = kindIndexes.get(row.chars(), row.start(index), row.end(index), row.key(2, index));
    if (known >= 0) {
      return unit < 0 || sameUnit(row, line, unit, known) ? known : REJECTED;
    }
    @Nullable String unitName =
        unit < 0 ? FlowKind.DEFAULT_UNIT : slowUnit(line, row.text(unit).strip());
    newKind =
        slowKind(
            line, row.text(index).strip(), unitName == null ? FlowKind.DEFAULT_UNIT : unitName);
    return newKind == null || unitName == null ? REJECTED : NEW;
  }

  /**
   * Whether the row's unit is the unit its kind was first read with: the same text as written, or
   * the same canonical unit; a second unit of one kind is rejected.
   */
  private boolean sameUnit(CsvRow row, long line, int unit, int kindIndex) {
    String written = unitsAsWritten[kindIndex];
    int start = row.start(unit);
    int length = row.end(unit) - start;
    if (length == written.length()) {
      char[] chars = row.chars();
      boolean same = true;
      for (int i = 0; i < length && same; i++) {
        same = chars[start + i] == written.charAt(i);
      }
      if (same) {
        return true;
      }
    }
    String read = slowUnit(line, row.text(unit).strip());
    if (read == null) {
      return false;
    }
    FlowKind kind = kindsByIndex[kindIndex];
    if (read.equals(kind.unit())) {
      return true;
    }
    problems.reject(
        line,
        FlowCsvReader.UNIT_COLUMN,
        read,
        "is a second unit of kind "
            + kind.name()
            + ", which line "
            + kindLines[kindIndex]
            + " counts in "
            + kind.unit()
            + ": amounts in two units cannot be added",
        "write the unit "
            + kind.unit()
            + ", convert the amount to it, or give the kind a name of its own for this unit");
    return false;
  }

  /**
   * A unit in canonical form, {@value FlowKind#DEFAULT_UNIT} when blank; null after a rejection.
   */
  private @Nullable String slowUnit(long line, String text) {
    if (text.isEmpty()) {
      return FlowKind.DEFAULT_UNIT;
    }
    if (!checkName(
        line,
        FlowCsvReader.UNIT_COLUMN,
        text,
        FlowKind.MAX_LENGTH,
        "write a short unit, such as hours, count or EUR")) {
      return null;
    }
    try {
      return FlowKind.of("unit", text).unit();
    } catch (IllegalArgumentException e) {
      // The checks above mirror FlowKind's own; this catches the rules only it knows.
      problems.reject(
          line,
          FlowCsvReader.UNIT_COLUMN,
          text,
          "is not a valid unit (" + Problems.detail(e) + ")",
          "correct the unit as the reason says");
      return null;
    }
  }

  private @Nullable FlowKind slowKind(long line, String text, String unit) {
    if (text.isEmpty()) {
      problems.reject(
          line, "kind", text, "is blank", "write what flowed, such as review, help or mentor");
      return null;
    }
    if (!checkName(
        line,
        "kind",
        text,
        FlowKind.MAX_LENGTH,
        "write a short name for what flowed, such as review, help or mentor")) {
      return null;
    }
    try {
      return FlowKind.of(text, unit);
    } catch (IllegalArgumentException e) {
      // The checks above mirror FlowKind's own; this catches the rules only it knows.
      problems.reject(
          line,
          "kind",
          text,
          "is not a valid kind (" + Problems.detail(e) + ")",
          "correct the kind as the reason says");
      return null;
    }
  }

  /**
   * Checks a stripped, non-empty name before {@link PartyId#of} and {@link FlowKind#of} read it:
   * refuses U+FFFD (bytes that were not UTF-8), control characters and unpaired surrogates (not
   * characters; they cannot be written back as UTF-8). The length is checked first on the text as
   * read, with the bound {@code 4 * max + 64} that the canonical form uses too (NFC shrinks a text
   * to a quarter at most), and only then on the canonical form, so that no normalisation is done on
   * a hostile value.
   */
  private boolean checkName(long line, String column, String text, int max, String shorten) {
    if (text.length() > 4 * max + 64) {
      problems.reject(line, column, text, "is longer than " + max + " characters", shorten);
      return false;
    }
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\uFFFD') {
        problems.reject(
            line,
            column,
            text,
            "holds bytes that are not UTF-8 (shown as U+FFFD)",
            "save the file as UTF-8 (in a spreadsheet: \"CSV UTF-8\")");
        return false;
      }
      if (Character.isISOControl(c)) {
        problems.reject(
            line,
            column,
            text,
            String.format(Locale.ROOT, "holds the control character U+%04X", (int) c),
            "keep names on one line and remove control characters");
        return false;
      }
      if (Character.isSurrogate(c)) {
        boolean paired =
            Character.isHighSurrogate(c)
                && i + 1 < text.length()
                && Character.isLowSurrogate(text.charAt(i + 1));
        if (!paired) {
          problems.reject(
              line,
              column,
              text,
              String.format(
                  Locale.ROOT,
                  "holds the unpaired surrogate U+%04X, which is not a character",
                  (int) c),
              "save the file as UTF-8 (in a spreadsheet: \"CSV UTF-8\")");
          return false;
        }
        i++;
      }
    }
    if (text.length() > max && Normalizer.normalize(text, Normalizer.Form.NFC).length() > max) {
      problems.reject(line, column, text, "is longer than " + max + " characters", shorten);
      return false;
    }
    return true;
  }
}
