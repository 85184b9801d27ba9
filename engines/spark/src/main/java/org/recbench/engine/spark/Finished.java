package org.recbench.engine.spark;

import java.io.Serializable;
import java.util.List;
import org.recbench.core.trial.Checkpoint;
import org.recbench.core.trial.TrialResult;
import org.recbench.core.trial.TrialSpec;

/**
 * A trial's result as it travels from an executor to the driver: a {@link TrialResult} without
 * its spec, which the driver has and attaches again (a spec can be larger than its result).
 *
 * @param key the trial's key
 * @param status ok or failed
 * @param error why it failed, or null
 * @param checkpoints metric values at every checkpoint reached
 * @param wallMillis the trial's wall time
 */
record Finished(String key, TrialResult.Status status, String error, List<Checkpoint> checkpoints,
    long wallMillis) implements Serializable {

  /** {@code result} without its spec. */
  static Finished of(TrialResult result) {
    return new Finished(result.key(), result.status(), result.error(), result.checkpoints(),
        result.wallMillis());
  }

  /** The result of {@code spec}, whose key must be this one's. */
  TrialResult of(TrialSpec spec) {
    return new TrialResult(key, spec, status, error, checkpoints, wallMillis);
  }
}
