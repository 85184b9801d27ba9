package org.recbench.reports;

/** Facts derived from a board that several reports show. */
final class Boards {

  private Boards() {}

  /** The last checkpoint of the ranking metric on this board, or -1 when nothing was recorded. */
  static long lastCheckpoint(EnvironmentBoard board, String rankBy) {
    long last = -1;
    for (PolicyRow row : board.rows()) {
      Stat stat = row.last(rankBy);
      if (stat != null) {
        last = Math.max(last, stat.at());
      }
    }
    return last;
  }

  /** "at step 2000" for the board's last checkpoint. */
  static String atLastCheckpoint(EnvironmentBoard board, RunInfo run) {
    long last = lastCheckpoint(board, run.rankBy());
    return last < 0 ? "no finished trials" : "at " + run.checkpointUnit() + " " + last;
  }

  /** Number of finished trials over all boards. */
  static int trials(Leaderboard leaderboard) {
    return leaderboard.boards().stream().flatMap(b -> b.rows().stream())
        .mapToInt(PolicyRow::trials).sum();
  }
}
