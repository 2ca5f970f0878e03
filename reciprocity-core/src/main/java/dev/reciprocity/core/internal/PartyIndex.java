package dev.reciprocity.core.internal;

import dev.reciprocity.PartyId;

/**
 * A dictionary from {@link PartyId} to a dense {@code int} id, by open addressing with the keys'
 * hash codes kept beside them: a lookup compares hashes in one array and dereferences a key only
 * when its hash matches, one or two cache misses fewer than {@link java.util.HashMap}'s nodes. Not
 * thread-safe.
 */
public final class PartyIndex {

  private int[] hashes = new int[64];
  private PartyId[] keys = new PartyId[64];
  private int[] ids = new int[64];
  private int size;

  /** The id of {@code party}, or -1. */
  public int get(PartyId party) {
    int h = spread(party.hashCode());
    int mask = keys.length - 1;
    int i = h & mask;
    while (true) {
      PartyId k = keys[i];
      if (k == null) {
        return -1;
      }
      if (hashes[i] == h && k.equals(party)) {
        return ids[i];
      }
      i = (i + 1) & mask;
    }
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
    int mask = keys.length - 1;
    int i = h & mask;
    while (keys[i] != null) {
      i = (i + 1) & mask;
    }
    hashes[i] = h;
    keys[i] = party;
    ids[i] = id;
  }

  private void rehash() {
    int[] oldHashes = hashes;
    PartyId[] oldKeys = keys;
    int[] oldIds = ids;
    hashes = new int[oldKeys.length * 2];
    keys = new PartyId[oldKeys.length * 2];
    ids = new int[oldKeys.length * 2];
    for (int i = 0; i < oldKeys.length; i++) {
      if (oldKeys[i] != null) {
        insert(oldHashes[i], oldKeys[i], oldIds[i]);
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
