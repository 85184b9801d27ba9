package org.recbench.core.cli;

import picocli.CommandLine.Command;

/** The top-level {@code recbench} command; does nothing by itself but list its subcommands. */
@Command(name = "recbench", mixinStandardHelpOptions = true, version = "RecBench 0.1.0",
    description = "Benchmark recommendation and bandit algorithms on declarative scenarios.",
    subcommands = {ListCommand.class, ValidateCommand.class, RunCommand.class,
        ReportCommand.class, SchemaCommand.class},
    footer = {"", "Exit codes: 0 all trials ok, 1 some trials failed, 2 bad input, 3 internal error."})
public final class RecBenchCommand implements Runnable {

  @picocli.CommandLine.Spec
  private picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }
}
