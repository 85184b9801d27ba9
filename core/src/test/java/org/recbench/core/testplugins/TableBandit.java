package org.recbench.core.testplugins;

import java.util.random.RandomGenerator;
import org.recbench.api.Capabilities;
import org.recbench.api.ComponentType;
import org.recbench.api.Descriptor;
import org.recbench.api.Environment;
import org.recbench.api.Kind;
import org.recbench.api.Outcome;
import org.recbench.api.ParamSpec;
import org.recbench.api.ParamType;
import org.recbench.api.Params;
import org.recbench.protocol.bandit.Arm;
import org.recbench.protocol.bandit.BanditObservation;
import org.recbench.protocol.bandit.BanditProtocol;
import org.recbench.protocol.bandit.Reward;

/**
 * Test environment {@code test.table}: Bernoulli arms with the success probabilities given by the
 * required parameter {@code means}. Keeps its means to itself: no oracle.
 */
final class TableBandit implements Environment<BanditObservation, Arm, Reward> {

  static final ComponentType<Environment<?, ?, ?>> TYPE = ComponentType.environment(
      Descriptor.builder(Kind.ENVIRONMENT, "test.table", BanditProtocol.PROTOCOL)
          .description("Bernoulli arms with given means, no oracle")
          .param(ParamSpec.required("means", ParamType.NUMBER_ARRAY, "success probabilities")
              .range(0.0, 1.0))
          .build(),
      TableBandit::create);

  private final double[] means;
  private final BanditObservation observation;
  private final RandomGenerator rng;

  private TableBandit(double[] means, RandomGenerator rng) {
    this.means = means;
    this.observation = new BanditObservation(means.length);
    this.rng = rng;
  }

  private static TableBandit create(Params params, RandomGenerator rng, Capabilities none) {
    return new TableBandit(params.getDoubleArray("means"), rng);
  }

  @Override
  public BanditObservation reset() {
    return observation;
  }

  @Override
  public Outcome<BanditObservation, Reward> step(Arm action) {
    double reward = rng.nextDouble() < means[action.index()] ? 1 : 0;
    return new Outcome<>(new Reward(reward), reward, observation, false);
  }
}
