package org.recbench.core.run;

import java.util.List;
import org.recbench.core.trial.TrialSpec;

/**
 * Runs a list of independent trials, in any order and with any parallelism. Because a trial is a
 * pure function of its {@link TrialSpec} (see {@link Seeds}), every engine yields the same
 * results; only {@link org.recbench.core.trial.TrialResult#wallMillis()} may differ.
 */
public interface Engine {

  /**
   * Runs every trial and hands each result to {@code listener} as it finishes; returns when all
   * are done. Calls to the listener are serial. An exception thrown by the listener stops the
   * run and is rethrown.
   */
  void run(List<TrialSpec> trials, TrialListener listener);
}
