package org.recbench.baselines;

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
import org.recbench.protocol.session.ChurnModel;
import org.recbench.protocol.session.Reaction;
import org.recbench.protocol.session.Recommendation;
import org.recbench.protocol.session.SessionObservation;
import org.recbench.protocol.session.SessionProtocol;

/**
 * Test plugin: session environments for the baselines, which ship none. A session's user type u
 * is drawn from q; each recommendation of a is liked with probability P(u, a) (reward 1) or ends
 * the session (reward 0). {@code test.sessions} exposes the model as {@code churn-model};
 * {@code test.anonymous-sessions} keeps it hidden.
 */
final class TestSessions implements Environment<SessionObservation, Recommendation, Reaction> {

  private final ChurnModel model;
  private final RandomGenerator rng;
  private final boolean exposed;
  private final Outcome<SessionObservation, Reaction> outcome = new Outcome<>();
  private int type;
  private int likes;

  private TestSessions(ChurnModel model, RandomGenerator rng, boolean exposed) {
    this.model = model;
    this.rng = rng;
    this.exposed = exposed;
  }

  @Override
  public SessionObservation reset() {
    double u = rng.nextDouble();
    double cumulative = 0;
    type = model.types() - 1;
    for (int k = 0; k < model.types() - 1; k++) {
      cumulative += model.prior(k);
      if (u < cumulative) {
        type = k;
        break;
      }
    }
    likes = 0;
    return new SessionObservation(model.categories(), 0);
  }

  @Override
  public Outcome<SessionObservation, Reaction> step(Recommendation action) {
    boolean liked = rng.nextDouble() < model.like(type, action.category());
    if (liked) {
      likes++;
    }
    return outcome.set(liked ? Reaction.LIKE : Reaction.DISLIKE, liked ? 1 : 0,
        new SessionObservation(model.categories(), likes), !liked);
  }

  @Override
  public <T> Optional<T> capability(Capability<T> key) {
    return exposed && key.id().equals(SessionProtocol.CHURN_MODEL.id())
        ? Optional.of(key.cast(model)) : Optional.empty();
  }

  /** Registers {@code test.sessions} and {@code test.anonymous-sessions}. */
  static final class TestPlugin implements Plugin {
    @Override
    public String name() {
      return "baselines-test";
    }

    @Override
    public List<ComponentType<Environment<?, ?, ?>>> environments() {
      return List.of(type("test.sessions", true), type("test.anonymous-sessions", false));
    }

    private static ComponentType<Environment<?, ?, ?>> type(String id, boolean exposed) {
      Descriptor.Builder descriptor = Descriptor.builder(Kind.ENVIRONMENT, id,
              SessionProtocol.PROTOCOL)
          .description("sessions of users of types drawn from q who like a with P(u, a)")
          .param(ParamSpec.required("prior", ParamType.NUMBER_ARRAY, "q"),
              ParamSpec.required("like", ParamType.NUMBER_MATRIX, "P"));
      if (exposed) {
        descriptor.provides(SessionProtocol.CHURN_MODEL);
      }
      return ComponentType.environment(descriptor.build(), (params, rng, capabilities) ->
          new TestSessions(new ChurnModel(params.getDoubleArray("prior"),
              params.getDoubleMatrix("like")), rng, exposed));
    }
  }
}
