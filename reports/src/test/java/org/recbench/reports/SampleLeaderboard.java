package org.recbench.reports;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A realistic leaderboard for the report tests: two bandit boards, a failure, a skipped pair. */
final class SampleLeaderboard {

  static final List<Long> CHECKPOINTS = List.of(100L, 500L, 1000L, 2000L);
  static final String HOSTILE = "<script>alert('x')</script> & \"quoted\" | piped";

  private SampleLeaderboard() {}

  static RunInfo run() {
    Map<String, String> metadata = new LinkedHashMap<>();
    metadata.put("git commit", "3f2a9c1 (clean)");
    metadata.put("java", "17.0.12 (Eclipse Adoptium)");
    metadata.put("os", "Linux 6.1 amd64");
    metadata.put("threads", "2");
    metadata.put("seeds", "20");
    metadata.put("started", "2025-01-14T10:02:11Z");
    metadata.put("finished", "2025-01-14T10:03:40Z");
    return new RunInfo("quickstart", "UCB1 and Thompson sampling against uniform random on a "
        + "10-armed Bernoulli bandit", "regret", false, "step", metadata);
  }

  /**
   * Policies with regret growing like {@code scale · √t} (rank order: thompson, ucb1, eps-greedy,
   * random), a hostile label, and reward and steps (neutral) as further metrics.
   */
  static Leaderboard leaderboard() {
    List<EnvironmentBoard> boards = List.of(
        board("bandit.bernoulli[arms=10, gap=0.05]", 1.0),
        board("bandit.bernoulli[arms=10, gap=0.2]", 0.6));
    return new Leaderboard(run(), boards,
        List.of(new SkippedPair("bandit.bernoulli[arms=10, gap=0.05]", "churn.bnb",
            "churn.bnb needs capability churn-model")),
        List.of(new FailedTrial("bandit.bernoulli[arms=10, gap=0.2]", "bandit.epsilon-greedy",
            7, "java.lang.IllegalStateException: arm index 11 out of range <10>")));
  }

  private static EnvironmentBoard board(String environment, double difficulty) {
    String[] policies = {"bandit.thompson", "bandit.ucb1", "bandit.epsilon-greedy[epsilon=0.1]",
        HOSTILE, "baseline.uniform-random"};
    double[] scales = {0.9, 1.6, 2.4, 3.1, 5.0};
    int[] failures = {0, 0, 1, 0, 0};
    List<PolicyRow> rows = new ArrayList<>();
    for (int i = 0; i < policies.length; i++) {
      int n = 20 - failures[i];
      Map<String, List<Stat>> metrics = new LinkedHashMap<>();
      metrics.put("regret", series(n, scales[i] * difficulty, i, true));
      metrics.put("reward", series(n, scales[i] * difficulty, i, false));
      List<Stat> steps = new ArrayList<>();
      CHECKPOINTS.forEach(at -> steps.add(new Stat(at, n, at, 0, at, at, 0, null)));
      metrics.put("steps", steps);
      rows.add(new PolicyRow(policies[i], n, failures[i], metrics));
    }
    return new EnvironmentBoard(environment, List.of("regret", "reward", "steps"), rows);
  }

  private static List<Stat> series(int n, double scale, int rank0, boolean regret) {
    List<Stat> stats = new ArrayList<>();
    for (long at : CHECKPOINTS) {
      double r = scale * Math.sqrt(at);
      double mean = regret ? r : 0.55 * at - r;
      double sd = 0.25 * r;
      double half = 2.093 * sd / Math.sqrt(n);
      Double p = rank0 == 0 ? null : Math.pow(10, -rank0 - 0.3 * rank0 * at / 2000.0);
      stats.add(new Stat(at, n, mean, sd, mean - half, mean + half, rank0 + 1, p));
    }
    return stats;
  }
}
