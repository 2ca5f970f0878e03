package dev.reciprocity.core.internal;

import dev.reciprocity.PartyId;

/**
 * A dictionary from {@link PartyId} to a dense {@code int} id, by open addressing with the keys'
 * hash codes kept beside them: a lookup compares hashes in one array and dereferences a key only
 * when its hash matches, one or two cache misses fewer than {@link java.util.HashMap}'s nodes. Not
 * thread-safe.
 */
public final class PartyIndex {

  private long[] hashAndId = new long[64];
  private String[] keys = new String[64];
  private int size;

  /** The id of {@code party}, or -1. */
  @SuppressWarnings("ReferenceEquality") // the same object first: no read of the key's memory
  public int get(PartyId party) {
    int h = spread(party.hashCode());
    int mask = keys.length - 1;
    int i = h & mask;
    while (true) {
      long entry = hashAndId[i];
      if (entry == 0) {
        return -1;
      }
      if ((int) (entry >>> 32) == h) {
        // the key's text, not its PartyId: one object fewer to read
        String k = keys[i];
        String name = party.value();
        if (k == name || k.equals(name)) {
          return (int) entry - 1;
        }
      }
      i = (i + 1) & mask;
    }
  }

  /**
   * Reads what {@link #get} will read first for each of {@code count} parties: their slots and
   * their keys' text. Called for a batch of parties before they are looked up, so that their cache
   * misses overlap (each read in a loop with nothing else in it); returns a value only so that the
   * reads are not dropped.
   *
   * @param parties the parties, of which the first {@code count} are read
   * @param slots scratch space for at least {@code count} slots
   */
  public long touch(PartyId[] parties, int count, int[] slots) {
    int mask = keys.length - 1;
    for (int k = 0; k < count; k++) {
      slots[k] = spread(parties[k].hashCode()) & mask;
    }
    long sum = 0;
    for (int k = 0; k < count; k++) {
      sum += hashAndId[slots[k]];
    }
    for (int k = 0; k < count; k++) {
      String key = keys[slots[k]];
      sum += key == null ? 0 : key.length();
    }
    return sum;
  }

  /** Maps a party known to be absent to {@code id}. */
  public void put(PartyId party, int id) {
    if (2 * (size + 1) > keys.length) {
      rehash();
    }
    insert(spread(party.hashCode()), party, id);
    size++;
  }

  private void insert(int h, PartyId party, int id) {
    insertText(h, party.value(), id);
  }

  private void insertText(int h, String party, int id) {
    int mask = keys.length - 1;
    int i = h & mask;
    while (hashAndId[i] != 0) {
      i = (i + 1) & mask;
    }
    // id + 1, so that 0 marks an empty slot
    hashAndId[i] = ((long) h << 32) | ((id + 1) & 0xffff_ffffL);
    keys[i] = party;
  }

  private void rehash() {
    long[] oldEntries = hashAndId;
    String[] oldKeys = keys;
    hashAndId = new long[oldKeys.length * 2];
    keys = new String[oldKeys.length * 2];
    for (int i = 0; i < oldKeys.length; i++) {
      if (oldKeys[i] != null) {
        insertText((int) (oldEntries[i] >>> 32), oldKeys[i], (int) oldEntries[i] - 1);
      }
    }
  }

  private static int spread(int h) {
    int x = h * 0x9E37_79B9;
    return x ^ (x >>> 16);
  }

  @Override
  public String toString() {
    return "PartyIndex[" + size + " parties, capacity " + keys.length + "]";
  }
}
