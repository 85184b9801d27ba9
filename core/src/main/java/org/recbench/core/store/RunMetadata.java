package org.recbench.core.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import org.recbench.core.plan.Plan;
import org.recbench.core.scenario.FigureRequest;
import org.recbench.core.scenario.Scenario;
import org.recbench.reports.RunInfo;
import org.recbench.reports.SkippedPair;

/**
 * What a report needs about a run besides its trials; stored as {@code run.json}.
 *
 * @param format version of the run-directory format; {@link #FORMAT} for runs written by this
 *     version (older directories are refused with a message saying so)
 * @param scenario scenario name
 * @param description scenario description ("" when none)
 * @param scenarioFile path of the scenario file as given on the command line
 * @param rankBy key of the metric the leaderboard is ranked by
 * @param higherIsBetter ranking direction
 * @param settings budget, checkpoints, metrics and time limit shared by every trial
 * @param seeds number of seeds per pair in the current plan
 * @param skipped pairs that were not run, with the reason
 * @param notes planning notes (metrics left out of some pairs, overrides)
 * @param gitCommit commit of the RecBench repository this build was made from, or "unknown"
 * @param javaVersion {@code java.version} of the JVM that ran the trials
 * @param os operating system name, version and architecture
 * @param engine the engine that ran the trials, e.g. "local" or "spark"
 * @param master where the engine ran them ("" for the local engine, else e.g. a Spark master)
 * @param parallelism number of trials the engine ran at once (threads, cores)
 * @param startTime ISO-8601 start instant, in seconds, e.g. {@code 2026-11-23T18:45:03Z}
 * @param resumes ISO-8601 instants at which the run was resumed, in order
 * @param endTime ISO-8601 end instant, or null while the run has not finished
 * @param gitDirty whether that repository had uncommitted changes when it was built, or null
 *     when unknown
 * @param plugins the plugins on the classpath with their versions
 * @param overrides top-level scenario keys set on the command line ({@code --set key=value}),
 *     as given
 * @param figures the figures the scenario asks for
 */
public record RunMetadata(int format, String scenario, String description, String scenarioFile,
    String rankBy, boolean higherIsBetter, RunSettings settings, int seeds,
    List<SkippedPair> skipped, List<String> notes, String gitCommit, String javaVersion,
    String os, String engine, String master, int parallelism, String startTime,
    List<String> resumes, String endTime, Boolean gitDirty, List<PluginVersion> plugins,
    Map<String, String> overrides, List<FigureRequest> figures) {

  /** The run-directory format this version writes and reads. */
  public static final int FORMAT = 2;

  /** Validates the format, settings and times; copies the lists. */
  public RunMetadata {
    if (format != FORMAT) {
      throw new IllegalArgumentException("it was written by another version of RecBench (run "
          + "format " + format + ", this version reads format " + FORMAT + "); run the "
          + "scenario again");
    }
    Objects.requireNonNull(scenario, "scenario");
    Objects.requireNonNull(description, "description");
    Objects.requireNonNull(scenarioFile, "scenarioFile");
    Objects.requireNonNull(rankBy, "rankBy");
    Objects.requireNonNull(settings, "settings");
    Objects.requireNonNull(gitCommit, "gitCommit");
    Objects.requireNonNull(javaVersion, "javaVersion");
    Objects.requireNonNull(os, "os");
    Objects.requireNonNull(engine, "engine");
    Objects.requireNonNull(master, "master");
    Objects.requireNonNull(startTime, "startTime");
    if (!settings.unit().equals("step") && !settings.unit().equals("episode")) {
      throw new IllegalArgumentException(
          "budget unit must be \"step\" or \"episode\", was \"" + settings.unit() + "\"");
    }
    Instant.parse(startTime);
    if (endTime != null) {
      Instant.parse(endTime);
    }
    skipped = List.copyOf(skipped);
    notes = List.copyOf(notes);
    resumes = resumes == null ? List.of() : List.copyOf(resumes);
    resumes.forEach(Instant::parse);
    plugins = plugins == null ? List.of() : List.copyOf(plugins);
    overrides = overrides == null ? Map.of()
        : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(overrides));
    figures = figures == null ? List.of() : List.copyOf(figures);
  }

  /** Metadata without build provenance, overrides or figures (older run directories). */
  public RunMetadata(int format, String scenario, String description, String scenarioFile,
      String rankBy, boolean higherIsBetter, RunSettings settings, int seeds,
      List<SkippedPair> skipped, List<String> notes, String gitCommit, String javaVersion,
      String os, String engine, String master, int parallelism, String startTime,
      List<String> resumes, String endTime) {
    this(format, scenario, description, scenarioFile, rankBy, higherIsBetter, settings, seeds,
        skipped, notes, gitCommit, javaVersion, os, engine, master, parallelism, startTime,
        resumes, endTime, null, List.of(), Map.of(), List.of());
  }

  /**
   * A plugin of the run and its version.
   *
   * @param name the plugin's name
   * @param version its version ({@link org.recbench.api.Plugin#version()}), or "unknown"
   */
  public record PluginVersion(String name, String version) {}

  /**
   * Metadata of a run of {@code plan} starting at {@code start} on {@code engine}, with the
   * facts of this build and machine: the git commit and dirty flag of the repository RecBench
   * was built from ({@link BuildInfo}), the plugins and their versions, Java version and
   * operating system.
   */
  public static RunMetadata start(Plan plan, String engine, String master, int parallelism,
      Instant start, List<PluginVersion> plugins) {
    Scenario scenario = plan.scenario();
    return new RunMetadata(FORMAT, scenario.name(), scenario.description(),
        scenario.file().toString(), scenario.rankBy(), scenario.higherIsBetter(),
        settingsOf(plan), scenario.seeds(), plan.skipped(), plan.notes(),
        BuildInfo.gitCommit(), System.getProperty("java.version"), osName(), engine,
        master, parallelism, timestamp(start), List.of(), null, BuildInfo.gitDirty(), plugins,
        scenario.overrides(), scenario.figures());
  }

  /** The plugins of {@code catalog} with their versions ("unknown" when they do not say). */
  public static List<PluginVersion> pluginsOf(org.recbench.core.catalog.Catalog catalog) {
    return catalog.plugins().stream().map(p -> new PluginVersion(p.name(),
        p.version() == null || p.version().isEmpty() ? "unknown" : p.version())).toList();
  }

  /** {@link #start} without plugins. */
  public static RunMetadata start(Plan plan, String engine, String master, int parallelism,
      Instant start) {
    return start(plan, engine, master, parallelism, start, List.of());
  }

  private static String osName() {
    return System.getProperty("os.name") + " " + System.getProperty("os.version") + " ("
        + System.getProperty("os.arch") + ")";
  }

  /** The settings every trial of {@code plan} shares. */
  public static RunSettings settingsOf(Plan plan) {
    Scenario scenario = plan.scenario();
    return RunSettings.of(scenario.budget(), scenario.checkpoints(), plan.metrics(),
        scenario.timeLimitMillis());
  }

  /**
   * This run continued at {@code at} with {@code plan} (which may have more or fewer seeds and
   * configurations, but the same settings) on {@code engine}: its plan facts and engine are
   * replaced, the resume is recorded and the end time cleared.
   */
  public RunMetadata resumedWith(Plan plan, String newEngine, String newMaster,
      int newParallelism, Instant at) {
    List<String> times = new java.util.ArrayList<>(resumes);
    times.add(timestamp(at));
    return new RunMetadata(format, scenario, description, plan.scenario().file().toString(),
        rankBy, higherIsBetter, settings, plan.scenario().seeds(), plan.skipped(), plan.notes(),
        BuildInfo.gitCommit(), System.getProperty("java.version"), os,
        newEngine, newMaster, newParallelism, startTime, times, null, BuildInfo.gitDirty(),
        plugins, plan.scenario().overrides(), plan.scenario().figures());
  }

  /** An instant as ISO-8601 in whole seconds, e.g. {@code 2026-11-23T18:45:03Z}. */
  public static String timestamp(Instant instant) {
    return instant.truncatedTo(ChronoUnit.SECONDS).toString();
  }

  /**
   * The commit checked out in {@code directory} ({@code git rev-parse HEAD}), or "unknown" when
   * git is missing, the directory is not in a repository, or git does not answer in 10 s.
   */
  public static String gitCommit(Path directory) {
    try {
      Process git = new ProcessBuilder("git", "rev-parse", "HEAD")
          .directory(directory.toFile())
          .redirectError(ProcessBuilder.Redirect.DISCARD)
          .start();
      if (!git.waitFor(10, TimeUnit.SECONDS)) {
        git.destroyForcibly();
        return "unknown";
      }
      String out;
      try (InputStream stdout = git.getInputStream()) {
        out = new String(stdout.readAllBytes(), StandardCharsets.UTF_8).trim();
      }
      return git.exitValue() == 0 && out.matches("[0-9a-f]{40,64}") ? out : "unknown";
    } catch (IOException e) {
      return "unknown";
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return "unknown";
    }
  }

  /** This metadata with the end time set. */
  public RunMetadata withEndTime(String end) {
    return new RunMetadata(format, scenario, description, scenarioFile, rankBy, higherIsBetter,
        settings, seeds, skipped, notes, gitCommit, javaVersion, os, engine, master, parallelism,
        startTime, resumes, end, gitDirty, plugins, overrides, figures);
  }

  /** The report header: scenario, ranking and the run facts as ordered key/value pairs. */
  public RunInfo toRunInfo() {
    Map<String, String> facts = new LinkedHashMap<>();
    facts.put("scenario file", scenarioFile);
    facts.put("git commit", gitCommit + (gitDirty == null ? "" : gitDirty
        ? " (uncommitted changes at build time)" : " (clean)"));
    if (!plugins.isEmpty()) {
      facts.put("plugins", plugins.stream().map(p -> p.name() + " " + p.version())
          .collect(java.util.stream.Collectors.joining(", ")));
    }
    overrides.forEach((key, value) -> facts.put("--set " + key, value));
    facts.put("java", javaVersion);
    facts.put("os", os);
    facts.put("engine", master.isEmpty() ? engine : engine + " (" + master + ")");
    facts.put("parallelism", Integer.toString(parallelism));
    facts.put("seeds", Integer.toString(seeds));
    facts.put("start", startTime);
    for (int i = 0; i < resumes.size(); i++) {
      facts.put("resumed " + (i + 1), resumes.get(i));
    }
    facts.put("end", endTime == null ? "unfinished" : endTime);
    for (int i = 0; i < notes.size(); i++) {
      facts.put("note " + (i + 1), notes.get(i));
    }
    return new RunInfo(scenario, description, rankBy, higherIsBetter, settings.unit(), facts);
  }
}
