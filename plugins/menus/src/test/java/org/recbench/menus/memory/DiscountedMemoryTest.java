package org.recbench.menus.memory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class DiscountedMemoryTest {

  /** v_{t+1} computed from scratch by Definition 1's sum, with the initial memory's weight. */
  private static double[] direct(double gamma, double[] initial, double w0, int[] history, int t) {
    int n = initial.length;
    double[] v = new double[n];
    double total = Math.pow(gamma, t) * w0;
    for (int i = 0; i < n; i++) {
      v[i] = total * initial[i];
    }
    for (int s = 0; s < t; s++) {
      double w = Math.pow(gamma, t - 1 - s);
      v[history[s]] += w;
      total += w;
    }
    for (int i = 0; i < n; i++) {
      v[i] /= total;
    }
    return v;
  }

  @Test
  void memoryUpdateMatchesDirectDiscountedNormalisedHistory() {
    SplittableRandom random = new SplittableRandom(11);
    double[] gammas = {1.0, 0.999, 0.9, 0.5, 0.1};
    for (double gamma : gammas) {
      for (double w0 : new double[] {0.0, 1.0, 7.5}) {
        int n = 2 + random.nextInt(6);
        double[] initial = new double[n];
        double sum = 0;
        for (int i = 0; i < n; i++) {
          initial[i] = random.nextDouble();
          sum += initial[i];
        }
        for (int i = 0; i < n; i++) {
          initial[i] /= sum;
        }
        DiscountedMemory memory = new DiscountedMemory(gamma, initial, w0);
        int rounds = 300;
        int[] history = new int[rounds];
        for (int t = 0; t < rounds; t++) {
          history[t] = random.nextInt(n);
          memory.select(history[t]);
          double[] expected = direct(gamma, initial, w0, history, t + 1);
          for (int i = 0; i < n; i++) {
            assertThat(memory.vector()[i]).as("gamma %s, w0 %s, round %s, item %s", gamma, w0, t, i)
                .isCloseTo(expected[i], within(1e-12));
          }
        }
      }
    }
  }

  @Test
  void uniformMemoryWithoutInitialWeightIsTheEmpiricalFrequency() {
    DiscountedMemory memory = new DiscountedMemory(1.0, new double[] {1, 0, 0}, 0.0);
    int[] picks = {2, 2, 1, 0, 2, 1};
    for (int item : picks) {
      memory.select(item);
    }
    assertThat(memory.vector()).containsExactly(new double[] {1.0 / 6, 2.0 / 6, 3.0 / 6}, within(1e-15));
    assertThat(memory.weight()).isEqualTo(6.0);
  }

  @Test
  void discountedWeightTendsToTheEffectiveHorizon() {
    DiscountedMemory memory = DiscountedMemory.uniform(4, 0.9);
    for (int t = 0; t < 500; t++) {
      memory.select(t % 4);
    }
    assertThat(memory.weight()).isCloseTo(memory.effectiveHorizon(), within(1e-9));
  }

  @Test
  void resetRestoresTheInitialMemory() {
    DiscountedMemory memory = new DiscountedMemory(0.8, new double[] {0.25, 0.75}, 2.0);
    memory.select(0);
    memory.reset();
    assertThat(memory.vector()).containsExactly(0.25, 0.75);
    assertThat(memory.selections()).isZero();
  }

  @Test
  void badParametersAreRejectedWithTheirName() {
    assertThatThrownBy(() -> new DiscountedMemory(0.0, new double[] {1}, 1))
        .hasMessageContaining("gamma");
    assertThatThrownBy(() -> new DiscountedMemory(1.5, new double[] {1}, 1))
        .hasMessageContaining("gamma");
    assertThatThrownBy(() -> new DiscountedMemory(0.5, new double[] {0.5, 0.6}, 1))
        .hasMessageContaining("initial memory must sum to 1");
    assertThatThrownBy(() -> new DiscountedMemory(0.5, new double[] {1}, -1))
        .hasMessageContaining("initial memory weight");
    assertThatThrownBy(() -> DiscountedMemory.uniform(3, 0.5).select(3))
        .hasMessageContaining("selected item must be in [0, 3)");
  }
}
