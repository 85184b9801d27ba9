package org.recbench.reports;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Policies compared across many boards (the environment configurations of a run, or of several
 * runs): their average rank and, for every pair, on how many boards one was significantly
 * better, not significantly different, or significantly worse.
 *
 * @param boards the boards aggregated, as "run: environment" (or the environment alone)
 * @param method how the comparison was made, one sentence for the reader
 * @param rows one per policy label, lowest average rank first
 */
public record AggregateRanking(List<String> boards, String method, List<Row> rows) {

  /** Copies the lists. */
  public AggregateRanking {
    boards = List.copyOf(boards);
    rows = List.copyOf(rows);
  }

  /**
   * One policy across the boards.
   *
   * @param policy policy label
   * @param boards number of boards the policy was ranked on
   * @param meanRank mean of its competition ranks on those boards
   * @param topGroups number of boards where it was in the top group
   * @param versus opponent label to the outcomes on the boards both were ranked on
   */
  public record Row(String policy, int boards, double meanRank, int topGroups,
      Map<String, WinTieLoss> versus) {

    /** Copies the map. */
    public Row {
      versus = Collections.unmodifiableMap(new LinkedHashMap<>(versus));
    }
  }

  /**
   * Outcomes of one policy against another over boards.
   *
   * @param wins boards where it was significantly better
   * @param ties boards with no significant difference
   * @param losses boards where it was significantly worse
   */
  public record WinTieLoss(int wins, int ties, int losses) {

    /** "3/1/0". */
    @Override
    public String toString() {
      return wins + "/" + ties + "/" + losses;
    }
  }
}
