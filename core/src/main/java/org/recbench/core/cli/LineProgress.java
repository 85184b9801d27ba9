package org.recbench.core.cli;

import java.io.PrintStream;
import java.time.Duration;
import org.recbench.core.trial.TrialResult;

/** Plain progress lines for non-terminal output, printed at most once per interval. */
final class LineProgress implements Progress {

  private final String scenario;
  private final long total;
  private final long alreadyDone;
  private final PrintStream out;
  private final long intervalMillis;
  private final long startMillis = System.currentTimeMillis();
  private long done;
  private long failures;
  private long lastPrintMillis;

  LineProgress(String scenario, long total, long alreadyDone, PrintStream out, long intervalMillis) {
    this.scenario = scenario;
    this.total = total;
    this.alreadyDone = alreadyDone;
    this.done = alreadyDone;
    this.out = out;
    this.intervalMillis = intervalMillis;
    this.lastPrintMillis = startMillis;
  }

  @Override
  public void finished(TrialResult result) {
    done++;
    if (!result.ok()) {
      failures++;
    }
    long now = System.currentTimeMillis();
    if (now - lastPrintMillis >= intervalMillis || done == total) {
      lastPrintMillis = now;
      out.println(line(now));
    }
  }

  String line(long now) {
    long ranHere = done - alreadyDone;
    long elapsed = now - startMillis;
    String eta = ranHere == 0 ? "?" : format(Duration.ofMillis(elapsed * (total - done) / ranHere));
    return String.format("%s: %d/%d trials (%d%%), %d failed, elapsed %s, ETA %s", scenario, done,
        total, total == 0 ? 100 : done * 100 / total, failures, format(Duration.ofMillis(elapsed)),
        eta);
  }

  private static String format(Duration d) {
    return String.format("%d:%02d:%02d", d.toHours(), d.toMinutesPart(), d.toSecondsPart());
  }

  @Override
  public void close() {
    out.flush();
  }
}
