package org.recbench.bandits;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.recbench.bandits.Policies.choiceCounts;
import static org.recbench.bandits.Policies.rng;
import static org.recbench.bandits.Policies.trained;

import org.junit.jupiter.api.Test;
import org.recbench.protocol.bandit.Arm;
import org.recbench.protocol.bandit.BanditObservation;
import org.recbench.protocol.bandit.Reward;

class Ucb1Test {

  private static Ucb1 ucb1(double c, double[]... rewards) {
    return trained(new Ucb1(c, rng(1)), rewards);
  }

  @Test
  void pullsEveryArmOnceInIndexOrderBeforeUsingTheIndex() {
    Ucb1 policy = new Ucb1(2, rng(1));
    BanditObservation observation = new BanditObservation(4);
    for (int k = 0; k < 4; k++) {
      Arm arm = policy.act(observation);
      assertThat(arm.index()).isEqualTo(k);
      policy.learn(observation, arm, new Reward(k == 0 ? 1 : 0));
    }
  }

  @Test
  void indexIsTheMeanPlusTheBonusWorkedOutByHand() {
    // n = (2, 1, 1), means (0.5, 1, 0), t = 4, ln 4 = 1.386294361...
    Ucb1 policy = ucb1(2, new double[] {1, 0}, new double[] {1}, new double[] {0});
    assertThat(policy.index(0)).isCloseTo(0.5 + 1.177410022515475, within(1e-12));
    assertThat(policy.index(1)).isCloseTo(1 + 1.665109222315395, within(1e-12));
    assertThat(policy.index(2)).isCloseTo(1.665109222315395, within(1e-12));
    assertThat(policy.act(new BanditObservation(3)).index()).isEqualTo(1);
  }

  @Test
  void pullsTheArmOfLargestIndexEvenWhenTheIndicesAreClose() {
    // n = (3, 1), means (0.73, 0), t = 4: indices 0.73 + sqrt(2 ln 4 / 3) = 1.6914 and
    // sqrt(2 ln 4) = 1.6651. With ln 5 in place of ln 4 the order would flip (1.7658, 1.7941).
    Ucb1 policy = ucb1(2, new double[] {1, 1, 0.19}, new double[] {0});
    assertThat(policy.index(0)).isCloseTo(1.6913512577339218, within(1e-12));
    assertThat(policy.index(1)).isCloseTo(1.6651092223153954, within(1e-12));
    assertThat(policy.act(new BanditObservation(2)).index()).isZero();
  }

  @Test
  void aRarelyPulledArmWinsThroughItsBonus() {
    // t = 11: arm 0 scores 0.6 + sqrt(2 ln 11 / 10) = 1.29, arm 1 scores 0.3 + sqrt(2 ln 11) = 2.49
    double[] often = {1, 1, 1, 1, 1, 1, 0, 0, 0, 0};
    double[] once = {0.3};
    BanditObservation twoArms = new BanditObservation(2);
    assertThat(ucb1(2, often, once).act(twoArms).index()).isEqualTo(1);
    assertThat(ucb1(0, often, once).act(twoArms).index()).isEqualTo(0);
  }

  @Test
  void equalIndicesAreBrokenUniformly() {
    int steps = 20_000;
    long[] counts = choiceCounts(ucb1(2, new double[] {1}, new double[] {1}, new double[] {0}), 3,
        steps);
    assertThat(counts[2]).isZero();
    Sampling.assertBinomial(counts[0], steps, 0.5);
  }
}
