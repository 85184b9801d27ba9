package org.recbench.core.stats;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.recbench.api.Direction;
import org.recbench.reports.AggregateRanking;

/**
 * Policies across boards: the average of their competition ranks on each board's ranking metric
 * at its last checkpoint, how often they were in the top group, and a win/tie/loss count for
 * every pair — a win when the pair's paired signed-rank test on that board gives p &lt; 5% in
 * the policy's favour (one test per pair and board, not adjusted for multiplicity: the counts
 * describe, they do not test).
 */
public final class AggregateBuilder {

  /**
   * The ranking metric of one board at its last checkpoint.
   *
   * @param name the board's name in the aggregate ("run: environment")
   * @param direction which way is better
   * @param values policy label to its values by seed index
   * @param ranks policy label to its competition rank
   * @param topGroup policy label to whether it was in the board's top group
   */
  public record BoardSample(String name, Direction direction,
      Map<String, SortedMap<Integer, Double>> values, Map<String, Integer> ranks,
      Map<String, Boolean> topGroup) {}

  private AggregateBuilder() {}

  /** The aggregate of {@code boards}, or null when fewer than two boards rank anything. */
  public static AggregateRanking of(List<BoardSample> boards) {
    List<BoardSample> ranked = boards.stream().filter(b -> b.direction() != Direction.NEUTRAL
        && !b.ranks().isEmpty()).toList();
    if (ranked.size() < 2) {
      return null;
    }
    Map<String, List<Integer>> ranks = new TreeMap<>();
    Map<String, Integer> tops = new TreeMap<>();
    for (BoardSample board : ranked) {
      board.ranks().forEach((policy, rank) -> ranks.computeIfAbsent(policy,
          p -> new ArrayList<>()).add(rank));
      board.topGroup().forEach((policy, top) -> tops.merge(policy, top ? 1 : 0, Integer::sum));
    }
    List<String> policies = new ArrayList<>(ranks.keySet());
    policies.sort(Comparator.comparingDouble((String p) -> mean(ranks.get(p)))
        .thenComparing(Comparator.naturalOrder()));
    List<AggregateRanking.Row> rows = new ArrayList<>();
    for (String policy : policies) {
      Map<String, AggregateRanking.WinTieLoss> versus = new LinkedHashMap<>();
      for (String other : policies) {
        if (!other.equals(policy)) {
          versus.put(other, outcomes(ranked, policy, other));
        }
      }
      rows.add(new AggregateRanking.Row(policy, ranks.get(policy).size(),
          mean(ranks.get(policy)), tops.getOrDefault(policy, 0), versus));
    }
    return new AggregateRanking(ranked.stream().map(BoardSample::name).toList(),
        "Mean competition rank on each board's ranking metric at its last checkpoint; W/T/L: "
            + "boards where the row policy was significantly better / not significantly "
            + "different / significantly worse than the column policy (paired Wilcoxon "
            + "signed-rank test per board, 5% level, not adjusted for multiplicity).", rows);
  }

  private static AggregateRanking.WinTieLoss outcomes(List<BoardSample> boards, String policy,
      String other) {
    int wins = 0;
    int ties = 0;
    int losses = 0;
    for (BoardSample board : boards) {
      SortedMap<Integer, Double> a = board.values().get(policy);
      SortedMap<Integer, Double> b = board.values().get(other);
      if (a == null || b == null) {
        continue;
      }
      Double p = CheckpointComparison.pairedPValue(a, b);
      if (p == null || p >= TopGroup.ALPHA) {
        ties++;
        continue;
      }
      double difference = medianDifference(a, b);
      boolean better = board.direction() == Direction.HIGHER_IS_BETTER ? difference > 0
          : difference < 0;
      if (better) {
        wins++;
      } else {
        losses++;
      }
    }
    return new AggregateRanking.WinTieLoss(wins, ties, losses);
  }

  /** The median of the paired differences a - b: the side a significant test favours. */
  private static double medianDifference(SortedMap<Integer, Double> a,
      SortedMap<Integer, Double> b) {
    double[] sorted = a.keySet().stream().filter(b::containsKey)
        .mapToDouble(seed -> a.get(seed) - b.get(seed)).sorted().toArray();
    return PercentileBootstrap.quantile(sorted, 0.5);
  }

  private static double mean(List<Integer> values) {
    return values.stream().mapToInt(Integer::intValue).average().orElse(Double.NaN);
  }
}
