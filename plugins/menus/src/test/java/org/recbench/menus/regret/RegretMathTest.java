package org.recbench.menus.regret;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.ojalgo.optimisation.Expression;
import org.ojalgo.optimisation.ExpressionsBasedModel;
import org.ojalgo.optimisation.Variable;
import org.recbench.menus.menudist.MenuTimes;
import org.recbench.menus.preference.ConstantPreferences;
import org.recbench.menus.preference.SmoothRandomPreferences;

class RegretMathTest {

  private static double[] randomRewards(int n, SplittableRandom random) {
    double[] r = new double[n];
    for (int i = 0; i < n; i++) {
      r[i] = 1000 * random.nextDouble();
    }
    return r;
  }

  @Test
  void smoothedSimplexClosedFormEqualsTheLinearProgram() {
    SplittableRandom random = new SplittableRandom(6);
    for (int trial = 0; trial < 50; trial++) {
      int n = 2 + random.nextInt(8);
      double delta = random.nextDouble();
      double[] r = randomRewards(n, random);
      ExpressionsBasedModel model = new ExpressionsBasedModel();
      Expression total = model.newExpression("total").level(1);
      for (int i = 0; i < n; i++) {
        Variable x = model.newVariable("x" + i).lower(delta / n).upper(1).weight(r[i]);
        total.set(x, 1);
      }
      double lp = model.maximise().getValue();
      assertThat(SmoothedSimplexBest.value(r, delta)).isCloseTo(lp, within(1e-6 * lp));
      double[] point = new double[n];
      SmoothedSimplexBest.point(r, delta, point);
      double value = 0;
      for (int i = 0; i < n; i++) {
        value += point[i] * r[i];
        assertThat(point[i]).isGreaterThanOrEqualTo(delta / n - 1e-15);
      }
      assertThat(value).isCloseTo(SmoothedSimplexBest.value(r, delta), within(1e-9));
    }
  }

  @Test
  void eirdForEqualScoresIsTheCappedSimplexWithBestTheMeanOfTheTopK() {
    SplittableRandom random = new SplittableRandom(7);
    for (int trial = 0; trial < 30; trial++) {
      int n = 2 + random.nextInt(7);
      int k = 1 + random.nextInt(n);
      double[] r = randomRewards(n, random);
      EirdBest.Result result = EirdBest.solve(r, k,
          EirdBest.sampleScores(ConstantPreferences.uniform(n), 3));
      double[] sorted = r.clone();
      Arrays.sort(sorted);
      double top = 0;
      for (int j = 0; j < k; j++) {
        top += sorted[n - 1 - j];
      }
      assertThat(result.value()).isCloseTo(top / k, within(1e-6 * top));
      for (double x : result.distribution()) {
        assertThat(x).isLessThanOrEqualTo(1.0 / k + 1e-9);
      }
    }
  }

  /**
   * For reciprocal-affine scores the EIRD constraints are affine in v, so the vertices already
   * give the exact EIRD: adding many random memories changes nothing, and the maximiser is
   * realisable at every memory.
   */
  @Test
  void verticesGiveTheExactEirdForSmoothRandomPreferences() {
    SplittableRandom random = new SplittableRandom(8);
    for (int trial = 0; trial < 6; trial++) {
      int n = 3 + random.nextInt(5);
      int k = 2 + random.nextInt(n - 2);
      double lambda = (k - 1.0) / (n - 1.0);
      SmoothRandomPreferences model = SmoothRandomPreferences.random(n, lambda, 2.0, random);
      double[] r = randomRewards(n, random);
      EirdBest.Result vertices = EirdBest.solve(r, k, EirdBest.sampleScores(model, 0));
      EirdBest.Result dense = EirdBest.solve(r, k, EirdBest.sampleScores(model, 100));
      assertThat(dense.value()).isCloseTo(vertices.value(), within(1e-6 * vertices.value()));
      double[] s = new double[n];
      double[] v = new double[n];
      for (int m = 0; m < 300; m++) {
        double total = 0;
        for (int i = 0; i < n; i++) {
          v[i] = -Math.log(1 - random.nextDouble());
          total += v[i];
        }
        for (int i = 0; i < n; i++) {
          v[i] /= total;
        }
        model.scores(v, s);
        assertThat(MenuTimes.max(vertices.distribution(), s, k)).isLessThanOrEqualTo(1 + 1e-6);
      }
    }
  }

  @Test
  void eirdBestIsAtMostTheBestOfEachSingleMemory() {
    SplittableRandom random = new SplittableRandom(10);
    int n = 5;
    int k = 2;
    SmoothRandomPreferences model = SmoothRandomPreferences.random(n, 0.25, 2.0, random);
    double[] r = randomRewards(n, random);
    List<double[]> all = EirdBest.sampleScores(model, 20);
    double eird = EirdBest.solve(r, k, all).value();
    for (double[] scores : all) {
      List<double[]> one = new ArrayList<>();
      one.add(scores);
      assertThat(EirdBest.solve(r, k, one).value()).isGreaterThanOrEqualTo(eird - 1e-6);
    }
  }

  @Test
  void totalVariationIsHalfTheL1Distance() {
    assertThat(ChoiceDistance.totalVariation(new double[] {0.5, 0.5, 0}, new double[] {0, 0.5, 0.5}))
        .isEqualTo(0.5);
    assertThat(ChoiceDistance.totalVariation(new double[] {0.2, 0.8}, new double[] {0.2, 0.8})).isZero();
    assertThatThrownBy(() -> ChoiceDistance.totalVariation(new double[1], new double[2]))
        .hasMessageContaining("differ in length");
  }

  @Test
  void badScoreSamplesAreRejected() {
    List<double[]> samples = List.of(new double[] {1, 0.5}, new double[] {1, 0, 1});
    assertThatThrownBy(() -> EirdBest.solve(new double[] {1, 2}, 1, samples))
        .hasMessageContaining("score sample 1 has 3 entries");
  }
}
