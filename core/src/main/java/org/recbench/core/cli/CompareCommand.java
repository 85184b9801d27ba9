package org.recbench.core.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.recbench.core.catalog.Catalog;
import org.recbench.core.report.RunRenderer;
import org.recbench.core.stats.RunComparison;
import org.recbench.core.store.ResultStore;
import org.recbench.core.store.RunMetadata;
import org.recbench.core.store.RunSettings;
import org.recbench.core.trial.TrialResult;
import org.recbench.reports.Comparison;
import org.recbench.reports.ComparisonReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code recbench compare RUN_A RUN_B}: the same scenario run twice (before and after a change),
 * cell by cell; exit 1 when a cell got worse by more than {@code --max-regression} percent.
 */
@Command(name = "compare", mixinStandardHelpOptions = true,
    description = "Compare two runs of one scenario: which (environment, policy, metric) cells "
        + "moved beyond their 95% confidence interval.")
final class CompareCommand implements Callable<Integer> {

  @Parameters(index = "0", paramLabel = "RUN_A", description = "The reference run directory.")
  private Path runA;

  @Parameters(index = "1", paramLabel = "RUN_B", description = "The run to compare with it.")
  private Path runB;

  @Option(names = "--out", paramLabel = "DIR",
      description = "Where compare.html and compare.csv go (default: RUN_B).")
  private Path out;

  @Option(names = "--max-regression", paramLabel = "PERCENT",
      description = "Exit 1 when a moved cell got worse by more than PERCENT percent of its "
          + "value in RUN_A (e.g. 5); without it the exit code is 0.")
  private Double maxRegression;

  @Option(names = "--include-timing",
      description = "Also compare metrics that measure wall time (they vary between runs).")
  private boolean includeTiming;

  @Mixin
  private CiOption ci;

  @Spec
  private CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    if (maxRegression != null && !(maxRegression >= 0)) {
      throw new BadInputException("--max-regression must be a percentage >= 0, was "
          + maxRegression);
    }
    RunMetadata a = ResultStore.readMetadata(runA);
    RunMetadata b = ResultStore.readMetadata(runB);
    if (!a.scenario().equals(b.scenario())) {
      throw new BadInputException("compare needs two runs of one scenario: " + runA + " ran '"
          + a.scenario() + "', " + runB + " ran '" + b.scenario() + "'");
    }
    List<RunSettings.Difference> differences = a.settings().differences(b.settings());
    if (!differences.isEmpty()) {
      throw new BadInputException("the runs measured different things, so their cells cannot "
          + "be compared: " + String.join("; ", differences.stream()
              .map(RunSettings.Difference::text).toList()).replace("in the run, ", "in "
              + runA + ", ").replace("in the scenario", "in " + runB));
    }
    List<TrialResult> trialsA = ResultStore.readTrials(runA, a);
    List<TrialResult> trialsB = ResultStore.readTrials(runB, b);
    RunRenderer renderer = new RunRenderer(Catalog.load(), ci.method);
    Comparison comparison = new RunComparison(renderer.kinds(), ci.method, includeTiming)
        .compare(a.scenario(), runA.toString(), trialsA, runB.toString(), trialsB);
    PrintWriter stdout = spec.commandLine().getOut();
    comparison.notes().forEach(note -> stdout.println("note: " + note));
    stdout.print(ComparisonReport.text(comparison));
    List<java.nio.file.Path> files = ComparisonReport.write(comparison, out == null ? runB : out);
    files.forEach(f -> stdout.println("wrote " + f));
    long regressions = maxRegression == null ? 0 : comparison.moved().stream()
        .filter(Comparison.Cell::worse)
        .filter(c -> !Double.isFinite(c.relativeChange())
            || Math.abs(c.relativeChange()) * 100 > maxRegression).count();
    if (regressions > 0) {
      stdout.printf("%d cell%s got worse by more than %s%%%n", regressions,
          regressions == 1 ? "" : "s", maxRegression);
    }
    stdout.flush();
    return regressions > 0 ? ExitCode.TRIALS_FAILED : ExitCode.OK;
  }
}
