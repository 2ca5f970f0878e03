package dev.reciprocity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.statistics.Statistics;

/**
 * The name profile (PRECIS, RFC 8264, in the variant of the Nickname profile of RFC 8266 that
 * {@link PartyId} documents) over hostile names: names built of letters, the spaces Unicode has,
 * format and bidirectional controls, joiners, variation selectors, controls, unassigned and
 * private-use code points and lone surrogates, at the edges and inside.
 */
class NameProfileProperties {

  /** The space separators (Zs) of Unicode 13 other than U+0020. */
  static final char[] OTHER_SPACES = {
    '\u00a0', '\u1680', '\u2000', '\u2001', '\u2002', '\u2003', '\u2004', '\u2005', '\u2006',
    '\u2007', '\u2008', '\u2009', '\u200a', '\u202f', '\u205f', '\u3000'
  };

  /** Bidirectional controls: marks, embeddings, overrides, isolates, the Arabic letter mark. */
  static final char[] BIDI = {
    '\u200e', '\u200f', '\u202a', '\u202b', '\u202c', '\u202d', '\u202e', '\u2066', '\u2067',
    '\u2068', '\u2069', '\u061c'
  };

  private static final List<Function<String, String>> PROFILES =
      List.of(
          s -> PartyId.of(s).value(),
          s -> PartyId.ofCaseFolded(s).value(),
          s -> FlowKind.of(s).name(),
          s -> FlowKind.of("review", s).unit());

  @Property(tries = 2000)
  void theCanonicalFormIsItsOwnCanonicalForm(@ForAll("hostileNames") String raw) {
    for (Function<String, String> profile : PROFILES) {
      String once;
      try {
        once = profile.apply(raw);
      } catch (IllegalArgumentException e) {
        Statistics.label("outcome").collect("refused");
        assertTrue(e.getMessage().length() <= 300, e::getMessage);
        assertTrue(e.getMessage().contains("Fix: "), e::getMessage);
        continue;
      }
      Statistics.label("outcome").collect("accepted");
      assertEquals(once, profile.apply(once), "canonical(canonical(x)) == canonical(x)");
    }
    Statistics.label("outcome").coverage(c -> c.check("accepted").percentage(p -> p > 20));
    Statistics.label("outcome").coverage(c -> c.check("refused").percentage(p -> p > 20));
  }

  @Property
  void anyUnicodeSpaceAtTheEdgeIsTheSameParty(
      @ForAll("plainNames") String name,
      @ForAll("spaces") String before,
      @ForAll("spaces") String after) {
    assertEquals(PartyId.of(name), PartyId.of(before + name + after));
    assertEquals(PartyId.ofCaseFolded(name), PartyId.ofCaseFolded(before + name + after));
    assertEquals(FlowKind.of(name), FlowKind.of(before + name + after));
  }

  @Property
  void anyRunOfSpacesInsideIsOneSpace(
      @ForAll("plainNames") String left,
      @ForAll("spaces") String run,
      @ForAll("plainNames") String right) {
    String spaced = left + " " + run + right;

    assertEquals(PartyId.of(left + " " + right), PartyId.of(spaced));
  }

  /**
   * No accepted name holds a control, format, bidirectional control, separator, private-use,
   * unassigned or surrogate code point, but the joiners and variation selectors in their context;
   * and the bound holds on the stored form.
   */
  @Property(tries = 2000)
  void noCanonicalNameHoldsAnInvisibleOrControlCharacter(@ForAll("hostileNames") String raw) {
    for (Function<String, String> profile : PROFILES) {
      String v;
      try {
        v = profile.apply(raw);
      } catch (IllegalArgumentException e) {
        continue;
      }
      assertTrue(v.length() >= 1 && v.length() <= PartyId.MAX_LENGTH, v);
      assertEquals(v.strip(), v);
      assertFalse(v.contains("  "), v);
      v.codePoints()
          .forEach(
              cp -> {
                int type = Character.getType(cp);
                String at = String.format("U+%04X in %s", cp, v);
                assertTrue(type != Character.CONTROL, at);
                assertTrue(type != Character.SURROGATE, at);
                assertTrue(type != Character.PRIVATE_USE, at);
                assertTrue(type != Character.UNASSIGNED, at);
                assertTrue(type != Character.LINE_SEPARATOR, at);
                assertTrue(type != Character.PARAGRAPH_SEPARATOR, at);
                assertTrue(type != Character.SPACE_SEPARATOR || cp == ' ', at);
                assertTrue(type != Character.FORMAT || cp == 0x200c || cp == 0x200d, at);
                assertTrue(cp != 0x200b && cp != 0xfeff, at);
              });
      for (char bidi : BIDI) {
        assertTrue(v.indexOf(bidi) < 0, v);
      }
      // a joiner never stands at the edge, nor next to ASCII
      assertFalse(v.startsWith("\u200d") || v.endsWith("\u200d"), v);
      assertFalse(v.startsWith("\u200c") || v.endsWith("\u200c"), v);
    }
  }

  @Property
  void aBidiControlOrInvisibleCharacterAnywhereIsRefusedByName(
      @ForAll("plainNames") String name,
      @ForAll("invisible") char invisible,
      @ForAll("positions") int where) {
    int at = Math.min(where, name.length());
    String hostile = name.substring(0, at) + invisible + name.substring(at);

    for (Function<String, String> profile : PROFILES) {
      IllegalArgumentException e =
          assertThrows(IllegalArgumentException.class, () -> profile.apply(hostile));
      assertTrue(e.getMessage().contains(String.format("U+%04X", (int) invisible)), e::getMessage);
      assertTrue(e.getMessage().contains("Fix: "), e::getMessage);
    }
  }

  @Property(tries = 500)
  void theLengthBoundHoldsOnTheStoredForm(@ForAll("longNames") String raw) {
    String folded;
    try {
      folded = PartyId.ofCaseFolded(raw).value();
    } catch (IllegalArgumentException e) {
      Statistics.label("folded").collect("refused");
      assertTrue(e.getMessage().length() <= 300, e::getMessage);
      // refused only because the stored form is too long
      String unfolded = PartyId.of(raw).value();
      String longer = unfolded.toUpperCase(Locale.ROOT).toLowerCase(Locale.ROOT);
      assertTrue(longer.length() > PartyId.MAX_LENGTH, () -> longer.length() + " " + e);
      assertTrue(e.getMessage().contains("once case-folded"), e::getMessage);
      return;
    }
    Statistics.label("folded").collect("accepted");
    Statistics.label("folded").coverage(c -> c.check("refused").percentage(p -> p > 10));
    assertTrue(folded.length() <= PartyId.MAX_LENGTH, folded);
    assertEquals(folded, PartyId.ofCaseFolded(folded).value());
  }

  @Property
  void caseFoldingMakesOnePartyOfEveryCase(@ForAll("casedNames") String name) {
    PartyId folded = PartyId.ofCaseFolded(name);

    assertEquals(folded, PartyId.ofCaseFolded(name.toUpperCase(Locale.ROOT)));
    assertEquals(folded, PartyId.ofCaseFolded(name.toLowerCase(Locale.ROOT)));
    assertEquals(folded, PartyId.ofCaseFolded(folded.value()));
  }

  /** Names of printable ASCII letters, digits and inner punctuation, 1 to 30 characters. */
  @Provide
  Arbitrary<String> plainNames() {
    return Arbitraries.strings()
        .withCharRange('a', 'z')
        .withCharRange('A', 'Z')
        .withCharRange('0', '9')
        .withChars('.', '@', '-', '\u00e9', '\u00df')
        .ofMinLength(1)
        .ofMaxLength(30);
  }

  /** Runs of spaces of any kind Unicode has, possibly none. */
  @Provide
  Arbitrary<String> spaces() {
    return Arbitraries.strings().withChars(OTHER_SPACES).withChars(' ').ofMaxLength(5);
  }

  /** Characters names refuse anywhere: format, bidirectional, zero-width and filler characters. */
  @Provide
  Arbitrary<Character> invisible() {
    return Arbitraries.oneOf(
        Arbitraries.of(BIDI),
        Arbitraries.of('\u200b', '\ufeff', '\u00ad', '\u2060', '\u2061', '\u034f', '\u3164'),
        // not the line and paragraph separators, white space that the edges strip
        Arbitraries.of('\u0000', '\u001b', '\u007f', '\u0085', '\ue000'));
  }

  @Provide
  Arbitrary<Integer> positions() {
    return Arbitraries.integers().between(0, 40);
  }

  /** Cased letters of Latin, Greek (final sigma, iota subscript) and the sharp s. */
  @Provide
  Arbitrary<String> casedNames() {
    return Arbitraries.strings()
        .withCharRange('a', 'z')
        .withCharRange('A', 'Z')
        .withCharRange('\u00c0', '\u00ff')
        .withCharRange('\u0391', '\u03c9')
        .withChars('\u1e9e', '\u1f82', '\u1f8a', '\u0130', '\u0131', '\u212a')
        .ofMinLength(1)
        .ofMaxLength(30)
        .filter(s -> s.indexOf('\u00d7') < 0 && s.indexOf('\u00f7') < 0)
        // U+03A2 is not assigned
        .filter(s -> s.indexOf('\u03a2') < 0);
  }

  /** Long names of letters that fold to one, two or three characters. */
  @Provide
  Arbitrary<String> longNames() {
    return Arbitraries.strings()
        .withChars('a', 'B', '\u00df', '\u1f82', '\u0390', '\u0130', '\ufb03')
        .ofMinLength(100)
        .ofMaxLength(PartyId.MAX_LENGTH);
  }

  /**
   * Names of letters, digits, every kind of space, emoji, joiners, variation selectors, format and
   * bidirectional controls, controls, private-use and unassigned code points and lone surrogates,
   * in any order.
   */
  @Provide
  Arbitrary<String> hostileNames() {
    Arbitrary<Character> pieces =
        Arbitraries.frequencyOf(
            Tuple.of(30, Arbitraries.chars().range('a', 'z')),
            Tuple.of(5, Arbitraries.chars().range('\u0600', '\u06ff')),
            Tuple.of(5, Arbitraries.chars().range('\u1f00', '\u1fff')),
            Tuple.of(5, Arbitraries.chars().range('\u0300', '\u036f')),
            Tuple.of(8, Arbitraries.of(OTHER_SPACES)),
            Tuple.of(8, Arbitraries.of(' ')),
            Tuple.of(2, Arbitraries.of(BIDI)),
            Tuple.of(2, Arbitraries.of('\u200b', '\u200c', '\u200d', '\ufeff', '\ufe0f', '\u00ad')),
            Tuple.of(1, Arbitraries.of('\t', '\n', '\u0000', '\u2028', '\ue000')),
            Tuple.of(1, Arbitraries.of('\u0378', '\ud800', '\udc00', '\u0640')));
    Arbitrary<String> built =
        pieces.list().ofMinSize(0).ofMaxSize(24).map(NameProfileProperties::join);
    Arbitrary<String> emoji =
        Arbitraries.of(
            "\ud83d\udc69\u200d\ud83d\udcbb", "\u2764\ufe0f", "1\ufe0f\u20e3", "\ud83d\ude00");
    return Arbitraries.oneOf(
        built, Combinators.combine(built, emoji, built).as((a, e, b) -> a + e + b));
  }

  private static String join(List<Character> chars) {
    StringBuilder sb = new StringBuilder(chars.size());
    chars.forEach(sb::append);
    return sb.toString();
  }
}
