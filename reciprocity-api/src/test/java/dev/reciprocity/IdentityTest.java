package dev.reciprocity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Canonical party ids and flow kinds on the examples their javadoc gives. */
class IdentityTest {

  private static final String TEN_MEGABYTES = "a".repeat(10 * 1024 * 1024);

  @Test
  void reneIsOnePartyHoweverWritten() {
    PartyId composed = PartyId.of("Ren\u00e9");

    assertEquals(composed, PartyId.of("Rene\u0301"));
    assertEquals(composed, PartyId.of("  Ren\u00e9\t"));
    assertEquals("Ren\u00e9", PartyId.of("\u3000Rene\u0301\n").value());
    assertNotEquals(composed, PartyId.of("ren\u00e9"), "case is kept by of");
  }

  @Test
  void ofCaseFoldedMakesOnePartyOfAnEmailAddressInAnyCase() {
    assertEquals(PartyId.ofCaseFolded("Ada@Example.org"), PartyId.ofCaseFolded("ada@example.org"));
    assertEquals("ada@example.org", PartyId.ofCaseFolded(" ADA@EXAMPLE.ORG ").value());
    assertEquals(PartyId.of("ren\u00e9"), PartyId.ofCaseFolded("RENE\u0301"));
  }

  /**
   * Bug: {@code toLowerCase} writes a final capital sigma as {@code ς}, so {@code "ΟΔΟΣ"} folds to
   * {@code "οδος"} while {@code "οδοσ"}, the same name in another case, stays {@code "οδοσ"}: two
   * parties for a host whose names are case-insensitive. Unicode case folding (and {@code
   * equalsIgnoreCase}) makes them one.
   */
  @Test
  void ofCaseFoldedMakesOnePartyOfEverySpellingOfSharpS() {
    // capital sharp s lower-cases to sharp s, which upper-cases to SS: one party, "strasse"
    assertEquals("strasse", PartyId.ofCaseFolded("STRA\u1E9EE").value());
    assertEquals("strasse", PartyId.ofCaseFolded("Stra\u00dfe").value());
    assertEquals("strasse", PartyId.ofCaseFolded("STRASSE").value());
  }

  @Test
  void ofCaseFoldedMakesOnePartyOfAGreekNameInAnyCase() {
    assertTrue("\u039f\u0394\u039f\u03a3".equalsIgnoreCase("\u03bf\u03b4\u03bf\u03c3"));
    assertEquals(
        PartyId.ofCaseFolded("\u039f\u0394\u039f\u03a3"),
        PartyId.ofCaseFolded("\u03bf\u03b4\u03bf\u03c3"));
    assertEquals(
        PartyId.ofCaseFolded("\u03bf\u03b4\u03bf\u03c2"),
        PartyId.ofCaseFolded("\u03bf\u03b4\u03bf\u03c3"));
  }

  /**
   * Bug: a name in more than 1,088 characters of surrounding white space (a padded fixed-width
   * field) is refused as "longer than 256 characters" before it is stripped, though its canonical
   * form is 3 characters: the early bound on the raw text counts the padding.
   */
  @Test
  void aNameInLongSurroundingWhiteSpaceIsStillTheParty() {
    assertEquals(PartyId.of("ada"), PartyId.of(" ".repeat(1100) + "ada"));
  }

  @Test
  void twoHundredFiftySixCharactersAreANameAndOneMoreIsNot() {
    assertEquals(256, PartyId.of("p".repeat(256)).value().length());
    assertEquals(256, PartyId.of("  " + "p".repeat(256) + "  ").value().length());
    assertThrows(IllegalArgumentException.class, () -> PartyId.of("p".repeat(257)));
  }

  @Test
  void aTenMegabyteNameIsRefusedWithAShortMessageSayingItsLength() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> PartyId.of(TEN_MEGABYTES));

    String m = e.getMessage();
    assertTrue(m.length() < 300, () -> m.length() + " characters: " + m.substring(0, 300));
    assertTrue(m.contains("256") && m.contains(String.valueOf(TEN_MEGABYTES.length())), m);
  }

  @Test
  void aTenMegabyteKindOrUnitIsRefusedWithAShortMessage() {
    IllegalArgumentException name =
        assertThrows(IllegalArgumentException.class, () -> FlowKind.of(TEN_MEGABYTES));
    // a unit after the longest name that strips to a valid one: both are quoted, both cut short
    String paddedName = "n".repeat(FlowKind.MAX_LENGTH) + " ".repeat(4 * FlowKind.MAX_LENGTH);
    IllegalArgumentException unit =
        assertThrows(IllegalArgumentException.class, () -> FlowKind.of(paddedName, TEN_MEGABYTES));

    for (IllegalArgumentException e : new IllegalArgumentException[] {name, unit}) {
      String m = e.getMessage();
      assertTrue(m.length() < 300, () -> m.length() + " characters: " + m.substring(0, 300));
      assertTrue(m.contains("64"), m);
    }
  }

  @Test
  void blankAndControlCharactersAreRefused() {
    String[] bad = {"", " ", "\t\n", "\u3000", "ada\nbob", "ada\u0000", "a\u0085b"};
    for (String b : bad) {
      assertThrows(IllegalArgumentException.class, () -> PartyId.of(b), () -> "'" + b + "'");
      assertThrows(IllegalArgumentException.class, () -> FlowKind.of(b), () -> "'" + b + "'");
      assertThrows(
          IllegalArgumentException.class, () -> FlowKind.of("review", b), () -> "unit '" + b + "'");
    }
  }

  @Test
  void aKindIsOneKindHoweverWritten() {
    assertEquals(
        FlowKind.of("r\u00e9vision", "heures"), FlowKind.of(" re\u0301vision ", "heures\n"));
    assertEquals(FlowKind.of("review", "count"), FlowKind.of("review"));
    assertNotEquals(FlowKind.of("review", "count"), FlowKind.of("review", "hours"));
  }
}
