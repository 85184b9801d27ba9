package org.recbench.population.policy;

import java.util.random.RandomGenerator;
import org.recbench.api.ComponentType;
import org.recbench.api.Descriptor;
import org.recbench.api.Kind;
import org.recbench.api.Policy;
import org.recbench.protocol.population.Arrival;
import org.recbench.protocol.population.PopulationProtocol;
import org.recbench.protocol.population.Product;
import org.recbench.protocol.population.Reward;

/**
 * {@code population.random}: recommends a product drawn uniformly at random (the a = 0 softmax,
 * which never learns), from the policy's own stream. It has its own id because a policy speaks
 * one protocol: {@code baseline.random} speaks the session protocol, and this plugin may not
 * depend on the baselines plugin.
 */
final class RandomProduct implements Policy<Arrival, Product, Reward> {

  /** Component id. */
  static final String ID = "population.random";

  /** The component type. */
  static final ComponentType<Policy<?, ?, ?>> TYPE = ComponentType.policy(
      Descriptor.builder(Kind.POLICY, ID, PopulationProtocol.PROTOCOL)
          .description("recommends a uniformly random product")
          .build(),
      (params, rng, capabilities) -> new RandomProduct(rng));

  private final RandomGenerator rng;

  private RandomProduct(RandomGenerator rng) {
    this.rng = rng;
  }

  @Override
  public Product act(Arrival arrival) {
    return Product.of(rng.nextInt(arrival.products().rows()));
  }

  @Override
  public void learn(Arrival arrival, Product product, Reward reward) {
    // A uniform choice ignores rewards.
  }
}
