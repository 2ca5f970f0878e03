package dev.reciprocity.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/**
 * The writers' tables of the most active parties take the first {@code k} in a total order with a
 * heap: the same rows, in the same order, as sorting every item and keeping the first {@code k}.
 */
class FirstProperties {

  @Property(tries = 500)
  void theFirstKAreThoseOfTheWholeSort(
      @ForAll @Size(max = 200) List<@IntRange(min = -20, max = 20) Integer> activity,
      @ForAll @IntRange(min = 0, max = 30) int k) {
    // items (activity, position): many equal activities, ties broken by position, a total order
    List<int[]> items = new ArrayList<>();
    for (int i = 0; i < activity.size(); i++) {
      items.add(new int[] {activity.get(i), i});
    }
    Comparator<int[]> order =
        Comparator.<int[]>comparingInt(x -> x[0]).reversed().thenComparingInt(x -> x[1]);
    List<int[]> sorted = new ArrayList<>(items);
    sorted.sort(order);
    List<int[]> expected = sorted.subList(0, Math.min(k, sorted.size()));
    List<int[]> first = ResultWriters.first(items, k, order);
    assertEquals(expected.size(), first.size());
    for (int i = 0; i < expected.size(); i++) {
      assertEquals(expected.get(i)[1], first.get(i)[1], "row " + i);
    }
  }
}
