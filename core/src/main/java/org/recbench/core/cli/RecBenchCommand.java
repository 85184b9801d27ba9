package org.recbench.core.cli;

import org.recbench.core.scaffold.PluginScaffold;
import picocli.CommandLine.Command;

/** The top-level {@code recbench} command; does nothing by itself but list its subcommands. */
@Command(name = "recbench", mixinStandardHelpOptions = true,
    versionProvider = RecBenchCommand.Version.class,
    description = "Benchmark recommendation and bandit algorithms on declarative scenarios.",
    subcommands = {ListCommand.class, ValidateCommand.class, RunCommand.class,
        ReportCommand.class, CompareCommand.class, SchemaCommand.class, NewPluginCommand.class},
    footer = {"", "Exit codes: 0 all trials ok, 1 some trials failed, 2 bad input, 3 internal error."})
public final class RecBenchCommand implements Runnable {

  @picocli.CommandLine.Spec
  private picocli.CommandLine.Model.CommandSpec spec;

  /** "RecBench <version>", the version this build was made from. */
  static final class Version implements picocli.CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      return new String[] {"RecBench " + PluginScaffold.versions().getProperty("version")};
    }
  }

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }
}
