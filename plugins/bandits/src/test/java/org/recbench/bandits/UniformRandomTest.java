package org.recbench.bandits;

import static org.recbench.bandits.Policies.choiceCounts;
import static org.recbench.bandits.Policies.rng;

import org.junit.jupiter.api.Test;

class UniformRandomTest {

  @Test
  void everyArmIsPulledWithProbabilityOneOverK() {
    int steps = 50_000;
    for (long count : choiceCounts(new UniformRandom(rng(1)), 5, steps)) {
      Sampling.assertBinomial(count, steps, 0.2);
    }
  }
}
