package org.recbench.menus.menudist;

import java.util.SplittableRandom;

/** Random scores and targets for the MenuDist tests. */
final class RandomInstances {

  private RandomInstances() {
  }

  static double[] scores(int n, double lambda, SplittableRandom random) {
    double[] s = new double[n];
    for (int i = 0; i < n; i++) {
      s[i] = lambda + (1 - lambda) * random.nextDouble();
    }
    return s;
  }

  /** A random point of the simplex; with probability ½ sparse (some entries exactly 0). */
  static double[] distribution(int n, SplittableRandom random) {
    double[] x = new double[n];
    boolean sparse = random.nextBoolean();
    double total = 0;
    for (int i = 0; i < n; i++) {
      x[i] = sparse && random.nextInt(3) == 0 ? 0 : -Math.log(1 - random.nextDouble());
      total += x[i];
    }
    if (total == 0) {
      x[0] = 1;
      total = 1;
    }
    for (int i = 0; i < n; i++) {
      x[i] /= total;
    }
    return x;
  }

  /**
   * A random target in IRD at {@code scores}: a random point pulled in (so often on the boundary,
   * max τ = 1), or a point with ties in menu time (equal x_i / f_i on groups of items).
   */
  static double[] feasibleTarget(double[] scores, int k, SplittableRandom random) {
    int n = scores.length;
    double[] x;
    if (random.nextInt(3) == 0) {
      x = new double[n];
      int groups = 1 + random.nextInt(3);
      double[] level = new double[groups];
      for (int g = 0; g < groups; g++) {
        level[g] = random.nextDouble();
      }
      double total = 0;
      for (int i = 0; i < n; i++) {
        x[i] = scores[i] * level[random.nextInt(groups)];
        total += x[i];
      }
      for (int i = 0; i < n; i++) {
        x[i] /= total;
      }
    } else {
      x = distribution(n, random);
    }
    double[] z = new double[n];
    MenuTimes.pullInto(x, scores, k, z);
    return z;
  }
}
