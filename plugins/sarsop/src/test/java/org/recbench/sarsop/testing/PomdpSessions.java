package org.recbench.sarsop.testing;

import java.util.List;
import java.util.Optional;
import java.util.random.RandomGenerator;
import org.recbench.api.Capability;
import org.recbench.api.ComponentType;
import org.recbench.api.Descriptor;
import org.recbench.api.Environment;
import org.recbench.api.Kind;
import org.recbench.api.Outcome;
import org.recbench.api.ParamSpec;
import org.recbench.api.ParamType;
import org.recbench.api.Plugin;
import org.recbench.protocol.pomdp.FinitePomdp;
import org.recbench.protocol.session.Reaction;
import org.recbench.protocol.session.Recommendation;
import org.recbench.protocol.session.SessionObservation;
import org.recbench.protocol.session.SessionProtocol;
import org.recbench.sarsop.SarsopPlugin;
import org.recbench.testkit.PluginTestKit;

/**
 * Test environment {@code test.pomdp-sessions}: sessions of the session protocol played against
 * a fixture's finite POMDP ({@link Fixture#model}, exposed as {@link FinitePomdp#CAPABILITY}).
 * The hidden state is drawn from b0 and evolves by T, the reaction is the drawn observation
 * ({@code like} → LIKE, anything else → DISLIKE, which ends the session), and the step's reward is
 * the expected immediate reward R(a, s). Discounting is replaced by random termination: after
 * every step that did not end the session, the session stops with probability 1 − γ, so step t
 * is reached with probability γ^t and the mean undiscounted session reward estimates the
 * γ-discounted value.
 */
public final class PomdpSessions
    implements Environment<SessionObservation, Recommendation, Reaction> {

  /** The sarsop plugin and this environment, with the harness's metrics. */
  public static final PluginTestKit KIT = PluginTestKit.of(new SarsopPlugin(), new TestPlugin());

  private final FinitePomdp model;
  private final RandomGenerator rng;
  private final int like;
  private final int categories;
  private final double[] transition;
  private final double[] observation;
  private final Outcome<SessionObservation, Reaction> outcome = new Outcome<>();
  private int state;
  private int likes;

  private PomdpSessions(FinitePomdp model, RandomGenerator rng) {
    this.model = model;
    this.rng = rng;
    this.like = model.observations().indexOf("like");
    this.categories = model.actions().size();
    this.transition = new double[model.states().size()];
    this.observation = new double[model.observations().size()];
  }

  @Override
  public SessionObservation reset() {
    state = draw(model.initialBelief());
    likes = 0;
    return new SessionObservation(categories, 0);
  }

  @Override
  public Outcome<SessionObservation, Reaction> step(Recommendation action) {
    int a = action.category();
    double reward = model.reward(a, state);
    for (int next = 0; next < transition.length; next++) {
      transition[next] = model.transition(a, state, next);
    }
    int next = draw(transition);
    for (int z = 0; z < observation.length; z++) {
      observation[z] = model.observation(a, next, z);
    }
    Reaction reaction = draw(observation) == like ? Reaction.LIKE : Reaction.DISLIKE;
    boolean over = reaction == Reaction.DISLIKE || rng.nextDouble() >= model.discount();
    if (!over) {
      likes++;
      state = next;
    }
    return outcome.set(reaction, reward, new SessionObservation(categories, likes), over);
  }

  @Override
  public <T> Optional<T> capability(Capability<T> key) {
    return key.id().equals(FinitePomdp.CAPABILITY.id())
        ? Optional.of(key.cast(model)) : Optional.empty();
  }

  private int draw(double[] p) {
    double u = rng.nextDouble();
    double c = 0;
    for (int i = 0; i < p.length; i++) {
      c += p[i];
      if (u < c) {
        return i;
      }
    }
    return p.length - 1;
  }

  /** Registers {@code test.pomdp-sessions}. */
  public static final class TestPlugin implements Plugin {
    @Override
    public String name() {
      return "sarsop-test";
    }

    @Override
    public List<ComponentType<Environment<?, ?, ?>>> environments() {
      return List.of(ComponentType.environment(
          Descriptor.builder(Kind.ENVIRONMENT, "test.pomdp-sessions", SessionProtocol.PROTOCOL)
              .description("sessions against a SARSOP fixture's POMDP, discount by termination")
              .provides(FinitePomdp.CAPABILITY)
              .param(ParamSpec.required("fixture", ParamType.STRING, "fixture instance name"),
                  ParamSpec.number("discount", 0.999, "γ: each step goes on with probability γ")
                      .range(0.0, 1.0))
              .build(),
          (params, rng, capabilities) -> new PomdpSessions(
              Fixture.named(params.getString("fixture")).model(params.getDouble("discount")),
              rng)));
    }
  }
}
