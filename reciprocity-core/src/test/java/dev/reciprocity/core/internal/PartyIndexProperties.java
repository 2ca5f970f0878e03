package dev.reciprocity.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.reciprocity.PartyId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;

/**
 * {@link PartyIndex} against a {@link HashMap} of party ids: every added name is found under its id
 * through a party id of its own (an equal name, never the same object), and a name never added is
 * not found, also when it shares a hash or every character's low byte with an added one.
 */
class PartyIndexProperties {

  @Property
  void findsExactlyTheNamesAdded(
      @ForAll("names") List<String> added, @ForAll("names") List<String> others) {
    PartyIndex index = new PartyIndex();
    Map<PartyId, Integer> expected = new HashMap<>();
    for (String name : added) {
      PartyId id = PartyId.of(name);
      if (!expected.containsKey(id)) {
        index.put(id, expected.size());
        expected.put(id, expected.size());
      }
    }
    for (String name : concat(added, others)) {
      PartyId id = PartyId.of(new String(name.toCharArray()));
      assertEquals(expected.getOrDefault(id, -1), index.get(id), name);
    }
  }

  @Property
  void touchReadsWithoutChangingLookups(@ForAll("names") List<String> added) {
    PartyIndex index = new PartyIndex();
    PartyId[] ids = added.stream().map(PartyId::of).distinct().toArray(PartyId[]::new);
    int[] scratch = new int[ids.length];
    var unused = index.touch(ids, ids.length, scratch);
    for (int p = 0; p < ids.length; p++) {
      index.put(ids[p], p);
    }
    var unusedAfter = index.touch(ids, ids.length, scratch);
    for (int p = 0; p < ids.length; p++) {
      assertEquals(p, index.get(ids[p]));
    }
  }

  @Example
  void manyLongNamesThroughManyGrowths() {
    // long names, Latin-1 and not, through a dozen growths of the table
    PartyIndex index = new PartyIndex();
    int count = 12_000;
    for (int p = 0; p < count; p++) {
      index.put(PartyId.of(longName(p)), p);
    }
    for (int p = 0; p < count; p++) {
      assertEquals(p, index.get(PartyId.of(longName(p))));
    }
    assertEquals(-1, index.get(PartyId.of(longName(count))));
  }

  @Example
  void equalHashesAndEqualLowBytesAreDifferentNames() {
    // "Aa" and "BB" have the same String hash; "xŁ" (U+0141) and "xA" the same low bytes
    PartyIndex index = new PartyIndex();
    index.put(PartyId.of("Aa"), 0);
    index.put(PartyId.of("xA"), 1);
    index.put(PartyId.of("zŁ"), 2);
    assertEquals(PartyId.of("Aa").hashCode(), PartyId.of("BB").hashCode());
    assertEquals(-1, index.get(PartyId.of("BB")));
    assertEquals(-1, index.get(PartyId.of("xŁ")));
    assertEquals(-1, index.get(PartyId.of("zA")));
    assertEquals(0, index.get(PartyId.of("Aa")));
    assertEquals(1, index.get(PartyId.of("xA")));
    assertEquals(2, index.get(PartyId.of("zŁ")));
  }

  private static String longName(int p) {
    String digits = Integer.toString(p);
    // mixes Latin-1 names and names with a character past U+00FF, near the longest allowed
    return (p % 3 == 0 ? "Ł" : "é") + "n".repeat(190 + p % 55) + digits;
  }

  private static List<String> concat(List<String> a, List<String> b) {
    List<String> all = new ArrayList<>(a);
    all.addAll(b);
    return all;
  }

  @Provide
  Arbitrary<List<String>> names() {
    // short names from a small alphabet, so that names repeat and share prefixes: letters below
    // U+0100, letters past it with the low bytes of others (U+0141 'Ł' and 'A', U+0161 'š' and
    // 'a'), a CJK letter and a surrogate pair; and now and then a name near the longest allowed
    Arbitrary<String> name =
        Arbitraries.strings()
            .withChars("aAbBŁšéx中\uD83D\uDE00")
            .ofMinLength(1)
            .ofMaxLength(8)
            .filter(PartyIndexProperties::isCanonical);
    Arbitrary<String> longName =
        Arbitraries.strings()
            .withChars("ab中")
            .ofMinLength(PartyId.MAX_LENGTH - 8)
            .ofMaxLength(PartyId.MAX_LENGTH);
    return Arbitraries.frequencyOf(Tuple.of(19, name), Tuple.of(1, longName)).list().ofMaxSize(300);
  }

  /** Whether a party id keeps the name as it is, so that the test's names are the index's. */
  private static boolean isCanonical(String name) {
    try {
      return PartyId.of(name).value().equals(name);
    } catch (IllegalArgumentException e) {
      return false;
    }
  }
}
