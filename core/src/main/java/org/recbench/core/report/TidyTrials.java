package org.recbench.core.report;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.recbench.core.trial.Checkpoint;
import org.recbench.core.trial.ComponentConfig;
import org.recbench.core.trial.MetricVector;
import org.recbench.core.trial.TrialResult;
import org.recbench.reports.CsvReport;

/**
 * {@code trials.csv}: the run as a tidy table — one row per finished trial, checkpoint and
 * metric (one per entry for a vector metric) — with one column per parameter, so
 * {@code pandas.read_csv} or R's {@code read.csv} give a frame ready for grouping and plotting.
 *
 * <p>Columns: {@code environment, environment_id, policy, policy_id, seed, at, metric, entry,
 * value, unit}, then {@code environment.NAME} for every environment parameter and
 * {@code policy.NAME} for every policy parameter that any configuration has (empty where a
 * configuration has none of that name). Numbers are written in full precision; array
 * parameters as {@code [0.1, 0.9]}. CSV rather than Parquet: the only maintained Java writer of
 * Parquet (parquet-hadoop) brings Hadoop's dependency tree.
 */
final class TidyTrials {

  /** The fixed columns, before the parameter columns. */
  static final List<String> COLUMNS = List.of("environment", "environment_id", "policy",
      "policy_id", "seed", "at", "metric", "entry", "value", "unit");

  private TidyTrials() {}

  /** Writes the finished trials of {@code results} to {@code file}; units by metric id. */
  static void write(List<TrialResult> results, Map<String, String> units, Path file)
      throws IOException {
    Set<String> environmentParams = new LinkedHashSet<>();
    Set<String> policyParams = new LinkedHashSet<>();
    for (TrialResult result : results) {
      environmentParams.addAll(result.spec().environment().params().keySet());
      policyParams.addAll(result.spec().policy().params().keySet());
    }
    List<String> header = new ArrayList<>(COLUMNS);
    environmentParams.forEach(p -> header.add("environment." + p));
    policyParams.forEach(p -> header.add("policy." + p));
    CSVFormat format = CSVFormat.DEFAULT.builder().setHeader(header.toArray(String[]::new))
        .setRecordSeparator('\n').get();
    try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
        CSVPrinter csv = new CSVPrinter(out, format)) {
      for (TrialResult result : results) {
        if (!result.ok()) {
          continue;
        }
        ComponentConfig environment = result.spec().environment();
        ComponentConfig policy = result.spec().policy();
        List<String> params = new ArrayList<>();
        environmentParams.forEach(p -> params.add(text(environment.params().get(p))));
        policyParams.forEach(p -> params.add(text(policy.params().get(p))));
        Map<String, String> ids = new java.util.HashMap<>();
        result.spec().metrics().forEach(m -> ids.put(m.label(), m.id()));
        for (Checkpoint checkpoint : result.checkpoints()) {
          for (Map.Entry<String, Double> metric : checkpoint.metrics().entrySet()) {
            row(csv, result, checkpoint.at(), metric.getKey(), "", metric.getValue(),
                units.getOrDefault(ids.get(metric.getKey()), ""), params);
          }
          for (Map.Entry<String, MetricVector> vector : checkpoint.vectors().entrySet()) {
            MetricVector values = vector.getValue();
            for (int i = 0; i < values.labels().size(); i++) {
              row(csv, result, checkpoint.at(), vector.getKey(), values.labels().get(i),
                  values.value(i), units.getOrDefault(ids.get(vector.getKey()), ""), params);
            }
          }
        }
      }
    }
  }

  private static void row(CSVPrinter csv, TrialResult result, long at, String metric,
      String entry, double value, String unit, List<String> params) throws IOException {
    List<Object> cells = new ArrayList<>(List.of(CsvReport.text(result.spec().environment()
        .label()), result.spec().environment().id(), CsvReport.text(result.spec().policy()
        .label()), result.spec().policy().id(), result.spec().seed(), at, CsvReport.text(metric),
        CsvReport.text(entry), Double.isFinite(value) ? Double.toString(value) : "",
        CsvReport.text(unit)));
    cells.addAll(params);
    csv.printRecord(cells);
  }

  /** A parameter's cell: strings neutralised like every text cell ({@link CsvReport#text}). */
  private static String text(Object value) {
    if (value == null) {
      return "";
    }
    if (value instanceof String string) {
      return CsvReport.text(string);
    }
    if (value instanceof double[] array) {
      return Arrays.toString(array);
    }
    if (value instanceof double[][] matrix) {
      return Arrays.deepToString(matrix);
    }
    return String.valueOf(value);
  }
}
