package org.recbench.engine.spark;

import java.util.ArrayList;
import java.util.List;
import org.recbench.core.trial.TrialSpec;

/**
 * Cuts a run's trials into slices, one Spark task each. A task costs the scheduler about 2 ms,
 * so a slice holds several trials; there are at least four slices per core, so the last wave
 * of tasks leaves no core idle for long; and trials are dealt round-robin in plan order, so the
 * costly configurations of a grid (which the plan keeps together) spread over all slices.
 * Results stream back slice by slice: a smaller {@code maxPerSlice} gives finer progress and
 * loses less work with a lost executor, at more scheduling cost.
 */
final class TrialSlices {

  /** Slices per core, at least. */
  static final int SLICES_PER_CORE = 4;

  private TrialSlices() {}

  /**
   * Deals {@code trials} into {@code min(n, max(4 * parallelism, ceil(n / maxPerSlice)))}
   * slices: trial i goes to slice {@code i mod slices}.
   *
   * @param trials the trials, in plan order
   * @param parallelism cores that run tasks at once, at least 1
   * @param maxPerSlice most trials in one slice (while there are at least four slices per core)
   */
  static List<ArrayList<TrialSpec>> deal(List<TrialSpec> trials, int parallelism,
      int maxPerSlice) {
    if (parallelism < 1 || maxPerSlice < 1) {
      throw new IllegalArgumentException("parallelism and maxPerSlice must be >= 1, were "
          + parallelism + " and " + maxPerSlice);
    }
    int n = trials.size();
    int bySize = (int) ((n + (long) maxPerSlice - 1) / maxPerSlice);
    int count = Math.min(n, Math.max((int) Math.min(Integer.MAX_VALUE,
        (long) SLICES_PER_CORE * parallelism), bySize));
    List<ArrayList<TrialSpec>> slices = new ArrayList<>(count);
    for (int s = 0; s < count; s++) {
      slices.add(new ArrayList<>(n / count + 1));
    }
    for (int i = 0; i < n; i++) {
      slices.get(i % count).add(trials.get(i));
    }
    return slices;
  }
}
