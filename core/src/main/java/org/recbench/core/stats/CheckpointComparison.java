package org.recbench.core.stats;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import org.recbench.api.Direction;
import org.recbench.reports.Stat;

/**
 * The policies of one board compared on one metric at one checkpoint: mean and confidence
 * interval of each, competition ranks, and the paired signed-rank p-value of each against the
 * best.
 */
final class CheckpointComparison {

  private CheckpointComparison() {}

  /**
   * Compares policies on their per-seed values.
   *
   * @param at checkpoint position
   * @param valuesByPolicy policy label to its finite values by seed index, each non-empty; the
   *     map's order breaks ties for "best"
   * @param direction {@link Direction#NEUTRAL} gives rank 0 and no p-values
   * @param method confidence interval method
   * @return policy label to its statistics, in the order of {@code valuesByPolicy}
   */
  static Map<String, Stat> compare(long at, Map<String, SortedMap<Integer, Double>> valuesByPolicy,
      Direction direction, ConfidenceMethod method) {
    List<String> policies = new ArrayList<>(valuesByPolicy.keySet());
    MeanEstimate[] estimates = new MeanEstimate[policies.size()];
    double[] means = new double[policies.size()];
    for (int i = 0; i < estimates.length; i++) {
      estimates[i] = MeanEstimate.of(values(valuesByPolicy.get(policies.get(i)).values()), method);
      means[i] = estimates[i].mean();
    }
    boolean ranked = direction != Direction.NEUTRAL;
    int[] ranks = ranked ? CompetitionRanking.ranks(means, direction == Direction.HIGHER_IS_BETTER)
        : new int[estimates.length];
    int best = ranked ? firstBest(ranks) : -1;

    Map<String, Stat> stats = new LinkedHashMap<>();
    for (int i = 0; i < estimates.length; i++) {
      Double p = ranked && i != best ? pairedPValue(valuesByPolicy.get(policies.get(i)),
          valuesByPolicy.get(policies.get(best))) : null;
      MeanEstimate e = estimates[i];
      stats.put(policies.get(i),
          new Stat(at, e.n(), e.mean(), e.sd(), e.ci().low(), e.ci().high(), ranks[i], p));
    }
    return stats;
  }

  private static int firstBest(int[] ranks) {
    for (int i = 0; i < ranks.length; i++) {
      if (ranks[i] == 1) {
        return i;
      }
    }
    throw new IllegalStateException("competition ranking always has a rank 1");
  }

  /** Signed-rank p-value over the seeds both policies have a value for; null when none. */
  private static Double pairedPValue(SortedMap<Integer, Double> policy,
      SortedMap<Integer, Double> best) {
    List<Integer> common = new ArrayList<>(policy.keySet());
    common.retainAll(best.keySet());
    if (common.isEmpty()) {
      return null;
    }
    double[] x = new double[common.size()];
    double[] y = new double[common.size()];
    for (int i = 0; i < x.length; i++) {
      x[i] = policy.get(common.get(i));
      y[i] = best.get(common.get(i));
    }
    return SignedRankTest.test(x, y).pValue();
  }

  private static double[] values(Collection<Double> boxed) {
    return boxed.stream().mapToDouble(Double::doubleValue).toArray();
  }
}
