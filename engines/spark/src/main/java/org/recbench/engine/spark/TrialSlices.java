package org.recbench.engine.spark;

import java.util.ArrayList;
import java.util.List;

/**
 * Cuts a run's trials into slices, one Spark task each; a slice holds the trials' positions in
 * the run's plan, which travels to the executors once, as a broadcast. A task costs the
 * scheduler about 2 ms, so a slice holds several trials; there are at least four slices per
 * core, so the last wave of tasks leaves no core idle for long; and trials are dealt round-robin
 * in plan order, so the costly configurations of a grid (which the plan keeps together) spread
 * over all slices.
 * Results stream back slice by slice: a smaller {@code maxPerSlice} gives finer progress and
 * loses less work with a lost executor, at more scheduling cost.
 */
final class TrialSlices {

  /** Slices per core, at least. */
  static final int SLICES_PER_CORE = 4;

  private TrialSlices() {}

  /**
   * Deals the positions {@code 0..n-1} of a plan's trials into
   * {@code min(n, max(4 * parallelism, ceil(n / maxPerSlice)))} slices: position i goes to slice
   * {@code i mod slices}, so each slice lists its positions in ascending order.
   *
   * @param n the number of trials in the plan
   * @param parallelism cores that run tasks at once, at least 1
   * @param maxPerSlice most trials in one slice (while there are at least four slices per core)
   */
  static List<int[]> deal(int n, int parallelism, int maxPerSlice) {
    if (n < 0 || parallelism < 1 || maxPerSlice < 1) {
      throw new IllegalArgumentException("n must be >= 0, parallelism and maxPerSlice >= 1, "
          + "were " + n + ", " + parallelism + " and " + maxPerSlice);
    }
    int bySize = (int) ((n + (long) maxPerSlice - 1) / maxPerSlice);
    int count = Math.min(n, Math.max((int) Math.min(Integer.MAX_VALUE,
        (long) SLICES_PER_CORE * parallelism), bySize));
    List<int[]> slices = new ArrayList<>(count);
    for (int s = 0; s < count; s++) {
      int[] positions = new int[(n - s + count - 1) / count];
      for (int j = 0; j < positions.length; j++) {
        positions[j] = s + j * count;
      }
      slices.add(positions);
    }
    return slices;
  }
}
