package org.recbench.core.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Exit codes and messages of the command line: never a stack trace, always one reason. */
class RecBenchCliTest {

  @TempDir
  Path dir;

  /** Fails the way its name says. */
  @Command(name = "fail")
  static final class Fail implements Callable<Integer> {
    @CommandLine.Parameters
    private String how;

    @Override
    public Integer call() {
      switch (how) {
        case "bug" -> throw new IllegalStateException("inconsistent state\n  second line");
        case "memory" -> throw new OutOfMemoryError("Java heap space");
        case "io" -> throw new UncheckedIOException("cannot write the report",
            new AccessDeniedException("/out/report.html"));
        default -> {
          return 0;
        }
      }
    }
  }

  private record Run(int exitCode, String err) {}

  private static Run run(String... args) {
    StringWriter err = new StringWriter();
    CommandLine cli = RecBenchCli.commandLine();
    cli.addSubcommand("fail", new Fail());
    cli.setErr(new PrintWriter(err, true));
    cli.setOut(new PrintWriter(new StringWriter(), true));
    return new Run(RecBenchCli.execute(cli, args), err.toString());
  }

  @Test
  void aBugIsExitCode3InOneLineWithoutAStackTrace() {
    Run run = run("fail", "bug");

    assertThat(run.exitCode()).isEqualTo(ExitCode.INTERNAL_ERROR);
    assertThat(run.err()).isEqualTo("internal error: IllegalStateException: inconsistent state "
        + "  second line (a bug in RecBench or a plugin; please report it, with the stack trace "
        + "printed when RECBENCH_DEBUG=1 is set)" + System.lineSeparator());
  }

  @Test
  void anOutOfMemoryErrorIsExitCode3InOneLineNamingTheHeap() {
    Run run = run("fail", "memory");

    assertThat(run.exitCode()).isEqualTo(ExitCode.INTERNAL_ERROR);
    assertThat(run.err()).startsWith("error: out of memory (OutOfMemoryError: Java heap space); "
        + "this JVM may use ").doesNotContain("\tat ").hasLineCount(1);
  }

  @Test
  void anIoErrorIsBadInputWithItsReason() {
    Run run = run("fail", "io");

    assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
    assertThat(run.err()).isEqualTo("error: cannot write the report (/out/report.html: "
        + "permission denied)" + System.lineSeparator());
  }

  @Test
  void aResultsRootThatIsAFileIsBadInputSayingWhy() throws IOException {
    Path file = Files.writeString(dir.resolve("not-a-directory"), "");

    Run run = run("run", "src/test/resources/scenarios/valid/minimal.json", "--out",
        file.toString());

    assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
    assertThat(run.err()).isEqualTo("error: cannot create a run directory under "
        + file.resolve("minimal") + ": " + file.resolve("minimal") + ": not a directory"
        + System.lineSeparator());
  }

  @Test
  void aFifoAsScenarioIsBadInputNotAHang() throws Exception {
    Path fifo = dir.resolve("fifo.json");
    org.junit.jupiter.api.Assumptions.assumeTrue(
        new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor() == 0);

    Run run = run("validate", fifo.toString());

    assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
    assertThat(run.err()).contains(fifo + ": $: is not a regular file");
  }
}
