package org.recbench.churn.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Test;
import org.recbench.protocol.session.ChurnModel;

class SyntheticInstancesTest {

  /** A generator whose Gaussian draws are given in advance. */
  private static RandomGenerator scripted(double... gaussians) {
    return new RandomGenerator() {
      private int next;

      @Override
      public long nextLong() {
        throw new UnsupportedOperationException();
      }

      @Override
      public double nextGaussian() {
        return gaussians[next++];
      }
    };
  }

  @Test
  void likeMatrixIsHalfOfOnePlusTheCosineOfActionThenTypeLatents() {
    // A = 2 (latent dimension 2), U = 1: two action latents first, then one type latent.
    RandomGenerator rng = scripted(1, 0, 0, 1, 1, 1, 0.0);
    ChurnModel model = SyntheticInstances.generate(1, 2, rng);
    double cos45 = Math.sqrt(0.5);
    assertThat(model.like(0, 0)).isCloseTo((cos45 + 1) / 2, within(1e-15));
    assertThat(model.like(0, 1)).isCloseTo((cos45 + 1) / 2, within(1e-15));
    assertThat(model.prior(0)).isEqualTo(1.0);
  }

  @Test
  void likeEntriesAreClippedToOneHundredthFromZeroAndOne() {
    RandomGenerator rng = scripted(1, 0, 0, 1, 1, 0, -1, 0, 0.0, 0.0);
    ChurnModel model = SyntheticInstances.generate(2, 2, rng);
    assertThat(model.like(0, 0)).isEqualTo(0.99);
    assertThat(model.like(1, 0)).isEqualTo(0.01);
    assertThat(model.like(0, 1)).isCloseTo(0.5, within(1e-15));
  }

  @Test
  void priorIsTheSoftmaxOfHalfScaledLogitsClippedAndRenormalised() {
    double[] q = SyntheticInstances.prior(3, scripted(0.0, 2.0, -2.0));
    double[] e = {1, Math.exp(1), Math.exp(-1)};
    double total = Arrays.stream(e).sum();
    for (int u = 0; u < 3; u++) {
      assertThat(q[u]).isCloseTo(e[u] / total, within(1e-15));
    }
    double[] clipped = SyntheticInstances.prior(4, scripted(-40, 0, 0, 0));
    assertThat(clipped[0]).as("clipped to 0.01 / U, then renormalised")
        .isCloseTo(0.0025 / 1.0025, within(1e-9));
    assertThat(Arrays.stream(clipped).sum()).isCloseTo(1, within(1e-12));
  }

  @Test
  void generatedInstancesAreValidModels() {
    SplittableRandom rng = new SplittableRandom(5);
    for (int i = 0; i < 50; i++) {
      ChurnModel model = SyntheticInstances.generate(1 + i % 7, 1 + i % 5, rng);
      for (int u = 0; u < model.types(); u++) {
        assertThat(model.prior(u)).isGreaterThanOrEqualTo(0.01 / model.types() / 1.01);
        for (int a = 0; a < model.categories(); a++) {
          assertThat(model.like(u, a)).isBetween(0.01, 0.99);
        }
      }
    }
  }
}
