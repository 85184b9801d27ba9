package org.recbench.assortment;

/** Expected revenues of MNL assortments by enumerating every subset: an independent check. */
final class BruteForce {

  private BruteForce() {}

  /** R(S) = Σ_{i∈S} r_i e^{u_i} / (1 + Σ_{j∈S} e^{u_j}) for the subset encoded by {@code mask}. */
  static double revenue(double[] u, double[] r, int mask) {
    double numerator = 0.0;
    double denominator = 1.0;
    for (int i = 0; i < u.length; i++) {
      if ((mask & (1 << i)) != 0) {
        numerator += r[i] * Math.exp(u[i]);
        denominator += Math.exp(u[i]);
      }
    }
    return numerator / denominator;
  }

  /** max R(S) over 1 ≤ |S| ≤ K. */
  static double optimum(double[] u, double[] r, int capacity) {
    double best = 0.0;
    for (int mask = 1; mask < 1 << u.length; mask++) {
      if (Integer.bitCount(mask) <= capacity) {
        best = Math.max(best, revenue(u, r, mask));
      }
    }
    return best;
  }

  /** Mean of R(S) over the sets of exactly {@code size} items. */
  static double averageOfSize(double[] u, double[] r, int size) {
    double sum = 0.0;
    int count = 0;
    for (int mask = 1; mask < 1 << u.length; mask++) {
      if (Integer.bitCount(mask) == size) {
        sum += revenue(u, r, mask);
        count++;
      }
    }
    return sum / count;
  }

  /** Standard deviation of R(S) over the sets of exactly {@code size} items. */
  static double spreadOfSize(double[] u, double[] r, int size) {
    double mean = averageOfSize(u, r, size);
    double sum = 0.0;
    int count = 0;
    for (int mask = 1; mask < 1 << u.length; mask++) {
      if (Integer.bitCount(mask) == size) {
        sum += (revenue(u, r, mask) - mean) * (revenue(u, r, mask) - mean);
        count++;
      }
    }
    return Math.sqrt(sum / count);
  }
}
