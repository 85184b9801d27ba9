package org.recbench.bench.protocol;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.openjdk.jmh.results.BenchmarkResult;
import org.openjdk.jmh.results.IterationResult;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * The harness-overhead protocol for a noisy machine: {@code HarnessOverheadBenchmark.paired},
 * which alternates a harness trial and a bare trial within each invocation and counts the CPU
 * time of each, in several forks with the same JVM flags; every measured iteration gives one
 * ratio harness / bare, and the summary is the median of all iterations' ratios with their range
 * and the median per fork, next to the load average read before every fork. Run as
 *
 * <pre>java -cp bench/target/benchmarks.jar org.recbench.bench.protocol.PairedForks \
 *     [forks] [warm-up iterations] [measured iterations] [seconds per iteration]</pre>
 *
 * for the {@code reward} metric on the Bernoulli and the Gaussian bandit (defaults: 5 forks, 5
 * warm-up and 10 measured iterations of 1 s).
 */
public final class PairedForks {

  private static final String BENCHMARK =
      "org.recbench.bench.harness.HarnessOverheadBenchmark.paired$";
  private static final List<String> ENVIRONMENTS = List.of("bandit.bernoulli", "bandit.gaussian");

  private PairedForks() {}

  /** Runs the protocol and prints every fork and the summary. */
  public static void main(String[] args) throws RunnerException {
    int forks = args.length > 0 ? Integer.parseInt(args[0]) : 5;
    int warmups = args.length > 1 ? Integer.parseInt(args[1]) : 5;
    int iterations = args.length > 2 ? Integer.parseInt(args[2]) : 10;
    int seconds = args.length > 3 ? Integer.parseInt(args[3]) : 1;
    for (String environment : ENVIRONMENTS) {
      List<Double> all = new ArrayList<>();
      List<Double> perFork = new ArrayList<>();
      List<Double> harnessSteps = new ArrayList<>();
      List<Double> bareSteps = new ArrayList<>();
      for (int fork = 0; fork < forks; fork++) {
        String load = loadAverage();
        List<double[]> counts = iterations(environment, warmups, iterations, seconds);
        List<Double> ratios = new ArrayList<>();
        for (double[] count : counts) {
          ratios.add(count[0] / count[1]);
          harnessSteps.add(count[2]);
          bareSteps.add(count[3]);
        }
        all.addAll(ratios);
        perFork.add(median(ratios));
        System.out.printf(Locale.ROOT, "%s fork %d (load %s): harness / bare CPU time %s over"
            + " %d iterations%n", environment, fork + 1, load, summary(ratios, "%.3f"),
            ratios.size());
      }
      System.out.printf(Locale.ROOT, "%s: harness / bare = %s over %d iterations of %d forks, fork"
          + " medians %s; harness %s, bare %s CPU ns/step; load now %s%n", environment,
          summary(all, "%.3f"), all.size(), forks, summary(perFork, "%.3f"),
          summary(harnessSteps, "%.1f"), summary(bareSteps, "%.1f"), loadAverage());
    }
  }

  /**
   * Per measured iteration of one fork: harness and bare CPU ns, and each side's CPU ns per step.
   */
  private static List<double[]> iterations(String environment, int warmups, int iterations,
      int seconds) throws RunnerException {
    RunResult run = new Runner(new OptionsBuilder()
        .include(BENCHMARK)
        .param("environment", environment)
        .param("metric", "reward")
        .forks(1)
        .warmupIterations(warmups)
        .measurementIterations(iterations)
        .warmupTime(TimeValue.seconds(seconds))
        .measurementTime(TimeValue.seconds(seconds))
        .shouldFailOnError(true)
        .build()).runSingle();
    List<double[]> counts = new ArrayList<>();
    for (BenchmarkResult benchmark : run.getBenchmarkResults()) {
      for (IterationResult iteration : benchmark.getIterationResults()) {
        double harness = iteration.getSecondaryResults().get("harnessNanos").getScore();
        double bare = iteration.getSecondaryResults().get("bareNanos").getScore();
        double steps = iteration.getMetadata().getMeasuredOps() / 2.0;
        counts.add(new double[] {harness, bare, harness / steps, bare / steps});
      }
    }
    return counts;
  }

  private static double median(List<Double> values) {
    double[] sorted = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
    int n = sorted.length;
    return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
  }

  /** {@code median [min, max]}. */
  private static String summary(List<Double> values, String format) {
    double min = values.stream().mapToDouble(Double::doubleValue).min().orElse(Double.NaN);
    double max = values.stream().mapToDouble(Double::doubleValue).max().orElse(Double.NaN);
    return String.format(Locale.ROOT, format + " [" + format + ", " + format + "]",
        median(values), min, max);
  }

  /** The 1-minute load average and the number of cores, or "?" where /proc is missing. */
  private static String loadAverage() {
    try {
      String[] fields = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
      return fields[0] + " on " + Runtime.getRuntime().availableProcessors() + " cores";
    } catch (IOException | RuntimeException e) {
      return "?";
    }
  }
}
