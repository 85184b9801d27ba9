package org.recbench.menus.menudist;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.ojalgo.optimisation.Expression;
import org.ojalgo.optimisation.ExpressionsBasedModel;
import org.ojalgo.optimisation.Optimisation;
import org.ojalgo.optimisation.Variable;
import org.recbench.menus.agent.Combinations;

/**
 * Lemma 1 against the definition of IRD(v) (Section 2.2): x is realisable iff some distribution
 * P over all C(n, k) menus has Σ_M P(M) f_i / Σ_{j∈M} f_j = x_i for every i. The LP enumerates
 * every menu, the brute force the paper's menu times avoid.
 */
class MenuTimesLpTest {

  private static boolean realisableByLp(double[] x, double[] scores, int k) {
    int n = x.length;
    Combinations combinations = new Combinations(n, k);
    int menus = (int) combinations.count();
    ExpressionsBasedModel model = new ExpressionsBasedModel();
    Variable[] p = new Variable[menus];
    for (int m = 0; m < menus; m++) {
      p[m] = model.newVariable("p" + m).lower(0).weight(0);
    }
    Expression total = model.newExpression("total").level(1);
    Expression[] marginal = new Expression[n];
    for (int i = 0; i < n; i++) {
      marginal[i] = model.newExpression("x" + i).level(x[i]);
    }
    int[] menu = new int[k];
    for (int m = 0; m < menus; m++) {
      total.set(p[m], 1);
      combinations.unrank(m, menu);
      double menuScore = 0;
      for (int item : menu) {
        menuScore += scores[item];
      }
      for (int item : menu) {
        marginal[item].set(p[m], scores[item] / menuScore);
      }
    }
    Optimisation.Result result = model.minimise();
    return result.getState().isFeasible();
  }

  private static double[] scaledTowardsBoundary(double[] x, double[] scores, int k, double target) {
    // The point on the segment from p = f/Σf (max τ = k/n) through x with max τ = target.
    int n = x.length;
    double scoreSum = 0;
    for (double s : scores) {
      scoreSum += s;
    }
    double lo = 0;
    double hi = 1;
    double[] z = new double[n];
    if (maxAlong(x, scores, k, scoreSum, 1.0, z) < target) {
      return null;
    }
    for (int it = 0; it < 200; it++) {
      double mid = (lo + hi) / 2;
      if (maxAlong(x, scores, k, scoreSum, mid, z) < target) {
        lo = mid;
      } else {
        hi = mid;
      }
    }
    maxAlong(x, scores, k, scoreSum, hi, z);
    return z;
  }

  private static double maxAlong(double[] x, double[] scores, int k, double scoreSum, double s,
      double[] z) {
    for (int i = 0; i < x.length; i++) {
      z[i] = s * x[i] + (1 - s) * scores[i] / scoreSum;
    }
    return MenuTimes.max(z, scores, k);
  }

  @Test
  void menuTimeTestAgreesWithLpOverAllMenusOnRandomPairs() {
    SplittableRandom random = new SplittableRandom(99);
    int feasible = 0;
    int infeasible = 0;
    for (int trial = 0; trial < 200; trial++) {
      int n = 2 + random.nextInt(6);
      int k = 1 + random.nextInt(n);
      double[] scores = RandomInstances.scores(n, random.nextBoolean() ? 0.1 : 0.5, random);
      double[] x = RandomInstances.distribution(n, random);
      double maxTau = MenuTimes.max(x, scores, k);
      if (Math.abs(maxTau - 1) < 1e-6) {
        continue;
      }
      boolean lp = realisableByLp(x, scores, k);
      assertThat(MenuTimes.realizable(x, scores, k)).as("trial %s, max tau %s", trial, maxTau)
          .isEqualTo(lp);
      if (lp) {
        feasible++;
      } else {
        infeasible++;
      }
    }
    assertThat(feasible).isGreaterThan(30);
    assertThat(infeasible).isGreaterThan(30);
  }

  @Test
  void menuTimeTestAgreesWithLpJustInsideOnAndJustOutsideTheBoundary() {
    SplittableRandom random = new SplittableRandom(7);
    int cases = 0;
    for (int trial = 0; trial < 80; trial++) {
      int n = 3 + random.nextInt(5);
      int k = 2 + random.nextInt(n - 2);
      double[] scores = RandomInstances.scores(n, 0.3, random);
      double[] x = RandomInstances.distribution(n, random);
      for (double level : new double[] {1 - 1e-4, 1.0, 1 + 1e-4}) {
        double[] z = scaledTowardsBoundary(x, scores, k, level);
        if (z == null) {
          continue;
        }
        boolean expected = level <= 1.0;
        assertThat(MenuTimes.realizable(z, scores, k)).as("level %s", level).isEqualTo(expected);
        assertThat(realisableByLp(z, scores, k)).as("LP at level %s", level).isEqualTo(expected);
        cases++;
      }
    }
    assertThat(cases).isGreaterThan(120);
  }

  @Test
  void uniformIsRealisableEverywhereWhenLambdaIsAtLeastKMinusOneOverNMinusOne() {
    // Section 3.3: λ ≥ (k−1)/(n−1) puts the uniform distribution in every IRD(v), hence in EIRD.
    SplittableRandom random = new SplittableRandom(4);
    for (int trial = 0; trial < 100; trial++) {
      int n = 2 + random.nextInt(6);
      int k = 1 + random.nextInt(n);
      double lambda = n == 1 ? 1 : Math.max(1e-3, (k - 1.0) / (n - 1.0));
      double[] scores = RandomInstances.scores(n, lambda, random);
      double[] u = new double[n];
      java.util.Arrays.fill(u, 1.0 / n);
      assertThat(MenuTimes.realizable(u, scores, k)).isTrue();
      assertThat(realisableByLp(u, scores, k)).isTrue();
    }
  }
}
