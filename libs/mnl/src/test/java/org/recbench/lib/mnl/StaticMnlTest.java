package org.recbench.lib.mnl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.HashSet;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class StaticMnlTest {

  /** The best revenue over all subsets of size 1..capacity, and the best of size exactly k. */
  private record Brute(double best, double bestOfFullSize) {
  }

  private static Brute bruteForce(double[] u, double[] r, int n, int capacity) {
    int k = Math.min(capacity, n);
    int[] set = new int[n];
    double best = Double.NEGATIVE_INFINITY;
    double full = Double.NEGATIVE_INFINITY;
    for (int mask = 1; mask < (1 << n); mask++) {
      int size = Integer.bitCount(mask);
      if (size > k) {
        continue;
      }
      int c = 0;
      for (int i = 0; i < n; i++) {
        if ((mask & (1 << i)) != 0) {
          set[c++] = i;
        }
      }
      double value = MnlChoice.expectedRevenue(u, r, set, size);
      best = Math.max(best, value);
      if (size == k) {
        full = Math.max(full, value);
      }
    }
    return new Brute(best, full);
  }

  private static int[] topByUtility(double[] u, int n, int k) {
    Integer[] idx = new Integer[n];
    for (int i = 0; i < n; i++) {
      idx[i] = i;
    }
    java.util.Arrays.sort(idx, (a, b) -> Double.compare(u[b], u[a]));
    int[] top = new int[k];
    for (int j = 0; j < k; j++) {
      top[j] = idx[j];
    }
    return top;
  }

  private static void assertValidSet(int[] out, int size, int n, int capacity) {
    assertThat(size).isBetween(1, Math.min(capacity, n));
    Set<Integer> seen = new HashSet<>();
    for (int k = 0; k < size; k++) {
      assertThat(out[k]).isBetween(0, n - 1);
      assertThat(seen.add(out[k])).as("distinct items").isTrue();
    }
  }

  @Test
  void staticMnlEqualsBruteForceOnRandomInstances() {
    SplittableRandom rng = new SplittableRandom(20100601L);
    StaticMnl solver = new StaticMnl();
    double[] scales = {0.5, 1.0, 2.0, 4.0};
    int instances = 400;
    int topKNotOptimal = 0;
    int optimumSmallerThanK = 0;
    for (int trial = 0; trial < instances; trial++) {
      int n = 1 + rng.nextInt(12);
      int capacity = 1 + rng.nextInt(5);
      double scale = scales[rng.nextInt(scales.length)];
      double[] u = new double[n];
      double[] r = new double[n];
      for (int i = 0; i < n; i++) {
        u[i] = scale * rng.nextGaussian();
        r[i] = 0.1 + rng.nextDouble();
      }
      int[] out = new int[Math.min(capacity, n)];
      int size = solver.solve(u, r, n, capacity, out);
      assertValidSet(out, size, n, capacity);
      Brute brute = bruteForce(u, r, n, capacity);
      double value = MnlChoice.expectedRevenue(u, r, out, size);
      assertThat(value).as("instance %d: revenue of the returned set", trial)
          .isCloseTo(brute.best(), within(1e-12));
      assertThat(solver.revenue()).isCloseTo(value, within(1e-15));
      int k = Math.min(capacity, n);
      int[] top = topByUtility(u, n, k);
      if (MnlChoice.expectedRevenue(u, r, top, k) < brute.best() - 1e-9) {
        topKNotOptimal++;
      }
      if (brute.bestOfFullSize() < brute.best() - 1e-9) {
        optimumSmallerThanK++;
        assertThat(size).isLessThan(k);
      }
    }
    assertThat(topKNotOptimal).as("instances where top-K by utility is sub-optimal")
        .isGreaterThanOrEqualTo(50);
    assertThat(optimumSmallerThanK).as("instances whose optimum has fewer than K items")
        .isGreaterThanOrEqualTo(50);
  }

  @Test
  void staticMnlEqualsBruteForceWithTiesAndExtremeUtilities() {
    SplittableRandom rng = new SplittableRandom(7);
    StaticMnl solver = new StaticMnl();
    for (int trial = 0; trial < 200; trial++) {
      int n = 2 + rng.nextInt(9);
      int capacity = 1 + rng.nextInt(5);
      double[] u = new double[n];
      double[] r = new double[n];
      for (int i = 0; i < n; i++) {
        // few distinct values: equal utilities, equal revenues and concurrent lines
        u[i] = (rng.nextInt(3) - 1) * (trial % 3 == 0 ? 400.0 : 1.0);
        r[i] = 0.5 * (1 + rng.nextInt(3));
      }
      int[] out = new int[n];
      int size = solver.solve(u, r, n, capacity, out);
      assertValidSet(out, size, n, capacity);
      assertThat(MnlChoice.expectedRevenue(u, r, out, size)).as("trial %d", trial)
          .isCloseTo(bruteForce(u, r, n, capacity).best(), within(1e-12));
    }
  }

  @Test
  void equalRevenuesGiveTheTopKItemsByUtility() {
    SplittableRandom rng = new SplittableRandom(3);
    StaticMnl solver = new StaticMnl();
    int n = 200;
    int k = 7;
    double[] u = new double[n];
    double[] r = new double[n];
    for (int i = 0; i < n; i++) {
      u[i] = 3.0 * rng.nextGaussian();
      r[i] = 1.0;
    }
    int[] out = new int[k];
    int size = solver.solve(u, r, n, k, out);
    assertThat(size).isEqualTo(k);
    assertThat(Set.of(box(out))).isEqualTo(Set.of(box(topByUtility(u, n, k))));
  }

  @Test
  void aHighUtilityCheapItemIsLeftOutWhenItCannibalisesRevenue() {
    // item 0 is very attractive but earns little; offering it alone or with item 1 loses revenue
    double[] u = {3.0, 0.0};
    double[] r = {0.1, 1.0};
    int[] out = new int[2];
    int size = new StaticMnl().solve(u, r, 2, 2, out);
    assertThat(size).isEqualTo(1);
    assertThat(out[0]).isEqualTo(1);
    assertThat(MnlChoice.expectedRevenue(u, r, out, size)).isCloseTo(0.5, within(1e-15));
  }

  @Test
  void badInputIsRejectedWithTheOffendingEntry() {
    StaticMnl solver = new StaticMnl();
    int[] out = new int[2];
    assertThatThrownBy(() -> solver.solve(new double[] {0, 1}, new double[] {1, 0}, 2, 2, out))
        .hasMessageContaining("revenue of item 1");
    assertThatThrownBy(() -> solver.solve(new double[] {Double.NaN, 1}, new double[] {1, 1}, 2,
        2, out)).hasMessageContaining("utility of item 0");
    assertThatThrownBy(() -> solver.solve(new double[] {0, 1}, new double[] {1, 1}, 2, 0, out))
        .hasMessageContaining("capacity");
  }

  private static Integer[] box(int[] values) {
    Integer[] boxed = new Integer[values.length];
    for (int i = 0; i < values.length; i++) {
      boxed[i] = values[i];
    }
    return boxed;
  }
}
