package dev.reciprocity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.text.Normalizer;
import java.text.Normalizer.Form;
import java.util.List;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.statistics.Statistics;

/**
 * Invariant 11 (docs/design.md, section 3, Invariants), identity: a party's name means one party
 * however it was written. {@link PartyId#of} is canonical: idempotent, blind to surrounding white
 * space, to the kind of space and to the Unicode spelling (NFC or NFD), refusing what cannot be a
 * name (empty, blank, control characters, too long) with a short message; {@link
 * NameProfileProperties} holds the PRECIS rules; {@link PartyId#ofCaseFolded} folds case as well;
 * {@link FlowKind#of} is canonical in the same way for names and units.
 */
class IdentityProperties {

  /** What a refusal may cost a log line, whatever was refused. */
  private static final int MAX_MESSAGE = 300;

  /**
   * For any text: either refused with a short {@link IllegalArgumentException}, or an id whose
   * value is its own canonical form (spaces mapped, stripped and collapsed, NFC, 1 to 256
   * characters, no control character), so that reading the value back gives the same id.
   */
  @Property(tries = 1000)
  void ofIsIdempotentOrRefusesWithAShortMessage(@ForAll("anyTexts") String raw) {
    PartyId id;
    try {
      id = PartyId.of(raw);
    } catch (IllegalArgumentException e) {
      Statistics.label("of").collect("refused");
      assertTrue(e.getMessage().length() < MAX_MESSAGE, e::getMessage);
      return;
    }
    Statistics.label("of").collect("accepted");
    Statistics.label("of").coverage(c -> c.check("accepted").percentage(p -> p > 30));
    Statistics.label("of").coverage(c -> c.check("refused").percentage(p -> p > 10));
    String v = id.value();
    assertEquals(id, PartyId.of(v));
    assertEquals(v, PartyId.of(v).value());
    assertEquals(v.strip(), v, "stripped");
    assertTrue(Normalizer.isNormalized(v, Form.NFC), "NFC");
    assertTrue(!v.isEmpty() && v.length() <= PartyId.MAX_LENGTH, v);
    assertTrue(v.chars().noneMatch(Character::isISOControl), v);
    // and it is the canonical form of the text
    assertEquals(canonical(raw), v);
  }

  @Property
  void surroundingWhiteSpaceIsStripped(
      @ForAll("names") String name,
      @ForAll("whiteSpace") String before,
      @ForAll("whiteSpace") String after) {
    PartyId id = PartyId.of(name);

    assertEquals(id, PartyId.of(before + name + after));
    assertEquals(id.value(), PartyId.of(before + name + after).value());
  }

  @Property
  void nfcAndNfdSpellingsAreOneParty(@ForAll("names") String name) {
    String nfc = Normalizer.normalize(name, Form.NFC);
    String nfd = Normalizer.normalize(name, Form.NFD);
    Statistics.label("spellings").collect(nfc.equals(nfd) ? "one" : "two");
    Statistics.label("spellings").coverage(c -> c.check("two").percentage(p -> p > 30));

    assertEquals(PartyId.of(nfc), PartyId.of(nfd));
    assertEquals(PartyId.of(name), PartyId.of(nfd));
    assertEquals(canonical(nfc), PartyId.of(nfd).value());
  }

  /**
   * The length bound is on the canonical form: {@code n} accented letters written in NFD (two
   * characters each) are one party of {@code n} characters, accepted up to 256.
   */
  @Property(tries = 200)
  void theLengthBoundIsOnTheCanonicalForm(@ForAll @IntRange(min = 100, max = 400) int n) {
    String nfd = "e\u0301".repeat(n);

    if (n <= PartyId.MAX_LENGTH) {
      assertEquals("\u00e9".repeat(n), PartyId.of(nfd).value());
    } else {
      IllegalArgumentException e =
          assertThrows(IllegalArgumentException.class, () -> PartyId.of(nfd));
      assertTrue(
          e.getMessage().contains("256") && e.getMessage().length() < MAX_MESSAGE, e::getMessage);
    }
  }

  @Property
  void aControlCharacterInsideANameIsRefused(
      @ForAll("names") String left,
      @ForAll("controlCharacters") char control,
      @ForAll("names") String right) {
    String name = "x" + left + control + right + "x";

    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> PartyId.of(name));
    assertTrue(e.getMessage().contains(String.format("U+%04X", (int) control)), e::getMessage);
    assertTrue(e.getMessage().length() < MAX_MESSAGE, e::getMessage);
    assertThrows(IllegalArgumentException.class, () -> FlowKind.of(name));
    assertThrows(IllegalArgumentException.class, () -> FlowKind.of("review", name));
  }

  @Property
  void emptyAndBlankNamesAreRefused(@ForAll("whiteSpace") String blank) {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> PartyId.of(blank));
    assertTrue(e.getMessage().contains("empty"), e::getMessage);
    assertThrows(IllegalArgumentException.class, () -> PartyId.ofCaseFolded(blank));
    assertThrows(IllegalArgumentException.class, () -> FlowKind.of(blank));
    assertThrows(IllegalArgumentException.class, () -> FlowKind.of("review", blank));
  }

  @Property(tries = 200)
  void namesLongerThan256AreRefusedWithAShortMessage(
      @ForAll @IntRange(min = 257, max = 20_000) int length, @ForAll("names") String name) {
    String tooLong = (name + "x".repeat(length)).substring(0, length);
    // accepted exactly when the canonical form is short enough
    if (canonical(tooLong).length() <= PartyId.MAX_LENGTH) {
      return;
    }

    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> PartyId.of(tooLong));
    assertTrue(e.getMessage().contains("longer than 256"), e::getMessage);
    assertTrue(e.getMessage().length() < MAX_MESSAGE, () -> e.getMessage().length() + " chars");
  }

  /**
   * {@code ofCaseFolded} makes one party of every case and spelling of a name: upper, lower, mixed,
   * NFC or NFD. Names of Latin letters with and without accents, whose upper and lower case map
   * back to each other ({@code ß} upper-cases to {@code SS} and is left out).
   */
  @Property
  void ofCaseFoldedFoldsCaseAndSpelling(@ForAll("latinNames") String name) {
    PartyId folded = PartyId.ofCaseFolded(name);

    assertEquals(folded, PartyId.ofCaseFolded(name.toUpperCase(Locale.ROOT)));
    assertEquals(folded, PartyId.ofCaseFolded(name.toLowerCase(Locale.ROOT)));
    assertEquals(
        folded,
        PartyId.ofCaseFolded(Normalizer.normalize(name.toUpperCase(Locale.ROOT), Form.NFD)));
    assertEquals(PartyId.of(name.toLowerCase(Locale.ROOT)), folded);
    assertEquals(folded.value().toLowerCase(Locale.ROOT), folded.value());
  }

  @Property(tries = 500)
  void ofCaseFoldedIsIdempotent(@ForAll("anyTexts") String raw) {
    PartyId folded;
    try {
      folded = PartyId.ofCaseFolded(raw);
    } catch (IllegalArgumentException e) {
      assertTrue(e.getMessage().length() < MAX_MESSAGE, e::getMessage);
      return;
    }
    assertEquals(folded, PartyId.ofCaseFolded(folded.value()));
    assertEquals(folded, PartyId.of(folded.value()));
  }

  @Property(tries = 1000)
  void flowKindOfIsCanonicalOrRefusesWithAShortMessage(
      @ForAll("anyTexts") String name, @ForAll("anyTexts") String unit) {
    FlowKind kind;
    try {
      kind = FlowKind.of(name, unit);
    } catch (IllegalArgumentException e) {
      assertTrue(e.getMessage().length() < MAX_MESSAGE, e::getMessage);
      return;
    }
    assertEquals(kind, FlowKind.of(kind.name(), kind.unit()));
    assertEquals(canonical(name), kind.name());
    assertEquals(canonical(unit), kind.unit());
    assertTrue(
        kind.name().length() <= FlowKind.MAX_LENGTH && kind.unit().length() <= FlowKind.MAX_LENGTH,
        kind::toString);
  }

  @Property
  void flowKindsAreOneKindHoweverWritten(
      @ForAll("shortNames") String name,
      @ForAll("shortNames") String unit,
      @ForAll("whiteSpace") String before,
      @ForAll("whiteSpace") String after) {
    FlowKind kind = FlowKind.of(name, unit);

    assertEquals(
        kind,
        FlowKind.of(
            before + Normalizer.normalize(name, Form.NFD) + after,
            after + Normalizer.normalize(unit, Form.NFD) + before));
    assertEquals(FlowKind.of(name), FlowKind.of(before + name + after, FlowKind.DEFAULT_UNIT));
    assertFalse(kind.name().isBlank() || kind.unit().isBlank());
  }

  /**
   * The canonical form as RFC 8266's additional mapping rule and RFC 8264 write it, by regular
   * expressions: every space separator (Zs) to U+0020, white space stripped at the edges, runs of
   * spaces to one, then NFC. The test's own reading, apart from the library's.
   */
  static String canonical(String raw) {
    String mapped = raw.replaceAll("\\p{Zs}", " ").strip().replaceAll(" {2,}", " ");
    return Normalizer.normalize(mapped, Form.NFC);
  }

  /**
   * Names of 1 to 40 characters, not blank: Latin letters with precomposed and combining accents,
   * Greek, Hangul jamo (which NFC composes into syllables), digits, inner spaces and punctuation,
   * and emoji (surrogate pairs).
   */
  @Provide
  Arbitrary<String> names() {
    Arbitrary<String> letters =
        Arbitraries.strings()
            .withCharRange('a', 'z')
            .withCharRange('A', 'Z')
            .withCharRange('0', '9')
            .withCharRange('\u00c0', '\u00ff')
            // combining marks but the grapheme joiner U+034F, which names refuse
            .withCharRange('\u0300', '\u034e')
            .withCharRange('\u0350', '\u036f')
            // Greek but U+03A2, not a character
            .withCharRange('\u0391', '\u03a1')
            .withCharRange('\u03a3', '\u03c9')
            .withCharRange('\u1100', '\u1112')
            .withCharRange('\u1161', '\u1175')
            .withChars(' ', '-', '.', '@', '_')
            .ofMinLength(1)
            .ofMaxLength(36);
    Arbitrary<String> emoji = Arbitraries.of("", "", "\ud83d\ude00", "\ud83c\udf89");
    return Combinators.combine(letters, emoji).as(String::concat).filter(s -> !s.isBlank());
  }

  /** Names of at most 24 characters, for kinds and units. */
  @Provide
  Arbitrary<String> shortNames() {
    return names()
        // cut between the halves of a surrogate pair, which would leave half a character
        .map(
            s ->
                s.length() > 24
                    ? s.substring(0, Character.isLowSurrogate(s.charAt(24)) ? 23 : 24)
                    : s)
        // a cut may leave a blank: still a name, as long as not blank
        .filter(s -> !s.isBlank());
  }

  /** Latin names whose upper and lower case map back to each other. */
  @Provide
  Arbitrary<String> latinNames() {
    return Arbitraries.strings()
        .withCharRange('a', 'z')
        .withCharRange('A', 'Z')
        .withCharRange('0', '9')
        .withCharRange('\u00c0', '\u00de')
        .withCharRange('\u00e0', '\u00fe')
        .withChars('@', '.', ' ')
        .ofMinLength(1)
        .ofMaxLength(40)
        .filter(s -> !s.isBlank());
  }

  /**
   * Surrounding white space, possibly none: spaces, tabs, line breaks, the em space, the
   * ideographic space, the line separator, the unit separator, and the spaces {@link
   * String#strip()} keeps (the no-break spaces U+00A0, U+2007, U+202F) and the medium mathematical
   * space U+205F.
   */
  @Provide
  Arbitrary<String> whiteSpace() {
    return Arbitraries.strings()
        .withChars(' ', '\t', '\n', '\r', '\u000b', '\f', '\u001f', '\u2003', '\u3000', '\u2028')
        .withChars('\u00a0', '\u2007', '\u202f', '\u205f')
        .ofMaxLength(6);
  }

  /**
   * Control characters ({@link Character#isISOControl}): C0, DEL and C1, line breaks and tabs among
   * them (white space at the edges, refused inside).
   */
  @Provide
  Arbitrary<Character> controlCharacters() {
    return Arbitraries.chars().range('\u0000', '\u001f').range('\u007f', '\u009f');
  }

  /**
   * Any text: names, names in surrounding white space, names of another length, control characters,
   * and arbitrary strings of any character (lone surrogates included).
   */
  @Provide
  Arbitrary<String> anyTexts() {
    return Arbitraries.oneOf(
        List.of(
            names(),
            Combinators.combine(whiteSpace(), names(), whiteSpace()).as((a, n, b) -> a + n + b),
            Combinators.combine(names(), Arbitraries.integers().between(1, 12))
                .as((n, k) -> n.repeat(k)),
            Arbitraries.strings().all().ofMaxLength(300),
            whiteSpace()));
  }
}
