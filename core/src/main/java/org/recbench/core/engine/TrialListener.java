package org.recbench.core.engine;

import org.recbench.core.trial.TrialResult;

/** Receives results as an {@link Engine} finishes trials; called serially, never concurrently. */
@FunctionalInterface
public interface TrialListener {

  /** Called once per trial, in completion order. */
  void finished(TrialResult result);
}
