package dev.reciprocity.core.internal;

import dev.reciprocity.PartyId;
import java.util.Arrays;

/**
 * The party dictionary of a streaming accumulator: dense ids by first appearance ({@link
 * PartyIndex}) and the party of each id. Not thread-safe.
 */
final class Parties {

  private final PartyIndex index = new PartyIndex();
  private PartyId[] names = new PartyId[16];
  private int size;

  /** The id of a party, given the next free id when new. */
  int id(PartyId party) {
    int id = index.get(party);
    if (id < 0) {
      id = size;
      index.put(party, id);
      if (size == names.length) {
        names = Arrays.copyOf(names, 2 * size);
      }
      names[size++] = party;
    }
    return id;
  }

  /** The number of ids given. */
  int size() {
    return size;
  }

  /** The party of an id. */
  PartyId name(int id) {
    return names[id];
  }

  /** The ids here of another dictionary's parties, by their id there; new parties get ids. */
  int[] idsOf(Parties other) {
    int[] ids = new int[other.size];
    for (int p = 0; p < other.size; p++) {
      ids[p] = id(other.names[p]);
    }
    return ids;
  }

  /** Each id's rank in {@link PartyId} order. */
  int[] rank() {
    return PortfolioSums.rank(names, size);
  }
}
