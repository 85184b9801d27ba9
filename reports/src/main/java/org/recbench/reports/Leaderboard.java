package org.recbench.reports;

import java.util.List;

/**
 * Everything a report shows about one finished run of one scenario. Built by the core's
 * statistics from {@code trials.jsonl}; rendered by {@link Reports}.
 *
 * @param run scenario and run metadata
 * @param boards one table per environment configuration, in scenario order
 * @param skipped pairs that were not run, with the reason
 * @param failures failed trials with their error messages
 */
public record Leaderboard(RunInfo run, List<EnvironmentBoard> boards, List<SkippedPair> skipped,
    List<FailedTrial> failures) {

  /** Copies the lists. */
  public Leaderboard {
    boards = List.copyOf(boards);
    skipped = List.copyOf(skipped);
    failures = List.copyOf(failures);
  }
}
