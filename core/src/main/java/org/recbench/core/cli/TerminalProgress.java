package org.recbench.core.cli;

import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.recbench.core.trial.TrialResult;

/** A live progress bar (me.tongfei progressbar) with the failure count as extra message. */
final class TerminalProgress implements Progress {

  private final ProgressBar bar;
  private long failures;

  TerminalProgress(String scenario, long total, long alreadyDone) {
    bar = new ProgressBarBuilder()
        .setTaskName(scenario)
        .setInitialMax(total)
        .setStyle(ProgressBarStyle.ASCII)
        .startsFrom(alreadyDone, java.time.Duration.ZERO)
        .setUnit(" trials", 1)
        .showSpeed()
        .build();
  }

  @Override
  public void finished(TrialResult result) {
    if (!result.ok()) {
      failures++;
      bar.setExtraMessage(failures + " failed");
    }
    bar.step();
  }

  @Override
  public void close() {
    bar.close();
  }
}
