package org.recbench.menus.simplex;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.recbench.menus.agent.Combinations;

/**
 * Each projection p of y onto a polytope X is checked by the variational inequality
 * ⟨y − p, z − p⟩ ≤ 0 at every vertex z of X, which characterises the Euclidean projection.
 */
class ProjectionsTest {

  private static double[] randomPoint(int n, SplittableRandom random) {
    double[] y = new double[n];
    for (int i = 0; i < n; i++) {
      y[i] = 2 * random.nextDouble() - 0.5;
    }
    return y;
  }

  private static void assertProjection(double[] y, double[] p, List<double[]> vertices) {
    double sum = 0;
    for (double v : p) {
      sum += v;
    }
    assertThat(sum).isCloseTo(1.0, within(1e-12));
    for (double[] z : vertices) {
      double inner = 0;
      for (int i = 0; i < y.length; i++) {
        inner += (y[i] - p[i]) * (z[i] - p[i]);
      }
      assertThat(inner).isLessThanOrEqualTo(1e-12);
    }
  }

  @Test
  void smoothedSimplexProjectionSatisfiesTheVariationalInequalityAtEveryVertex() {
    SplittableRandom random = new SplittableRandom(1);
    for (int trial = 0; trial < 500; trial++) {
      int n = 1 + random.nextInt(10);
      double delta = random.nextBoolean() ? 0 : random.nextDouble() * 0.9;
      List<double[]> vertices = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        double[] z = new double[n];
        java.util.Arrays.fill(z, delta / n);
        z[i] += 1 - delta;
        vertices.add(z);
      }
      double[] y = randomPoint(n, random);
      double[] p = new double[n];
      new SimplexProjection(n, delta).project(y, p);
      for (double v : p) {
        assertThat(v).isGreaterThanOrEqualTo(delta / n - 1e-15);
      }
      assertProjection(y, p, vertices);
    }
  }

  @Test
  void cappedSimplexProjectionSatisfiesTheVariationalInequalityAtEveryVertex() {
    SplittableRandom random = new SplittableRandom(2);
    for (int trial = 0; trial < 500; trial++) {
      int n = 2 + random.nextInt(6);
      int k = 1 + random.nextInt(n);
      Combinations subsets = new Combinations(n, k);
      List<double[]> vertices = new ArrayList<>();
      int[] s = new int[k];
      for (long r = 0; r < subsets.count(); r++) {
        subsets.unrank(r, s);
        double[] z = new double[n];
        for (int item : s) {
          z[item] = 1.0 / k;
        }
        vertices.add(z);
      }
      double[] y = randomPoint(n, random);
      double[] p = new double[n];
      new CappedSimplexProjection(n, 1.0 / k).project(y, p);
      for (double v : p) {
        assertThat(v).isBetween(0.0, 1.0 / k + 1e-15);
      }
      assertProjection(y, p, vertices);
    }
  }

  @Test
  void projectingAPointOfTheSetLeavesItUnchanged() {
    double[] x = {0.1, 0.2, 0.3, 0.4};
    double[] p = new double[4];
    new SimplexProjection(4, 0.2).project(x, p);
    assertThat(p).containsExactly(x, within(1e-15));
    new CappedSimplexProjection(4, 0.5).project(x, p);
    assertThat(p).containsExactly(x, within(1e-15));
  }
}
