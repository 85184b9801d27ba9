package org.recbench.bandits;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.recbench.testkit.TrialOutcome;

/**
 * Learning policies against uniform random on the default {@code bandit.bernoulli} (10 arms, means
 * drawn Uniform(0, 1)), 2000 steps, 20 seeds, run through the harness: the {@code regret} metric,
 * cumulative expected regret Σ_t (μ* − μ_{a_t}) from the expected rewards the bandit records.
 */
class RegretTest {

  private static final String BANDIT = "bandit.bernoulli";
  private static final int HORIZON = 2000;
  private static final int SEEDS = 20;

  private static double meanRegret(String policy) {
    return Arrays.stream(TrialOutcome.finalValues(Bandits.trial(BANDIT, policy).metric("regret")
        .horizon(HORIZON).seeds(SEEDS).run(), "regret")).average().orElseThrow();
  }

  /** Mean over seeds of T (μ* − mean μ): what a uniform policy loses in expectation. */
  private static double uniformExpectedRegret() {
    return Bandits.environments(BANDIT, SEEDS, Map.of()).stream().mapToDouble(bandit -> {
      double[] means = Bandits.means(bandit);
      double best = Arrays.stream(means).max().orElseThrow();
      return HORIZON * (best - Arrays.stream(means).average().orElseThrow());
    }).average().orElseThrow();
  }

  @Test
  void uniformRandomLosesTheGapToTheAverageArmEveryStep() {
    double expected = uniformExpectedRegret();
    assertThat(meanRegret("bandit.uniform")).isCloseTo(expected, within(0.03 * expected));
  }

  @Test
  void ucb1AndThompsonSamplingLoseFarLessThanUniformRandom() {
    // Uniform loses about 845 here, within a few units of its expectation; UCB1 about 175,
    // Thompson 30.
    // A policy no better than uniform cannot come under a third of it by chance.
    double uniform = uniformExpectedRegret();
    double ucb1 = meanRegret("bandit.ucb1");
    double thompson = meanRegret("bandit.thompson");
    assertThat(ucb1).isLessThan(uniform / 3);
    assertThat(thompson).isLessThan(uniform / 10);
    // As in the Bernoulli simulations of Chapelle and Li (2011), "An empirical evaluation of
    // Thompson sampling", NeurIPS, Thompson sampling beats UCB clearly.
    assertThat(thompson).isLessThan(ucb1 / 2);
  }
}
