package org.recbench.app;

import java.io.PrintWriter;
import java.io.StringWriter;
import picocli.CommandLine;

/** Runs the full CLI in-process and captures its exit code, stdout and stderr. */
record CliRun(int exitCode, String out, String err) {

  /** Runs {@code recbench args} the way {@link Main} does, exit-code mapping included. */
  static CliRun of(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cli = Main.commandLine();
    cli.setOut(new PrintWriter(out, true));
    cli.setErr(new PrintWriter(err, true));
    int code = org.recbench.core.cli.RecBenchCli.execute(cli, args);
    return new CliRun(code, out.toString(), err.toString());
  }

  /** The run directory printed by {@code recbench run} (the first one). */
  java.nio.file.Path runDirectory() {
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("-> (\\S+)").matcher(out);
    if (!m.find()) {
      throw new AssertionError("no run directory in output:\n" + out + err);
    }
    return java.nio.file.Path.of(m.group(1));
  }
}
