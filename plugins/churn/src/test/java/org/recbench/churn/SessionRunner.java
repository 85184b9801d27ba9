package org.recbench.churn;

import java.util.List;
import org.recbench.api.Capabilities;
import org.recbench.api.Environment;
import org.recbench.api.Metric;
import org.recbench.api.Outcome;
import org.recbench.api.Policy;
import org.recbench.api.Step;
import org.recbench.protocol.session.Reaction;
import org.recbench.protocol.session.Recommendation;
import org.recbench.protocol.session.SessionObservation;

/** A minimal trial loop for tests: sessions of a policy in an environment, fed to metrics. */
public final class SessionRunner {

  private SessionRunner() {}

  /**
   * Runs {@code episodes} sessions and returns the number of likes of each.
   *
   * @param maxSteps a session longer than this fails the test (guards against endless sessions)
   */
  public static int[] run(Environment<SessionObservation, Recommendation, Reaction> environment,
      Policy<SessionObservation, Recommendation, Reaction> policy, int episodes, int maxSteps,
      List<Metric<SessionObservation, Recommendation, Reaction>> metrics) {
    int[] likes = new int[episodes];
    MutableStep step = new MutableStep();
    long t = 0;
    for (int e = 0; e < episodes; e++) {
      for (Metric<SessionObservation, Recommendation, Reaction> metric : metrics) {
        metric.startEpisode(e);
      }
      policy.startEpisode();
      SessionObservation observation = environment.reset();
      int length = 0;
      while (true) {
        Recommendation action = policy.act(observation);
        Outcome<SessionObservation, Reaction> outcome = environment.step(action);
        policy.learn(observation, action, outcome.feedback());
        step.set(t++, e, length++, observation, action, outcome);
        for (Metric<SessionObservation, Recommendation, Reaction> metric : metrics) {
          metric.record(step);
        }
        likes[e] += (int) outcome.reward();
        if (outcome.episodeOver()) {
          break;
        }
        if (length > maxSteps) {
          throw new AssertionError("session " + e + " exceeded " + maxSteps + " steps");
        }
        observation = outcome.next();
      }
      for (Metric<SessionObservation, Recommendation, Reaction> metric : metrics) {
        metric.endEpisode(e, length);
      }
    }
    return likes;
  }

  /** Mean of {@code values}. */
  public static double mean(int[] values) {
    double sum = 0;
    for (int v : values) {
      sum += v;
    }
    return sum / values.length;
  }

  /** Standard error of the mean of {@code values}. */
  public static double standardError(int[] values) {
    double mean = mean(values);
    double squares = 0;
    for (int v : values) {
      squares += (v - mean) * (v - mean);
    }
    return Math.sqrt(squares / (values.length - 1) / values.length);
  }

  private static final class MutableStep implements Step<SessionObservation, Recommendation, Reaction> {
    private long t;
    private int episode;
    private int stepInEpisode;
    private SessionObservation observation;
    private Recommendation action;
    private Outcome<SessionObservation, Reaction> outcome;

    void set(long t, int episode, int stepInEpisode, SessionObservation observation,
        Recommendation action, Outcome<SessionObservation, Reaction> outcome) {
      this.t = t;
      this.episode = episode;
      this.stepInEpisode = stepInEpisode;
      this.observation = observation;
      this.action = action;
      this.outcome = outcome;
    }

    @Override
    public long t() {
      return t;
    }

    @Override
    public int episode() {
      return episode;
    }

    @Override
    public int stepInEpisode() {
      return stepInEpisode;
    }

    @Override
    public SessionObservation observation() {
      return observation;
    }

    @Override
    public Recommendation action() {
      return action;
    }

    @Override
    public Outcome<SessionObservation, Reaction> outcome() {
      return outcome;
    }

    @Override
    public long decisionNanos() {
      return 0;
    }

    @Override
    public Capabilities capabilities() {
      return Capabilities.NONE;
    }
  }
}
