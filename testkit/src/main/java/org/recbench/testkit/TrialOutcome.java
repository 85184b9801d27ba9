package org.recbench.testkit;

import java.util.List;
import org.recbench.core.trial.Checkpoint;
import org.recbench.core.trial.MetricVector;
import org.recbench.core.trial.TrialResult;

/**
 * The result of one trial run by the {@link PluginTestKit}, with accessors for tests.
 *
 * @param result the harness's result, as it would be stored in {@code trials.jsonl}
 */
public record TrialOutcome(TrialResult result) {

  /** Whether the trial ran to the end of its budget. */
  public boolean ok() {
    return result.ok();
  }

  /** Why the trial failed, or null. */
  public String error() {
    return result.error();
  }

  /** The seed index of the trial. */
  public int seed() {
    return result.spec().seed();
  }

  /** The value of scalar metric {@code key} at the last checkpoint reached. */
  public double last(String key) {
    return value(lastCheckpoint(), key);
  }

  /** The value of scalar metric {@code key} at checkpoint {@code at}. */
  public double at(long at, String key) {
    return value(checkpoint(at), key);
  }

  /** The value of vector metric {@code key} at the last checkpoint reached. */
  public MetricVector lastVector(String key) {
    MetricVector vector = lastCheckpoint().vectors().get(key);
    if (vector == null) {
      throw new IllegalArgumentException("no vector metric '" + key + "' in " + describe());
    }
    return vector;
  }

  /** The checkpoints reached, ascending. */
  public List<Checkpoint> checkpoints() {
    return result.checkpoints();
  }

  /**
   * The final values of {@code key} over {@code outcomes}, by seed, for statistical tests.
   *
   * @throws IllegalStateException when a trial failed (its error is the message)
   */
  public static double[] finalValues(List<TrialOutcome> outcomes, String key) {
    return outcomes.stream().mapToDouble(o -> {
      if (!o.ok()) {
        throw new IllegalStateException("trial " + o.describe() + " failed: " + o.error());
      }
      return o.last(key);
    }).toArray();
  }

  private Checkpoint lastCheckpoint() {
    if (result.checkpoints().isEmpty()) {
      throw new IllegalStateException("trial " + describe() + " reached no checkpoint"
          + (ok() ? "" : ": " + error()));
    }
    return result.checkpoints().get(result.checkpoints().size() - 1);
  }

  private Checkpoint checkpoint(long at) {
    return result.checkpoints().stream().filter(c -> c.at() == at).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("trial " + describe()
            + " has no checkpoint at " + at));
  }

  private double value(Checkpoint checkpoint, String key) {
    Double value = checkpoint.metrics().get(key);
    if (value == null) {
      throw new IllegalArgumentException("no scalar metric '" + key + "' at checkpoint "
          + checkpoint.at() + " of " + describe() + "; recorded: " + checkpoint.metrics().keySet());
    }
    return value;
  }

  private String describe() {
    return result.spec().describe();
  }
}
