package dev.reciprocity.io;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The name cache of the reader: names inside the table and outside it, growth, and bounds. */
class IndexCacheTest {

  private static int get(IndexCache cache, String name) {
    char[] padded = ("<<" + name + ">>").toCharArray();
    return cache.get(padded, 2, 2 + name.length());
  }

  private static void put(IndexCache cache, String name, int index) {
    char[] padded = ("[" + name + "]").toCharArray();
    cache.put(padded, 1, 1 + name.length(), index);
  }

  @Test
  void findsNamesOfEveryShapeAndOnlyThose() {
    List<String> names =
        List.of(
            "ada",
            "p012345",
            "exactly16chars!!",
            "seventeen chars!!",
            "Ævar Arnfjörð Bjarmason", // Latin-1, longer than 16
            "Дмитрий", // beyond U+00FF
            "a\u0000", // a NUL is a character like any other
            "a",
            "");
    IndexCache cache = new IndexCache();
    for (int i = 0; i < names.size(); i++) {
      put(cache, names.get(i), i * 1000);
    }
    for (int i = 0; i < names.size(); i++) {
      assertEquals(i * 1000, get(cache, names.get(i)), names.get(i));
    }
    for (String absent :
        List.of("ad", "adA", "Ada", "p012346", "exactly16chars!?", "Дмитри", "b")) {
      assertEquals(-1, get(cache, absent), absent);
    }
  }

  @Test
  void keepsEveryNameWhileGrowing() {
    IndexCache cache = new IndexCache();
    List<String> names = new ArrayList<>();
    for (int i = 0; i < 50_000; i++) {
      names.add(i % 3 == 0 ? "party-with-a-long-name-" + i : "p" + i);
    }
    for (int i = 0; i < names.size(); i++) {
      put(cache, names.get(i), i);
    }
    assertEquals(names.size(), cache.size());
    for (int i = 0; i < names.size(); i++) {
      assertEquals(i, get(cache, names.get(i)), names.get(i));
    }
  }

  @Test
  void isEmptiedWhenFullAndRefusesOverlongNames() {
    IndexCache cache = new IndexCache(3);
    put(cache, "a", 0);
    put(cache, "b", 1);
    put(cache, "c", 2);
    assertEquals(3, cache.size());
    put(cache, "d", 3);
    assertEquals(1, cache.size(), "emptied, then d");
    assertEquals(-1, get(cache, "a"));
    assertEquals(3, get(cache, "d"));
    String overlong = "x".repeat(IndexCache.MAX_KEY_LENGTH + 1);
    put(cache, overlong, 4);
    assertEquals(-1, get(cache, overlong));
  }
}
