package org.recbench.lib.mnl;

/**
 * Indexed binary min-heap over slots 0..n-1 with a double key per slot, for the event queue of
 * {@link StaticMnl}: a slot's key can be changed in O(log n) and the earliest slot read in O(1).
 */
final class EventHeap {

  private double[] keys = new double[0];
  private int[] heap = new int[0];
  private int[] where = new int[0];
  private int size;

  /** Makes room for {@code n} slots, all with key +∞. */
  void reset(int n) {
    if (keys.length < n) {
      keys = new double[n];
      heap = new int[n];
      where = new int[n];
    }
    size = n;
    for (int s = 0; s < n; s++) {
      keys[s] = Double.POSITIVE_INFINITY;
      heap[s] = s;
      where[s] = s;
    }
  }

  /** The smallest key (+∞ when there are no slots). */
  double minKey() {
    return size == 0 ? Double.POSITIVE_INFINITY : keys[heap[0]];
  }

  /** The slot holding the smallest key. */
  int minSlot() {
    return heap[0];
  }

  /** Sets the key of {@code slot}. */
  void set(int slot, double key) {
    double old = keys[slot];
    keys[slot] = key;
    if (key < old) {
      up(where[slot]);
    } else if (key > old) {
      down(where[slot]);
    }
  }

  private void up(int at) {
    int slot = heap[at];
    while (at > 0) {
      int parent = (at - 1) / 2;
      if (keys[heap[parent]] <= keys[slot]) {
        break;
      }
      place(heap[parent], at);
      at = parent;
    }
    place(slot, at);
  }

  private void down(int at) {
    int slot = heap[at];
    while (true) {
      int child = 2 * at + 1;
      if (child >= size) {
        break;
      }
      if (child + 1 < size && keys[heap[child + 1]] < keys[heap[child]]) {
        child++;
      }
      if (keys[heap[child]] >= keys[slot]) {
        break;
      }
      place(heap[child], at);
      at = child;
    }
    place(slot, at);
  }

  private void place(int slot, int at) {
    heap[at] = slot;
    where[slot] = at;
  }
}
