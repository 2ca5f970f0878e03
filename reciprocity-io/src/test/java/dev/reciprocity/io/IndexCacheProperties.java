package dev.reciprocity.io;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * For any names (empty to 40 characters; ASCII, Latin-1 and beyond U+00FF, so that both the names
 * held inside the table and those held apart occur, and names sharing their first 8 or 16
 * characters): the cache finds each name put with its index, from the name alone and from a key
 * computed apart, and no name it was not given.
 */
class IndexCacheProperties {

  @Property(tries = 300)
  void findsEachNamePutAndNoOther(
      @ForAll("names") Set<String> put, @ForAll("names") Set<String> others) {
    IndexCache cache = new IndexCache();
    List<String> names = new ArrayList<>(put);
    for (int i = 0; i < names.size(); i++) {
      char[] c = names.get(i).toCharArray();
      cache.put(c, 0, c.length, i);
    }
    for (int i = 0; i < names.size(); i++) {
      // the name inside a larger array, as a row's cell is
      char[] row = ("x," + names.get(i) + ",y").toCharArray();
      int from = 2;
      int to = 2 + names.get(i).length();
      IndexCache.Key key = new IndexCache.Key();
      key.of(row, from, to);
      assertEquals(i, cache.get(row, from, to, key), names.get(i));
      assertEquals(i, cache.get(row, from, to), names.get(i));
    }
    for (String other : others) {
      if (!put.contains(other)) {
        char[] c = other.toCharArray();
        assertEquals(-1, cache.get(c, 0, c.length), other);
      }
    }
  }

  @Provide
  Arbitrary<Set<String>> names() {
    Arbitrary<String> base =
        Arbitraries.strings()
            .withChars("ab")
            .withCharRange('\u00e0', '\u00e2')
            .withCharRange('\u0430', '\u0431')
            .ofMinLength(0)
            .ofMaxLength(40);
    // long shared beginnings, so that names differ only past 8 or 16 characters
    Arbitrary<String> prefixed =
        Arbitraries.of("", "aaaaaaaa", "aaaaaaaaaaaaaaaa", "p0123456789abcde")
            .flatMap(p -> base.map(s -> p + s));
    return prefixed.set().ofMaxSize(60);
  }
}
