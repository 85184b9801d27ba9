package org.recbench.core.run;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.recbench.api.Capabilities;
import org.recbench.api.Environment;
import org.recbench.api.Metric;
import org.recbench.api.Outcome;
import org.recbench.api.Policy;
import org.recbench.api.Step;
import org.recbench.api.VectorMetric;
import org.recbench.core.trial.Budget;
import org.recbench.core.trial.Checkpoint;
import org.recbench.core.trial.MetricVector;

/**
 * The interaction loop of one trial, over already created components. This is the harness's hot
 * path: per step it makes no allocation of its own, no boxing and no map lookup, and the clock is
 * read only when a metric asked for decision times (around {@code act} and around {@code learn}).
 *
 * <p>Order within a step: {@code act}, {@code step}, {@code learn}, every metric's
 * {@code record}, then (if the episode ended) every metric's {@code endEpisode}, then the
 * checkpoint read. Metric values are stored under the metrics' keys (their scenario labels);
 * vector metrics ({@link VectorMetric}) are read into a fresh {@link MetricVector}. In step
 * budgets an episode that is still running when the budget is spent is not ended: metrics of
 * completed episodes ignore it. The time limit is checked at every episode end and whenever the
 * step count reaches a multiple of 1024.
 *
 * <p>Shape of the loop, for the JIT: steps run in stretches of at most 1024 that end at the next
 * step checkpoint, the next multiple of 1024 steps or the end of the episode, whichever comes
 * first. A stretch is a counted loop in a method of its own, called often enough to be compiled
 * normally rather than on-stack replaced, and the checkpoint and time-limit bookkeeping happens
 * between stretches. A trial with one untimed metric (the common case) runs stretches in which
 * the {@link Step} handed to the metric is a fresh local object: once the metric's
 * {@code record} is inlined, the JIT keeps the step's fields in registers instead of storing
 * them every step (escape analysis); otherwise the stretch allocates that one object. The step
 * is cleared after {@code record}, so the values it held are dead during the next step's
 * {@code act} instead of occupying registers or stack slots through that call (1–2% of a
 * bandit step). Every other trial reuses one step object.
 */
final class TrialLoop implements TrialInteraction {

  private static final int DEADLINE_CHECK_INTERVAL = 1024;
  private static final int DEADLINE_CHECK_MASK = DEADLINE_CHECK_INTERVAL - 1;

  private final Environment<Object, Object, Object> environment;
  private final Policy<Object, Object, Object> policy;
  private final String[] metricIds;
  private final Metric<Object, Object, Object>[] metrics;
  private final Capabilities capabilities;
  private final MutableStep step;
  private final boolean countSteps;
  private final long[] checkpoints;
  private final boolean timed;
  private final long timeLimitMillis;
  private final long deadlineNanos;
  /** The observation the next step acts on, carried from one stretch to the next. */
  private Object observation;
  /** Whether the last stretch ended the episode. */
  private boolean episodeOver;

  /**
   * @param metricIds keys of {@code metrics} (their labels), same order
   * @param capabilities what {@link Step#capabilities()} shows metrics
   * @param checkpoints ascending positions in the budget's unit, the last equal to its length
   * @param timed whether to measure the wall time of every {@code act} and {@code learn}
   * @param startNanos {@link System#nanoTime()} at the start of the trial
   * @param timeLimitMillis wall-time limit counted from {@code startNanos}, 0 for none
   */
  TrialLoop(Environment<Object, Object, Object> environment,
      Policy<Object, Object, Object> policy, String[] metricIds,
      Metric<Object, Object, Object>[] metrics, Capabilities capabilities, Budget budget,
      List<Long> checkpoints, boolean timed, long startNanos, long timeLimitMillis) {
    this.environment = environment;
    this.policy = policy;
    this.metricIds = metricIds.clone();
    this.metrics = metrics.clone();
    this.capabilities = capabilities;
    this.step = new MutableStep(capabilities);
    this.countSteps = budget.unit() == Budget.Unit.STEPS;
    this.checkpoints = validCheckpoints(checkpoints, budget);
    this.timed = timed;
    this.timeLimitMillis = timeLimitMillis;
    this.deadlineNanos = startNanos + timeLimitMillis * 1_000_000L;
  }

  @Override
  public void run(TrialAttempt reached) {
    long t = 0;
    int episode = 0;
    int nextIndex = 0;
    long next = checkpoints[0];
    while (true) {
      observation = environment.reset();
      policy.startEpisode();
      for (Metric<Object, Object, Object> metric : metrics) {
        metric.startEpisode(episode);
      }
      int inEpisode = 0;
      do {
        int length = DEADLINE_CHECK_INTERVAL - (int) (t & DEADLINE_CHECK_MASK);
        if (countSteps) {
          length = (int) Math.min(length, next - t);
        }
        int done = stretch(length, t, episode, inEpisode);
        t += done;
        inEpisode += done;
        if (episodeOver) {
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
      } while (!episodeOver);
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

  /**
   * Runs at most {@code length} steps of the current episode from {@link #observation}, stopping
   * after a step that ends the episode; returns the number of steps run.
   */
  private int stretch(int length, long t, int episode, int inEpisode) {
    return !timed && metrics.length == 1
        ? stretchOfOneMetric(length, t, episode, inEpisode)
        : stretchOfAllMetrics(length, t, episode, inEpisode);
  }

  private int stretchOfOneMetric(int length, long t, int episode, int inEpisode) {
    final Environment<Object, Object, Object> environment = this.environment;
    final Policy<Object, Object, Object> policy = this.policy;
    final Metric<Object, Object, Object> metric = metrics[0];
    final MutableStep step = new MutableStep(capabilities);
    Object observation = this.observation;
    for (int i = 0; i < length; i++) {
      Object action = policy.act(observation);
      Outcome<Object, Object> outcome = environment.step(action);
      policy.learn(observation, action, outcome.feedback());
      step.set(t + i, episode, inEpisode + i, observation, action, outcome, 0, 0);
      metric.record(step);
      step.clear();
      observation = outcome.next();
      if (outcome.episodeOver()) {
        return ended(observation, i + 1);
      }
    }
    return continued(observation, length);
  }

  private int stretchOfAllMetrics(int length, long t, int episode, int inEpisode) {
    final Environment<Object, Object, Object> environment = this.environment;
    final Policy<Object, Object, Object> policy = this.policy;
    final Metric<Object, Object, Object>[] metrics = this.metrics;
    final MutableStep step = this.step;
    final boolean timed = this.timed;
    Object observation = this.observation;
    for (int i = 0; i < length; i++) {
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
      step.set(t + i, episode, inEpisode + i, observation, action, outcome, decisionNanos,
          learnNanos);
      for (Metric<Object, Object, Object> metric : metrics) {
        metric.record(step);
      }
      observation = outcome.next();
      if (outcome.episodeOver()) {
        return ended(observation, i + 1);
      }
    }
    return continued(observation, length);
  }

  private int ended(Object next, int steps) {
    this.observation = next;
    this.episodeOver = true;
    return steps;
  }

  private int continued(Object next, int steps) {
    this.observation = next;
    this.episodeOver = false;
    return steps;
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
