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
 * The policies of one board compared on one metric at one checkpoint: the summary of each
 * ({@link SampleSummary}), competition ranks on the metric's centre (mean or median), the
 * paired signed-rank p-value of each against the best, and the top group ({@link TopGroup}).
 */
final class CheckpointComparison {

  private CheckpointComparison() {}

  /**
   * The comparison's statistics and what they mean.
   *
   * @param stats policy label to its statistics, in the order of the input
   * @param note the top group or why no difference can be significant ("" for descriptive
   *     metrics and single policies)
   */
  record Result(Map<String, Stat> stats, String note) {}

  /**
   * Compares policies on their per-seed values.
   *
   * @param at checkpoint position
   * @param metric column name, for the note
   * @param valuesByPolicy policy label to its finite values by seed index, each non-empty; the
   *     map's order breaks ties for "best"
   * @param kind the metric's direction ({@link Direction#NEUTRAL} gives rank 0, no p-values and
   *     no top group), summary and range
   * @param method confidence interval method
   */
  static Result compare(long at, String metric,
      Map<String, SortedMap<Integer, Double>> valuesByPolicy, MetricKind kind,
      ConfidenceMethod method) {
    List<String> policies = new ArrayList<>(valuesByPolicy.keySet());
    SampleSummary[] summaries = new SampleSummary[policies.size()];
    double[] centers = new double[policies.size()];
    for (int i = 0; i < summaries.length; i++) {
      summaries[i] = SampleSummary.of(values(valuesByPolicy.get(policies.get(i)).values()), kind,
          method);
      centers[i] = summaries[i].center();
    }
    boolean ranked = kind.direction() != Direction.NEUTRAL;
    int[] ranks = ranked ? CompetitionRanking.ranks(centers,
        kind.direction() == Direction.HIGHER_IS_BETTER) : new int[summaries.length];
    int best = ranked ? firstBest(ranks) : -1;
    Double[] p = new Double[summaries.length];
    int fewestPairs = Integer.MAX_VALUE;
    for (int i = 0; ranked && i < summaries.length; i++) {
      if (i != best) {
        int pairs = commonSeeds(valuesByPolicy.get(policies.get(i)),
            valuesByPolicy.get(policies.get(best)));
        fewestPairs = Math.min(fewestPairs, pairs);
        p[i] = pairedPValue(valuesByPolicy.get(policies.get(i)),
            valuesByPolicy.get(policies.get(best)));
      }
    }
    int comparisons = summaries.length - 1;
    boolean decidable = ranked && TopGroup.decidable(fewestPairs, comparisons);
    boolean[] top = ranked ? TopGroup.members(TopGroup.holm(p), best, decidable)
        : new boolean[summaries.length];

    Map<String, Stat> stats = new LinkedHashMap<>();
    List<String> group = new ArrayList<>();
    for (int i = 0; i < summaries.length; i++) {
      SampleSummary s = summaries[i];
      stats.put(policies.get(i), new Stat(at, s.n(), s.mean(), s.sd(), s.ci().low(),
          s.ci().high(), s.median(), s.q1(), s.q3(), ranks[i], p[i], top[i]));
      if (top[i]) {
        group.add(policies.get(i));
      }
    }
    String note = ranked ? TopGroup.note(metric, group, summaries.length,
        fewestPairs == Integer.MAX_VALUE ? 0 : fewestPairs, decidable) : "";
    return new Result(stats, note);
  }

  private static int firstBest(int[] ranks) {
    for (int i = 0; i < ranks.length; i++) {
      if (ranks[i] == 1) {
        return i;
      }
    }
    throw new IllegalStateException("competition ranking always has a rank 1");
  }

  private static int commonSeeds(SortedMap<Integer, Double> a, SortedMap<Integer, Double> b) {
    return (int) a.keySet().stream().filter(b::containsKey).count();
  }

  /** Signed-rank p-value over the seeds both policies have a value for; null when none. */
  static Double pairedPValue(SortedMap<Integer, Double> policy,
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
