package org.recbench.app;

import java.util.Set;
import org.recbench.core.cli.RecBenchCli;
import picocli.CommandLine;

/**
 * The {@code recbench} application: the core CLI with every bundled plugin on the classpath, plus
 * commands that need a specific plugin ({@code export-pomdp}).
 */
public final class Main {

  private Main() {}

  private static final String EXPORT_POMDP = "export-pomdp";

  /** Runs the CLI and exits with its exit code (3, in one line, for any unexpected error). */
  public static void main(String[] args) {
    System.exit(RecBenchCli.execute(commandLine(args), args));
  }

  /** The full command tree (tests execute it in-process). */
  public static CommandLine commandLine() {
    CommandLine cli = RecBenchCli.commandLine();
    cli.addSubcommand(EXPORT_POMDP, new ExportPomdpCommand());
    return cli;
  }

  /**
   * The command tree for running {@code args}: when they start with a subcommand's name, a tree
   * with that subcommand only (see {@link RecBenchCli#commandLine(Set)}), else the full tree.
   */
  static CommandLine commandLine(String... args) {
    String first = args.length == 0 ? "" : args[0];
    if (RecBenchCli.subcommandNames().contains(first)) {
      return RecBenchCli.commandLine(Set.of(first));
    }
    if (first.equals(EXPORT_POMDP)) {
      return RecBenchCli.commandLine(Set.of()).addSubcommand(EXPORT_POMDP,
          new ExportPomdpCommand());
    }
    return commandLine();
  }
}
