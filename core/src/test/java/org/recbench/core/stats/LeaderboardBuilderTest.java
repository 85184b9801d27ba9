package org.recbench.core.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.recbench.api.Direction;
import org.recbench.core.trial.Budget;
import org.recbench.core.trial.Checkpoint;
import org.recbench.core.trial.MetricVector;
import org.recbench.core.trial.ComponentConfig;
import org.recbench.core.trial.TrialResult;
import org.recbench.core.trial.TrialSpec;
import org.recbench.reports.EnvironmentBoard;
import org.recbench.reports.FailedTrial;
import org.recbench.reports.Leaderboard;
import org.recbench.reports.PolicyRow;
import org.recbench.reports.RunInfo;
import org.recbench.reports.SkippedPair;
import org.recbench.reports.Stat;

class LeaderboardBuilderTest {

  private static final List<ComponentConfig> METRICS = Stream.of("steps", "reward", "regret")
      .map(id -> ComponentConfig.of(id, Map.of())).toList();
  private static final Map<String, Direction> DIRECTIONS = Map.of(
      "reward", Direction.HIGHER_IS_BETTER, "regret", Direction.LOWER_IS_BETTER,
      "steps", Direction.NEUTRAL);
  private static final RunInfo RUN = new RunInfo("demo", "a test run", "reward", true, "step",
      Map.of("threads", "2"));
  private static final LeaderboardBuilder BUILDER =
      new LeaderboardBuilder(DIRECTIONS, ConfidenceMethod.T);

  /** Rewards at checkpoint 10 are half those at 20; regret is 100 − reward; steps is 20. */
  private static TrialResult ok(String environment, String policy, int seed, double reward) {
    List<Checkpoint> checkpoints = List.of(
        checkpoint(10, reward / 2, 50 - reward / 2, 10),
        checkpoint(20, reward, 100 - reward, 20));
    return new TrialResult("k", spec(environment, policy, seed), TrialResult.Status.OK, null,
        checkpoints, 5);
  }

  private static TrialResult failed(String environment, String policy, int seed) {
    return new TrialResult("k", spec(environment, policy, seed), TrialResult.Status.FAILED,
        "java.lang.IllegalStateException: diverged",
        List.of(checkpoint(10, 1e9, -1e9, 10)), 5);
  }

  private static Checkpoint checkpoint(long at, double reward, double regret, double steps) {
    Map<String, Double> values = new LinkedHashMap<>();
    values.put("steps", steps);
    values.put("reward", reward);
    values.put("regret", regret);
    return new Checkpoint(at, values);
  }

  private static TrialSpec spec(String environment, String policy, int seed) {
    return new TrialSpec("demo", new ComponentConfig("env", Map.of(), environment),
        new ComponentConfig("policy", Map.of(), policy), METRICS, seed,
        new Budget(Budget.Unit.STEPS, 20), List.of(10L, 20L), 0);
  }

  /** Three policies on two environments; "mid" fails on seed 4 of env-b. */
  private static List<TrialResult> results() {
    List<TrialResult> results = new ArrayList<>();
    double[] low = {10, 11, 12, 13, 14};
    double[] mid = {20, 19, 23, 22, 21};
    double[] high = {30, 33, 31, 29, 32};
    for (String environment : List.of("env-b", "env-a")) {
      for (int seed = 0; seed < 5; seed++) {
        results.add(ok(environment, "low", seed, low[seed]));
        results.add(ok(environment, "high", seed, high[seed]));
        results.add(environment.equals("env-b") && seed == 4
            ? failed(environment, "mid", seed) : ok(environment, "mid", seed, mid[seed]));
      }
    }
    return results;
  }

  @Test
  void aVectorMetricBecomesOneColumnPerEntryWithItsMetricsDirection() {
    List<ComponentConfig> metrics = List.of(ComponentConfig.of("reward", Map.of()),
        ComponentConfig.of("shares", Map.of()));
    List<TrialResult> results = new ArrayList<>();
    for (int seed = 0; seed < 4; seed++) {
      TrialSpec spec = new TrialSpec("demo", new ComponentConfig("env", Map.of(), "env"),
          new ComponentConfig("policy", Map.of(), "p"), metrics, seed,
          new Budget(Budget.Unit.STEPS, 20), List.of(20L), 0);
      MetricVector shares = new MetricVector(List.of("a", "b"),
          new double[] {0.25 * seed, 1 - 0.25 * seed});
      results.add(new TrialResult(spec.key(), spec, TrialResult.Status.OK, null, List.of(
          new Checkpoint(20, Map.of("reward", 1.0 + seed), Map.of("shares", shares))), 1));
    }
    Map<String, Direction> directions = new java.util.HashMap<>(DIRECTIONS);
    directions.put("shares", Direction.NEUTRAL);
    EnvironmentBoard board = new LeaderboardBuilder(directions, ConfidenceMethod.T)
        .build(RUN, results, List.of()).boards().get(0);

    assertThat(board.metrics()).containsExactly("reward", "shares[a]", "shares[b]");
    Stat a = board.rows().get(0).last("shares[a]");
    assertThat(a.n()).isEqualTo(4);
    assertThat(a.mean()).isEqualTo(0.375);
    assertThat(a.rank()).isZero();
    assertThat(board.rows().get(0).last("shares[b]").mean()).isEqualTo(0.625);
  }

  @Test
  void boardsFollowFirstAppearanceAndRowsFollowRankOnTheRankingMetric() {
    Leaderboard board = BUILDER.build(RUN, results(), List.of());

    assertThat(board.boards()).extracting(EnvironmentBoard::environment)
        .containsExactly("env-b", "env-a");
    assertThat(board.boards().get(0).rows()).extracting(PolicyRow::policy)
        .containsExactly("high", "mid", "low");
    assertThat(board.boards().get(0).metrics()).containsExactly("reward", "steps", "regret");
  }

  @Test
  void statisticsUseFinishedTrialsOnlyAndCountFailures() {
    EnvironmentBoard envB = BUILDER.build(RUN, results(), List.of()).boards().get(0);
    PolicyRow mid = envB.rows().get(1);

    assertThat(mid.trials()).isEqualTo(4);
    assertThat(mid.failures()).isEqualTo(1);
    Stat last = mid.last("reward");
    assertThat(last.n()).isEqualTo(4);
    assertThat(last.mean()).isEqualTo((20 + 19 + 23 + 22) / 4.0);
    assertThat(mid.metrics().get("reward")).extracting(Stat::at).containsExactly(10L, 20L);
    assertThat(mid.metrics().get("reward").get(0).mean()).isEqualTo(last.mean() / 2);
  }

  @Test
  void failedTrialsAreListedWithTheirErrors() {
    Leaderboard board = BUILDER.build(RUN, results(), List.of());

    assertThat(board.failures()).containsExactly(
        new FailedTrial("env-b", "mid", 4, "java.lang.IllegalStateException: diverged"));
  }

  @Test
  void bestHasNoPValueAndOthersArePairedBySeedAgainstIt() {
    EnvironmentBoard envB = BUILDER.build(RUN, results(), List.of()).boards().get(0);
    Stat high = envB.rows().get(0).last("reward");
    Stat mid = envB.rows().get(1).last("reward");
    Stat low = envB.rows().get(2).last("reward");

    assertThat(high.rank()).isEqualTo(1);
    assertThat(high.pValueVsBest()).isNull();
    // mid has seeds 0..3 only: the test pairs those four seeds, not all five of "high"
    assertThat(mid.pValueVsBest()).isEqualTo(SignedRankTest.test(
        new double[] {20, 19, 23, 22}, new double[] {30, 33, 31, 29}).pValue());
    // five distinct differences all in favour of "high": exact two-sided p = 2 / 2^5
    assertThat(low.pValueVsBest()).isCloseTo(2.0 / 32, within(1e-12));
  }

  @Test
  void lowerIsBetterMetricsRankTheSmallestMeanFirst() {
    EnvironmentBoard envA = BUILDER.build(RUN, results(), List.of()).boards().get(1);

    assertThat(envA.rows()).extracting(row -> row.last("regret").rank()).containsExactly(1, 2, 3);
    assertThat(envA.rows().get(0).last("regret").pValueVsBest()).isNull();
  }

  @Test
  void neutralMetricsHaveRankZeroAndNoPValues() {
    EnvironmentBoard envA = BUILDER.build(RUN, results(), List.of()).boards().get(1);

    for (PolicyRow row : envA.rows()) {
      for (Stat stat : row.metrics().get("steps")) {
        assertThat(stat.rank()).isZero();
        assertThat(stat.pValueVsBest()).isNull();
        assertThat(stat.sd()).isZero();
      }
    }
  }

  @Test
  void rankingDirectionComesFromTheRunEvenForANeutralMetric() {
    RunInfo bySteps = new RunInfo("demo", "", "steps", false, "step", Map.of());
    List<TrialResult> results = List.of(ok("e", "a", 0, 1), ok("e", "b", 0, 1));

    EnvironmentBoard board = BUILDER.build(bySteps, results, List.of()).boards().get(0);

    assertThat(board.metrics().get(0)).isEqualTo("steps");
    assertThat(board.rows()).extracting(row -> row.last("steps").rank()).containsExactly(1, 1);
  }

  @Test
  void tiedMeansShareTheBetterRankAndKeepLabelOrder() {
    List<TrialResult> results = new ArrayList<>();
    for (int seed = 0; seed < 3; seed++) {
      results.add(ok("e", "zeta", seed, 5));
      results.add(ok("e", "worst", seed, 1 + seed));
      results.add(ok("e", "alpha", seed, 5));
    }

    EnvironmentBoard board = BUILDER.build(RUN, results, List.of()).boards().get(0);

    assertThat(board.rows()).extracting(PolicyRow::policy)
        .containsExactly("alpha", "zeta", "worst");
    assertThat(board.rows()).extracting(row -> row.last("reward").rank()).containsExactly(1, 1, 3);
    assertThat(board.rows().get(0).last("reward").pValueVsBest()).isNull();
    assertThat(board.rows().get(1).last("reward").pValueVsBest()).isEqualTo(1.0);
  }

  @Test
  void confidenceIntervalMatchesTheChosenMethod() {
    EnvironmentBoard envA = BUILDER.build(RUN, results(), List.of()).boards().get(1);
    Stat high = envA.rows().get(0).last("reward");
    MeanEstimate expected = MeanEstimate.of(new double[] {30, 33, 31, 29, 32}, ConfidenceMethod.T);

    assertThat(high.ciLow()).isEqualTo(expected.ci().low());
    assertThat(high.ciHigh()).isEqualTo(expected.ci().high());
    assertThat(high.sd()).isEqualTo(expected.sd());

    Stat boot = new LeaderboardBuilder(DIRECTIONS, ConfidenceMethod.BOOTSTRAP)
        .build(RUN, results(), List.of()).boards().get(1).rows().get(0).last("reward");
    assertThat(boot.ciLow()).isEqualTo(
        PercentileBootstrap.interval(new double[] {30, 33, 31, 29, 32}).low());
  }

  @Test
  void skippedPairsPassThroughAndMethodsAreNamedInMetadata() {
    List<SkippedPair> skipped = List.of(new SkippedPair("env-a", "bnb", "needs churn-model"));

    Leaderboard board = BUILDER.build(RUN, results(), skipped);

    assertThat(board.skipped()).isEqualTo(skipped);
    assertThat(board.run().metadata()).containsEntry("threads", "2")
        .containsKey(LeaderboardBuilder.STATISTICS_KEY);
    assertThat(board.run().metadata().get(LeaderboardBuilder.STATISTICS_KEY))
        .contains("Student-t", "Wilcoxon");
  }

  @Test
  void aPolicyWithOnlyFailedTrialsHasNoStatisticsAndSortsLast() {
    List<TrialResult> results = List.of(failed("e", "aaa", 0), ok("e", "zzz", 0, 3));

    EnvironmentBoard board = BUILDER.build(RUN, results, List.of()).boards().get(0);

    assertThat(board.rows()).extracting(PolicyRow::policy).containsExactly("zzz", "aaa");
    assertThat(board.rows().get(1).last("reward")).isNull();
    assertThat(board.rows().get(1).failures()).isEqualTo(1);
  }

  @Test
  void aMetricWithoutDirectionIsAnErrorNamingIt() {
    LeaderboardBuilder builder = new LeaderboardBuilder(
        Map.of("reward", Direction.HIGHER_IS_BETTER), ConfidenceMethod.T);

    assertThatThrownBy(() -> builder.build(RUN, results(), List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'steps'").hasMessageContaining("[reward]");
  }

  @Test
  void duplicateFinishedTrialsAreAnError() {
    List<TrialResult> results = List.of(ok("e", "p", 3, 1), ok("e", "p", 3, 2));

    assertThatThrownBy(() -> BUILDER.build(RUN, results, List.of()))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("seed 3");
  }

  @Test
  void withTwoSeedsNoDifferenceCanBeSignificantSoEveryPolicySharesTheTopGroup() {
    List<TrialResult> results = new ArrayList<>();
    for (int seed = 0; seed < 2; seed++) {
      results.add(ok("env", "a", seed, 90 + seed));
      results.add(ok("env", "b", seed, 50 + seed));
      results.add(ok("env", "c", seed, 10 + seed));
    }
    EnvironmentBoard board = BUILDER.build(RUN, results, List.of()).boards().get(0);

    assertThat(board.rows()).allSatisfy(row -> assertThat(row.last("reward").topGroup())
        .isTrue());
    assertThat(board.rankingNote()).contains("is not significant", "2 paired seeds",
        "cannot give p below 0.5", "at least 7 seeds are needed");
  }

  @Test
  void aPolicyTheTestCannotSeparateFromTheBestSharesTheTopGroupAndAClearlyWorseOneDoesNot() {
    List<TrialResult> results = new ArrayList<>();
    double[] noise = {0.3, -0.2, 0.5, -0.4, 0.1, -0.6, 0.2, 0.4, -0.1, -0.3, 0.6, -0.5};
    for (int seed = 0; seed < noise.length; seed++) {
      results.add(ok("env", "best", seed, 80 + noise[seed]));
      results.add(ok("env", "close", seed, 80 + noise[(seed + 5) % noise.length]));
      results.add(ok("env", "worse", seed, 60 + noise[seed]));
    }
    EnvironmentBoard board = BUILDER.build(RUN, results, List.of()).boards().get(0);
    Map<String, Boolean> top = new LinkedHashMap<>();
    board.rows().forEach(row -> top.put(row.policy(), row.last("reward").topGroup()));

    assertThat(top).containsEntry("best", true).containsEntry("close", true)
        .containsEntry("worse", false);
    assertThat(board.rankingNote()).contains("Top group on reward", "best, close");
  }

  @Test
  void aNonNegativeMetricsIntervalIsCutAtZeroWhereStudentTWouldReachBelow() {
    MetricKind regret = new MetricKind(Direction.LOWER_IS_BETTER, "", org.recbench.api.Summary
        .MEAN, 0.0, null, false);
    double[] mostlyZero = {0, 0, 0, 0, 0, 0, 0, 0, 0, 12};
    SampleSummary summary = SampleSummary.of(mostlyZero, regret, ConfidenceMethod.T);
    MeanEstimate uncut = MeanEstimate.of(mostlyZero, ConfidenceMethod.T);

    assertThat(uncut.ci().low()).isNegative();
    assertThat(summary.ci().low()).isZero();
    assertThat(summary.ci().high()).isEqualTo(uncut.ci().high());
  }

  @Test
  void medianIntervalOfTwentyValuesIsTheSixthToFifteenthOrderStatistic() {
    double[] sorted = new double[20];
    for (int i = 0; i < 20; i++) {
      sorted[i] = i + 1;
    }
    assertThat(MedianInterval.of(sorted)).isEqualTo(new Interval(6, 15));
    // 1 - 2 P(Binomial(20, 1/2) <= 5) = 1 - 2 * 0.020695
    assertThat(MedianInterval.coverage(20)).isCloseTo(0.958611, within(1e-6));
    assertThat(MedianInterval.coverage(5)).isCloseTo(0.9375, within(1e-12));
  }

  @Test
  void medianIntervalCoversTheMedianOfASkewedDistributionAtLeastAsOftenAsItPromises() {
    java.util.SplittableRandom random = new java.util.SplittableRandom(11);
    int n = 15;
    int repetitions = 4000;
    int covered = 0;
    double median = Math.log(2);
    for (int r = 0; r < repetitions; r++) {
      double[] sample = new double[n];
      for (int i = 0; i < n; i++) {
        sample[i] = -Math.log(1 - random.nextDouble());
      }
      java.util.Arrays.sort(sample);
      Interval ci = MedianInterval.of(sample);
      if (ci.low() <= median && median <= ci.high()) {
        covered++;
      }
      assertThat(ci.low()).isPositive();
    }
    double promised = MedianInterval.coverage(n);
    double se = Math.sqrt(promised * (1 - promised) / repetitions);
    assertThat(covered / (double) repetitions).isGreaterThan(promised - 4 * se);
  }

  @Test
  void holmAdjustmentIsTheStepDownMaximumOfScaledPValues() {
    Double[] adjusted = TopGroup.holm(new Double[] {0.01, 0.04, 0.03, null, 0.005});

    assertThat(adjusted[4]).isCloseTo(0.02, within(1e-12));
    assertThat(adjusted[0]).isCloseTo(0.03, within(1e-12));
    assertThat(adjusted[2]).isCloseTo(0.06, within(1e-12));
    assertThat(adjusted[1]).isCloseTo(0.06, within(1e-12));
    assertThat(adjusted[3]).isNull();
    assertThat(TopGroup.smallestPossibleP(2)).isEqualTo(0.5);
    assertThat(TopGroup.seedsNeeded(1)).isEqualTo(6);
  }
}
