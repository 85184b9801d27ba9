package org.recbench.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The lines of a {@code trials.jsonl} with the wall-clock fields blanked: a trial's wall time and
 * the metrics that measure time. What remains must not depend on engine, threads or machine.
 */
final class TrialLines {

  /** The metrics that measure wall-clock time. */
  static final List<String> TIMING_METRICS = List.of("decision-time", "learn-time",
      "planning-time");

  private TrialLines() {}

  /** The lines of {@code trials}, timings set to 0. */
  static List<String> withoutTimings(Path trials) throws IOException {
    return Files.readAllLines(trials).stream().map(TrialLines::withoutTimings).toList();
  }

  /** {@code line} with its timings set to 0. */
  static String withoutTimings(String line) {
    String blanked = line.replaceAll("\"wallMillis\":\\d+", "\"wallMillis\":0");
    for (String metric : TIMING_METRICS) {
      blanked = blanked.replaceAll("\"" + metric + "\":(-?[0-9.Ee+-]+|\"NaN\"|null)",
          "\"" + metric + "\":0");
    }
    return blanked;
  }
}
