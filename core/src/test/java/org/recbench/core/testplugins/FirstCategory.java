package org.recbench.core.testplugins;

import org.recbench.api.ComponentType;
import org.recbench.api.Descriptor;
import org.recbench.api.Kind;
import org.recbench.api.Policy;
import org.recbench.protocol.session.Reaction;
import org.recbench.protocol.session.Recommendation;
import org.recbench.protocol.session.SessionObservation;
import org.recbench.protocol.session.SessionProtocol;

/** Test policy {@code test.first-category}: always recommends category 0 (session protocol). */
final class FirstCategory implements Policy<SessionObservation, Recommendation, Reaction> {

  static final ComponentType<Policy<?, ?, ?>> TYPE = ComponentType.policy(
      Descriptor.builder(Kind.POLICY, "test.first-category", SessionProtocol.PROTOCOL)
          .description("recommends category 0")
          .build(),
      (params, rng, capabilities) -> new FirstCategory());

  @Override
  public Recommendation act(SessionObservation observation) {
    return Recommendation.of(0);
  }

  @Override
  public void learn(SessionObservation observation, Recommendation action, Reaction feedback) {}
}
