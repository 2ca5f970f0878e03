package dev.reciprocity;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * The name profile of {@link PartyId} and {@link FlowKind} on the cases of issue 23 ("one person,
 * two parties"; "--fold-case refuses valid names") and on the examples of RFC 8266 section 4.
 */
class NameProfileTest {

  /**
   * Why-case 4: a no-break space at the edge of a name was kept, so {@code Ada} and {@code
   * Ada\u00A0} were two parties and a review called Ada a net giver and a net receiver.
   */
  @Test
  void aNoBreakSpaceOrAnyOtherUnicodeSpaceAtTheEdgeIsTheSameParty() {
    PartyId ada = PartyId.of("Ada");
    for (char space : NameProfileProperties.OTHER_SPACES) {
      String hex = String.format("U+%04X", (int) space);
      assertEquals(ada, PartyId.of("Ada" + space), hex);
      assertEquals(ada, PartyId.of(space + "Ada"), hex);
      assertEquals(FlowKind.of("review"), FlowKind.of("review" + space), hex);
    }
  }

  /**
   * Why-case 4: a zero-width space or U+FEFF at the edge of a name made a second party. They are
   * refused, at the edges and inside, with a message that names the character and the fix.
   */
  @Test
  void aZeroWidthSpaceOrByteOrderMarkAtTheEdgeIsRefusedByName() {
    for (String name :
        new String[] {"Ada\u200b", "\u200bAda", "Ada\ufeff", "\ufeffAda", "A\u200bda"}) {
      IllegalArgumentException e =
          assertThrows(IllegalArgumentException.class, () -> PartyId.of(name));
      String m = e.getMessage();
      assertAll(
          () -> assertTrue(m.startsWith("party id '"), m),
          () -> assertTrue(m.contains("U+200B (ZERO WIDTH SPACE)") || m.contains("U+FEFF"), m),
          () -> assertTrue(m.contains("Fix: remove it"), m),
          () -> assertTrue(m.length() <= 300, m));
    }
  }

  /** Why-case 4: bidirectional overrides reached names and the reports raw. */
  @Test
  void bidiControlsNeverPassIntoANameOrAKind() {
    for (char bidi : NameProfileProperties.BIDI) {
      String hex = String.format("U+%04X", (int) bidi);
      for (String name : new String[] {bidi + "Ada", "Ada" + bidi, "A" + bidi + "da"}) {
        IllegalArgumentException e =
            assertThrows(IllegalArgumentException.class, () -> PartyId.of(name), hex);
        assertTrue(e.getMessage().contains(hex + " ("), e::getMessage);
        assertTrue(e.getMessage().contains("bidirectional control"), e::getMessage);
        assertThrows(IllegalArgumentException.class, () -> PartyId.ofCaseFolded(name), hex);
        assertThrows(IllegalArgumentException.class, () -> FlowKind.of(name), hex);
        assertThrows(IllegalArgumentException.class, () -> FlowKind.of("review", name), hex);
      }
    }
  }

  @Test
  void theRefusalSaysWhichCharacterItIsAndWhere() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> PartyId.of("Ada\u202e"));

    assertEquals(
        // the message escapes the override it names, so that it cannot turn the text around
        "party id 'Ada\\u202E' holds U+202E (RIGHT-TO-LEFT OVERRIDE) as character 4: a"
            + " bidirectional control, refused as it can make a name look like another. Fix:"
            + " remove it.",
        e.getMessage());
  }

  /** RFC 8266 section 2.1, additional mapping rule: runs of spaces inside a name are one space. */
  @Test
  void runsOfSpacesInsideANameAreOneSpace() {
    assertEquals("Ada Lovelace", PartyId.of("  Ada \u00a0\u3000 Lovelace\u2003").value());
    assertEquals(PartyId.of("Ada Lovelace"), PartyId.of("Ada  Lovelace"));
    assertEquals(FlowKind.of("code review"), FlowKind.of("code\u00a0review"));
  }

  /**
   * The examples of RFC 8266 section 4, as this variant reads them: spaces mapped and collapsed,
   * symbols allowed; NFC rather than NFKC, so that the Roman numeral four and the information
   * source sign stay as written (RFC 8266 would store "Richard IV" and "i").
   */
  @Test
  void theExamplesOfRfc8266() {
    assertEquals("Foo", PartyId.of("Foo").value());
    assertEquals("foo", PartyId.of("foo").value());
    assertEquals("Foo Bar", PartyId.of("Foo Bar").value());
    assertEquals("foo bar", PartyId.of("  foo  bar  ").value());
    assertEquals("\u03a3", PartyId.of("\u03a3").value());
    assertEquals("\u265a", PartyId.of("\u265a").value());
    assertEquals("Richard \u2163", PartyId.of("Richard \u2163").value());
    assertNotEquals(PartyId.of("Richard IV"), PartyId.of("Richard \u2163"));
    assertEquals("\u2139", PartyId.of("\u2139").value());
    // the comparison of RFC 8266 lower-cases: Foo and foo are one nickname, here under folding
    assertEquals(PartyId.ofCaseFolded("Foo"), PartyId.ofCaseFolded("foo"));
    assertEquals(PartyId.ofCaseFolded("\u03a3"), PartyId.ofCaseFolded("\u03c3"));
    // and, as Unicode case folding, unlike toLowerCase: the final sigma too
    assertEquals(PartyId.ofCaseFolded("\u03c3"), PartyId.ofCaseFolded("\u03c2"));
  }

  /** Joiners and variation selectors in their context: emoji and Persian names are names. */
  @Test
  void emojiSequencesAndPersianNamesAreNames() {
    String[] names = {
      "\ud83d\udc69\u200d\ud83d\udcbb", // woman technologist: a ZWJ sequence
      "\u2764\ufe0f", // red heart with emoji presentation
      "1\ufe0f\u20e3", // keycap one
      "\u0645\u06cc\u200c\u062e\u0648\u0627\u0647\u0645", // Persian, with a zero-width non-joiner
      "\u0915\u094d\u200d\u0937", // Devanagari, a joiner after the virama
    };
    for (String name : names) {
      assertEquals(name, PartyId.of(name).value());
    }
    for (String bad : new String[] {"Ada\u200d", "\u200dAda", "A\u200dda", "Ada\ufe0f"}) {
      assertThrows(IllegalArgumentException.class, () -> PartyId.of(bad), bad);
    }
  }

  @Test
  void charactersWithoutMeaningInANameAreRefused() {
    String[] bad = {
      "Ada\ue000", // private use
      "Ada\u0378", // not assigned in Unicode 13
      "Ada\ud800", // an unpaired surrogate
      "Ada\u2029Bob", // a paragraph separator
      "\u0645\u0640\u062d", // the Arabic tatweel, RFC 5892 section 2.6
      "Ada\u3164", // the Hangul filler, invisible
      "Ada\u00ad", // the soft hyphen
    };
    for (String b : bad) {
      IllegalArgumentException e =
          assertThrows(IllegalArgumentException.class, () -> PartyId.of(b), b);
      assertTrue(e.getMessage().contains("Fix: "), e::getMessage);
    }
  }

  /**
   * Why-case 6: 256 letters ᾂ (U+1F82) fold to 512 characters ("ἂι" each); the refusal says that
   * the folded form, the one stored, is what is too long.
   */
  @Test
  void aNameThatFoldsLongerIsRefusedSayingSo() {
    String greek = "\u1f82".repeat(256);

    assertEquals(greek, PartyId.of(greek).value());
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> PartyId.ofCaseFolded(greek));
    String m = e.getMessage();
    assertAll(
        () -> assertTrue(m.contains("(256 characters) is 512 characters once case-folded"), m),
        () -> assertTrue(m.contains("longer than 256"), m),
        () -> assertTrue(m.contains("Fix: shorten it"), m),
        () -> assertTrue(m.length() <= 300, m));
    assertEquals("\u1f02\u03b9".repeat(128), PartyId.ofCaseFolded("\u1f82".repeat(128)).value());
  }

  @Test
  void caseFoldingGoesToAFixedPointAndIsStable() {
    assertEquals("strasse", PartyId.ofCaseFolded("STRA\u1e9eE").value());
    assertEquals("i\u0307stanbul", PartyId.ofCaseFolded("\u0130stanbul").value());
    // ΐ folds to three characters, which NFC composes back into one
    assertEquals("\u0390", PartyId.ofCaseFolded("\u0390").value());
    assertEquals("ffi", PartyId.ofCaseFolded("\ufb03").value());
    assertEquals("k", PartyId.ofCaseFolded("\u212a").value()); // the Kelvin sign
    assertEquals(
        "\u03bf\u03b4\u03bf\u03c3", PartyId.ofCaseFolded("\u039f\u0394\u039f\u03a3").value());
  }
}
