package org.recbench.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.recbench.app.TrialLines.withoutTimings;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.spark.launcher.JavaModuleOptions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.recbench.core.store.ResultStore;

/**
 * A real Spark standalone cluster on 127.0.0.1: a master and a worker JVM started from the
 * Maven-resolved Spark jars (a Spark home whose {@code jars/} links them), and the CLI started
 * by the launcher {@code ./recbench} as a user would, with
 * {@code --engine spark --master spark://127.0.0.1:PORT}: the application jar and a user's
 * plugin jar reach the executor, results equal the local engine's, and a run whose executor
 * JVM is killed (SIGKILL) completes with every trial exactly once; {@code spark-submit}
 * (Spark's {@code SparkSubmit}) runs the same application jar. Runs in the
 * {@code spark-cluster} profile ({@code .ci/run} runs it).
 */
class SparkClusterIT {

  private static final String QUICKSTART = "../scenarios/quickstart.json";
  private static final String FLAKY = "src/test/resources/scenarios/flaky.json";
  private static final Duration RUN_LIMIT = Duration.ofMinutes(5);
  private static final Pattern RUN_DIRECTORY = Pattern.compile("-> (\\S+)");

  @TempDir
  static Path dir;

  private static Path home;
  private static Process master;
  private static Process worker;
  private static String url;

  @BeforeAll
  static void startCluster() throws IOException, InterruptedException {
    home = sparkHome(dir.resolve("spark-home"));
    master = daemon("master", "org.apache.spark.deploy.master.Master", "--host", "127.0.0.1",
        "--port", "0", "--webui-port", "0");
    url = awaitLog("master", Pattern.compile("Starting Spark master at (spark://\\S+)"));
    worker = daemon("worker", "org.apache.spark.deploy.worker.Worker", "--host", "127.0.0.1",
        "--cores", "2", "--memory", "2g", "--webui-port", "0", "--work-dir",
        dir.resolve("work").toString(), url);
    awaitLog("worker", Pattern.compile("(Successfully registered with master)"));
  }

  @AfterAll
  static void stopCluster() throws InterruptedException {
    for (Process daemon : new Process[] {worker, master}) {
      if (daemon != null) {
        List<ProcessHandle> children = daemon.descendants().toList();
        daemon.destroy();
        if (!daemon.waitFor(20, TimeUnit.SECONDS)) {
          daemon.destroyForcibly();
        }
        children.forEach(ProcessHandle::destroyForcibly);
      }
    }
  }

  @Test
  void theQuickstartOnTheClusterWritesTheLocalEnginesTrials() throws Exception {
    CliRun local = CliRun.of("run", QUICKSTART, "--threads", "2", "--out",
        dir.resolve("local").toString());

    Cli cluster = cli(Map.of(), "run", QUICKSTART, "--engine", "spark", "--master", url,
        "--out", dir.resolve("cluster").toString());

    assertThat(cluster.await()).as(cluster.log()).isZero();
    assertThat(cluster.out()).contains("spark engine on " + url + ", 2 workers");
    assertThat(withoutTimings(cluster.runDirectory().resolve(ResultStore.TRIALS_FILE)))
        .hasSize(180)
        .isEqualTo(withoutTimings(local.runDirectory().resolve(ResultStore.TRIALS_FILE)));
  }

  @Test
  void aUsersPluginJarReachesTheExecutorAndItsFailedTrialsMatchTheLocalEngines()
      throws Exception {
    Path plugin = flakyPluginJar(dir.resolve("flaky-plugin.jar"));
    CliRun local = CliRun.of("run", FLAKY, "--out", dir.resolve("flaky-local").toString());

    Cli cluster = cli(Map.of("RECBENCH_CLASSPATH", plugin.toString()), "run", FLAKY,
        "--engine", "spark", "--master", url, "--out", dir.resolve("flaky-cluster").toString());

    assertThat(cluster.await()).as(cluster.log()).isEqualTo(1);
    List<String> trials = withoutTimings(cluster.runDirectory()
        .resolve(ResultStore.TRIALS_FILE));
    assertThat(trials).hasSize(16).anyMatch(l -> l.contains("flaky policy gave up"))
        .isEqualTo(withoutTimings(local.runDirectory().resolve(ResultStore.TRIALS_FILE)));
  }

  @Test
  void sparkSubmitRunsTheApplicationJarWithAUsersPluginFromItsJarsOption() throws Exception {
    Path plugin = flakyPluginJar(dir.resolve("submitted-plugin.jar"));
    CliRun local = CliRun.of("run", FLAKY, "--out", dir.resolve("submit-local").toString());
    List<String> command = new ArrayList<>(List.of(java()));
    command.addAll(Arrays.asList(JavaModuleOptions.defaultModuleOptions().split(" ")));
    command.addAll(List.of("-cp", home.resolve("jars") + "/*",
        "org.apache.spark.deploy.SparkSubmit", "--master", url, "--conf",
        "spark.ui.enabled=false", "--class", Main.class.getName(), "--jars", plugin.toString(),
        Path.of("target", "recbench.jar").toString(), "run", FLAKY, "--engine", "spark", "--out",
        dir.resolve("submitted").toString()));

    Cli submitted = start(new ProcessBuilder(command), Map.of());

    assertThat(submitted.await()).as(submitted.log()).isEqualTo(1);
    assertThat(submitted.out()).contains("spark engine on " + url);
    assertThat(withoutTimings(submitted.runDirectory().resolve(ResultStore.TRIALS_FILE)))
        .hasSize(16)
        .isEqualTo(withoutTimings(local.runDirectory().resolve(ResultStore.TRIALS_FILE)));
  }

  @Test
  void aRunWhoseExecutorIsKilledCompletesWithEveryTrialExactlyOnce() throws Exception {
    String seeds = "150";
    int planned = 9 * 150;
    Cli cluster = cli(Map.of(), "run", QUICKSTART, "--seeds", seeds, "--engine", "spark",
        "--master", url, "--out", dir.resolve("killed").toString());
    Path trials = cluster.awaitRunDirectory().resolve(ResultStore.TRIALS_FILE);
    long finishedAtKill = awaitLines(trials, 1, cluster);
    ProcessHandle executor = executor();
    executor.destroyForcibly();
    executor.onExit().get(30, TimeUnit.SECONDS);
    CliRun local = CliRun.of("run", QUICKSTART, "--seeds", seeds, "--threads", "2", "--out",
        dir.resolve("unkilled").toString());

    assertThat(cluster.await()).as(cluster.log()).isZero();
    assertThat(finishedAtKill).as("trials finished when the executor was killed")
        .isBetween(1L, planned - 1L);
    List<String> lines = withoutTimings(trials);
    assertThat(lines).hasSize(planned)
        .isEqualTo(withoutTimings(local.runDirectory().resolve(ResultStore.TRIALS_FILE)));
    assertThat(lines.stream().map(l -> l.substring(0, l.indexOf(',')))).doesNotHaveDuplicates();
    try (Stream<Path> executors = Files.list(applicationDirectory(cluster))) {
      assertThat(executors.count()).as("executors the worker started for the run")
          .isEqualTo(2);
    }
  }

  /** A Spark home whose {@code jars/} links every jar of Spark's Maven-resolved classpath. */
  private static Path sparkHome(Path home) throws IOException {
    Path jars = Files.createDirectories(home.resolve("jars"));
    String classpath = Files.readString(Path.of("../engines/spark/target/spark-classpath.txt"))
        .trim();
    for (String entry : classpath.split(java.io.File.pathSeparator)) {
      Path jar = Path.of(entry);
      Path link = jars.resolve(jar.getFileName());
      if (Files.exists(link)) {
        link = jars.resolve(jar.getParent().getParent().getFileName() + "-" + jar.getFileName());
      }
      Files.createSymbolicLink(link, jar);
    }
    return home;
  }

  private static Process daemon(String name, String mainClass, String... args)
      throws IOException {
    List<String> command = new ArrayList<>(List.of(java(), "-Xmx512m"));
    command.addAll(Arrays.asList(JavaModuleOptions.defaultModuleOptions().split(" ")));
    command.addAll(List.of("-Dspark.master.rest.enabled=false", "-cp",
        home.resolve("jars") + "/*", mainClass));
    command.addAll(Arrays.asList(args));
    ProcessBuilder builder = new ProcessBuilder(command)
        .redirectErrorStream(true).redirectOutput(dir.resolve(name + ".log").toFile());
    builder.environment().putAll(sparkEnvironment());
    return builder.start();
  }

  private static Map<String, String> sparkEnvironment() {
    return Map.of("SPARK_HOME", home.toString(), "SPARK_SCALA_VERSION", "2.13",
        "SPARK_LOCAL_IP", "127.0.0.1", "SPARK_LOCAL_HOSTNAME", "127.0.0.1");
  }

  private static String java() {
    return Path.of(System.getProperty("java.home"), "bin", "java").toString();
  }

  /** The first group of {@code pattern} in the log of daemon {@code name}, within a minute. */
  private static String awaitLog(String name, Pattern pattern)
      throws IOException, InterruptedException {
    Path log = dir.resolve(name + ".log");
    long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(1);
    while (System.nanoTime() < deadline) {
      Matcher m = pattern.matcher(Files.readString(log, StandardCharsets.UTF_8));
      if (m.find()) {
        return m.group(1);
      }
      Thread.sleep(100);
    }
    throw new AssertionError("the Spark " + name + " did not log " + pattern + ":\n"
        + Files.readString(log));
  }

  /** The executor JVM the worker started. */
  private static ProcessHandle executor() throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(1);
    while (System.nanoTime() < deadline) {
      Optional<ProcessHandle> executor = worker.descendants()
          .filter(p -> p.info().commandLine().orElse("").contains("CoarseGrainedExecutorBackend"))
          .findFirst();
      if (executor.isPresent()) {
        return executor.get();
      }
      Thread.sleep(20);
    }
    throw new AssertionError("the worker runs no executor");
  }

  /** Waits until {@code trials} has {@code at least} lines; returns how many it has then. */
  private static long awaitLines(Path trials, long atLeast, Cli cli)
      throws IOException, InterruptedException {
    long deadline = System.nanoTime() + RUN_LIMIT.toNanos();
    while (System.nanoTime() < deadline && cli.process().isAlive()) {
      if (Files.exists(trials)) {
        long lines;
        try (Stream<String> all = Files.lines(trials)) {
          lines = all.count();
        }
        if (lines >= atLeast) {
          return lines;
        }
      }
      Thread.sleep(10);
    }
    throw new AssertionError("no trial finished:\n" + cli.log());
  }

  /** The worker's directory of the application of {@code cli}'s run (one folder per executor). */
  private static Path applicationDirectory(Cli cli) throws IOException {
    Matcher m = Pattern.compile("(app-\\d+-\\d+)").matcher(Files.readString(
        dir.resolve("worker.log")));
    String last = null;
    while (m.find()) {
      last = m.group(1);
    }
    assertThat(last).as("an application in the worker's log\n" + cli.log()).isNotNull();
    return dir.resolve("work").resolve(last);
  }

  /** A jar holding only the test plugin with {@code test.flaky}, as a user's plugin would be. */
  private static Path flakyPluginJar(Path jar) throws IOException {
    Path classes = Path.of("target", "test-classes");
    try (OutputStream file = Files.newOutputStream(jar);
        JarOutputStream out = new JarOutputStream(file);
        Stream<Path> all = Files.list(classes.resolve("org/recbench/app"))) {
      for (Path type : all.filter(p -> p.getFileName().toString().startsWith("FlakyPolicy"))
          .toList()) {
        out.putNextEntry(new JarEntry(classes.relativize(type).toString()));
        out.write(Files.readAllBytes(type));
        out.closeEntry();
      }
      out.putNextEntry(new JarEntry("META-INF/services/org.recbench.api.Plugin"));
      out.write("org.recbench.app.FlakyPolicy$TestPlugin\n".getBytes(StandardCharsets.UTF_8));
      out.closeEntry();
    }
    return jar;
  }

  /** Starts {@code ./recbench ARGS} with {@code environment} added. */
  private static Cli cli(Map<String, String> environment, String... args) throws IOException {
    List<String> command = new ArrayList<>(List.of("../recbench"));
    command.addAll(Arrays.asList(args));
    Map<String, String> env = new HashMap<>(environment);
    env.put("RECBENCH_JAVA_OPTS", "-Dspark.ui.enabled=false");
    return start(new ProcessBuilder(command), env);
  }

  /** Starts a driver process with {@code environment} added, its output in files. */
  private static Cli start(ProcessBuilder builder, Map<String, String> environment)
      throws IOException {
    String name = "driver-" + System.nanoTime();
    builder.redirectOutput(dir.resolve(name + ".out").toFile())
        .redirectError(dir.resolve(name + ".err").toFile());
    builder.environment().putAll(environment);
    builder.environment().putAll(sparkEnvironment());
    return new Cli(builder.start(), dir.resolve(name + ".out"), dir.resolve(name + ".err"));
  }

  /** A running CLI process and its output files. */
  private record Cli(Process process, Path stdout, Path stderr) {

    int await() throws InterruptedException {
      if (!process.waitFor(RUN_LIMIT.toMillis(), TimeUnit.MILLISECONDS)) {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
        throw new AssertionError("the run did not end within " + RUN_LIMIT);
      }
      return process.exitValue();
    }

    String out() throws IOException {
      return Files.readString(stdout);
    }

    String log() {
      try {
        return "stdout:\n" + Files.readString(stdout) + "\nstderr:\n" + Files.readString(stderr);
      } catch (IOException e) {
        return e.toString();
      }
    }

    Path runDirectory() throws IOException {
      Matcher m = RUN_DIRECTORY.matcher(out());
      assertThat(m.find()).as(log()).isTrue();
      return Path.of(m.group(1));
    }

    Path awaitRunDirectory() throws IOException, InterruptedException {
      long deadline = System.nanoTime() + RUN_LIMIT.toNanos();
      while (System.nanoTime() < deadline && process.isAlive()) {
        Matcher m = RUN_DIRECTORY.matcher(out());
        if (m.find()) {
          return Path.of(m.group(1));
        }
        Thread.sleep(20);
      }
      throw new AssertionError("no run directory:\n" + log());
    }
  }
}
