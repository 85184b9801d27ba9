package org.recbench.core.run;

/** The interaction of one trial, ready to run: a {@link TrialLoop} or a copy of its class. */
interface TrialInteraction {

  /**
   * Runs the trial to the end of its budget, adding a checkpoint to {@code reached} at every
   * checkpoint position; on an exception, {@code reached} holds the checkpoints read so far.
   */
  void run(TrialAttempt reached);
}
