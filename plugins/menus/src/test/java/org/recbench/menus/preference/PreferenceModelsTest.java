package org.recbench.menus.preference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.recbench.protocol.menu.PreferenceModel;

class PreferenceModelsTest {

  private static double[] randomMemory(int n, SplittableRandom random) {
    double[] v = new double[n];
    double total = 0;
    for (int i = 0; i < n; i++) {
      v[i] = random.nextInt(4) == 0 ? 0 : -Math.log(1 - random.nextDouble());
      total += v[i];
    }
    if (total == 0) {
      v[0] = 1;
      total = 1;
    }
    for (int i = 0; i < n; i++) {
      v[i] /= total;
    }
    return v;
  }

  private static double l1(double[] a, double[] b) {
    double d = 0;
    for (int i = 0; i < a.length; i++) {
      d += Math.abs(a[i] - b[i]);
    }
    return d;
  }

  @Test
  void everyFamilyScoresWithinLambdaAndOneAndWithinItsLipschitzBound() {
    SplittableRandom random = new SplittableRandom(21);
    int n = 7;
    double lambda = 0.15;
    LinearPreferences linear = LinearPreferences.random(n, lambda, random);
    SmoothRandomPreferences smooth = SmoothRandomPreferences.random(n, lambda, 0.8, random);
    ScaleBoundedPreferences scaled = ScaleBoundedPreferences.random(n, lambda, 1.5, 3, 2.0, random);
    double scaledBound = 1.5 * ((1 - lambda) + 2.0 * Math.log(1.5));
    record Family(PreferenceModel model, double lipschitz) {
    }
    List<Family> families = List.of(
        new Family(new ConstantPreferences(new double[] {0.2, 0.5, 1, 0.15, 0.3, 0.9, 0.4}, lambda), 0),
        new Family(linear, linear.lipschitz()),
        new Family(LinearPreferences.familiarity(n, lambda), (1 - lambda) / 2),
        new Family(smooth, smooth.lipschitz()),
        new Family(scaled, scaledBound));
    double[] a = new double[n];
    double[] b = new double[n];
    for (Family family : families) {
      for (int trial = 0; trial < 2000; trial++) {
        double[] v = randomMemory(n, random);
        double[] w = randomMemory(n, random);
        family.model().scores(v, a);
        family.model().scores(w, b);
        for (int i = 0; i < n; i++) {
          assertThat(a[i]).isBetween(lambda, 1.0);
          assertThat(Math.abs(a[i] - b[i])).as("%s item %s", family.model().getClass().getSimpleName(), i)
              .isLessThanOrEqualTo(family.lipschitz() * l1(v, w) + 1e-12);
        }
      }
    }
  }

  @Test
  void linearScoresAreTheMatrixTimesMemory() {
    double[][] a = {{0.2, 0.4, 1.0}, {0.5, 0.5, 0.5}, {1.0, 0.3, 0.2}};
    LinearPreferences model = new LinearPreferences(a, 0.2);
    double[] v = {0.5, 0.25, 0.25};
    double[] s = new double[3];
    model.scores(v, s);
    assertThat(s).containsExactly(new double[] {0.45, 0.5, 0.625}, within(1e-15));
    LinearPreferences.familiarity(3, 0.2).scores(v, s);
    assertThat(s).containsExactly(new double[] {0.6, 0.4, 0.4}, within(1e-15));
  }

  @Test
  void scaleBoundedFamilyStaysWithinDefinition3Bounds() {
    SplittableRandom random = new SplittableRandom(5);
    for (double beta : new double[] {1.0, 1.2, 2.0, 4.0}) {
      ScaleBoundedPreferences model = ScaleBoundedPreferences.random(6, 0.1, beta, 4, 3.0, random);
      double[] s = new double[6];
      int touchedLower = 0;
      for (int trial = 0; trial < 3000; trial++) {
        double[] v = randomMemory(6, random);
        model.scores(v, s);
        for (int i = 0; i < 6; i++) {
          double lo = ScaleBoundedPreferences.lower(v[i], 0.1, beta);
          double hi = ScaleBoundedPreferences.upper(v[i], 0.1, beta);
          assertThat(s[i]).isBetween(lo - 1e-12, hi + 1e-12);
          if (s[i] < (0.1 + 0.9 * v[i]) - 1e-9) {
            touchedLower++;
          }
        }
      }
      if (beta == 1.0) {
        assertThat(touchedLower).isZero();
      } else {
        assertThat(touchedLower).isPositive();
      }
    }
  }

  @Test
  void smoothRandomScoresAreReciprocalsOfAffineFunctions() {
    SmoothRandomPreferences model = SmoothRandomPreferences.random(4, 0.25, 1.0, new SplittableRandom(9));
    double[] v = {0.1, 0.2, 0.3, 0.4};
    double[] s = new double[4];
    model.scores(v, s);
    for (int i = 0; i < 4; i++) {
      double h = 0;
      for (int m = 0; m < 4; m++) {
        h += v[m] / model.vertexScore(i, m);
      }
      assertThat(s[i]).isCloseTo(1 / h, within(1e-14));
    }
  }

  @Test
  void choiceFrequenciesMatchScoresOverTheMenu() {
    SplittableRandom random = new SplittableRandom(4);
    double[] scores = {0.3, 1.0, 0.5, 0.2, 0.8};
    int[] menu = {4, 0, 2};
    double[] p = new double[5];
    Choice.probabilities(scores, menu, p);
    assertThat(p).containsExactly(new double[] {0.3 / 1.6, 0, 0.5 / 1.6, 0, 0.8 / 1.6}, within(1e-15));
    int draws = 200_000;
    double[] freq = new double[5];
    for (int d = 0; d < draws; d++) {
      freq[Choice.sample(scores, menu, random)] += 1.0 / draws;
    }
    for (int i = 0; i < 5; i++) {
      double sd = Math.sqrt(p[i] * (1 - p[i]) / draws);
      assertThat(freq[i]).isCloseTo(p[i], within(5 * sd + 1e-12));
    }
    assertThat(Choice.expectedReward(scores, menu, new double[] {1, 0, 0, 0, 0.5}))
        .isCloseTo((0.3 + 0.4) / 1.6, within(1e-15));
  }

  @Test
  void scoresOutsideTheRangeAreRejectedWithTheirName() {
    assertThatThrownBy(() -> new ConstantPreferences(new double[] {0.5, 0.1}, 0.2))
        .hasMessageContaining("constant score 1 must be in [lambda, 1]");
    assertThatThrownBy(() -> new LinearPreferences(new double[][] {{0.5, 1.2}, {0.5, 0.5}}, 0.2))
        .hasMessageContaining("A[0][1]");
    assertThatThrownBy(() -> SmoothRandomPreferences.random(3, 0, 1, new SplittableRandom(1)))
        .hasMessageContaining("lambda");
    assertThatThrownBy(() -> ScaleBoundedPreferences.random(3, 0.1, 0.5, 2, 1, new SplittableRandom(1)))
        .hasMessageContaining("beta");
  }
}
