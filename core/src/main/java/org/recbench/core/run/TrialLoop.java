package org.recbench.core.run;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.recbench.api.Environment;
import org.recbench.api.Metric;
import org.recbench.api.Outcome;
import org.recbench.api.Policy;
import org.recbench.api.VectorMetric;
import org.recbench.core.trial.Budget;
import org.recbench.core.trial.Checkpoint;
import org.recbench.core.trial.MetricVector;

/**
 * The interaction loop of one trial, over already created components. This is the harness's hot
 * path: per step it makes no allocation of its own, no boxing and no map lookup; checkpoints are
 * found by comparing a counter with the next checkpoint position, and the clock is read only
 * when a metric asked for decision times (around {@code act} and around {@code learn}) or every
 * 1024 steps and at episode ends for the time limit.
 *
 * <p>Order within a step: {@code act}, {@code step}, {@code learn}, every metric's
 * {@code record}, then (if the episode ended) every metric's {@code endEpisode}, then the
 * checkpoint read. Metric values are stored under the metrics' keys (their scenario labels);
 * vector metrics ({@link VectorMetric}) are read into a fresh {@link MetricVector}. In step budgets an episode that is still running when the budget is spent is
 * not ended: metrics of completed episodes ignore it.
 */
final class TrialLoop {

  private static final int DEADLINE_CHECK_MASK = 1024 - 1;

  private final Environment<Object, Object, Object> environment;
  private final Policy<Object, Object, Object> policy;
  private final String[] metricIds;
  private final Metric<Object, Object, Object>[] metrics;
  private final MutableStep step;
  private final boolean countSteps;
  private final long[] checkpoints;
  private final boolean timed;
  private final long timeLimitMillis;
  private final long deadlineNanos;

  /**
   * @param metricIds keys of {@code metrics} (their labels), same order
   * @param checkpoints ascending positions in the budget's unit, the last equal to its length
   * @param timed whether to measure the wall time of every {@code act}
   * @param startNanos {@link System#nanoTime()} at the start of the trial
   * @param timeLimitMillis wall-time limit counted from {@code startNanos}, 0 for none
   */
  TrialLoop(Environment<Object, Object, Object> environment,
      Policy<Object, Object, Object> policy, String[] metricIds,
      Metric<Object, Object, Object>[] metrics, MutableStep step, Budget budget,
      List<Long> checkpoints, boolean timed, long startNanos, long timeLimitMillis) {
    this.environment = environment;
    this.policy = policy;
    this.metricIds = metricIds.clone();
    this.metrics = metrics.clone();
    this.step = step;
    this.countSteps = budget.unit() == Budget.Unit.STEPS;
    this.checkpoints = validCheckpoints(checkpoints, budget);
    this.timed = timed;
    this.timeLimitMillis = timeLimitMillis;
    this.deadlineNanos = startNanos + timeLimitMillis * 1_000_000L;
  }

  /**
   * Runs the trial to the end of its budget, adding a checkpoint to {@code reached} at every
   * checkpoint position; on an exception, {@code reached} holds the checkpoints read so far.
   */
  void run(TrialAttempt reached) {
    final Environment<Object, Object, Object> environment = this.environment;
    final Policy<Object, Object, Object> policy = this.policy;
    final Metric<Object, Object, Object>[] metrics = this.metrics;
    final MutableStep step = this.step;
    long t = 0;
    int episode = 0;
    int nextIndex = 0;
    long next = checkpoints[0];
    while (true) {
      Object observation = environment.reset();
      policy.startEpisode();
      for (Metric<Object, Object, Object> metric : metrics) {
        metric.startEpisode(episode);
      }
      int inEpisode = 0;
      boolean over;
      do {
        Object action;
        long decisionNanos = 0;
        if (timed) {
          long before = System.nanoTime();
          action = policy.act(observation);
          decisionNanos = System.nanoTime() - before;
        } else {
          action = policy.act(observation);
        }
        Outcome<Object, Object> outcome = environment.step(action);
        long learnNanos = 0;
        if (timed) {
          long before = System.nanoTime();
          policy.learn(observation, action, outcome.feedback());
          learnNanos = System.nanoTime() - before;
        } else {
          policy.learn(observation, action, outcome.feedback());
        }
        step.set(t, episode, inEpisode, observation, action, outcome, decisionNanos, learnNanos);
        for (Metric<Object, Object, Object> metric : metrics) {
          metric.record(step);
        }
        t++;
        inEpisode++;
        over = outcome.episodeOver();
        observation = outcome.next();
        if (over) {
          for (Metric<Object, Object, Object> metric : metrics) {
            metric.endEpisode(episode, inEpisode);
          }
        }
        if (countSteps && t == next) {
          reached.reached(read(t));
          if (++nextIndex == checkpoints.length) {
            return;
          }
          next = checkpoints[nextIndex];
        }
        if ((t & DEADLINE_CHECK_MASK) == 0) {
          checkDeadline(t);
        }
      } while (!over);
      episode++;
      if (!countSteps && episode == next) {
        reached.reached(read(episode));
        if (++nextIndex == checkpoints.length) {
          return;
        }
        next = checkpoints[nextIndex];
      }
      checkDeadline(t);
    }
  }

  private Checkpoint read(long at) {
    Map<String, Double> values = new LinkedHashMap<>();
    Map<String, MetricVector> vectors = new LinkedHashMap<>();
    for (int i = 0; i < metrics.length; i++) {
      if (metrics[i] instanceof VectorMetric<Object, Object, Object> vector) {
        List<String> labels = vector.labels();
        double[] entries = new double[labels.size()];
        vector.values(entries);
        vectors.put(metricIds[i], new MetricVector(labels, entries));
      } else {
        values.put(metricIds[i], metrics[i].value());
      }
    }
    return new Checkpoint(at, values, vectors);
  }

  private void checkDeadline(long steps) {
    if (timeLimitMillis > 0 && System.nanoTime() - deadlineNanos > 0) {
      throw new TimeLimitExceededException(timeLimitMillis, steps);
    }
  }

  private static long[] validCheckpoints(List<Long> positions, Budget budget) {
    long[] result = new long[positions.size()];
    long previous = 0;
    for (int i = 0; i < result.length; i++) {
      result[i] = positions.get(i);
      if (result[i] <= previous || result[i] > budget.length()) {
        throw new IllegalArgumentException("checkpoints must ascend within [1, "
            + budget.length() + "], were " + positions);
      }
      previous = result[i];
    }
    if (result.length == 0 || result[result.length - 1] != budget.length()) {
      throw new IllegalArgumentException("the last checkpoint must equal the budget length "
          + budget.length() + ", checkpoints were " + positions);
    }
    return result;
  }
}
