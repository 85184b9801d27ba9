package org.recbench.churn.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Test;
import org.recbench.protocol.session.ChurnModel;
import org.recbench.churn.SarsopFixture;

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

  @Test
  void paperGeneratorReproducesTheNumpyDrawnSarsopFixturesBitForBit() {
    // The fixtures were drawn with the listing itself (numpy, np.random.seed(s)), names encode
    // U, A and s: churn_U{U}_A{A}_s{s}.
    for (SarsopFixture fixture : SarsopFixture.all()) {
      String[] parts = fixture.name().split("_");
      int types = Integer.parseInt(parts[1].substring(1));
      int categories = Integer.parseInt(parts[2].substring(1));
      long seed = Long.parseLong(parts[3].substring(1));
      ChurnModel model = SyntheticInstances.paper(types, categories, seed);
      assertThat(model.priorVector()).as(fixture.name())
          .containsExactly(fixture.model().priorVector());
      for (int u = 0; u < types; u++) {
        for (int a = 0; a < categories; a++) {
          assertThat(model.like(u, a)).as("%s P[%d][%d]", fixture.name(), u, a)
              .isEqualTo(fixture.model().like(u, a));
        }
      }
    }
  }

  /**
   * Larger instances, where numpy's pairwise sums (U ≥ 8, A ≥ 8) and its recursive split
   * (U &gt; 128) matter. The constants come from the listing re-run in a throwaway Python script
   * on CPython's MT19937 set to init_genrand(s), with the legacy polar method, numpy's pairwise
   * summation, a fused multiply–add dot product and correctly rounded log/exp (decimal).
   */
  @Test
  void paperGeneratorMatchesTheListingOnLargerInstances() {
    assertPaper(512, 3, 0, new double[] {0.8531896228993439, 0.4751483359783128},
        0.7878976420436022, 0.002797695509913038, 0.001045979347778575, 767.2571046428158);
    assertPaper(16, 16, 3, new double[] {0.4090271390909914, 0.49137642309338814},
        0.38353691004999435, 0.03863312015694761, 0.17222905511274872, 129.7262808733396);
    assertPaper(300, 2, 5, new double[] {0.22838738369567352, 0.48291074269865125},
        0.9001342732320267, 0.0010167457359007545, 0.0017259029842339629, 306.44251733618256);
    assertPaper(2, 64, 7, new double[] {0.5515666572004064, 0.4455936247759217},
        0.47679554874076385, 0.39201017586965825, 0.6079898241303417, 65.62810699211079);
  }

  private static void assertPaper(int types, int categories, long seed, double[] firstRow,
      double lastEntry, double firstPrior, double lastPrior, double likeSum) {
    ChurnModel model = SyntheticInstances.paper(types, categories, seed);
    String name = types + " x " + categories + " seed " + seed;
    assertThat(new double[] {model.like(0, 0), model.like(0, 1)}).as(name)
        .containsExactly(firstRow);
    assertThat(model.like(types - 1, categories - 1)).as(name).isEqualTo(lastEntry);
    assertThat(model.prior(0)).as(name).isEqualTo(firstPrior);
    assertThat(model.prior(types - 1)).as(name).isEqualTo(lastPrior);
    double sum = 0;
    for (int u = 0; u < types; u++) {
      double row = 0;
      for (int a = 0; a < categories; a++) {
        row += model.like(u, a);
      }
      sum += row;
    }
    assertThat(sum).as(name + ": sum of the row sums of P").isEqualTo(likeSum);
  }
}
