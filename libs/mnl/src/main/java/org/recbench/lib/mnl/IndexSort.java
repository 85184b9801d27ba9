package org.recbench.lib.mnl;

/**
 * Stable merge sort of an index array by (primary, secondary) keys, both ascending, with a
 * caller-owned scratch array: sorting allocates nothing.
 */
final class IndexSort {

  private IndexSort() {
  }

  /** Sorts {@code indices[0..n)} so that keys increase; {@code scratch} needs n entries. */
  static void sort(int[] indices, int n, double[] primary, double[] secondary, int[] scratch) {
    for (int width = 1; width < n; width *= 2) {
      for (int low = 0; low < n - width; low += 2 * width) {
        merge(indices, low, low + width, Math.min(low + 2 * width, n), primary, secondary,
            scratch);
      }
    }
  }

  private static void merge(int[] indices, int low, int middle, int high, double[] primary,
      double[] secondary, int[] scratch) {
    System.arraycopy(indices, low, scratch, low, high - low);
    int left = low;
    int right = middle;
    for (int k = low; k < high; k++) {
      if (left < middle && (right >= high
          || !before(scratch[right], scratch[left], primary, secondary))) {
        indices[k] = scratch[left++];
      } else {
        indices[k] = scratch[right++];
      }
    }
  }

  private static boolean before(int a, int b, double[] primary, double[] secondary) {
    int c = Double.compare(primary[a], primary[b]);
    return c < 0 || (c == 0 && Double.compare(secondary[a], secondary[b]) < 0);
  }
}
