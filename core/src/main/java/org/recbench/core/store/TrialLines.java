package org.recbench.core.store;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.recbench.api.input.Excerpt;
import org.recbench.core.trial.TrialResult;

/**
 * The complete lines of a {@code trials.jsonl} file, parsed. A line is complete when it ends with
 * a line feed and parses; only the last line may be incomplete (a run killed while appending),
 * and it is left out. An unparsable line anywhere else is corruption and an error naming the file
 * and line.
 *
 * @param results the parsed results, in file order
 * @param lines the text of each complete line, same order
 * @param completeBytes length of the file's complete prefix, where an append may continue
 * @param incomplete whether an incomplete last line was left out
 */
record TrialLines(List<TrialResult> results, List<String> lines, long completeBytes,
    boolean incomplete) {

  /** The lines of an empty file. */
  static final TrialLines EMPTY = new TrialLines(List.of(), List.of(), 0, false);

  /** Reads {@code file}; a missing file has no lines. */
  static TrialLines read(Path file) {
    byte[] bytes = Files.exists(file, LinkOption.NOFOLLOW_LINKS)
        ? RunFiles.read(file, RunFiles.maxTrialsBytes()) : new byte[0];
    List<TrialResult> results = new ArrayList<>();
    List<String> lines = new ArrayList<>();
    int start = 0;
    int lineNumber = 1;
    while (start < bytes.length) {
      int end = indexOfNewline(bytes, start);
      if (end < 0) {
        return new TrialLines(results, lines, start, true);
      }
      String line = new String(bytes, start, end - start, StandardCharsets.UTF_8);
      try {
        results.add(TrialJson.read(line));
      } catch (IllegalArgumentException e) {
        if (end == bytes.length - 1) {
          return new TrialLines(results, lines, start, true);
        }
        throw new ResultStoreException(file + " line " + lineNumber + " is not a trial result ("
            + Excerpt.limit(e.getMessage(), 300) + "); only the last line may be incomplete", e);
      }
      lines.add(line);
      start = end + 1;
      lineNumber++;
    }
    return new TrialLines(results, lines, bytes.length, false);
  }

  private static int indexOfNewline(byte[] bytes, int from) {
    for (int i = from; i < bytes.length; i++) {
      if (bytes[i] == '\n') {
        return i;
      }
    }
    return -1;
  }
}
