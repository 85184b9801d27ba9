package org.recbench.churn.env;

import java.util.List;
import java.util.Optional;
import java.util.random.RandomGenerator;
import java.util.stream.IntStream;
import org.recbench.api.Capability;
import org.recbench.api.Environment;
import org.recbench.api.Outcome;
import org.recbench.protocol.pomdp.FinitePomdp;
import org.recbench.protocol.session.ChurnModel;
import org.recbench.protocol.session.Reaction;
import org.recbench.protocol.session.Recommendation;
import org.recbench.protocol.session.SessionObservation;
import org.recbench.protocol.session.SessionProtocol;
import org.recbench.churn.model.ChurnPomdp;

/**
 * User sessions of paper 002 (Sec. 2.1): each session's hidden type u is drawn from q; every
 * recommendation of category a is liked with probability P(u, a) (reward 1, the session goes on)
 * or disliked (reward 0, the user leaves).
 *
 * <p>Random draws are split so that policies compared on the same seed face the same users: each
 * session takes exactly two numbers from the trial's generator (its type and the seed of its own
 * stream), and the t-th reaction of a session is "like" iff the t-th uniform of that stream is
 * below P(u, a_t). Session k thus has the same type and the same uniforms under every policy
 * (common random numbers), whatever the policies did in earlier sessions.
 *
 * <p>Exposes {@link SessionProtocol#CHURN_MODEL} and the {@link FinitePomdp} view of
 * {@link ChurnPomdp}.
 */
public final class ChurnEnvironment
    implements Environment<SessionObservation, Recommendation, Reaction> {

  /** Observations and outcomes of the first steps of a session are shared, not allocated. */
  private static final int CACHED_STEPS = 1024;

  private final ChurnModel model;
  private final double[][] like;
  private final double[] cumulativePrior;
  private final RandomGenerator rng;
  private final List<SessionObservation> observations;
  private final List<Outcome<SessionObservation, Reaction>> likeOutcomes;
  private final List<Outcome<SessionObservation, Reaction>> dislikeOutcomes;
  private FinitePomdp pomdp;
  /** The current session's stream, reseeded at every session start (no allocation). */
  private final SessionStream session = new SessionStream();
  private boolean started;
  private int type = -1;
  private int likes;

  /**
   * Creates the environment.
   *
   * @param model the instance
   * @param rng the trial's generator: session types and session streams are drawn from it
   */
  public ChurnEnvironment(ChurnModel model, RandomGenerator rng) {
    this.model = model;
    this.like = model.likeMatrix();
    this.rng = rng;
    this.cumulativePrior = new double[model.types()];
    double total = 0;
    for (int u = 0; u < model.types(); u++) {
      total += model.prior(u);
      cumulativePrior[u] = total;
    }
    int categories = model.categories();
    this.observations = IntStream.rangeClosed(0, CACHED_STEPS)
        .mapToObj(k -> new SessionObservation(categories, k)).toList();
    this.likeOutcomes = IntStream.range(0, CACHED_STEPS)
        .mapToObj(k -> new Outcome<>(Reaction.LIKE, 1.0, observations.get(k + 1), false))
        .toList();
    this.dislikeOutcomes = IntStream.range(0, CACHED_STEPS)
        .mapToObj(k -> new Outcome<>(Reaction.DISLIKE, 0.0, observations.get(k), true))
        .toList();
  }

  /** The instance. */
  public ChurnModel model() {
    return model;
  }

  /** The hidden type of the current session (for tests and diagnostics, never for policies). */
  public int hiddenType() {
    return type;
  }

  @Override
  public SessionObservation reset() {
    type = sampleType(rng.nextDouble());
    session.reseed(rng.nextLong());
    started = true;
    likes = 0;
    return observation(0);
  }

  @Override
  public Outcome<SessionObservation, Reaction> step(Recommendation action) {
    if (!started) {
      throw new IllegalStateException("step() before reset()");
    }
    int category = action.category();
    if (category >= like[type].length) {
      throw new IllegalArgumentException("category " + category + " does not exist; the instance has "
          + like[type].length + " categories");
    }
    if (session.nextDouble() < like[type][category]) {
      return likeOutcome(likes++);
    }
    return dislikeOutcome(likes);
  }

  @Override
  public <T> Optional<T> capability(Capability<T> key) {
    if (key.id().equals(SessionProtocol.CHURN_MODEL.id())) {
      return Optional.of(key.cast(model));
    }
    if (key.id().equals(FinitePomdp.CAPABILITY.id())) {
      if (pomdp == null) {
        pomdp = ChurnPomdp.of(model);
      }
      return Optional.of(key.cast(pomdp));
    }
    return Optional.empty();
  }

  private int sampleType(double uniform) {
    for (int u = 0; u < cumulativePrior.length - 1; u++) {
      if (uniform < cumulativePrior[u]) {
        return u;
      }
    }
    return cumulativePrior.length - 1;
  }

  private SessionObservation observation(int likeCount) {
    return likeCount < observations.size() ? observations.get(likeCount)
        : new SessionObservation(like[0].length, likeCount);
  }

  private Outcome<SessionObservation, Reaction> likeOutcome(int before) {
    return before < likeOutcomes.size() ? likeOutcomes.get(before)
        : new Outcome<>(Reaction.LIKE, 1.0, observation(before + 1), false);
  }

  private Outcome<SessionObservation, Reaction> dislikeOutcome(int before) {
    return before < dislikeOutcomes.size() ? dislikeOutcomes.get(before)
        : new Outcome<>(Reaction.DISLIKE, 0.0, observation(before), true);
  }
}
