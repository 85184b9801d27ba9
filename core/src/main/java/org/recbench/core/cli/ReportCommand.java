package org.recbench.core.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.recbench.core.catalog.Catalog;
import org.recbench.core.report.RunRenderer;
import org.recbench.core.stats.AggregateBuilder;
import org.recbench.core.store.ResultStore;
import org.recbench.core.store.RunMetadata;
import org.recbench.reports.AggregateRanking;
import org.recbench.reports.FigureFiles;
import org.recbench.reports.HtmlReport;
import org.recbench.reports.JsonReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code recbench report}: re-renders the leaderboards of runs from their trials.jsonl; writes
 * their figures as SVG files; ranks policies across the boards of several runs.
 */
@Command(name = "report", mixinStandardHelpOptions = true,
    description = "Re-render leaderboard.csv/.json/.md, index.html and trials.csv of run "
        + "directories; --figures writes every figure as SVG; --aggregate ranks across runs.")
final class ReportCommand implements Callable<Integer> {

  @Parameters(arity = "1..*", paramLabel = "RUN_DIR",
      description = "Run directories (each holds run.json and trials.jsonl).")
  private List<Path> runDirectories;

  @Option(names = "--figures", paramLabel = "DIR",
      description = "Also write every figure as a standalone SVG file into DIR (with several "
          + "runs, into DIR/<scenario>-<run>/).")
  private Path figures;

  @Option(names = "--aggregate",
      description = "Rank policies across every board of the runs: mean rank and win/tie/loss "
          + "counts, written to aggregate.html and aggregate.json in --out.")
  private boolean aggregate;

  @Option(names = "--out", paramLabel = "DIR", defaultValue = "aggregate",
      description = "Where --aggregate writes (default: ${DEFAULT-VALUE}).")
  private Path out;

  @Mixin
  private CiOption ci;

  @Spec
  private CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    for (Path run : runDirectories) {
      if (!Files.isRegularFile(run.resolve(ResultStore.TRIALS_FILE))) {
        throw new BadInputException(run + " is not a run directory: it has no trials.jsonl");
      }
    }
    PrintWriter stdout = spec.commandLine().getOut();
    RunRenderer renderer = new RunRenderer(Catalog.load(), ci.method);
    int exit = ExitCode.OK;
    List<AggregateBuilder.BoardSample> samples = new ArrayList<>();
    for (Path run : runDirectories) {
      RunRenderer.Rendered rendered = renderer.render(run);
      rendered.files().forEach(p -> stdout.println("wrote " + p));
      if (figures != null) {
        Path dir = runDirectories.size() == 1 ? figures : figures.resolve(
            rendered.leaderboard().run().scenario() + "-" + run.toAbsolutePath().normalize()
                .getFileName());
        List<Path> written = FigureFiles.writeAll(rendered.leaderboard(), dir);
        stdout.println("wrote " + written.size() + " figures to " + dir);
      }
      if (aggregate) {
        RunMetadata metadata = ResultStore.readMetadata(run);
        String prefix = runDirectories.size() == 1 ? "" : metadata.scenario() + " "
            + run.toAbsolutePath().normalize().getFileName() + ": ";
        samples.addAll(renderer.builder().samples(metadata.toRunInfo(),
            ResultStore.readTrials(run, metadata), prefix));
      }
      if (!rendered.leaderboard().failures().isEmpty() || rendered.analysisFailed()) {
        exit = ExitCode.TRIALS_FAILED;
      }
    }
    if (aggregate) {
      AggregateRanking ranking = AggregateBuilder.of(samples);
      if (ranking == null) {
        throw new BadInputException("--aggregate needs at least two boards that rank policies; "
            + "the runs have " + samples.size());
      }
      Files.createDirectories(out);
      Path html = out.resolve("aggregate.html");
      Files.writeString(html, HtmlReport.renderAggregate(ranking), StandardCharsets.UTF_8);
      Path json = out.resolve("aggregate.json");
      Files.writeString(json, JsonReport.json(ranking), StandardCharsets.UTF_8);
      stdout.println("wrote " + html);
      stdout.println("wrote " + json);
    }
    stdout.flush();
    return exit;
  }
}
