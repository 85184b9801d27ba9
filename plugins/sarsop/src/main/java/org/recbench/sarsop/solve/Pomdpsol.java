package org.recbench.sarsop.solve;

import java.io.File;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * The external SARSOP solver {@code pomdpsol} (AdaCompNUS/sarsop), run as
 * {@code pomdpsol MODEL --precision P --timeout T --output POLICY}. SARSOP stops at the target
 * precision (gap between its bounds at b0) or at the timeout, and writes its lower-bound alpha
 * vectors either way. SARSOP's timeout counts its own CPU time, so on a loaded machine its wall
 * time can be several times the timeout; the process is killed only when its CPU time exceeds
 * twice the timeout plus 10 s, or its wall time {@value #WALL_FACTOR} times that (a process that
 * hangs without computing).
 *
 * @param executable the pomdpsol binary
 * @param precision target precision ({@code --precision})
 * @param timeoutSeconds SARSOP's own time limit ({@code --timeout})
 */
public record Pomdpsol(Path executable, double precision, double timeoutSeconds) {

  /** Name of the binary looked up on the PATH. */
  public static final String NAME = "pomdpsol";
  /**
   * A time limit that lets SARSOP reach precision 10^-3 on the paper's largest Fig. 2 instances
   * (2048 × 3 needed up to 239 s of wall time on a shared 2-core machine, four times the former
   * 60 s default), with a margin of five; a solve that still hits it is reported as
   * {@link StopReason#TIMEOUT} with its gap.
   */
  public static final double DEFAULT_TIMEOUT_SECONDS = 1200;

  /**
   * A finished run.
   *
   * @param wallMillis wall time of the process in milliseconds
   * @param output what it printed on stdout (progress table, stop reason, final bounds)
   */
  public record Run(double wallMillis, String output) {

    /** SARSOP's own account of the run, parsed from {@link #output()}. */
    public SarsopReport report() {
      return PomdpsolOutput.parse(output.lines().toList());
    }
  }
  private static final int TAIL_LINES = 20;
  /** Wall time allowed, as a multiple of the CPU limit, when the CPU time is known. */
  private static final long WALL_FACTOR = 10;
  /** How often the CPU time of a running solve is checked. */
  private static final long POLL_MILLIS = 1000;
  /** Whether this platform reports processes' CPU times (tested on the JVM itself). */
  private static final boolean CPU_TIMES_REPORTED =
      ProcessHandle.current().info().totalCpuDuration().isPresent();

  /**
   * The first executable {@code pomdpsol} in the directories of {@code pathVariable} (the value
   * of the PATH environment variable; null or empty finds nothing).
   */
  public static Optional<Path> onPath(String pathVariable) {
    if (pathVariable == null || pathVariable.isEmpty()) {
      return Optional.empty();
    }
    for (String dir : pathVariable.split(File.pathSeparator)) {
      if (dir.isEmpty()) {
        continue;
      }
      Path candidate = Path.of(dir, NAME);
      if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
        return Optional.of(candidate);
      }
    }
    return Optional.empty();
  }

  /** The command line solving {@code model} into {@code policy}. */
  public List<String> command(Path model, Path policy) {
    return List.of(executable.toString(), model.toString(), "--precision", plain(precision),
        "--timeout", plain(timeoutSeconds), "--output", policy.toString());
  }

  /**
   * Solves {@code model} and writes the policy to {@code policy}; console output goes to
   * temporary files in {@code workDir}, which is also the working directory.
   *
   * @return the run's wall time and console output
   * @throws PomdpsolException when the process cannot start, exits with a non-zero code (the
   *     message carries the tail of its stderr, or of its stdout when stderr is empty), is killed
   *     after the grace period, or writes no policy
   */
  public Run solve(Path model, Path policy, Path workDir) {
    Path out = null;
    Path err = null;
    try {
      out = Files.createTempFile(workDir, "pomdpsol", ".out");
      err = Files.createTempFile(workDir, "pomdpsol", ".err");
      ProcessBuilder builder = new ProcessBuilder(command(model, policy))
          .directory(workDir.toFile())
          .redirectOutput(out.toFile())
          .redirectError(err.toFile());
      long start = System.nanoTime();
      Process process;
      try {
        process = builder.start();
      } catch (IOException e) {
        throw new PomdpsolException("cannot start " + executable + ": " + e.getMessage(), e);
      }
      long limitMillis = (long) Math.ceil(2000 * timeoutSeconds) + 10_000;
      Optional<String> overrun = await(process, start, limitMillis);
      if (overrun.isPresent()) {
        process.destroyForcibly();
        process.waitFor();
        throw new PomdpsolException(executable + " did not finish within " + overrun.get()
            + " on " + model + " (--timeout " + plain(timeoutSeconds) + ")" + tail(err, out));
      }
      double millis = (System.nanoTime() - start) / 1e6;
      if (process.exitValue() != 0) {
        throw new PomdpsolException(executable + " exited with code " + process.exitValue()
            + " on " + model + tail(err, out));
      }
      if (!Files.isRegularFile(policy)) {
        throw new PomdpsolException(executable + " exited normally but wrote no policy to "
            + policy + tail(err, out));
      }
      return new Run(millis, Files.readString(out, StandardCharsets.ISO_8859_1));
    } catch (IOException e) {
      throw new PomdpsolException("cannot run " + executable + " in " + workDir + ": "
          + e.getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new PomdpsolException("interrupted while waiting for " + executable, e);
    } finally {
      deleteQuietly(out);
      deleteQuietly(err);
    }
  }

  /**
   * Waits for {@code process}; empty when it exits, else what it overran: {@code limitMillis} of
   * CPU time or {@value #WALL_FACTOR} × {@code limitMillis} of wall time since
   * {@code startNanos}. On a platform that reports no CPU times (not even the JVM's own) the
   * wall-time limit is {@code limitMillis}; where it does, a poll that happens to get no reading
   * for the child (it is still starting) waits for the next one.
   */
  static Optional<String> await(Process process, long startNanos, long limitMillis)
      throws InterruptedException {
    long wallLimitMillis = WALL_FACTOR * limitMillis;
    while (!process.waitFor(Math.min(POLL_MILLIS, limitMillis), TimeUnit.MILLISECONDS)) {
      Optional<Duration> cpu = process.info().totalCpuDuration();
      if (cpu.isPresent() && cpu.get().toMillis() > limitMillis) {
        return Optional.of(limitMillis + " ms of CPU time");
      }
      long wallMillis = (System.nanoTime() - startNanos) / 1_000_000;
      if (wallMillis > (CPU_TIMES_REPORTED ? wallLimitMillis : limitMillis)) {
        return Optional.of(wallMillis + " ms of wall time");
      }
    }
    return Optional.empty();
  }

  private static String tail(Path err, Path out) throws IOException {
    List<String> lines = Files.readAllLines(err, StandardCharsets.ISO_8859_1);
    String stream = "stderr";
    if (lines.stream().allMatch(String::isBlank)) {
      lines = Files.readAllLines(out, StandardCharsets.ISO_8859_1);
      stream = "stdout";
    }
    if (lines.stream().allMatch(String::isBlank)) {
      return " (no output)";
    }
    List<String> last = lines.subList(Math.max(0, lines.size() - TAIL_LINES), lines.size());
    return "; last lines of its " + stream + ":\n" + String.join("\n", last);
  }

  private static void deleteQuietly(Path file) {
    if (file == null) {
      return;
    }
    try {
      Files.deleteIfExists(file);
    } catch (IOException e) {
      // a leftover console log in the cache directory is harmless
      file.toFile().deleteOnExit();
    }
  }

  private static String plain(double value) {
    return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
  }
}
