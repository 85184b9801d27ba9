package org.recbench.core.testplugins;

import java.util.Optional;
import java.util.random.RandomGenerator;
import org.recbench.api.Capabilities;
import org.recbench.api.Capability;
import org.recbench.api.ComponentType;
import org.recbench.api.Descriptor;
import org.recbench.api.Environment;
import org.recbench.api.Kind;
import org.recbench.api.Outcome;
import org.recbench.api.ParamSpec;
import org.recbench.api.ParamType;
import org.recbench.api.Params;
import org.recbench.protocol.session.ChurnModel;
import org.recbench.protocol.session.Reaction;
import org.recbench.protocol.session.Recommendation;
import org.recbench.protocol.session.SessionObservation;
import org.recbench.protocol.session.SessionProtocol;

/**
 * Test environment {@code test.sessions}: the churn model of the session protocol, a user type
 * drawn from {@code prior} per session who likes category a with probability {@code like[u][a]}
 * and leaves on the first dislike. Provides its model ({@code churn-model}).
 */
final class StickySessions implements Environment<SessionObservation, Recommendation, Reaction> {

  static final ComponentType<Environment<?, ?, ?>> TYPE = ComponentType.environment(
      Descriptor.builder(Kind.ENVIRONMENT, "test.sessions", SessionProtocol.PROTOCOL)
          .description("sessions that end on the first dislike")
          .provides(SessionProtocol.CHURN_MODEL)
          .param(new ParamSpec("prior", ParamType.NUMBER_ARRAY, new double[] {0.5, 0.5}, false,
                  "distribution of user types", 0.0, 1.0, java.util.List.of()),
              new ParamSpec("like", ParamType.NUMBER_MATRIX,
                  new double[][] {{0.9, 0.1}, {0.2, 0.8}}, false,
                  "like probability per type and category", 0.0, 0.99, java.util.List.of()))
          .build(),
      StickySessions::create);

  private final ChurnModel model;
  private final RandomGenerator rng;
  private int type;
  private int likes;

  private StickySessions(ChurnModel model, RandomGenerator rng) {
    this.model = model;
    this.rng = rng;
  }

  private static StickySessions create(Params params, RandomGenerator rng, Capabilities none) {
    return new StickySessions(
        new ChurnModel(params.getDoubleArray("prior"), params.getDoubleMatrix("like")), rng);
  }

  @Override
  public SessionObservation reset() {
    double u = rng.nextDouble();
    type = 0;
    for (double mass = model.prior(0); u > mass && type < model.types() - 1; ) {
      type++;
      mass += model.prior(type);
    }
    likes = 0;
    return new SessionObservation(model.categories(), likes);
  }

  @Override
  public Outcome<SessionObservation, Reaction> step(Recommendation action) {
    boolean liked = rng.nextDouble() < model.like(type, action.category());
    likes += liked ? 1 : 0;
    return new Outcome<>(liked ? Reaction.LIKE : Reaction.DISLIKE, liked ? 1 : 0,
        new SessionObservation(model.categories(), likes), !liked);
  }

  @Override
  public <T> Optional<T> capability(Capability<T> key) {
    return key.id().equals(SessionProtocol.CHURN_MODEL.id())
        ? Optional.of(key.cast(model)) : Optional.empty();
  }
}
