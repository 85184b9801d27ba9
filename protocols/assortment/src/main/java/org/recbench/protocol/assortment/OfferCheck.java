package org.recbench.protocol.assortment;

/**
 * Checks that an offered set is a valid action — 1 ≤ |S| ≤ K distinct indices in 0..N−1 — for
 * environments of the {@link AssortmentProtocol}, with one wording for all of them. Duplicates
 * are found with a stamp per item, so a check allocates nothing (the message of a rejected set
 * is built only then). One instance per environment; not thread-safe.
 */
public final class OfferCheck {

  private final int[] stamps;
  private int stamp;

  /** A check for sets over {@code items} items. */
  public OfferCheck(int items) {
    this.stamps = new int[items];
  }

  /**
   * Accepts {@code offered} or throws.
   *
   * @param offered the policy's action (may be null)
   * @param capacity K
   * @throws IllegalArgumentException saying what is wrong with the set and what was expected;
   *     the harness fails the trial with it
   */
  public void check(Assortment offered, int capacity) {
    if (offered == null) {
      throw rejected("no offered set (null)", null, capacity);
    }
    int size = offered.size();
    if (size == 0) {
      throw rejected("the offered set is empty", offered, capacity);
    }
    if (size > capacity) {
      throw rejected("the offered set has " + size + " items, more than the capacity",
          offered, capacity);
    }
    if (++stamp == 0) {
      java.util.Arrays.fill(stamps, 0);
      stamp = 1;
    }
    for (int k = 0; k < size; k++) {
      int item = offered.item(k);
      if (item < 0 || item >= stamps.length) {
        throw rejected("item index " + item + " is out of range", offered, capacity);
      }
      if (stamps[item] == stamp) {
        throw rejected("item " + item + " is offered twice", offered, capacity);
      }
      stamps[item] = stamp;
    }
  }

  private IllegalArgumentException rejected(String what, Assortment offered, int capacity) {
    return new IllegalArgumentException("invalid assortment " + (offered == null ? "" : offered
        + " ") + "from the policy: " + what + "; expected 1 to K = " + capacity
        + " distinct item indices in 0.." + (stamps.length - 1));
  }
}
