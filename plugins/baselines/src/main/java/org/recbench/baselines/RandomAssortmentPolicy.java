package org.recbench.baselines;

import java.util.random.RandomGenerator;
import org.recbench.api.ComponentType;
import org.recbench.api.Descriptor;
import org.recbench.api.Kind;
import org.recbench.api.Policy;
import org.recbench.lib.mnl.RandomAssortment;
import org.recbench.protocol.assortment.Assortment;
import org.recbench.protocol.assortment.AssortmentObservation;
import org.recbench.protocol.assortment.AssortmentProtocol;
import org.recbench.protocol.assortment.Choice;

/**
 * {@code baseline.random-assortment}: offers K distinct items drawn uniformly at random every
 * round (every K-subset equally likely, Floyd's algorithm), ignoring contexts and feedback — the
 * exploration phase of ELSA and UCB-MNL run forever, and the floor every learner must beat.
 */
public final class RandomAssortmentPolicy
    implements Policy<AssortmentObservation, Assortment, Choice> {

  /** Component id. */
  public static final String ID = "baseline.random-assortment";

  private final RandomGenerator rng;
  private Assortment offered;
  private int[] buffer;

  RandomAssortmentPolicy(RandomGenerator rng) {
    this.rng = rng;
  }

  /** The component type. */
  public static ComponentType<Policy<?, ?, ?>> type() {
    return ComponentType.policy(
        Descriptor.builder(Kind.POLICY, ID, AssortmentProtocol.PROTOCOL)
            .description("offers a uniformly random set of K items")
            .build(),
        (params, rng, capabilities) -> new RandomAssortmentPolicy(rng));
  }

  @Override
  public Assortment act(AssortmentObservation observation) {
    if (offered == null) {
      buffer = new int[observation.capacity()];
      offered = new Assortment(observation.capacity());
    }
    int size = RandomAssortment.draw(rng, observation.itemCount(), observation.capacity(),
        buffer);
    return offered.set(buffer, size);
  }

  @Override
  public void learn(AssortmentObservation observation, Assortment action, Choice feedback) {
    // Uniform sets ignore feedback.
  }
}
