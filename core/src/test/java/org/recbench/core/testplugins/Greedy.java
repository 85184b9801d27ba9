package org.recbench.core.testplugins;

import java.util.random.RandomGenerator;
import org.recbench.api.ComponentType;
import org.recbench.api.Descriptor;
import org.recbench.api.Kind;
import org.recbench.api.ParamSpec;
import org.recbench.api.Policy;
import org.recbench.protocol.bandit.Arm;
import org.recbench.protocol.bandit.BanditObservation;
import org.recbench.protocol.bandit.BanditProtocol;
import org.recbench.protocol.bandit.Reward;

/**
 * Test policy {@code test.greedy}: epsilon-greedy on empirical means; explores a uniformly random
 * arm with probability epsilon.
 */
final class Greedy implements Policy<BanditObservation, Arm, Reward> {

  static final ComponentType<Policy<?, ?, ?>> TYPE = ComponentType.policy(
      Descriptor.builder(Kind.POLICY, "test.greedy", BanditProtocol.PROTOCOL)
          .description("epsilon-greedy on empirical means")
          .param(ParamSpec.number("epsilon", 0.1, "exploration probability").range(0.0, 1.0),
              ParamSpec.bool("optimistic", false, "start every mean at 1 instead of 0"))
          .build(),
      (params, rng, capabilities) -> new Greedy(params.getDouble("epsilon"),
          params.getBoolean("optimistic"), rng));

  private final double epsilon;
  private final double initial;
  private final RandomGenerator rng;
  private double[] sums = new double[0];
  private long[] pulls = new long[0];

  private Greedy(double epsilon, boolean optimistic, RandomGenerator rng) {
    this.epsilon = epsilon;
    this.initial = optimistic ? 1 : 0;
    this.rng = rng;
  }

  @Override
  public Arm act(BanditObservation observation) {
    if (sums.length != observation.arms()) {
      sums = new double[observation.arms()];
      pulls = new long[observation.arms()];
    }
    if (rng.nextDouble() < epsilon) {
      return Arm.of(rng.nextInt(sums.length));
    }
    int best = 0;
    for (int a = 1; a < sums.length; a++) {
      if (mean(a) > mean(best)) {
        best = a;
      }
    }
    return Arm.of(best);
  }

  private double mean(int arm) {
    return pulls[arm] == 0 ? initial : sums[arm] / pulls[arm];
  }

  @Override
  public void learn(BanditObservation observation, Arm action, Reward feedback) {
    sums[action.index()] += feedback.value();
    pulls[action.index()]++;
  }
}
