package org.recbench.core.cli;

import java.io.PrintWriter;
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
    CommandLine cli = new CommandLine(new RecBenchCommand());
    cli.setExecutionExceptionHandler(RecBenchCli::handleExecutionException);
    return cli;
  }

  /** Runs {@code recbench} with {@code args} and returns the exit code. */
  public static int execute(String... args) {
    return commandLine().execute(args);
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
