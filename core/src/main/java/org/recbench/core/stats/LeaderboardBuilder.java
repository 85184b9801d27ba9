package org.recbench.core.stats;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import org.recbench.api.Direction;
import org.recbench.core.trial.Checkpoint;
import org.recbench.core.trial.MetricVector;
import org.recbench.core.trial.TrialResult;
import org.recbench.reports.EnvironmentBoard;
import org.recbench.reports.FailedTrial;
import org.recbench.reports.Leaderboard;
import org.recbench.reports.MetricInfo;
import org.recbench.reports.PolicyRow;
import org.recbench.reports.RunInfo;
import org.recbench.reports.SkippedPair;
import org.recbench.reports.Stat;

/**
 * Turns the trial results of a run into its {@link Leaderboard}.
 *
 * <ul>
 *   <li>One board per environment label, in the order labels first appear in the results; one
 *       row per policy label, sorted by rank on the ranking metric at the last checkpoint, equal
 *       ranks in label order.</li>
 *   <li>Statistics use the trials that finished ({@link TrialResult#ok()}); failed trials are
 *       counted per row and listed with their errors. A non-finite metric value (a metric
 *       undefined in that trial) is left out, so {@link Stat#n()} counts the values used.</li>
 *   <li>At every checkpoint and for every ranked metric, ranks follow
 *       {@link CompetitionRanking}; the best policy is the first rank-1 row in label order, and
 *       every other row gets the two-sided paired {@link SignedRankTest} p-value against it,
 *       pairing trials by seed index over the seeds where both have a value.</li>
 *   <li>The ranking metric's direction is {@link RunInfo#higherIsBetter()}; other metrics take
 *       theirs from the direction map (by metric id), and {@link Direction#NEUTRAL} ones get
 *       rank 0 and no p-values.</li>
 *   <li>Metrics are columns named by their keys (labels); a vector metric gives one column per
 *       entry, named {@code key[entry]}, with the metric's direction.</li>
 * </ul>
 */
public final class LeaderboardBuilder {

  /** Metadata key under which the statistical methods are added to the run's metadata. */
  public static final String STATISTICS_KEY = "statistics";

  private final Map<String, MetricKind> metricKinds;
  private final ConfidenceMethod method;

  /**
   * A builder.
   *
   * @param metricKinds direction, unit, summary and range of every metric type the results may
   *     hold, by metric id
   * @param method how confidence intervals of means are computed
   */
  public LeaderboardBuilder(ConfidenceMethod method, Map<String, MetricKind> metricKinds) {
    this.metricKinds = Map.copyOf(metricKinds);
    this.method = method;
  }

  /** A builder knowing only the directions of the metric types (dimensionless means). */
  public LeaderboardBuilder(Map<String, Direction> metricDirections, ConfidenceMethod method) {
    this(method, kinds(metricDirections));
  }

  private static Map<String, MetricKind> kinds(Map<String, Direction> directions) {
    Map<String, MetricKind> kinds = new LinkedHashMap<>();
    directions.forEach((id, direction) -> kinds.put(id, MetricKind.plain(direction)));
    return kinds;
  }

  /**
   * Builds the leaderboard.
   *
   * @param run scenario and run metadata; the returned board's copy also names the statistical
   *     methods under {@link #STATISTICS_KEY}
   * @param results every trial result of the run, in any order
   * @param skipped pairs that were not run
   * @throws IllegalArgumentException when a result holds a metric without a known direction, or
   *     two finished trials share environment, policy and seed
   */
  public Leaderboard build(RunInfo run, List<TrialResult> results, List<SkippedPair> skipped) {
    Map<String, Map<String, List<TrialResult>>> grouped = new LinkedHashMap<>();
    List<FailedTrial> failures = new ArrayList<>();
    for (TrialResult result : results) {
      String environment = result.spec().environment().label();
      String policy = result.spec().policy().label();
      grouped.computeIfAbsent(environment, e -> new TreeMap<>())
          .computeIfAbsent(policy, p -> new ArrayList<>()).add(result);
      if (!result.ok()) {
        failures.add(new FailedTrial(environment, policy, result.spec().seed(), result.error()));
      }
    }
    List<EnvironmentBoard> boards = new ArrayList<>();
    Map<String, MetricInfo> infos = new LinkedHashMap<>();
    List<AggregateBuilder.BoardSample> samples = new ArrayList<>();
    grouped.forEach((environment, byPolicy) -> boards.add(board(run, environment, byPolicy,
        infos, samples)));
    return new Leaderboard(describeMethods(run), boards, skipped, failures, List.of(),
        List.copyOf(infos.values()), AggregateBuilder.of(samples));
  }

  /**
   * The ranking metric of every board at its last checkpoint, for an aggregate across runs;
   * boards are named {@code prefix + environment}.
   */
  public List<AggregateBuilder.BoardSample> samples(RunInfo run, List<TrialResult> results,
      String prefix) {
    Map<String, Map<String, List<TrialResult>>> grouped = new LinkedHashMap<>();
    for (TrialResult result : results) {
      grouped.computeIfAbsent(result.spec().environment().label(), e -> new TreeMap<>())
          .computeIfAbsent(result.spec().policy().label(), p -> new ArrayList<>()).add(result);
    }
    List<AggregateBuilder.BoardSample> samples = new ArrayList<>();
    grouped.forEach((environment, byPolicy) -> board(run, environment, byPolicy,
        new LinkedHashMap<>(), samples));
    return samples.stream().map(s -> new AggregateBuilder.BoardSample(prefix + s.name(),
        s.direction(), s.values(), s.ranks(), s.topGroup())).toList();
  }

  private EnvironmentBoard board(RunInfo run, String environment,
      Map<String, List<TrialResult>> byPolicy, Map<String, MetricInfo> infos,
      List<AggregateBuilder.BoardSample> samples) {
    List<Column> columns = columnsOf(run.rankBy(), byPolicy);
    List<String> metrics = columns.stream().map(Column::name).toList();
    Map<String, Map<String, List<Stat>>> statsByPolicy = new LinkedHashMap<>();
    byPolicy.keySet().forEach(policy -> statsByPolicy.put(policy, new LinkedHashMap<>()));
    String note = "";

    for (Column column : columns) {
      String metric = column.name();
      MetricKind kind = kind(run, column);
      infos.putIfAbsent(metric, new MetricInfo(metric, kind.unit(), kind.direction(),
          kind.summary(), kind.wallClock()));
      Map<String, SortedMap<Long, SortedMap<Integer, Double>>> series = new LinkedHashMap<>();
      TreeSet<Long> positions = new TreeSet<>();
      byPolicy.forEach((policy, trials) -> {
        SortedMap<Long, SortedMap<Integer, Double>> values = valuesBySeed(environment, policy,
            column, trials);
        if (!values.isEmpty()) {
          series.put(policy, values);
          positions.addAll(values.keySet());
        }
      });
      for (long at : positions) {
        Map<String, SortedMap<Integer, Double>> atCheckpoint = new LinkedHashMap<>();
        series.forEach((policy, values) -> {
          SortedMap<Integer, Double> bySeed = values.get(at);
          if (bySeed != null) {
            atCheckpoint.put(policy, bySeed);
          }
        });
        CheckpointComparison.Result result =
            CheckpointComparison.compare(at, metric, atCheckpoint, kind, method);
        result.stats().forEach((policy, stat) -> statsByPolicy.get(policy)
            .computeIfAbsent(metric, m -> new ArrayList<>()).add(stat));
        if (metric.equals(run.rankBy()) && at == positions.last()) {
          note = result.note();
          Map<String, Integer> ranks = new LinkedHashMap<>();
          Map<String, Boolean> top = new LinkedHashMap<>();
          result.stats().forEach((policy, stat) -> {
            ranks.put(policy, stat.rank());
            top.put(policy, stat.topGroup());
          });
          samples.add(new AggregateBuilder.BoardSample(environment, kind.direction(),
              atCheckpoint, ranks, top));
        }
      }
    }

    List<PolicyRow> rows = new ArrayList<>();
    byPolicy.forEach((policy, trials) -> {
      int ok = (int) trials.stream().filter(TrialResult::ok).count();
      rows.add(new PolicyRow(policy, ok, trials.size() - ok, statsByPolicy.get(policy)));
    });
    rows.sort(Comparator.comparingInt(row -> finalRank(row, run.rankBy())));
    return new EnvironmentBoard(environment, metrics, rows, List.of(), note);
  }

  /**
   * A leaderboard column: a scalar metric, or one entry of a vector metric.
   *
   * @param name column name: the metric key, or {@code key[entry]}
   * @param key the metric key (its label)
   * @param id the metric's component id, for its direction
   * @param entry the vector entry's label, or null for a scalar metric
   */
  private record Column(String name, String key, String id, String entry) {

    Double value(Checkpoint checkpoint) {
      if (entry == null) {
        return checkpoint.metrics().get(key);
      }
      MetricVector vector = checkpoint.vectors().get(key);
      int index = vector == null ? -1 : vector.labels().indexOf(entry);
      return index < 0 ? null : vector.value(index);
    }
  }

  /** The ranking metric, then every other recorded column in order of first appearance. */
  private static List<Column> columnsOf(String rankBy, Map<String, List<TrialResult>> byPolicy) {
    Map<String, Column> columns = new LinkedHashMap<>();
    Map<String, String> ids = new LinkedHashMap<>();
    byPolicy.values().forEach(trials -> trials.forEach(t -> t.spec().metrics()
        .forEach(metric -> ids.putIfAbsent(metric.label(), metric.id()))));
    columns.put(rankBy, new Column(rankBy, rankBy, ids.getOrDefault(rankBy, rankBy), null));
    for (String key : ids.keySet()) {
      for (List<TrialResult> trials : byPolicy.values()) {
        for (TrialResult trial : trials) {
          for (Checkpoint checkpoint : trial.checkpoints()) {
            if (checkpoint.metrics().containsKey(key)) {
              columns.putIfAbsent(key, new Column(key, key, ids.get(key), null));
            }
            MetricVector vector = checkpoint.vectors().get(key);
            if (vector != null) {
              vector.labels().forEach(entry -> columns.putIfAbsent(key + "[" + entry + "]",
                  new Column(key + "[" + entry + "]", key, ids.get(key), entry)));
            }
          }
        }
      }
      columns.putIfAbsent(key, new Column(key, key, ids.get(key), null));
    }
    columns.values().removeIf(c -> c.entry() == null && !c.key().equals(rankBy)
        && hasVector(byPolicy, c.key()));
    return List.copyOf(columns.values());
  }

  private static boolean hasVector(Map<String, List<TrialResult>> byPolicy, String key) {
    return byPolicy.values().stream().flatMap(List::stream).flatMap(t -> t.checkpoints().stream())
        .anyMatch(c -> c.vectors().containsKey(key));
  }

  private MetricKind kind(RunInfo run, Column column) {
    MetricKind kind = metricKinds.get(column.id());
    if (column.name().equals(run.rankBy())) {
      MetricKind base = kind == null ? MetricKind.plain(Direction.NEUTRAL) : kind;
      return base.withDirection(run.higherIsBetter() ? Direction.HIGHER_IS_BETTER
          : Direction.LOWER_IS_BETTER);
    }
    if (kind == null) {
      throw new IllegalArgumentException("metric '" + column.id() + "' in the trial results has "
          + "no direction; directions are known for " + new TreeMap<>(metricKinds).keySet());
    }
    return kind;
  }

  /** Finite values of {@code column} in the finished trials, by checkpoint then seed index. */
  private static SortedMap<Long, SortedMap<Integer, Double>> valuesBySeed(String environment,
      String policy, Column column, List<TrialResult> trials) {
    SortedMap<Long, SortedMap<Integer, Double>> values = new TreeMap<>();
    for (TrialResult trial : trials) {
      if (!trial.ok()) {
        continue;
      }
      for (Checkpoint checkpoint : trial.checkpoints()) {
        Double value = column.value(checkpoint);
        if (value == null || !Double.isFinite(value)) {
          continue;
        }
        int seed = trial.spec().seed();
        if (values.computeIfAbsent(checkpoint.at(), at -> new TreeMap<>()).put(seed, value)
            != null) {
          throw new IllegalArgumentException("two finished trials of " + policy + " on "
              + environment + " have seed " + seed + " (checkpoint " + checkpoint.at() + ")");
        }
      }
    }
    return values;
  }

  /** Rank on the ranking metric at the row's last checkpoint; rows without it sort last. */
  private static int finalRank(PolicyRow row, String rankBy) {
    Stat last = row.last(rankBy);
    return last == null ? Integer.MAX_VALUE : last.rank();
  }

  private RunInfo describeMethods(RunInfo run) {
    Map<String, String> metadata = new LinkedHashMap<>(run.metadata());
    metadata.putIfAbsent(STATISTICS_KEY, "mean over seeds with a 95% "
        + (method == ConfidenceMethod.T ? "Student-t" : "percentile-bootstrap ("
        + PercentileBootstrap.RESAMPLES + " resamples)")
        + " confidence interval, cut to the metric's range (a mean of non-negative values has "
        + "no interval below 0); metrics marked 'median' (times, node counts): median, "
        + "quartiles and the order-statistic 95% confidence interval of the median; p: two-sided "
        + "paired Wilcoxon signed-rank test against the best policy, paired by seed; top group: "
        + "the best and every policy with a Holm-adjusted p >= 0.05");
    return new RunInfo(run.scenario(), run.description(), run.rankBy(), run.higherIsBetter(),
        run.checkpointUnit(), metadata);
  }
}
