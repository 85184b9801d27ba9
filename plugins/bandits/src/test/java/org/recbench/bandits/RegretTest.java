package org.recbench.bandits;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.recbench.bandits.BanditHarness.cumulativeRegret;
import static org.recbench.bandits.BanditHarness.environment;
import static org.recbench.bandits.BanditHarness.means;
import static org.recbench.bandits.BanditHarness.policy;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.recbench.api.ComponentType;
import org.recbench.api.Environment;
import org.recbench.api.Policy;
import org.recbench.protocol.bandit.Arm;
import org.recbench.protocol.bandit.BanditObservation;

/**
 * Learning policies against uniform random on the default {@code bandit.bernoulli} (10 arms, means
 * drawn Uniform(0, 1)), 2000 steps, 20 seeds: cumulative expected regret Σ_t (μ* − μ_{a_t}).
 */
class RegretTest {

  private static final int HORIZON = 2000;
  private static final int SEEDS = 20;

  private static double meanRegret(ComponentType<Policy<?, ?, ?>> type) {
    double total = 0;
    for (int seed = 0; seed < SEEDS; seed++) {
      Environment<BanditObservation, Arm, Double> bandit = environment(BernoulliBandit.TYPE, seed);
      total += cumulativeRegret(bandit, policy(type, bandit, 1000 + seed), HORIZON);
    }
    return total / SEEDS;
  }

  /** Σ over seeds of T (μ* − mean μ): what a uniform policy loses in expectation. */
  private static double uniformExpectedRegret() {
    double total = 0;
    for (int seed = 0; seed < SEEDS; seed++) {
      double[] means = means(environment(BernoulliBandit.TYPE, seed));
      double best = Arrays.stream(means).max().orElseThrow();
      total += HORIZON * (best - Arrays.stream(means).average().orElseThrow());
    }
    return total / SEEDS;
  }

  @Test
  void uniformRandomLosesTheGapToTheAverageArmEveryStep() {
    double expected = uniformExpectedRegret();
    assertThat(meanRegret(UniformRandom.TYPE)).isCloseTo(expected, within(0.03 * expected));
  }

  @Test
  void ucb1AndThompsonSamplingLoseFarLessThanUniformRandom() {
    // Uniform loses about 835 here, with a standard error near 3; UCB1 about 190, Thompson 30.
    // A policy no better than uniform cannot come under a third of it by chance.
    double uniform = uniformExpectedRegret();
    double ucb1 = meanRegret(Ucb1.TYPE);
    double thompson = meanRegret(ThompsonSampling.TYPE);
    assertThat(ucb1).isLessThan(uniform / 3);
    assertThat(thompson).isLessThan(uniform / 10);
    // As in the Bernoulli simulations of Chapelle and Li (2011), "An empirical evaluation of
    // Thompson sampling", NeurIPS, Thompson sampling beats UCB clearly.
    assertThat(thompson).isLessThan(ucb1 / 2);
  }
}
