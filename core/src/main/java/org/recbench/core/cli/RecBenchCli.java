package org.recbench.core.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.Set;
import org.recbench.api.ConfigurationException;
import org.recbench.api.input.Excerpt;
import org.recbench.api.input.IoErrors;
import org.recbench.api.input.Memory;
import org.recbench.core.catalog.CatalogException;
import org.recbench.core.scenario.ScenarioException;
import org.recbench.core.store.ResultStoreException;
import picocli.CommandLine;

/**
 * Entry point of the {@code recbench} command line. Builds the picocli command tree and maps
 * failures to exit codes, never to a stack trace: user errors (a scenario, a parameter, a data
 * file, a run directory, an I/O failure with its reason) are one message and exit code 2;
 * anything unexpected — a bug, or an {@link OutOfMemoryError} — is one line and exit code 3.
 * With the environment variable {@value #DEBUG_VARIABLE} set, unexpected errors also print their
 * stack trace, for bug reports.
 */
public final class RecBenchCli {

  /** Set to print the stack trace of unexpected errors. */
  public static final String DEBUG_VARIABLE = "RECBENCH_DEBUG";

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
    return execute(one ? commandLine(Set.of(args[0])) : commandLine(), args);
  }

  /**
   * Runs {@code cli} (built by {@link #commandLine()}) with {@code args} and returns the exit
   * code; errors that picocli does not hand to the exception handler ({@link Error}s such as
   * {@link OutOfMemoryError}) are reported the same way, in one line with exit code 3.
   */
  public static int execute(CommandLine cli, String... args) {
    try {
      return cli.execute(args);
    } catch (Throwable e) {
      return unexpected(e, cli.getErr());
    }
  }

  private static int handleExecutionException(Exception e, CommandLine cli,
      CommandLine.ParseResult parseResult) {
    PrintWriter err = cli.getErr();
    String message = badInput(e);
    if (message == null) {
      return unexpected(e, err);
    }
    err.println("error: " + message);
    err.flush();
    return ExitCode.BAD_INPUT;
  }

  /** The message of a user error, or null when {@code e} is not one. */
  private static String badInput(Exception e) {
    if (e instanceof ScenarioException || e instanceof BadInputException
        || e instanceof CatalogException || e instanceof ConfigurationException
        || e instanceof ResultStoreException) {
      return Excerpt.limit(e.getMessage(), 20_000);
    }
    if (e instanceof UncheckedIOException unchecked) {
      String reason = IoErrors.reason(unchecked.getCause());
      String own = unchecked.getMessage();
      return own == null || own.equals(unchecked.getCause().toString()) ? reason
          : own.contains(reason) ? own : own + " (" + reason + ")";
    }
    if (e instanceof IOException io) {
      return IoErrors.reason(io);
    }
    return null;
  }

  /** Prints one line about an unexpected error (its trace only when debugging); exit code 3. */
  private static int unexpected(Throwable e, PrintWriter err) {
    String name = e.getClass().getSimpleName().isEmpty() ? e.getClass().getName()
        : e.getClass().getSimpleName();
    String message = e.getMessage() == null ? name
        : name + ": " + Excerpt.limit(e.getMessage().replace('\n', ' '), 500);
    if (e instanceof OutOfMemoryError) {
      err.println("error: out of memory (" + message + "); this JVM may use "
          + Memory.format(Memory.maxHeapBytes()) + ": choose smaller sizes or raise the "
          + "maximum heap, e.g. RECBENCH_JAVA_OPTS=-Xmx8g");
    } else {
      err.println("internal error: " + message + " (a bug in RecBench or a plugin; please report"
          + " it, with the stack trace printed when " + DEBUG_VARIABLE + "=1 is set)");
    }
    if (System.getenv(DEBUG_VARIABLE) != null) {
      e.printStackTrace(err);
    }
    err.flush();
    return ExitCode.INTERNAL_ERROR;
  }
}
