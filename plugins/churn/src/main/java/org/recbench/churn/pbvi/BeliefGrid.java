package org.recbench.churn.pbvi;

import java.util.ArrayList;
import java.util.List;

/**
 * The regular grid of the belief simplex with resolution n: every belief whose entries are
 * multiples of 1/n. It has C(n + U − 1, U − 1) points.
 */
public final class BeliefGrid {

  private BeliefGrid() {}

  /** Number of points for U types and resolution n, or −1 when it exceeds {@code limit}. */
  public static long size(int types, int resolution, long limit) {
    long count = 1;
    for (int i = 1; i < types; i++) {
      count = count * (resolution + i) / i;
      if (count > limit) {
        return -1;
      }
    }
    return count;
  }

  /** All grid points, each a belief over {@code types} types. */
  public static double[][] points(int types, int resolution) {
    List<double[]> points = new ArrayList<>();
    fill(new int[types], 0, resolution, resolution, points);
    return points.toArray(double[][]::new);
  }

  /**
   * δ_B = max over beliefs b of the L1 distance to the nearest grid point. Rounding b·n to
   * integers while keeping the sum moves m entries up and U − m down, by at most 2m(1 − m/U) in
   * total, so δ_B ≤ 2⌊U/2⌋⌈U/2⌉ / (U n).
   */
  public static double coveringRadius(int types, int resolution) {
    double half = Math.floorDiv(types, 2);
    return 2 * half * (types - half) / ((double) types * resolution);
  }

  private static void fill(int[] counts, int index, int remaining, int resolution,
      List<double[]> out) {
    if (index == counts.length - 1) {
      counts[index] = remaining;
      double[] belief = new double[counts.length];
      for (int u = 0; u < counts.length; u++) {
        belief[u] = counts[u] / (double) resolution;
      }
      out.add(belief);
      return;
    }
    for (int c = remaining; c >= 0; c--) {
      counts[index] = c;
      fill(counts, index + 1, remaining - c, resolution, out);
    }
  }
}
