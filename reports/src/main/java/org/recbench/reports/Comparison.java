package org.recbench.reports;

import java.util.List;

/**
 * Two runs of the same scenario compared cell by cell ({@code recbench compare RUN_A RUN_B}):
 * which (environment, policy, metric) cells moved beyond their confidence interval.
 *
 * @param scenario scenario name
 * @param runA the first run directory, the reference ("before")
 * @param runB the second run directory ("after")
 * @param method how a move is decided, one sentence for the reader
 * @param notes remarks: configurations whose parameters differ under the same label, cells only
 *     one run has, metrics left out
 * @param cells every compared cell, in board order
 */
public record Comparison(String scenario, String runA, String runB, String method,
    List<String> notes, List<Cell> cells) {

  /** Copies the lists. */
  public Comparison {
    notes = List.copyOf(notes);
    cells = List.copyOf(cells);
  }

  /** The cells that moved. */
  public List<Cell> moved() {
    return cells.stream().filter(Cell::moved).toList();
  }

  /**
   * One cell at the last checkpoint.
   *
   * @param environment environment label
   * @param policy policy label
   * @param metric metric column
   * @param unit the metric's unit
   * @param summary "mean" or "median": what {@code a} and {@code b} are
   * @param a the centre in run A
   * @param b the centre in run B
   * @param pairs seeds both runs have
   * @param low lower end of the 95% confidence interval of the paired difference B − A
   * @param high upper end of that interval
   * @param moved whether the interval excludes 0
   * @param worse whether B is worse than A in the metric's direction (false for descriptive
   *     metrics)
   * @param relativeChange (b − a) / |a|, NaN when a is 0
   */
  public record Cell(String environment, String policy, String metric, String unit,
      String summary, double a, double b, int pairs, double low, double high, boolean moved,
      boolean worse, double relativeChange) {}
}
