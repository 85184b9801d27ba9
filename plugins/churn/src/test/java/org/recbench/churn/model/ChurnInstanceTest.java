package org.recbench.churn.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.recbench.protocol.session.ChurnModel;
import org.recbench.churn.TestInstances;

class ChurnInstanceTest {

  @Test
  void sequenceValueEqualsTheSumOverTypesOfSurvivalProducts() {
    SplittableRandom rng = new SplittableRandom(1);
    for (ChurnInstance instance : TestInstances.random(20, 4, 4, 3)) {
      ChurnModel model = instance.model();
      int[] prefix = rng.ints(6, 0, instance.categories()).toArray();
      int tail = rng.nextInt(instance.categories());
      double expected = 0;
      for (int u = 0; u < model.types(); u++) {
        double survive = 1;
        for (int t = 0; t < 20_000 && survive > 1e-300; t++) {
          int a = t < prefix.length ? prefix[t] : tail;
          survive *= model.like(u, a);
          expected += model.prior(u) * survive;
        }
      }
      assertThat(instance.sequenceValue(prefix, tail)).isCloseTo(expected, within(1e-9));
    }
  }

  @Test
  void discountedValueWeighsTheTthLikeByGammaToTheTMinusOne() {
    ChurnModel model = new ChurnModel(new double[] {0.3, 0.7}, new double[][] {{0.9, 0.2}, {0.5, 0.8}});
    double gamma = 0.9;
    int[] prefix = {1, 0, 0};
    int tail = 1;
    double expected = 0;
    for (int u = 0; u < 2; u++) {
      double survive = 1;
      for (int t = 0; t < 5000; t++) {
        survive *= model.like(u, t < prefix.length ? prefix[t] : tail);
        expected += model.prior(u) * Math.pow(gamma, t) * survive;
      }
    }
    assertThat(ChurnInstance.discounted(model, gamma).sequenceValue(prefix, tail))
        .isCloseTo(expected, within(1e-12));
  }

  @Test
  void fixedActionValueIsTheGeometricSeriesOfItsLikeProbability() {
    ChurnInstance instance = ChurnInstance.of(TestInstances.myopicTrap());
    double[] q = instance.priorWeights();
    assertThat(instance.fixedActionValue(q, 0)).isCloseTo(0.6 / 0.4, within(1e-12));
    assertThat(instance.fixedActionValue(q, 1))
        .isCloseTo(0.5 * 0.95 / 0.05 + 0.5 * 0.05 / 0.95, within(1e-12));
    assertThat(instance.bestFixedAction(q)).isEqualTo(1);
    assertThat(instance.upperBound(q)).isCloseTo(0.5 * 19 + 0.5 * 1.5, within(1e-12));
  }

  @Test
  void extendingAPrefixNeverRaisesItsUpperBound() {
    for (ChurnInstance instance : TestInstances.random(30, 4, 4, 12)) {
      double[] w = instance.priorWeights();
      for (int a = 0; a < instance.categories(); a++) {
        assertThat(instance.extensionUpperBound(w, a)).isLessThanOrEqualTo(instance.upperBound(w) + 1e-12);
        double[] next = new double[w.length];
        instance.advance(w, a, next);
        assertThat(instance.extensionUpperBound(w, a))
            .isCloseTo(instance.likeMass(w, a) + instance.upperBound(next), within(1e-12));
      }
    }
  }

  @Test
  void evaluateEqualsTheSingleQuantityMethodsToTheBit() {
    SplittableRandom rng = new SplittableRandom(2);
    for (ChurnInstance instance : TestInstances.random(20, 9, 5, 4)) {
      int categories = instance.categories();
      double[] w = TestInstances.randomBelief(instance.types(), rng);
      double[] fixed = new double[categories];
      double[] likes = new double[categories];
      double[] extension = new double[categories];
      instance.evaluate(w, fixed, likes, extension);
      for (int a = 0; a < categories; a++) {
        assertThat(fixed[a]).isEqualTo(instance.fixedActionValue(w, a));
        assertThat(likes[a]).isEqualTo(instance.likeMass(w, a));
        assertThat(extension[a]).isEqualTo(instance.extensionUpperBound(w, a));
      }
    }
  }
}
