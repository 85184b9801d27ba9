package org.recbench.churn.bnb;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * The transposition table of {@link BranchAndBound}: for each multiset of liked categories (keyed
 * exactly by its counts) the largest accumulated reward R of a queued prefix with that multiset.
 * By Lemma C.1 two prefixes with the same multiset reach the same weights, so the one with the
 * smaller R is dominated. Open addressing with linear probing; the hash of a multiset is the sum
 * of one fixed random 64-bit key per liked category (Zobrist hashing), so a child's hash is its
 * parent's plus one key. Once {@code maxEntries} multisets are stored no new ones are admitted
 * (existing entries still dominate and are still raised): pruning less is always sound.
 */
final class MultisetTable {

  private static final long SEED = 0x5eedL;
  private static final int INITIAL_SLOTS = 16;

  private final long[] categoryKeys;
  private final int maxEntries;
  private int[][] counts;
  private long[] hashes;
  private double[] rewards;
  private int size;

  MultisetTable(int categories, int maxEntries) {
    SplittableRandom rng = new SplittableRandom(SEED);
    this.categoryKeys = new long[categories];
    for (int a = 0; a < categories; a++) {
      categoryKeys[a] = rng.nextLong() | 1;
    }
    this.maxEntries = maxEntries;
    allocate(INITIAL_SLOTS);
  }

  /** The hash of the multiset {@code parentHash} belongs to, plus one {@code category}. */
  long childHash(long parentHash, int category) {
    return parentHash + categoryKeys[category];
  }

  /** Number of multisets stored. */
  int size() {
    return size;
  }

  /**
   * Whether a prefix with reward {@code reward} whose multiset is {@code parent} plus
   * {@code category} is dominated by a stored one (stored reward ≥ reward). If not, the reward
   * is recorded (when there is room or the multiset is already stored) and the counts of the new
   * multiset are returned through {@code out[0]}; they are also the stored key.
   */
  boolean dominatedOrRecord(int[] parent, int category, long hash, double reward, int[][] out) {
    int slot = find(parent, category, hash);
    if (counts[slot] != null) {
      if (rewards[slot] >= reward) {
        return true;
      }
      rewards[slot] = reward;
      out[0] = counts[slot];
      return false;
    }
    int[] child = parent.clone();
    child[category]++;
    out[0] = child;
    if (size < maxEntries) {
      counts[slot] = child;
      hashes[slot] = hash;
      rewards[slot] = reward;
      size++;
      if (2 * size > counts.length) {
        rehash();
      }
    }
    return false;
  }

  /** Whether a stored prefix of multiset {@code key} has a reward strictly above {@code reward}. */
  boolean superseded(int[] key, long hash, double reward) {
    int mask = counts.length - 1;
    for (int slot = index(hash, mask); counts[slot] != null; slot = (slot + 1) & mask) {
      if (hashes[slot] == hash && Arrays.equals(counts[slot], key)) {
        return rewards[slot] > reward;
      }
    }
    return false;
  }

  /** The slot of multiset parent + category, or the empty slot where it would go. */
  private int find(int[] parent, int category, long hash) {
    int mask = counts.length - 1;
    int slot = index(hash, mask);
    while (counts[slot] != null
        && !(hashes[slot] == hash && isChild(counts[slot], parent, category))) {
      slot = (slot + 1) & mask;
    }
    return slot;
  }

  private static boolean isChild(int[] key, int[] parent, int category) {
    for (int a = 0; a < key.length; a++) {
      if (key[a] != parent[a] + (a == category ? 1 : 0)) {
        return false;
      }
    }
    return true;
  }

  private void rehash() {
    int[][] oldCounts = counts;
    long[] oldHashes = hashes;
    double[] oldRewards = rewards;
    allocate(2 * oldCounts.length);
    int mask = counts.length - 1;
    for (int i = 0; i < oldCounts.length; i++) {
      if (oldCounts[i] != null) {
        int slot = index(oldHashes[i], mask);
        while (counts[slot] != null) {
          slot = (slot + 1) & mask;
        }
        counts[slot] = oldCounts[i];
        hashes[slot] = oldHashes[i];
        rewards[slot] = oldRewards[i];
      }
    }
  }

  private void allocate(int slots) {
    counts = new int[slots][];
    hashes = new long[slots];
    rewards = new double[slots];
  }

  private static int index(long hash, int mask) {
    long h = hash * 0x9E3779B97F4A7C15L;
    return (int) (h ^ (h >>> 32)) & mask;
  }
}
