package org.recbench.churn;

import java.util.ArrayList;
import java.util.List;
import org.recbench.api.ComponentType;
import org.recbench.api.Descriptor;
import org.recbench.api.Kind;
import org.recbench.api.Metric;
import org.recbench.api.ParamSpec;
import org.recbench.api.ParamType;
import org.recbench.api.Plugin;
import org.recbench.api.Policy;
import org.recbench.api.Step;
import org.recbench.api.VectorMetric;
import org.recbench.baselines.BaselinesPlugin;
import org.recbench.protocol.session.Reaction;
import org.recbench.protocol.session.Recommendation;
import org.recbench.protocol.session.SessionObservation;
import org.recbench.protocol.session.SessionProtocol;
import org.recbench.testkit.PluginTestKit;

/**
 * Test plugin for the churn tests: a scripted policy and two probe metrics, and the test kit
 * that runs them with the churn and baselines plugins through the real harness.
 *
 * <ul>
 *   <li>{@code test.sequence}: recommends {@code prefix[k]} after k likes while k is within the
 *       prefix, then {@code tail} forever;
 *   <li>{@code test.likes-histogram}: how many recommendations were made after k likes of their
 *       session, k = 0 … size − 2, the last entry counting every larger k;
 *   <li>{@code test.session-likes}: mean likes per completed session and its standard error.
 * </ul>
 */
public final class ScriptedSessions implements Plugin {

  /** The churn and baselines plugins with this one and the harness's metrics. */
  public static final PluginTestKit KIT =
      PluginTestKit.of(new ChurnPlugin(), new BaselinesPlugin(), new ScriptedSessions());

  @Override
  public String name() {
    return "churn-test";
  }

  @Override
  public List<ComponentType<Policy<?, ?, ?>>> policies() {
    return List.of(ComponentType.policy(
        Descriptor.builder(Kind.POLICY, "test.sequence", SessionProtocol.PROTOCOL)
            .description("recommends prefix[k] after k likes, then tail")
            .param(ParamSpec.optional("prefix", ParamType.NUMBER_ARRAY, "first categories"),
                ParamSpec.integer("tail", 0, "category after the prefix").range(0.0, null))
            .build(),
        (params, rng, capabilities) -> new Sequence(params.has("prefix")
            ? params.getDoubleArray("prefix") : new double[0], params.getInt("tail"))));
  }

  @Override
  public List<ComponentType<Metric<?, ?, ?>>> metrics() {
    return List.of(
        ComponentType.metric(Descriptor.builder(Kind.METRIC, "test.likes-histogram",
                SessionProtocol.PROTOCOL)
            .description("recommendations by the number of likes before them in their session")
            .param(ParamSpec.integer("size", 64, "entries; the last counts the rest")
                .range(2.0, null))
            .vector().build(),
            (params, rng, capabilities) -> new LikesHistogram(params.getInt("size"))),
        ComponentType.metric(Descriptor.builder(Kind.METRIC, "test.session-likes",
                SessionProtocol.PROTOCOL)
            .description("mean likes per completed session and its standard error")
            .vector().build(),
            (params, rng, capabilities) -> new SessionLikes()));
  }

  private static final class Sequence
      implements Policy<SessionObservation, Recommendation, Reaction> {
    private final int[] prefix;
    private final int tail;

    Sequence(double[] prefix, int tail) {
      this.prefix = new int[prefix.length];
      for (int i = 0; i < prefix.length; i++) {
        this.prefix[i] = (int) prefix[i];
      }
      this.tail = tail;
    }

    @Override
    public Recommendation act(SessionObservation observation) {
      int k = observation.likes();
      return Recommendation.of(k < prefix.length ? prefix[k] : tail);
    }

    @Override
    public void learn(SessionObservation observation, Recommendation action, Reaction feedback) {}
  }

  private static final class LikesHistogram
      implements VectorMetric<SessionObservation, Recommendation, Reaction> {
    private final long[] counts;
    private final List<String> labels = new ArrayList<>();

    LikesHistogram(int size) {
      counts = new long[size];
      for (int k = 0; k < size - 1; k++) {
        labels.add(Integer.toString(k));
      }
      labels.add((size - 1) + "+");
    }

    @Override
    public void record(Step<SessionObservation, Recommendation, Reaction> step) {
      counts[Math.min(step.observation().likes(), counts.length - 1)]++;
    }

    @Override
    public List<String> labels() {
      return labels;
    }

    @Override
    public void values(double[] into) {
      for (int k = 0; k < counts.length; k++) {
        into[k] = counts[k];
      }
    }
  }

  /** Welford's running mean and variance of the likes of completed sessions. */
  private static final class SessionLikes
      implements VectorMetric<SessionObservation, Recommendation, Reaction> {
    private double current;
    private long sessions;
    private double mean;
    private double squares;

    @Override
    public void startEpisode(int episode) {
      current = 0;
    }

    @Override
    public void record(Step<SessionObservation, Recommendation, Reaction> step) {
      current += step.outcome().reward();
    }

    @Override
    public void endEpisode(int episode, int length) {
      sessions++;
      double delta = current - mean;
      mean += delta / sessions;
      squares += delta * (current - mean);
    }

    @Override
    public List<String> labels() {
      return List.of("mean", "standard-error");
    }

    @Override
    public void values(double[] into) {
      into[0] = sessions == 0 ? Double.NaN : mean;
      into[1] = sessions < 2 ? Double.NaN : Math.sqrt(squares / (sessions - 1) / sessions);
    }
  }
}
