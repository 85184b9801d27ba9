package org.recbench.core.trial;

import java.io.Serializable;
import java.util.List;

/**
 * The outcome of one trial, one line of {@code trials.jsonl}.
 *
 * @param key {@link TrialSpec#key()}
 * @param spec what was run
 * @param status ok or failed
 * @param error for failed trials, the error message (exception type and message); else null
 * @param checkpoints metric values at every checkpoint reached (all of them when ok)
 * @param wallMillis wall time of the trial, the only field that may differ between runs
 */
public record TrialResult(String key, TrialSpec spec, Status status, String error,
    List<Checkpoint> checkpoints, long wallMillis) implements Serializable {

  /** Whether a trial finished. */
  public enum Status {
    /** Ran to the end of its budget. */
    OK,
    /** Threw, or hit its time limit; {@link TrialResult#error()} says why. */
    FAILED
  }

  /** Copies the checkpoint list. */
  public TrialResult {
    checkpoints = List.copyOf(checkpoints);
  }

  /** Whether the trial ran to the end. */
  public boolean ok() {
    return status == Status.OK;
  }
}
