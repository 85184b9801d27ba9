package org.recbench.bandits;

import static org.recbench.bandits.BanditHarness.rng;

import org.junit.jupiter.api.Test;
import org.recbench.api.bandit.BanditObservation;

class UniformRandomTest {

  @Test
  void everyArmIsPulledWithProbabilityOneOverK() {
    UniformRandom policy = new UniformRandom(rng(1));
    BanditObservation observation = new BanditObservation(5);
    int steps = 50_000;
    long[] counts = new long[5];
    for (int t = 0; t < steps; t++) {
      counts[policy.act(observation).index()]++;
    }
    for (long count : counts) {
      Sampling.assertBinomial(count, steps, 0.2);
    }
  }
}
