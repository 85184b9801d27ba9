package org.recbench.app;

import org.recbench.core.cli.RecBenchCli;
import picocli.CommandLine;

/**
 * The {@code recbench} application: the core CLI with every bundled plugin on the classpath, plus
 * commands that need a specific plugin ({@code export-pomdp}).
 */
public final class Main {

  private Main() {}

  /** Runs the CLI and exits with its exit code (3, in one line, for any unexpected error). */
  public static void main(String[] args) {
    System.exit(RecBenchCli.execute(commandLine(), args));
  }

  /** The full command tree (tests execute it in-process). */
  public static CommandLine commandLine() {
    CommandLine cli = RecBenchCli.commandLine();
    cli.addSubcommand("export-pomdp", new ExportPomdpCommand());
    return cli;
  }
}
