package org.recbench.core.metrics;

import org.recbench.api.ComponentType;
import org.recbench.api.Descriptor;
import org.recbench.api.Direction;
import org.recbench.api.Kind;
import org.recbench.api.Metric;
import org.recbench.api.Protocol;
import org.recbench.api.Step;

/**
 * {@code mean-episode-reward}: the mean, over completed episodes, of each episode's total reward.
 * An episode cut short by the end of a step budget is not completed and does not count; before
 * the first completed episode the value is NaN.
 */
public final class MeanEpisodeReward implements Metric<Object, Object, Object> {

  /** The component type registered by {@link CorePlugin}. */
  public static final ComponentType<Metric<?, ?, ?>> TYPE = ComponentType.metric(
      Descriptor.builder(Kind.METRIC, "mean-episode-reward", Protocol.ANY)
          .description("mean total reward per completed episode")
          .direction(Direction.HIGHER_IS_BETTER)
          .build(),
      (params, rng, capabilities) -> new MeanEpisodeReward());

  private double current;
  private double completedTotal;
  private long completed;

  @Override
  public void startEpisode(int episode) {
    current = 0;
  }

  @Override
  public void record(Step<Object, Object, Object> step) {
    current += step.outcome().reward();
  }

  @Override
  public void endEpisode(int episode, int length) {
    completedTotal += current;
    completed++;
  }

  @Override
  public double value() {
    return completed == 0 ? Double.NaN : completedTotal / completed;
  }
}
