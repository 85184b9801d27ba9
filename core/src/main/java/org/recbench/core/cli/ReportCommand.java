package org.recbench.core.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.recbench.core.catalog.Catalog;
import org.recbench.core.report.RunRenderer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code recbench report}: re-renders the leaderboards of a run from its trials.jsonl. */
@Command(name = "report", mixinStandardHelpOptions = true,
    description = "Re-render leaderboard.csv/.json/.md and index.html of a run directory.")
final class ReportCommand implements Callable<Integer> {

  @Parameters(paramLabel = "RUN_DIR", description = "A run directory (holds run.json and trials.jsonl).")
  private Path runDirectory;

  @Mixin
  private CiOption ci;

  @Spec
  private CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    if (!Files.isRegularFile(runDirectory.resolve("trials.jsonl"))) {
      throw new BadInputException(runDirectory + " is not a run directory: it has no trials.jsonl");
    }
    RunRenderer.Rendered rendered = new RunRenderer(Catalog.load(), ci.method).render(runDirectory);
    rendered.files().forEach(p -> spec.commandLine().getOut().println("wrote " + p));
    spec.commandLine().getOut().flush();
    return rendered.leaderboard().failures().isEmpty() && !rendered.analysisFailed()
        ? ExitCode.OK : ExitCode.TRIALS_FAILED;
  }
}
