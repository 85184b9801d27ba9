package org.recbench.sarsop.policy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.recbench.protocol.pomdp.FinitePomdp;

class BeliefTrackerTest {

  /** A random distribution over {@code n} outcomes with about half of them impossible. */
  private static double[] sparseDistribution(int n, SplittableRandom rng) {
    double[] p = new double[n];
    double total = 0;
    for (int i = 0; i < n; i++) {
      p[i] = rng.nextBoolean() || i == 0 ? rng.nextDouble() + 0.01 : 0;
      total += p[i];
    }
    for (int i = 0; i < n; i++) {
      p[i] /= total;
    }
    return p;
  }

  @Test
  void theSparseUpdateEqualsTheDenseBayesFilterToTheBit() {
    SplittableRandom rng = new SplittableRandom(5);
    int states = 7;
    int actions = 3;
    int observations = 2;
    double[][][] t = new double[actions][states][];
    double[][][] o = new double[actions][states][];
    for (int a = 0; a < actions; a++) {
      for (int s = 0; s < states; s++) {
        t[a][s] = sparseDistribution(states, rng);
        double seen = 0.2 + 0.6 * rng.nextDouble();
        o[a][s] = new double[] {seen, 1 - seen};
      }
    }
    List<String> names = List.of("s0", "s1", "s2", "s3", "s4", "s5", "s6");
    FinitePomdp model = new FinitePomdp(names, List.of("a0", "a1", "a2"), List.of("z0", "z1"),
        t, o, new double[actions][states], sparseDistribution(states, rng), 1);
    BeliefTracker tracker = new BeliefTracker(model);
    double[] dense = model.initialBelief();
    for (int step = 0; step < 200; step++) {
      int a = rng.nextInt(actions);
      int z = rng.nextInt(observations);
      double[] next = new double[states];
      double total = 0;
      for (int s2 = 0; s2 < states; s2++) {
        double predicted = 0;
        for (int s = 0; s < states; s++) {
          predicted += dense[s] * model.transition(a, s, s2);
        }
        next[s2] = predicted * model.observation(a, s2, z);
        total += next[s2];
      }
      for (int s2 = 0; s2 < states; s2++) {
        next[s2] /= total;
      }
      dense = next;
      assertThat(tracker.update(a, z)).isEqualTo(total);
      assertThat(tracker.belief()).containsExactly(dense);
    }
  }
}
