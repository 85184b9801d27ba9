package org.recbench.core.cli;

import java.io.PrintWriter;
import java.util.Set;
import org.recbench.api.ConfigurationException;
import org.recbench.core.catalog.CatalogException;
import org.recbench.core.scenario.ScenarioException;
import org.recbench.core.store.ResultStoreException;
import picocli.CommandLine;

/**
 * Entry point of the {@code recbench} command line. Builds the picocli command tree and maps
 * user errors to one-line messages with exit code 2, never a stack trace.
 */
public final class RecBenchCli {

  private RecBenchCli() {}

  /** The command tree; applications may add subcommands before executing it. */
  public static CommandLine commandLine() {
    return commandLine(subcommandNames());
  }

  /**
   * The command tree with only the named subcommands of {@link #subcommandNames()}: a launch that
   * runs one subcommand builds the reflective command model of that one alone.
   */
  public static CommandLine commandLine(Set<String> names) {
    CommandLine cli = new CommandLine(new RecBenchCommand());
    RecBenchCommand.SUBCOMMANDS.forEach((name, command) -> {
      if (names.contains(name)) {
        cli.addSubcommand(name, command.get());
      }
    });
    cli.setExecutionExceptionHandler(RecBenchCli::handleExecutionException);
    return cli;
  }

  /** The names of the core subcommands, in the order the help lists them. */
  public static Set<String> subcommandNames() {
    return RecBenchCommand.SUBCOMMANDS.keySet();
  }

  /** Runs {@code recbench} with {@code args} and returns the exit code. */
  public static int execute(String... args) {
    boolean one = args.length > 0 && subcommandNames().contains(args[0]);
    return (one ? commandLine(Set.of(args[0])) : commandLine()).execute(args);
  }

  private static int handleExecutionException(Exception e, CommandLine cli,
      CommandLine.ParseResult parseResult) {
    PrintWriter err = cli.getErr();
    if (e instanceof ScenarioException
        || e instanceof BadInputException
        || e instanceof CatalogException
        || e instanceof ConfigurationException
        || e instanceof ResultStoreException) {
      err.println("error: " + e.getMessage());
      err.flush();
      return ExitCode.BAD_INPUT;
    }
    if (e instanceof java.io.IOException || e instanceof java.io.UncheckedIOException) {
      err.println("error: " + e.getMessage());
      err.flush();
      return ExitCode.BAD_INPUT;
    }
    err.println("internal error: " + e);
    for (StackTraceElement frame : e.getStackTrace()) {
      err.println("    at " + frame);
    }
    err.println("This is a bug in RecBench or a plugin; please report it with the lines above.");
    err.flush();
    return ExitCode.INTERNAL_ERROR;
  }
}
