package org.recbench.core.stats;

/**
 * Standard competition ranking ("1224"): a value's rank is one plus the number of values strictly
 * better than it, so 1 is best and equal values share the lower (better) rank.
 */
public final class CompetitionRanking {

  private CompetitionRanking() {}

  /**
   * Ranks of {@code values}, index by index.
   *
   * @param higherIsBetter whether larger values rank first
   */
  public static int[] ranks(double[] values, boolean higherIsBetter) {
    int[] ranks = new int[values.length];
    for (int i = 0; i < values.length; i++) {
      int better = 0;
      for (double other : values) {
        if (higherIsBetter ? other > values[i] : other < values[i]) {
          better++;
        }
      }
      ranks[i] = better + 1;
    }
    return ranks;
  }
}
