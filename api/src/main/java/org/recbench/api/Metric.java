package org.recbench.api;

/**
 * Streaming statistic of one trial. Memory must not grow with the horizon: the harness reads
 * {@link #value()} at the scenario's checkpoints only. Metrics may take parameters like any
 * component (a scenario writes {@code {"id": ..., "params": ...}}); a metric whose value is a
 * vector implements {@link VectorMetric}.
 *
 * @param <O> observation type
 * @param <A> action type
 * @param <F> feedback type
 */
public interface Metric<O, A, F> {

  /** Called when an episode starts, before its first step. */
  default void startEpisode(int episode) {}

  /** Records one step. The {@code step} object is reused by the harness: do not keep it. */
  void record(Step<O, A, F> step);

  /** Called after the last step of an episode. */
  default void endEpisode(int episode, int length) {}

  /** The statistic's current value. */
  double value();
}
