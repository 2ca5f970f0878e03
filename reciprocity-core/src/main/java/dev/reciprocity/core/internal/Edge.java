package dev.reciprocity.core.internal;

import dev.reciprocity.PartyId;

/** A directed pair {@code giver -> receiver}. */
record Edge(PartyId giver, PartyId receiver) {

  Edge reversed() {
    return new Edge(receiver, giver);
  }

  /** The same pair with the smaller id first, to key an undirected dyad. */
  Edge undirected() {
    return giver.compareTo(receiver) <= 0 ? this : reversed();
  }
}
