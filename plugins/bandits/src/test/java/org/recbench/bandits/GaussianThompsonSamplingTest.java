package org.recbench.bandits;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.recbench.bandits.Policies.choiceCounts;
import static org.recbench.bandits.Policies.rng;
import static org.recbench.bandits.Policies.trained;

import org.apache.commons.statistics.distribution.NormalDistribution;
import org.junit.jupiter.api.Test;
import org.recbench.api.Capabilities;
import org.recbench.api.Params;

class GaussianThompsonSamplingTest {

  /** σ = 2 and arm 0 has paid 1, 2, 3: posterior N(6/4, 4/4); arm 1 keeps its prior N(0, 4). */
  private static GaussianThompsonSampling posteriorFromThreePulls() {
    return trained(new GaussianThompsonSampling(2, rng(1)), new double[] {1, 2, 3}, new double[0]);
  }

  @Test
  void posteriorIsTheConjugateNormal() {
    GaussianThompsonSampling policy = posteriorFromThreePulls();
    assertThat(policy.posteriorMean(0)).isEqualTo(1.5);
    assertThat(policy.posteriorStandardDeviation(0)).isEqualTo(1);
    assertThat(policy.posteriorMean(1)).isEqualTo(0);
    assertThat(policy.posteriorStandardDeviation(1)).isEqualTo(2);
  }

  @Test
  void choosesEachArmWithItsPosteriorProbabilityOfBeingBest() {
    // P(θ0 > θ1) for θ0 ~ N(1.5, 1), θ1 ~ N(0, 4) is Φ(1.5 / √5).
    double p = NormalDistribution.of(0, 1).cumulativeProbability(1.5 / Math.sqrt(5));
    GaussianThompsonSampling policy = posteriorFromThreePulls();
    int steps = 30_000;
    Sampling.assertBinomial(choiceCounts(policy, 2, steps)[0], steps, p);
  }

  @Test
  void zeroSigmaIsAValidationProblemAtTheParameter() {
    assertThatThrownBy(() -> Bandits.trial("bandit.gaussian", "bandit.thompson-gaussian")
        .policyParam("sigma", 0.0).plan())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("$.policies[0].params.sigma: ")
        .hasMessageContaining("expected a number > 0, found number 0.0");
  }
}
