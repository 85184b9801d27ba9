package org.recbench.baselines;

import java.util.random.RandomGenerator;
import org.recbench.api.ComponentType;
import org.recbench.api.Descriptor;
import org.recbench.api.Kind;
import org.recbench.api.Policy;
import org.recbench.protocol.session.Reaction;
import org.recbench.protocol.session.Recommendation;
import org.recbench.protocol.session.SessionObservation;
import org.recbench.protocol.session.SessionProtocol;

/**
 * {@code baseline.random}: recommends a category drawn uniformly at random, knowing nothing but the
 * number of categories in the observation.
 */
public final class RandomPolicy implements Policy<SessionObservation, Recommendation, Reaction> {

  /** Component id. */
  public static final String ID = "baseline.random";

  private final RandomGenerator rng;

  /** Draws categories from {@code rng}, the policy's own stream. */
  public RandomPolicy(RandomGenerator rng) {
    this.rng = rng;
  }

  /** The component type. */
  public static ComponentType<Policy<?, ?, ?>> type() {
    Descriptor descriptor = Descriptor.builder(Kind.POLICY, ID, SessionProtocol.PROTOCOL)
        .description("recommends a uniformly random category")
        .build();
    return ComponentType.policy(descriptor, (params, rng, capabilities) -> new RandomPolicy(rng));
  }

  @Override
  public Recommendation act(SessionObservation observation) {
    return Recommendation.of(rng.nextInt(observation.categories()));
  }

  @Override
  public void learn(SessionObservation observation, Recommendation action, Reaction feedback) {
    // Uniform choices ignore feedback.
  }
}
