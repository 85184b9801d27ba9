package org.recbench.app;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import picocli.CommandLine;

/**
 * The training run the {@code recbench} launcher records an application class-data-sharing
 * archive with ({@code java -XX:ArchiveClassesAtExit=... org.recbench.app.ClassDataTraining DIR}):
 * it runs {@code list}, {@code schema}, {@code validate}, {@code run} and {@code report} on a
 * scenario of four 10-step trials in {@code DIR}, with their output discarded, so the classes
 * (and lambda forms) those commands load are archived and later launches map them instead of
 * loading, verifying and linking them again. Further arguments go to {@code run}: the launcher
 * records the Spark engine's archive with {@code --engine spark --master local[1]}.
 */
public final class ClassDataTraining {

  private static final String SCENARIO = """
      {
        "name": "cds-training",
        "seeds": 1,
        "horizon": 10,
        "environments": [{"id": "bandit.bernoulli", "params": {"arms": 10}}],
        "policies": ["bandit.*"],
        "metrics": ["regret", "reward"],
        "leaderboard": {"rank-by": "regret", "higher-is-better": false}
      }
      """;

  private ClassDataTraining() {}

  /**
   * Runs the commands in the directory {@code args[0]}, {@code run} with the options
   * {@code args[1..]}; exits with 0 when all succeeded.
   */
  public static void main(String[] args) throws IOException {
    Path dir = Path.of(args[0]);
    Path scenario = Files.writeString(dir.resolve("cds-training.json"), SCENARIO);
    Path out = dir.resolve("results");
    int failures = 0;
    failures += execute("list");
    failures += execute("schema");
    failures += execute("validate", scenario.toString());
    List<String> runCommand = new ArrayList<>(List.of("run", scenario.toString(), "--out",
        out.toString()));
    runCommand.addAll(Arrays.asList(args).subList(1, args.length));
    failures += execute(runCommand.toArray(String[]::new));
    try (Stream<Path> runs = Files.list(out.resolve("cds-training"))) {
      for (Path run : runs.toList()) {
        failures += execute("report", run.toString());
      }
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
    System.exit(failures == 0 ? 0 : 1);
  }

  private static int execute(String... args) {
    CommandLine cli = Main.commandLine();
    StringWriter discarded = new StringWriter();
    cli.setOut(new PrintWriter(discarded));
    cli.setErr(new PrintWriter(discarded));
    return cli.execute(args) == 0 ? 0 : 1;
  }
}
