package org.recbench.core.cli;

import org.recbench.core.trial.TrialResult;

/** Progress of a run on stderr: trials done out of total, failures and an ETA. */
interface Progress extends AutoCloseable {

  /** Records a finished trial. */
  void finished(TrialResult result);

  @Override
  void close();

  /**
   * A progress bar when stderr is a terminal, otherwise plain lines at most every few seconds
   * (for CI logs and redirected output).
   */
  static Progress create(String scenario, long total, long alreadyDone) {
    return System.console() != null
        ? new TerminalProgress(scenario, total, alreadyDone)
        : new LineProgress(scenario, total, alreadyDone, System.err, 5_000);
  }
}
