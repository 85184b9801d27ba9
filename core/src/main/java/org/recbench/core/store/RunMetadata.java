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
import org.recbench.reports.RunInfo;
import org.recbench.reports.SkippedPair;

/**
 * What a report needs about a run besides its trials; stored as {@code run.json}.
 *
 * @param scenario scenario name
 * @param description scenario description ("" when none)
 * @param scenarioFile path of the scenario file as given on the command line
 * @param rankBy metric id the leaderboard is ranked by
 * @param higherIsBetter ranking direction
 * @param budgetUnit what checkpoint positions count: {@code "step"} or {@code "episode"}
 * @param skipped pairs that were not run, with the reason
 * @param notes planning notes (metrics left out of some pairs, overrides)
 * @param gitCommit commit of the working directory ({@code git rev-parse HEAD}), or "unknown"
 * @param javaVersion {@code java.version} of the JVM that ran the trials
 * @param os operating system name, version and architecture
 * @param threads number of worker threads
 * @param startTime ISO-8601 start instant, in seconds, e.g. {@code 2026-11-23T18:45:03Z}
 * @param endTime ISO-8601 end instant, or null while the run has not finished
 */
public record RunMetadata(String scenario, String description, String scenarioFile,
    String rankBy, boolean higherIsBetter, String budgetUnit, List<SkippedPair> skipped,
    List<String> notes, String gitCommit, String javaVersion, String os, int threads,
    String startTime, String endTime) {

  /** Validates the budget unit and start time; copies the lists. */
  public RunMetadata {
    Objects.requireNonNull(scenario, "scenario");
    Objects.requireNonNull(description, "description");
    Objects.requireNonNull(scenarioFile, "scenarioFile");
    Objects.requireNonNull(rankBy, "rankBy");
    Objects.requireNonNull(gitCommit, "gitCommit");
    Objects.requireNonNull(javaVersion, "javaVersion");
    Objects.requireNonNull(os, "os");
    Objects.requireNonNull(startTime, "startTime");
    if (!budgetUnit.equals("step") && !budgetUnit.equals("episode")) {
      throw new IllegalArgumentException(
          "budget unit must be \"step\" or \"episode\", was \"" + budgetUnit + "\"");
    }
    Instant.parse(startTime);
    if (endTime != null) {
      Instant.parse(endTime);
    }
    skipped = List.copyOf(skipped);
    notes = List.copyOf(notes);
  }

  /**
   * Metadata of a run starting now-ish at {@code start}, with the facts of this machine: git
   * commit of the current working directory, Java version and operating system.
   */
  public static RunMetadata gather(String scenario, String description, String scenarioFile,
      String rankBy, boolean higherIsBetter, String budgetUnit, List<SkippedPair> skipped,
      List<String> notes, int threads, Instant start) {
    String os = System.getProperty("os.name") + " " + System.getProperty("os.version") + " ("
        + System.getProperty("os.arch") + ")";
    return new RunMetadata(scenario, description, scenarioFile, rankBy, higherIsBetter,
        budgetUnit, skipped, notes, gitCommit(Path.of("").toAbsolutePath()),
        System.getProperty("java.version"), os, threads, timestamp(start), null);
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
    return new RunMetadata(scenario, description, scenarioFile, rankBy, higherIsBetter,
        budgetUnit, skipped, notes, gitCommit, javaVersion, os, threads, startTime, end);
  }

  /** The report header: scenario, ranking and the run facts as ordered key/value pairs. */
  public RunInfo toRunInfo() {
    Map<String, String> facts = new LinkedHashMap<>();
    facts.put("scenario file", scenarioFile);
    facts.put("git commit", gitCommit);
    facts.put("java", javaVersion);
    facts.put("os", os);
    facts.put("threads", Integer.toString(threads));
    facts.put("start", startTime);
    facts.put("end", endTime == null ? "unfinished" : endTime);
    for (int i = 0; i < notes.size(); i++) {
      facts.put("note " + (i + 1), notes.get(i));
    }
    return new RunInfo(scenario, description, rankBy, higherIsBetter, budgetUnit, facts);
  }
}
