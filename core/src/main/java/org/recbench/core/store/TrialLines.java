package org.recbench.core.store;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
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

  /**
   * Reads {@code file}; a missing file has no lines. The lines are parsed on a parallel stream
   * (the calling thread helps), then judged in file order, so the outcome (and the line an error
   * names) does not depend on how the parsing was shared out.
   */
  static TrialLines read(Path file) {
    byte[] bytes = Files.exists(file, LinkOption.NOFOLLOW_LINKS)
        ? RunFiles.read(file, RunFiles.maxTrialsBytes()) : new byte[0];
    List<String> lines = new ArrayList<>();
    List<Integer> starts = new ArrayList<>();
    int start = 0;
    while (start < bytes.length) {
      int end = indexOfNewline(bytes, start);
      if (end < 0) {
        break;
      }
      starts.add(start);
      lines.add(new String(bytes, start, end - start, StandardCharsets.UTF_8));
      start = end + 1;
    }
    boolean unterminated = start < bytes.length;
    TrialResult[] parsed = new TrialResult[lines.size()];
    IllegalArgumentException[] errors = new IllegalArgumentException[lines.size()];
    IntStream.range(0, lines.size()).parallel().forEach(i -> {
      try {
        parsed[i] = TrialJson.read(lines.get(i));
      } catch (IllegalArgumentException e) {
        errors[i] = e;
      }
    });
    for (int i = 0; i < lines.size(); i++) {
      if (errors[i] != null) {
        if (i == lines.size() - 1 && !unterminated) {
          List<TrialResult> complete = List.copyOf(Arrays.asList(parsed).subList(0, i));
          return new TrialLines(complete, lines.subList(0, i), starts.get(i), true);
        }
        throw new ResultStoreException(file + " line " + (i + 1) + " is not a trial result ("
            + Excerpt.limit(errors[i].getMessage(), 300) + "); only the last line may be "
            + "incomplete", errors[i]);
      }
    }
    return new TrialLines(List.of(parsed), lines, start, unterminated);
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
