package org.recbench.core.metrics;

import org.recbench.api.ComponentType;
import org.recbench.api.Descriptor;
import org.recbench.api.Direction;
import org.recbench.api.Kind;
import org.recbench.api.Metric;
import org.recbench.api.Protocol;
import org.recbench.api.Step;

/**
 * {@code episode-length}: the mean number of steps of completed episodes (session length in the
 * churn setting). Like {@link MeanEpisodeReward}, an episode cut by a step budget does not count;
 * NaN before the first completed episode.
 */
public final class MeanEpisodeLength implements Metric<Object, Object, Object> {

  /** The component type registered by {@link CorePlugin}. */
  public static final ComponentType<Metric<?, ?, ?>> TYPE = ComponentType.metric(
      Descriptor.builder(Kind.METRIC, "episode-length", Protocol.ANY)
          .description("mean number of steps of completed episodes")
          .direction(Direction.NEUTRAL)
          .unit("steps")
          .nonNegative()
          .build(),
      (params, rng, capabilities) -> new MeanEpisodeLength());

  private long totalLength;
  private long completed;

  @Override
  public void record(Step<Object, Object, Object> step) {
    // Lengths arrive with endEpisode.
  }

  @Override
  public void endEpisode(int episode, int length) {
    totalLength += length;
    completed++;
  }

  @Override
  public double value() {
    return completed == 0 ? Double.NaN : (double) totalLength / completed;
  }
}
